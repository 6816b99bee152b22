// The fetcher's rules one by one, against a local site (the full crawl is in crawl.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawlConfigFromEnv, type CrawlConfig } from "./config";
import { Fetcher, retryAfterMs, Stopped } from "./fetcher";
import { startFixtureSite, type FixtureSite, type Reply } from "./testing/fixture-server";

const config: CrawlConfig = { ...crawlConfigFromEnv({}), agent: "ZJMapTest/1.0 (+mailto:t@example.org)", delayMs: 0, backoffMs: 10, retries: 2, timeoutMs: 2000, maxRetryAfterMs: 5000 };
let site: FixtureSite;
let robotsDown: FixtureSite;
const html = { "content-type": "text/html; charset=utf-8" };

beforeAll(async () => {
  site = await startFixtureSite((path, req): Reply | null => {
    if (path === "/robots.txt") return { headers: { "content-type": "text/plain" }, body: "User-agent: ZJMapTest\nDisallow: /no/\n\nUser-agent: *\nDisallow: /\n" };
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) return Number(hop[1]) < 9 ? { status: 302, headers: { location: `/hop/${Number(hop[1]) + 1}` } } : { headers: html, body: "<p>end</p>" };
    if (path === "/slow") return { delayMs: 200, headers: html, body: "<p>slow</p>" };
    if (path === "/declared-big") return { headers: { ...html, "content-length": String(6 * 1024 * 1024) }, body: "x" };
    if (path === "/long-wait") return { status: 503, headers: { "retry-after": "3600" }, body: "" };
    if (path === "/to-mailto") return { status: 301, headers: { location: "mailto:a@b.c" } };
    if (path === "/gone") return { status: 410, headers: html, body: "" };
    if (path === "/etag") return req.headers["if-none-match"] === '"a"' ? { status: 304 } : { headers: { ...html, etag: '"a"' }, body: "<p>x</p>" };
    return { headers: html, body: `<p>${path}</p>` };
  });
  robotsDown = await startFixtureSite((path) => (path === "/robots.txt" ? { status: 503, body: "" } : { headers: html, body: "<p>x</p>" }));
});

afterAll(async () => {
  await site?.close();
  await robotsDown?.close();
});

describe("Fetcher", () => {
  it("matches its own robots.txt group, not the * group", async () => {
    const f = new Fetcher(config);
    expect((await f.fetch(`${site.origin}/yes.html`)).kind).toBe("ok");
    expect(await f.fetch(`${site.origin}/no/x.html`)).toMatchObject({ kind: "robots" });
    expect(site.hits("/no/x.html")).toBe(0);
  });

  it("fetches nothing from a host whose robots.txt answers 5xx, and says why", async () => {
    const r = await new Fetcher(config).fetch(`${robotsDown.origin}/page.html`);
    expect(r).toMatchObject({ kind: "failed", reason: expect.stringMatching(/robots.txt unavailable/) });
    expect(robotsDown.hits("/page.html")).toBe(0);
  });

  it("follows up to 5 redirects and refuses the 6th", async () => {
    const f = new Fetcher(config);
    expect(await f.fetch(`${site.origin}/hop/4`)).toMatchObject({ kind: "ok", url: `${site.origin}/hop/9` });
    expect(await f.fetch(`${site.origin}/hop/0`)).toMatchObject({ kind: "failed", reason: "more than 5 redirects", permanent: true });
    expect(await f.fetch(`${site.origin}/to-mailto`)).toMatchObject({ kind: "failed", reason: expect.stringMatching(/unusable address/) });
  });

  it("sends one request at a time to a host, however many are asked for at once", async () => {
    const f = new Fetcher(config);
    const start = site.log.length;
    const t0 = Date.now();
    await Promise.all([1, 2, 3, 4].map(() => f.fetch(`${site.origin}/slow`)));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4 * 200 - 20);
    const slow = site.log.slice(start).filter((r) => r.path === "/slow");
    for (let i = 1; i < slow.length; i++) expect(slow[i]!.at - slow[i - 1]!.at).toBeGreaterThanOrEqual(195);
  });

  it("keeps ZJ_CRAWL_DELAY_MS between two requests to one host", async () => {
    const f = new Fetcher({ ...config, delayMs: 150 });
    const start = site.log.length;
    await f.fetch(`${site.origin}/a`);
    await f.fetch(`${site.origin}/b`);
    const [robots, a, b] = site.log.slice(start);
    expect(robots!.path).toBe("/robots.txt");
    expect(a!.at - robots!.at).toBeGreaterThanOrEqual(145);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(145);
  });

  it("refuses a declared size over the limit without reading it; 4xx is not retried", async () => {
    const f = new Fetcher(config);
    expect(await f.fetch(`${site.origin}/declared-big`)).toMatchObject({ kind: "failed", reason: "response of 6 MB is over the 5 MB limit", permanent: true });
    expect(await f.fetch(`${site.origin}/gone`)).toMatchObject({ kind: "failed", reason: "HTTP 410", permanent: true });
    expect(site.hits("/gone")).toBe(1);
  });

  it("does not wait for a Retry-After longer than ZJ_CRAWL_MAX_RETRY_AFTER_S", async () => {
    const t0 = Date.now();
    expect(await new Fetcher(config).fetch(`${site.origin}/long-wait`)).toMatchObject({ kind: "failed", reason: expect.stringMatching(/Retry-After 3600 s is longer than we wait/), permanent: false });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("a 304 answers a conditional GET", async () => {
    const f = new Fetcher(config);
    const first = await f.fetch(`${site.origin}/etag`);
    expect(first).toMatchObject({ kind: "ok", etag: '"a"' });
    expect(await f.fetch(`${site.origin}/etag`, { validators: { etag: '"a"' } })).toMatchObject({ kind: "not-modified" });
  });

  it("a stop request ends the wait for a host's turn", async () => {
    const stop = new AbortController();
    const f = new Fetcher({ ...config, delayMs: 1500 }, stop.signal);
    await f.fetch(`${site.origin}/first`);
    const next = f.fetch(`${site.origin}/second`);
    setTimeout(() => stop.abort(), 50);
    await expect(next).rejects.toBeInstanceOf(Stopped);
    expect(site.hits("/second")).toBe(0);
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT"))).toBe(60_000);
    expect(retryAfterMs("soon")).toBeNull();
  });
});
