/**
 * Polite HTTP for the crawler: robots.txt (with Crawl-delay) for our User-Agent, one request at a
 * time per host with a pause between requests, conditional GETs, Retry-After on 429/503, retries
 * with backoff for transient failures, a timeout, a size cap, a content-type check and at most five
 * redirects (each hop checked against robots.txt too). Every outcome is a value with a reason a
 * person can read; nothing here throws for a bad site, only for a stop request (Stopped).
 */
import { setMaxListeners } from "node:events";
import robotsParser from "robots-parser";
import type { CrawlConfig } from "./config";
import { normalizeUrl } from "./url";

export type Validators = { etag?: string | null; lastModified?: string | null };

export type FetchOk = {
  kind: "ok";
  url: string;
  status: number;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
};
export type FetchOutcome =
  | FetchOk
  | { kind: "not-modified"; url: string }
  | { kind: "robots"; url: string }
  | { kind: "failed"; url: string; reason: string; status?: number; permanent: boolean };

export type Expect = "html" | "xml" | "any";

export class Stopped extends Error {
  constructor() {
    super("stopped");
    this.name = "Stopped";
  }
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const XML_TYPES = /^(?:application\/(?:rss\+xml|atom\+xml|rdf\+xml|xml)|text\/xml)$/i;
/** Some servers label feeds and pages text/plain; the parser decides. */
const LENIENT_TYPES = /^text\/plain$/i;
const ROBOTS_TTL_MS = 3600_000;
const ROBOTS_MAX_BYTES = 512 * 1024;

type Robots = ReturnType<typeof robotsParser>;
type HostState = {
  chain: Promise<unknown>;
  nextAt: number;
  robots?: { parser: Robots | null; fetchedAt: number; error?: string };
  robotsLoading?: Promise<void>;
};

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(new Stopped()) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Stopped());
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Stopped());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Retry-After as seconds or an HTTP date -> milliseconds from now (null when absent or unreadable). */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

