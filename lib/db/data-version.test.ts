import { describe, expect, it } from "vitest";
import { VersionedCache } from "./data-version";

describe("VersionedCache", () => {
  it("computes a key once per version, shares in-flight work, and drops everything when the version moves", async () => {
    const c = new VersionedCache();
    const seen: number[] = [];
    c.onNewVersion((v) => seen.push(v));
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([c.get(1, "k", compute), c.get(1, "k", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await c.get(2, "k", compute)).toBe(2);
    expect(seen).toEqual([1, 2]);
  });

  it("does not keep failures, and evicts the least recently used", async () => {
    const c = new VersionedCache(2);
    await expect(c.get(1, "bad", () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await new Promise((r) => setTimeout(r, 0));
    expect(await c.get(1, "bad", async () => "ok")).toBe("ok");
    await c.get(1, "a", async () => "a");
    await c.get(1, "bad", async () => "again"); // touch: now newest
    await c.get(1, "b", async () => "b"); // evicts "a"
    expect(await c.get(1, "a", async () => "recomputed")).toBe("recomputed");
  });
});
