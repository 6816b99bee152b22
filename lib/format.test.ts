import { describe, expect, it } from "vitest";
import { formatPlain, formatValue, formatZh } from "./format";

describe("formatting numbers", () => {
  it("reads large numbers the Chinese way", () => {
    expect(formatZh(13000)).toBe("1.3万");
    expect(formatZh(21_000_000)).toBe("2100万");
    expect(formatZh(350_000_000)).toBe("3.5亿");
    expect(formatZh(123.92)).toBe("123.92");
    expect(formatZh(93.3333)).toBe("93.33");
  });

  it("groups digits for English", () => {
    expect(formatPlain(13000)).toBe("13,000");
    expect(formatPlain(0.125)).toBe("0.13");
  });

  it("marks approximate values and attaches units", () => {
    expect(formatValue(3100, "人次", true)).toBe("≈3100人次");
    expect(formatValue(90, "%", false)).toBe("90%");
    expect(formatValue(13000, "人", false, "en")).toBe("13,000 人");
    expect(formatValue(60, "%", true, "en")).toBe("≈60%");
  });
});
