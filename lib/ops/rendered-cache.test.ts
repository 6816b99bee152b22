import { describe, expect, it } from "vitest";
import { RenderedCache } from "./rendered-cache";

const png = (s: string) => new Response(new TextEncoder().encode(s), { headers: { "content-type": "image/png", "cache-control": "public, max-age=60" } });

describe("RenderedCache", () => {
  it("draws a card once per content and serves the same bytes afterwards", async () => {
    const cache = new RenderedCache({ version: "1" });
    let n = 0;
    const render = () => png(`card ${++n}`);
    const a = await cache.respond({ title: "亚运" }, render);
    const b = await cache.respond({ title: "亚运" }, render);
    expect(await a.text()).toBe("card 1");
    expect(await b.text()).toBe("card 1");
    expect(b.headers.get("content-type")).toBe("image/png");
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(cache.renders).toBe(1);
  });

  it("draws again when the content or the version changes", async () => {
    const v1 = new RenderedCache({ version: "1" });
    const v2 = new RenderedCache({ version: "2" });
    expect(v1.keyOf({ t: 1 })).not.toBe(v1.keyOf({ t: 2 }));
    expect(v1.keyOf({ t: 1 })).not.toBe(v2.keyOf({ t: 1 }));
    let n = 0;
    await v1.respond({ t: 1 }, () => png(String(++n)));
    expect(await (await v1.respond({ t: 2 }, () => png(String(++n)))).text()).toBe("2");
  });

  it("lets concurrent requests for one card share one drawing", async () => {
    const cache = new RenderedCache({ version: "1" });
    let n = 0;
    const slow = async () => {
      n++;
      await new Promise((r) => setTimeout(r, 30));
      return png("x");
    };
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.respond({ k: "same" }, slow)));
    expect(n).toBe(1);
    expect(new Set(await Promise.all(all.map((r) => r.text())))).toEqual(new Set(["x"]));
  });

  it("does not keep failed drawings", async () => {
    const cache = new RenderedCache({ version: "1" });
    let n = 0;
    const r1 = await cache.respond({ k: 1 }, () => new Response("boom", { status: 500 }));
    expect(r1.status).toBe(500);
    await cache.respond({ k: 1 }, () => png(String(++n)));
    expect(cache.renders).toBe(2);
  });

  it("evicts least-recently-used cards beyond its byte budget", async () => {
    const cache = new RenderedCache({ version: "1", maxBytes: 10 });
    for (const k of ["a", "b", "c"]) await cache.respond({ k }, () => png("12345"));
    await cache.respond({ k: "a" }, () => png("12345"));
    expect(cache.renders).toBe(4);
  });
});
