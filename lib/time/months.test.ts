import { describe, expect, it } from "vitest";
import { addMonths, isMonth, lastDay, monthLabel, monthRange, nextWindow, windowDates, windowIndexes } from "./months";

describe("months", () => {
  it("knows month lengths and steps across years", () => {
    expect(lastDay("2024-02")).toBe("2024-02-29");
    expect(lastDay("2023-02")).toBe("2023-02-28");
    expect(lastDay("2023-12")).toBe("2023-12-31");
    expect(addMonths("2023-11", 3)).toBe("2024-02");
    expect(addMonths("2024-01", -1)).toBe("2023-12");
    expect(monthRange("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthRange("2024-02", "2023-11")).toEqual([]);
    expect(isMonth("2023-13")).toBe(false);
    expect(monthLabel("2023-08")).toBe("2023年8月");
    expect(monthLabel("2023-08", "en")).toBe("Aug 2023");
  });

  it("turns a month window into URL dates and back, the whole range being no filter", () => {
    const months = monthRange("2023-01", "2023-06");
    expect(windowDates(months, 0, 5)).toEqual({ from: null, to: null });
    expect(windowDates(months, 2, 2)).toEqual({ from: "2023-03-01", to: "2023-03-31" });
    expect(windowIndexes(months, "2023-03-01", "2023-03-31")).toEqual([2, 2]);
    expect(windowIndexes(months, null, null)).toEqual([0, 5]);
    // Days inside a month (old links with any dates) select the months containing them.
    expect(windowIndexes(months, "2023-02-15", "2023-04-02")).toEqual([1, 3]);
    // A window outside the data is clamped to its ends.
    expect(windowIndexes(months, "2020-01-01", "2030-01-01")).toEqual([0, 5]);
    expect(windowIndexes(months, "2025-01-01", null)).toEqual([5, 5]);
    expect(windowIndexes([], null, null)).toEqual([0, -1]);
  });

  it("plays month by month from the first, keeping a window's width, and stops at the last", () => {
    expect(nextWindow(6, 0, 5)).toEqual([0, 0]);
    expect(nextWindow(6, 0, 0)).toEqual([1, 1]);
    expect(nextWindow(6, 1, 3)).toEqual([2, 4]);
    expect(nextWindow(6, 2, 5)).toBeNull();
    expect(nextWindow(1, 0, 0)).toBeNull();
    expect(nextWindow(0, 0, -1)).toBeNull();
  });
});
