import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { synthCorpus } from "@/lib/synth/corpus";
import { runScript } from "./cli-test-helpers";

describe("npm run synth (command line)", () => {
  it("writes pages with sidecars flagged synthetic, the bytes the generator gives for the seed", () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-synth-"));
    try {
      const r = runScript("synth.ts", ["--articles", "40", "--out", a, "--seed", "5"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/40 stories on \d+ pages/);
      const expected = new Map([...synthCorpus(loadGazetteer(), { seed: 5, articles: 40 })].map((page) => [page.fileName, page.text]));
      const files = fs.readdirSync(a).sort();
      expect(files.filter((f) => f.endsWith(".txt"))).toEqual([...expected.keys()]);
      expect(files.filter((f) => f.endsWith(".txt")).length).toBe(files.filter((f) => f.endsWith(".meta.json")).length);
      for (const f of files) {
        expect(f).toMatch(/^synthetic-5-\d{6}\.(txt|meta\.json)$/);
        if (f.endsWith(".txt")) expect(fs.readFileSync(path.join(a, f), "utf8")).toBe(expected.get(f));
      }
      const meta = JSON.parse(fs.readFileSync(path.join(a, files.find((f) => f.endsWith(".meta.json"))!), "utf8"));
      expect(meta).toMatchObject({ synthetic: true, name: expect.stringMatching(/synthetic/), date: expect.stringMatching(/^20(2[0-4])-\d\d-\d\d$/) });
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
    }
  });

  it("refuses to write into data/sources, which npm start loads", () => {
    const r = runScript("synth.ts", ["--articles", "5", "--out", "data/sources/bench"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing/);
    expect(fs.existsSync("data/sources/bench")).toBe(false);
  });

  it("explains its usage on bad arguments", () => {
    expect(runScript("synth.ts", ["--articles", "many", "--out", "x"]).code).toBe(2);
  });
});
