import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli-args";
import { DEFAULT_CORPUS_DIR, CORPUS2_DIR, PROJECT_ROOT } from "./run-corpus";

describe("parseArgs", () => {
  it("defaults to the default corpus, with the seed decided by the corpus", () => {
    const a = parseArgs([]);
    expect(a.corpus).toBe(DEFAULT_CORPUS_DIR);
    expect(a.seed).toBeUndefined();
    expect(a.detail).toBe("articles");
  });

  it("reads --corpus relative to the working directory, or absolute", () => {
    expect(parseArgs(["--corpus", "lib/eval/corpus2"], PROJECT_ROOT).corpus).toBe(CORPUS2_DIR);
    expect(parseArgs(["--corpus", "corpus2"], path.join(PROJECT_ROOT, "lib", "eval")).corpus).toBe(CORPUS2_DIR);
    expect(parseArgs(["--corpus", "/tmp/x", "--full", "--no-seed"], "/elsewhere")).toMatchObject({
      corpus: "/tmp/x",
      detail: "full",
      seed: false,
    });
  });

  it("rejects a missing value and unknown flags", () => {
    expect(() => parseArgs(["--corpus"])).toThrow("--corpus needs a value");
    expect(() => parseArgs(["--corpus", "--full"])).toThrow("--corpus needs a value");
    expect(() => parseArgs(["--corpora", "x"])).toThrow("unknown argument --corpora");
  });

  it("splits --only lists and keeps repeated ones", () => {
    expect(parseArgs(["--only", "w01,w02", "--only", "p03"]).only).toEqual(["w01", "w02", "p03"]);
  });
});
