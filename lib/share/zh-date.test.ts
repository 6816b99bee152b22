import { describe, expect, it } from "vitest";
import { formatZhDate } from "./zh-date";

describe("formatZhDate", () => {
  it("writes calendar dates the Chinese way", () => {
    expect(formatZhDate("2023-08-20")).toBe("2023年8月20日");
    expect(formatZhDate("2024-01-05")).toBe("2024年1月5日");
  });
  it("leaves other text alone", () => {
    expect(formatZhDate("2023-02-30")).toBe("2023-02-30");
    expect(formatZhDate("上月")).toBe("上月");
  });
});
