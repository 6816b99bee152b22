/** The crawler's settings, from the environment (README "Following sources" lists them). */

export type CrawlConfig = {
  /** User-Agent sent and matched against robots.txt; should carry a contact address. */
  agent: string;
  /** Pause between two requests to one host; robots.txt Crawl-delay wins when longer. */
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Attempts after the first for network errors, timeouts and 5xx (429/503 too, after Retry-After). */
  retries: number;
  /** First retry wait; doubles each time. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the URL is left for the next run. */
  maxRetryAfterMs: number;
  /** Sources fetched at once (each host still sees one request at a time). */
  concurrency: number;
  /** An article URL that failed this many runs is given up. */
  maxUrlAttempts: number;
};

export const DEFAULT_AGENT = "ZJMapCrawler/1.0 (+set ZJ_CRAWL_AGENT to name a contact address)";

function num(env: Record<string, string | undefined>, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number >= ${min}; got "${raw}"`);
  return n;
}

export function crawlConfigFromEnv(env: Record<string, string | undefined> = process.env): CrawlConfig {
  const agent = env.ZJ_CRAWL_AGENT?.trim() || DEFAULT_AGENT;
  if (/[\r\n]/.test(agent) || agent.length > 300) throw new Error("ZJ_CRAWL_AGENT must be one line of at most 300 characters");
  return {
    agent,
    delayMs: num(env, "ZJ_CRAWL_DELAY_MS", 1000),
    timeoutMs: num(env, "ZJ_CRAWL_TIMEOUT_MS", 30_000, 1),
    maxBytes: num(env, "ZJ_CRAWL_MAX_BYTES", 5 * 1024 * 1024, 1024),
    maxRedirects: 5,
    retries: num(env, "ZJ_CRAWL_RETRIES", 3),
    backoffMs: num(env, "ZJ_CRAWL_BACKOFF_MS", 2000),
    maxRetryAfterMs: num(env, "ZJ_CRAWL_MAX_RETRY_AFTER_S", 120) * 1000,
    concurrency: num(env, "ZJ_CRAWL_CONCURRENCY", 8, 1),
    maxUrlAttempts: num(env, "ZJ_CRAWL_MAX_URL_ATTEMPTS", 3, 1),
  };
}
