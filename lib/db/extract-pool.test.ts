import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { InputError } from "../ingest/input-check";
import { extractDocument } from "../ingest/pipeline";
import { synthCorpus } from "../synth/corpus";
import { ExtractPool } from "./extract-pool";

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 43, articles: 30 })];

describe("ExtractPool", () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it("gives the same documents as extraction on this thread, in input order", async () => {
    const docs = await pool.extractAll(pages.map((p) => ({ text: p.text, opts: { publishedOn: p.publishedOn } })));
    expect(docs).toEqual(pages.map((p) => extractDocument(p.text, { gazetteer: gaz, publishedOn: p.publishedOn })));
  }, 60_000);

  it("returns a page's error in its place, keeping its class", async () => {
    const [ok, bad] = await pool.extractAll([
      { text: pages[0]!.text, opts: {} },
      { text: "\u0000\u0001\u0002binary", opts: {} },
    ]);
    expect(ok).not.toBeInstanceOf(Error);
    const direct = (() => {
      try {
        return extractDocument("\u0000\u0001\u0002binary", { gazetteer: gaz });
      } catch (e) {
        return e;
      }
    })();
    if (direct instanceof Error) {
      expect(bad).toBeInstanceOf(direct instanceof InputError ? InputError : Error);
      expect((bad as Error).message).toBe(direct.message);
    } else expect(bad).toEqual(direct);
  }, 60_000);
});