function typeAccepted(contentType: string | null, expect: Expect): boolean {
  const t = mediaType(contentType);
  if (t === "") return true; // unlabelled: let the parser judge the bytes
  if (LENIENT_TYPES.test(t)) return true;
  if (expect === "html") return HTML_TYPES.test(t);
  if (expect === "xml") return XML_TYPES.test(t) || HTML_TYPES.test(t);
  return HTML_TYPES.test(t) || XML_TYPES.test(t);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

export class Fetcher {
  private readonly hosts = new Map<string, HostState>();
  /** Requests actually sent (robots.txt included), for reports and benchmarks. */
  requests = 0;

  constructor(
    private readonly config: CrawlConfig,
    /** Aborting stops waits (host delays, backoff) at once; a request already sent completes. */
    private readonly stopSignal?: AbortSignal,
  ) {
    // Every wait for a host's turn listens on the stop signal; hundreds may wait at once.
    if (stopSignal) setMaxListeners(0, stopSignal);
  }

  private host(origin: string): HostState {
    let h = this.hosts.get(origin);
    if (!h) {
      h = { chain: Promise.resolve(), nextAt: 0 };
      this.hosts.set(origin, h);
    }
    return h;
  }

  private crawlDelayMs(h: HostState): number {
    const cd = h.robots?.parser?.getCrawlDelay(this.config.agent);
    return Math.max(this.config.delayMs, typeof cd === "number" && Number.isFinite(cd) ? Math.min(cd, 120) * 1000 : 0);
  }

  /** Runs one request for `origin` when it is this host's turn and its delay has passed. */
  private turn<T>(origin: string, fn: () => Promise<T>): Promise<T> {
    const h = this.host(origin);
    const run = h.chain.then(async () => {
      await sleep(h.nextAt - Date.now(), this.stopSignal);
      try {
        return await fn();
      } finally {
        h.nextAt = Math.max(h.nextAt, Date.now() + this.crawlDelayMs(h));
      }
    });
    h.chain = run.catch(() => undefined);
    return run;
  }

  private async ensureRobots(origin: string): Promise<void> {
    const h = this.host(origin);
    if (h.robots && Date.now() - h.robots.fetchedAt < ROBOTS_TTL_MS) return;
    h.robotsLoading ??= this.loadRobots(origin, h).finally(() => {
      h.robotsLoading = undefined;
    });
    await h.robotsLoading;
  }

  private async loadRobots(origin: string, h: HostState): Promise<void> {
    const url = `${origin}/robots.txt`;
    let res = await this.turn(origin, () => this.request(url, {}, "any", true));
    // A reset keep-alive socket or a passing 5xx should not cost the whole run: retry as for pages.
    for (let attempt = 0; res.kind === "retry" && attempt < this.config.retries; attempt++) {
      const wait = res.retryAfterMs ?? this.config.backoffMs * 2 ** attempt;
      if (wait > this.config.maxRetryAfterMs) break;
      await sleep(wait, this.stopSignal);
      res = await this.turn(origin, () => this.request(url, {}, "any", true));
    }
    // robots.txt may redirect (http -> https, www); RFC 9309 asks to follow at least five hops.
    for (let hop = 0, at = url; res.kind === "redirect" && hop < 5; hop++) {
      const next = normalizeUrl(res.location, at);
      if (!next) break;
      at = next;
      res = await this.turn(new URL(next).origin, () => this.request(next, {}, "any", true));
    }
    if (res.kind === "ok") {
      const text = new TextDecoder("utf-8").decode(res.bytes);
      h.robots = { parser: robotsParser(url, text), fetchedAt: Date.now() };
    } else if (res.kind === "retry" || (res.kind === "failed" && (res.status === undefined || res.status >= 500 || res.status === 429))) {
      // An unreachable robots.txt means "do not crawl now" (RFC 9309 §2.3.1.4); try again in a while.
      h.robots = { parser: null, fetchedAt: Date.now() - ROBOTS_TTL_MS + 10 * 60_000, error: `robots.txt unavailable (${res.reason})` };
    } else {
      // 4xx (no robots.txt) allows everything.
      h.robots = { parser: robotsParser(url, ""), fetchedAt: Date.now() };
    }
    // The Crawl-delay just learned applies from the robots.txt request on.
    h.nextAt = Math.max(h.nextAt, Date.now() + this.crawlDelayMs(h));
  }

  /** Whether robots.txt lets our agent fetch `url` (null + reason when robots.txt cannot be read). */
  async allowed(url: string): Promise<{ ok: true } | { ok: false; robots: true } | { ok: false; robots: false; reason: string }> {
    const origin = new URL(url).origin;
    await this.ensureRobots(origin);
    const r = this.host(origin).robots!;
    if (!r.parser) return { ok: false, robots: false, reason: r.error ?? "robots.txt unavailable" };
    return r.parser.isAllowed(url, this.config.agent) === false ? { ok: false, robots: true } : { ok: true };
  }

  /**
   * GET with everything above. `validators` makes it conditional; the outcome's url is the final one
   * after redirects.
   */
  async fetch(url: string, opts: { validators?: Validators; expect?: Expect } = {}): Promise<FetchOutcome> {
    const expect = opts.expect ?? "any";
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const permission = await this.allowed(current);
      if (!permission.ok) {
        if (permission.robots) return { kind: "robots", url: current };
        return { kind: "failed", url: current, reason: permission.reason, permanent: false };
      }
      const res = await this.withRetries(current, hop === 0 ? (opts.validators ?? {}) : {}, expect);
      if (res.kind !== "redirect") return res;
      const next = normalizeUrl(res.location, current);
      if (!next) return { kind: "failed", url: current, reason: `redirect to an unusable address (${res.location.slice(0, 100)})`, permanent: true };
      if (seen.has(next)) return { kind: "failed", url, reason: `redirect loop (${[...seen, next].length - 1} hops back to ${next})`, permanent: true };
      if (hop + 1 > this.config.maxRedirects) return { kind: "failed", url, reason: `more than ${this.config.maxRedirects} redirects`, permanent: true };
      current = next;
    }
  }

  private async withRetries(url: string, validators: Validators, expect: Expect): Promise<FetchOutcome | { kind: "redirect"; location: string }> {
    const origin = new URL(url).origin;
    for (let attempt = 0; ; attempt++) {
      const res = await this.turn(origin, () => this.request(url, validators, expect, false));
      if (res.kind !== "retry") return res;
      if (attempt >= this.config.retries) return { kind: "failed", url, reason: `${res.reason}, gave up after ${attempt + 1} attempts`, status: res.status, permanent: false };
      let wait = this.config.backoffMs * 2 ** attempt;
      if (res.retryAfterMs !== null) {
        if (res.retryAfterMs > this.config.maxRetryAfterMs) {
          return { kind: "failed", url, reason: `${res.reason}, Retry-After ${Math.round(res.retryAfterMs / 1000)} s is longer than we wait`, status: res.status, permanent: false };
        }
        wait = res.retryAfterMs;
        // The whole host asked us to wait, not just this URL.
        const h = this.host(origin);
        h.nextAt = Math.max(h.nextAt, Date.now() + wait);
        wait = 0;
      }
      await sleep(wait, this.stopSignal);
    }
  }

  private async request(
    url: string,
    validators: Validators,
    expect: Expect,
    isRobots: boolean,
  ): Promise<FetchOutcome | { kind: "redirect"; location: string } | { kind: "retry"; reason: string; status?: number; retryAfterMs: number | null }> {
    const headers: Record<string, string> = {
      "user-agent": this.config.agent,
      accept: isRobots ? "text/plain,*/*;q=0.1" : "text/html,application/xhtml+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
      "accept-language": "zh-CN,zh;q=0.9",
    };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    this.requests++;
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    let res: Response;
    try {
      res = await fetch(url, { headers, redirect: "manual", signal: timeout });
    } catch (e) {
      const reason = timeout.aborted ? `timed out after ${this.config.timeoutMs / 1000} s` : `network error: ${causeOf(e)}`;
      return { kind: "retry", reason, retryAfterMs: null };
    }
    const { status } = res;
    const drop = () => res.body?.cancel().catch(() => undefined);
    if (status >= 300 && status < 400 && status !== 304) {
      await drop();
      const location = res.headers.get("location");
      if (!location) return { kind: "failed", url, reason: `HTTP ${status} without a Location`, status, permanent: true };
      return { kind: "redirect", location };
    }
    if (status === 304) {
      await drop();
      if (validators.etag || validators.lastModified) return { kind: "not-modified", url };
      return { kind: "failed", url, reason: "HTTP 304 to an unconditional request", status, permanent: false };
    }
    if (status === 429 || status === 503) {
      await drop();
      return { kind: "retry", reason: `HTTP ${status}`, status, retryAfterMs: retryAfterMs(res.headers.get("retry-after")) };
    }
    if (status >= 500) {
      await drop();
      return { kind: "retry", reason: `HTTP ${status}`, status, retryAfterMs: null };
    }
    if (status !== 200) {
      await drop();
      return { kind: "failed", url, reason: `HTTP ${status}`, status, permanent: status >= 400 && status < 500 && status !== 408 };
    }
    const contentType = res.headers.get("content-type");
    if (!isRobots && !typeAccepted(contentType, expect)) {
      await drop();
      return { kind: "failed", url, reason: `not an HTML or XML page (Content-Type ${mediaType(contentType)})`, status, permanent: true };
    }
    const limit = isRobots ? ROBOTS_MAX_BYTES : this.config.maxBytes;
    const declared = Number(res.headers.get("content-length") ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      await drop();
      return { kind: "failed", url, reason: `response of ${mb(declared)} is over the ${mb(limit)} limit`, status, permanent: true };
    }
    const body = await readCapped(res, limit, timeout);
    if (body.kind === "too-large") return { kind: "failed", url, reason: `response is over the ${mb(limit)} limit (stopped reading)`, status, permanent: true };
    if (body.kind === "error") {
      const reason = timeout.aborted ? `timed out after ${this.config.timeoutMs / 1000} s while reading` : `connection broke while reading: ${body.reason}`;
      return { kind: "retry", reason, retryAfterMs: null };
    }
    return { kind: "ok", url, status, bytes: body.bytes, contentType, etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
  }
}

function causeOf(e: unknown): string {
  const err = e as { cause?: { code?: string; message?: string }; message?: string };
  return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
}

async function readCapped(
  res: Response,
  limit: number,
  signal: AbortSignal,
): Promise<{ kind: "ok"; bytes: Uint8Array } | { kind: "too-large" } | { kind: "error"; reason: string }> {
  if (!res.body) return { kind: "ok", bytes: new Uint8Array() };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      if (signal.aborted) throw new Error("timeout");
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { kind: "too-large" };
      }
      chunks.push(value);
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    return { kind: "error", reason: causeOf(e) };
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return { kind: "ok", bytes: out };
}
