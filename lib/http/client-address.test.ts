import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("uses the peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("::ffff:10.0.0.7", "1.2.3.4", 0)).toBe("10.0.0.7");
  });
  it("reads the entry the trusted proxy appended", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });
  it("falls back sensibly when the header is short or missing", () => {
    expect(clientAddress("127.0.0.1", null, 1)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.9", 3)).toBe("203.0.113.9");
  });
});

describe("trustedProxyHops", () => {
  it("reads a small whole number, else 0", () => {
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "yes" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "-1" })).toBe(0);
  });
});
