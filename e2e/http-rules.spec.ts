import { expect, test } from "@playwright/test";

// HTTP rules the server enforces for any client: methods, health bodies, unknown geo names, bad
// %-encoding. (Rate limits are exercised in lib/http and scripts/server.test.ts.)

test("pages, geo files and read-only APIs refuse other methods with 405 and Allow", async ({ request }) => {
  for (const url of ["/", "/county/330624", "/geo/counties", "/api/search?q=x", "/api/health"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await request.fetch(url, { method });
      expect(res.status(), `${method} ${url}`).toBe(405);
      expect(res.headers()["allow"], `${method} ${url}`).toBe("GET, HEAD, OPTIONS");
    }
  }
});

test("health is generic; readiness checks the database", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("unknown geo layers are 404, and stay 404", async ({ request }) => {
  for (let i = 0; i < 3; i++) expect((await request.get("/geo/no-such-layer")).status()).toBe(404);
  expect((await request.get("/geo/counties")).status()).toBe(200);
});

test("bad %-encoding in a dynamic route is a 400, not a 500", async ({ request }) => {
  for (const url of ["/article/%E0%A4%A", "/county/%zz", "/geo/%C0"]) {
    expect((await request.get(url)).status(), url).toBe(400);
  }
});
