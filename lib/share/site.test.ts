import { describe, expect, it } from "vitest";
import { absoluteUrl, siteUrl } from "./site";

describe("siteUrl", () => {
  it("defaults to the local server", () => {
    expect(siteUrl({}).toString()).toBe("http://localhost:3000/");
    expect(siteUrl({ SITE_URL: "  " }).toString()).toBe("http://localhost:3000/");
  });
  it("reads SITE_URL, dropping query, hash and trailing slashes", () => {
    expect(siteUrl({ SITE_URL: "https://map.example.cn/" }).toString()).toBe("https://map.example.cn/");
    expect(siteUrl({ SITE_URL: "https://example.cn/zjmap//?x=1#y" }).toString()).toBe("https://example.cn/zjmap/");
  });
  it("ignores values that are not http(s) URLs", () => {
    expect(siteUrl({ SITE_URL: "map.example.cn" }).toString()).toBe("http://localhost:3000/");
    expect(siteUrl({ SITE_URL: "javascript:alert(1)" }).toString()).toBe("http://localhost:3000/");
  });
});

describe("absoluteUrl", () => {
  it("joins paths under the base, including a base path", () => {
    expect(absoluteUrl("/article/003e111294b1", siteUrl({ SITE_URL: "https://example.cn/zjmap" }))).toBe(
      "https://example.cn/zjmap/article/003e111294b1",
    );
    expect(absoluteUrl("/", siteUrl({}))).toBe("http://localhost:3000/");
  });
});
