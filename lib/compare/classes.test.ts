import { describe, expect, it } from "vitest";
import { classify, colorFor, NO_DATA_COLOR, SEQUENTIAL } from "./classes";

describe("classify", () => {
  it("gives one class per distinct value when there are few", () => {
    const c = classify([1, 3, 1, 2]);
    expect(c.map((x) => [x.min, x.max])).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(new Set(c.map((x) => x.color)).size).toBe(3);
  });

  it("makes at most five quantile classes that cover every value", () => {
    const values = Array.from({ length: 50 }, (_, i) => (i + 1) ** 2);
    const c = classify(values);
    expect(c.length).toBeLessThanOrEqual(5);
    expect(c[0]!.min).toBe(1);
    expect(c[c.length - 1]!.max).toBe(2500);
    for (let i = 1; i < c.length; i++) expect(c[i]!.min).toBe(c[i - 1]!.max);
    expect(c.map((x) => x.color)).toEqual([...SEQUENTIAL].slice(0, c.length));
  });

  it("handles nothing to classify", () => {
    expect(classify([])).toEqual([]);
    expect(classify([NaN])).toEqual([]);
  });
});

describe("colorFor", () => {
  const classes = classify([1, 2, 3]);
  it("uses the no-data colour for null, never a class colour", () => {
    expect(colorFor(null, classes)).toBe(NO_DATA_COLOR);
    expect(classes.map((c) => c.color)).not.toContain(NO_DATA_COLOR);
  });
  it("puts values in their class", () => {
    expect(colorFor(1, classes)).toBe(classes[0]!.color);
    expect(colorFor(3, classes)).toBe(classes[2]!.color);
    expect(colorFor(99, classes)).toBe(classes[2]!.color);
  });
});
