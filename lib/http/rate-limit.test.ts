import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { exemptFromLimits, policyFromEnv, requestKey, takeToken, tooManyRequests, withRateLimit, type RatePolicy } from "./rate-limit";

let n = 0;
const fresh = (points: number, windowSeconds = 60): RatePolicy => ({ name: `t${++n}`, points, windowSeconds });

describe("takeToken", () => {
  it("allows `points` requests per key, then says how long to wait", async () => {
    const p = fresh(3, 30);
    for (let i = 0; i < 3; i++) expect((await takeToken(p, "a")).allowed).toBe(true);
    const v = await takeToken(p, "a");
    expect(v.allowed).toBe(false);
    if (!v.allowed) {
      expect(v.retryAfterSeconds).toBeGreaterThanOrEqual(29);
      expect(v.retryAfterSeconds).toBeLessThanOrEqual(30);
    }
    expect((await takeToken(p, "b")).allowed).toBe(true);
  });

  it("counts concurrent requests exactly", async () => {
    const p = fresh(10);
    const verdicts = await Promise.all(Array.from({ length: 25 }, () => takeToken(p, "c")));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
  });

  it("lets everything through when the policy is off", async () => {
    expect((await takeToken(null, "x")).allowed).toBe(true);
  });
});

describe("policyFromEnv", () => {
  const base = { name: "search", points: 120, windowSeconds: 60 };
  it("reads POINTS/SECONDS and off", () => {
    expect(policyFromEnv(base, {})).toEqual(base);
    expect(policyFromEnv(base, { RATE_LIMIT_SEARCH: "600/30" })).toEqual({ name: "search", points: 600, windowSeconds: 30 });
    expect(policyFromEnv(base, { RATE_LIMIT_SEARCH: "off" })).toBeNull();
  });
  it("refuses a malformed setting instead of guessing", () => {
    expect(() => policyFromEnv(base, { RATE_LIMIT_SEARCH: "lots" })).toThrow(/POINTS\/SECONDS/);
    expect(() => policyFromEnv(base, { RATE_LIMIT_SEARCH: "0/60" })).toThrow();
  });
});

describe("exemptFromLimits", () => {
  it("exempts loopback only, and only when RATE_LIMIT_EXEMPT_LOOPBACK=1", () => {
    const on = { RATE_LIMIT_EXEMPT_LOOPBACK: "1" };
    expect(exemptFromLimits("127.0.0.1", on)).toBe(true);
    expect(exemptFromLimits("::1", on)).toBe(true);
    expect(exemptFromLimits("203.0.113.9", on)).toBe(false);
    expect(exemptFromLimits("unknown", on)).toBe(false);
    expect(exemptFromLimits("127.0.0.1", {})).toBe(false);
    expect(exemptFromLimits("127.0.0.1", { RATE_LIMIT_EXEMPT_LOOPBACK: "yes" })).toBe(false);
  });
});

describe("HTTP side", () => {
  it("answers 429 with Retry-After", async () => {
    const r = tooManyRequests(7);
    expect(r.status).toBe(429);
    expect(r.headers.get("Retry-After")).toBe("7");
    expect(await r.json()).toEqual({ error: "too many requests; try again later" });
  });

  it("keys requests by the address the server decided on", () => {
    expect(requestKey(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.9");
    expect(requestKey(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1" }))).toBe("6.6.6.6");
  });

  it("wraps a route handler", async () => {
    const p = fresh(2);
    let calls = 0;
    const handler = withRateLimit(p, async () => {
      calls++;
      return new Response("ok");
    });
    const req = () => new Request("http://x/api/sign-in", { method: "POST", headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.1" } });
    expect((await handler(req())).status).toBe(200);
    expect((await handler(req())).status).toBe(200);
    const third = await handler(req());
    expect(third.status).toBe(429);
    expect(third.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(calls).toBe(2);
  });
});
