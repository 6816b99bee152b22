import { describe, expect, it } from "vitest";
import { hasBadPercentEncoding } from "./percent-encoding";

describe("hasBadPercentEncoding", () => {
  it("accepts plain and well-encoded paths", () => {
    expect(hasBadPercentEncoding("/county/330102")).toBe(false);
    expect(hasBadPercentEncoding("/article/%E6%BB%A8%E6%B1%9F")).toBe(false);
    expect(hasBadPercentEncoding("/?q=%")).toBe(false); // the query string is the page's business
  });
  it("finds stray %, bad hex and invalid UTF-8", () => {
    expect(hasBadPercentEncoding("/article/%")).toBe(true);
    expect(hasBadPercentEncoding("/article/%zz")).toBe(true);
    expect(hasBadPercentEncoding("/county/%E6%BB")).toBe(true);
    expect(hasBadPercentEncoding("/geo/%C0%AF")).toBe(true);
  });
});
