import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbedView, newNonce, pageSecurityHeaders } from "./security-headers";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce in production, never eval", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false, embed: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("adds eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true, embed: false })).toContain("'unsafe-eval'");
  });

  it("lets MapLibre start its worker and fetch the app's own files", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: false, embed: false });
    expect(directive(csp, "worker-src")).toBe("worker-src 'self' blob:");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
    expect(directive(csp, "font-src")).toContain("'self'");
  });

  it("opens frame-ancestors only for embed views", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: false, embed: false }), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: false, embed: true }), "frame-ancestors")).toBe("frame-ancestors *");
    expect(
      directive(contentSecurityPolicy({ nonce: "n", dev: false, embed: true, embedAncestors: "https://a.example https://b.example" }), "frame-ancestors"),
    ).toBe("frame-ancestors https://a.example https://b.example");
  });
});

describe("pageSecurityHeaders", () => {
  it("sets X-Frame-Options only where nobody may frame the page", () => {
    expect(pageSecurityHeaders({ nonce: "n", dev: false, embed: false })["X-Frame-Options"]).toBe("DENY");
    expect(pageSecurityHeaders({ nonce: "n", dev: false, embed: true })["X-Frame-Options"]).toBeUndefined();
    expect(pageSecurityHeaders({ nonce: "n", dev: false, embed: true })["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("newNonce / isEmbedView", () => {
  it("makes a different 128-bit nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
  it("reads embed like the URL state does", () => {
    expect(isEmbedView(new URLSearchParams("embed=1"))).toBe(true);
    expect(isEmbedView(new URLSearchParams("embed=true"))).toBe(true);
    expect(isEmbedView(new URLSearchParams("embed=0"))).toBe(false);
    expect(isEmbedView(new URLSearchParams(""))).toBe(false);
  });
});
