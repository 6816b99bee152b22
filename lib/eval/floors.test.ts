// The evaluation of every labelled set runs here with its floors (lib/eval/floors.json): a change that
// lowers any figure of any set fails npm test. Sets that are absent (the devset outside the team's
// machines) are skipped with a notice, never passed silently.
import { describe, expect, it } from "vitest";
import { DEVSET_DIR, SETS, evaluateAll, evaluateLabelled, setPresent } from "./evaluate";
import { belowFloors, readFloors } from "./floors";

const floors = readFloors();

describe("labelled sets against their floors", () => {
  for (const set of SETS) {
    const present = setPresent(set.dir, set.kind);
    it.skipIf(!present)(`${set.name}: every figure at or above its floor`, async () => {
      const figures = await evaluateAll([set.name]);
      expect(Object.keys(floors.sets[set.name] ?? {}).length, `no floors for ${set.name}`).toBeGreaterThan(0);
      expect(belowFloors(figures, floors)).toEqual([]);
    });
  }

  it("has floors for every set and for the metric figures the product shows", () => {
    for (const set of SETS) expect(Object.keys(floors.sets), set.name).toContain(set.name);
    for (const name of ["pages-train", "devset"]) {
      for (const f of ["metrics.precision", "metrics.recall", "metrics.approx", "metrics.labelAgreement", "metrics.kind", "metrics.indicator"]) {
        expect(floors.sets[name], `${name} ${f}`).toHaveProperty([f]);
      }
    }
  });
});

describe("indicator and kind labels", () => {
  for (const set of SETS.filter((s) => s.tags)) {
    it.skipIf(!setPresent(set.dir, set.kind))(`${set.name}: every label names a labelled metric`, () => {
      const r = evaluateLabelled(set.dir, set.tags);
      expect(r.unlabelledTags).toEqual([]);
    });
  }
  it.skipIf(!setPresent(DEVSET_DIR, "labelled"))("cover every labelled metric of the devset", () => {
    const r = evaluateLabelled(DEVSET_DIR, SETS.find((s) => s.name === "devset")!.tags);
    // every matched number has a hand label, so the indicator figure is over all of them
    expect(r.score.indicators.total).toBe(r.score.tp + r.score.borderlineHits);
  });
});
