import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { waitForMapIdle } from "./helpers";

// Security headers as a browser meets them: the CSP is present and enforced on every view, the
// app runs under it without a single violation (the map's worker, WebGL, fonts, geo files, charts),
// embed views can be framed by another site and no other view can.

/** Collects CSP violations as the page reports them (securitypolicyviolation) and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction("__cspViolation", (s: string) => found.push(s));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

/** An article id, read from a county page's story links (the page the seed's water story is on). */
async function firstArticleId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/county/330624")).text();
  const id = /href="\/article\/([0-9a-f]{12})"/.exec(html)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

type View = { name: string; url: (id: string) => string; ready: (page: Page) => Promise<void> };
const mapIdle = (page: Page) => waitForMapIdle(page);
const VIEWS: View[] = [
  { name: "map", url: () => "/", ready: mapIdle },
  { name: "county panel", url: () => "/?county=330102", ready: mapIdle },
  { name: "article panel", url: (id) => `/?article=${id}`, ready: mapIdle },
  { name: "compare", url: () => "/?view=compare&compare=330108,330102&measure=enterprises", ready: (p) => expect(p.getByRole("table").first()).toBeVisible() },
  { name: "list", url: () => "/?view=list", ready: (p) => expect(p.getByTestId("browse-lists")).toBeVisible() },
  { name: "article page", url: (id) => `/article/${id}`, ready: (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible() },
  { name: "county page", url: () => "/county/330624", ready: (p) => expect(p.getByRole("heading", { level: 1 })).toHaveText("新昌县") },
  { name: "embed map", url: () => "/?embed=1", ready: mapIdle },
];

for (const v of VIEWS) {
  test(`the ${v.name} view runs under an enforced CSP with no violations`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const url = v.url(await firstArticleId(request));
    const violations = await watchViolations(page);
    const res = await page.goto(url);
    const h = res!.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The server-rendered scripts carry this response's nonce; what they load is trusted through
    // 'strict-dynamic'.
    const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"]!)![1];
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (document.querySelector("script[nonce]") as HTMLScriptElement).nonce)).toBe(nonce);
    await v.ready(page);
    // Let lazy chunks, the map worker and fonts finish loading before judging.
    await page.waitForLoadState("networkidle");
    expect(violations, violations.join("\n")).toEqual([]);
  });
}

test("the CSP is enforced: injected markup cannot run script", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/county/330624");
  // The classic XSS shape: markup with an inline event handler, as unescaped text would produce.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image.png" onerror="window.__injected = true">`);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  expect(violations.join("\n")).toMatch(/script-src/);
});

test("embed views can be framed by another site, other views cannot", async ({ page, baseURL }) => {
  // Another origin: a one-page site on another loopback port that frames the app.
  let src = "";
  const host = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><iframe id="f" src="${src}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  const framed = async (url: string) => {
    src = url;
    await page.goto(hostUrl);
    const frame = (await (await page.waitForSelector("#f")).contentFrame())!;
    // A refused frame ends on Chromium's error page instead of the app.
    await expect.poll(() => frame.url(), { timeout: 30_000 }).not.toBe("about:blank");
    await frame.waitForLoadState("domcontentloaded");
    return frame.url().startsWith(baseURL!) && (await frame.locator("body > *").count()) > 0;
  };
  try {
    expect(await framed(`${baseURL}/?embed=1`)).toBe(true);
    expect(await framed(`${baseURL}/county/330624?embed=1`)).toBe(true);
    expect(await framed(`${baseURL}/`)).toBe(false);
    expect(await framed(`${baseURL}/county/330624`)).toBe(false);
  } finally {
    host.close();
  }

  const embed = await page.request.get("/?embed=1");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const plain = await page.request.get("/");
  expect(plain.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(plain.headers()["x-frame-options"]).toBe("DENY");
});

test("static files, geo files and API answers carry the baseline headers", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/_next/static/") && r.url().endsWith(".js")) scripts.push(r.url());
  });
  await page.goto("/county/330624");
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of [scripts[0]!, "/geo/counties", "/api/health", "/api/ready"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(res.headers()["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  }
});
