// Checks the hand-written gold labels themselves: schema, official codes, normalized form, that every
// labelled string really occurs in its article, and that each metric's value, unit and approx flag
// follow from its text (an independent little number reader, not the project's extractor).
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { GoldArticle, GoldMetric } from "./gold";
import { DEFAULT_CORPUS_DIR, CORPUS3_DIR, CORPUS2_DIR, PROJECT_ROOT, listCorpus, loadGold } from "./run-corpus";
import { normalizeText, squash, stripPhotoCredit } from "./text";

interface TownRow {
  code: string;
  name: string;
  county_adcode: string;
  city_adcode: string;
}
const towns = new Map<string, TownRow>();
for (const r of Papa.parse<TownRow>(readFileSync(path.join(PROJECT_ROOT, "data/geo/zhejiang-townships.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data)
  towns.set(r.code, r);

interface SeatProps {
  adcode: string;
  name: string;
  city_adcode: string;
  city_name: string;
}
const seats = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "data/geo/zhejiang-county-seats.geojson"), "utf8")) as {
  features: Array<{ properties: SeatProps }>;
};
const counties = new Map(seats.features.map((f) => [f.properties.adcode, f.properties]));
const cities = new Map(seats.features.map((f) => [f.properties.city_adcode, f.properties.city_name]));

// ------------------------------------------------------------ an independent reader for metric texts

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function chineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch] ?? 0;
    else if (ch in SMALL) {
      section += (digit || 1) * (SMALL[ch] ?? 1);
      digit = 0;
    } else if (ch === "万" || ch === "亿") {
      const mul = ch === "万" ? 1e4 : 1e8;
      total = (total + section + digit) * mul;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const HEDGE_BEFORE = /^(约|近|超过|超|逾|达|共|仅|不到|不足|将近|累计|突破)/u;
const HEDGE_WORDS = /约|近|超|逾|余|多|左右|以上|上下|不到|不足|许|突破/u;

/** Reads "约2100万元", "3100余人次", "两千余册", "60%以上" into value and unit the way the contract wants. */
function readMetricText(text: string): { value: number; unit: string } | null {
  let s = squash(text);
  while (HEDGE_BEFORE.test(s)) s = s.replace(HEDGE_BEFORE, "");
  // 一半 is a share: 一半以上 is 50 %
  if (s.startsWith("一半")) return { value: 50, unit: `%${s.slice(2)}` };
  let value: number;
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)/.exec(s);
  if (arabic?.[1]) {
    value = Number(arabic[1].replaceAll(",", ""));
    s = s.slice(arabic[1].length);
  } else {
    const cn = /^[零〇一二两三四五六七八九十百千万亿]+/u.exec(s);
    if (!cn) return null;
    value = chineseNumber(cn[0]);
    s = s.slice(cn[0].length);
  }
  s = s.replace(/^(余|多)/u, "");
  if (s.startsWith("万")) {
    value *= 1e4;
    s = s.slice(1);
  } else if (s.startsWith("亿")) {
    value *= 1e8;
    s = s.slice(1);
  }
  s = s.replace(/^(余|多)/u, "");
  // 成 is a share: 近八成 is 80 %
  if (s.startsWith("成")) return { value: value * 10, unit: `%${s.slice(1)}` };
  return { value, unit: s };
}

function metricProblems(m: GoldMetric, needApprox: boolean): string[] {
  const out: string[] = [];
  const read = readMetricText(m.text);
  if (!read) return [`cannot read "${m.text}"`];
  if (Math.abs(read.value - m.value) > 1e-9 * Math.max(1, Math.abs(m.value)))
    out.push(`"${m.text}": value ${m.value}, text says ${read.value}`);
  const unitText = read.unit;
  // a rate per measure (吨/亩, 元/公斤) prints its numerator after the number, its measure in the clause
  const unit = m.unit.split("/")[0]!;
  const unitOk =
    (unit === "人" && /^(名|人)/u.test(unitText)) ||
    (unit !== "人" && unitText.startsWith(unit)) ||
    (m.unit === "个" && /^个/u.test(unitText));
  if (!unitOk) out.push(`"${m.text}": unit ${m.unit}, text continues "${unitText}"`);
  if (needApprox && m.approx !== HEDGE_WORDS.test(m.text)) out.push(`"${m.text}": approx ${m.approx}`);
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ------------------------------------------------------------ mention codes must be named in the text

/** Old names the corpora use for today's units (the README's alias rule). */
const OLD_NAMES: Record<string, string[]> = { "330102": ["江干"], "330113": ["余杭"], "330114": ["钱塘新区"] };

/** Names a code may be written as: full name, the name without its 市/区/县/镇/乡/街道 suffix, old names. */
function namesOf(code: string): string[] {
  const full = code.length === 9 ? towns.get(code)?.name : (counties.get(code)?.name ?? cities.get(code));
  if (!full) return [];
  const stem = full.replace(/(畲族自治县|畲族乡|畲族镇|街道|市|区|县|镇|乡)$/u, "");
  return [full, ...(stem.length >= 2 ? [stem] : []), ...(OLD_NAMES[code] ?? [])];
}

// ------------------------------------------------------------ locating labelled strings in the text

const FULL_WIDTH_LEFT = /[，（）“”‘’：；！？\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

function goldStrings(a: GoldArticle): string[] {
  return [
    a.title, ...a.authors, a.body_starts_with, a.body_ends_with, ...a.body_must_contain, ...a.captions,
    ...a.metrics.map((m) => m.text), ...(a.optional_metrics ?? []).map((m) => m.text), ...(a.not_metrics ?? []),
  ];
}

// Page furniture that e-paper and OCR copies drop into the middle of an article (page headers, editor lines,
// 下转/上接 markers). The gold treats it as absent, so labelled strings may span it.
const FURNITURE_LINE = [
  /^.*星期[一二三四五六日天].*第\s*\S{1,3}\s*版.*$/gmu,
  /^\s*(本版)?(责任编辑|编辑|美编|美术编辑|校对)[:：\s].*$/gmu,
  /^\s*\S{2,6}日报\s+[A-Z][A-Z ]+$/gmu,
];
const CONTINUED = /[(（](下转|上接)第\S{1,3}版[)）]/gu;

function withoutFurniture(raw: string): string {
  return FURNITURE_LINE.reduce((text, re) => text.replace(re, ""), raw).replace(CONTINUED, "");
}

/** Cuts captions out of squashed text: "图为…(credit 摄)" and the OCR form "(图为…。credit 摄)". */
function withoutCaptions(flat: string, captions: readonly string[]): string {
  return captions.reduce((text, cap) => {
    const c = escapeRe(cap);
    return text
      .replace(new RegExp(`[(（]${c}[^()（）]{0,20}摄[)）]`, "gu"), "")
      .replace(new RegExp(`${c}([(（][^()（）]{0,30}摄[)）])?`, "gu"), "");
  }, flat);
}

const corpora = [
  { dir: DEFAULT_CORPUS_DIR, minDocs: 25, minSingles: 15, minPages: 8 },
  { dir: CORPUS2_DIR, minDocs: 25, minSingles: 12, minPages: 8 },
  { dir: CORPUS3_DIR, minDocs: 30, minSingles: 10, minPages: 20 },
];
const entries = corpora.flatMap((c) => listCorpus(c.dir));

describe("corpus", () => {
  for (const c of corpora)
    it(`${path.relative(PROJECT_ROOT, c.dir)} has at least ${c.minDocs} documents of both modes`, () => {
      const mine = listCorpus(c.dir, false);
      expect(mine.length).toBeGreaterThanOrEqual(c.minDocs);
      expect(mine.filter((e) => e.mode === "single").length).toBeGreaterThanOrEqual(c.minSingles);
      expect(mine.filter((e) => e.mode === "page").length).toBeGreaterThanOrEqual(c.minPages);
    });

  for (const e of entries) {
    describe(e.name, () => {
      const gold = loadGold(e.goldFile);
      const raw = readFileSync(e.textFile, "utf8");
      const rawFlat = squash(normalizeText(raw));
      // Captions are cut out first: they may be dropped into the middle of a sentence or even a word.
      const captions = gold.articles.flatMap((a) => a.captions.map(stripPhotoCredit));
      const flat = withoutCaptions(squash(normalizeText(withoutFurniture(raw))), captions);
      const inCorpusDir = corpora.some((c) => e.textFile.startsWith(c.dir));

      it("declares its mode and source", () => {
        if (inCorpusDir) {
          expect(gold.mode).toBeDefined();
          expect(gold.source).toBe(path.relative(PROJECT_ROOT, e.textFile));
          if (gold.mode === "single") expect(gold.articles).toHaveLength(1);
          else expect(gold.articles.length).toBeGreaterThanOrEqual(3);
        }
        expect(gold.articles.map((a) => a.n)).toEqual(gold.articles.map((_, i) => i + 1));
      });

      it("uses official codes with their official names", () => {
        for (const a of gold.articles) {
          const where = `#${a.n}`;
          for (const c of a.mentions_in_zhejiang) {
            const known = c.length === 9 ? towns.has(c) : counties.has(c) || cities.has(c);
            expect(known, `${where} mention ${c}`).toBe(true);
            if (c.length === 9) expect(a.mentions_in_zhejiang, `${where} county of ${c}`).toContain(c.slice(0, 6));
          }
          expect(new Set(a.mentions_in_zhejiang).size, `${where} duplicate mention`).toBe(a.mentions_in_zhejiang.length);
          // A county code may stand only for the county of a named township (the README's rule).
          const townCounties = new Set(a.mentions_in_zhejiang.filter((c) => c.length === 9).map((c) => c.slice(0, 6)));
          for (const c of a.mentions_in_zhejiang)
            if (!townCounties.has(c))
              expect(namesOf(c).some((n) => flat.includes(n)), `${where} mention ${c} (${namesOf(c)[0]}) is not named in the text`).toBe(true);
          const p = a.place;
          if (p === null) continue;
          expect(cities.get(p.city.adcode), `${where} city`).toBe(p.city.name);
          if (p.county) {
            const c = counties.get(p.county.adcode);
            expect(c?.name, `${where} county`).toBe(p.county.name);
            expect(c?.city_adcode, `${where} county in city`).toBe(p.city.adcode);
            expect(a.mentions_in_zhejiang, `${where} place county mentioned`).toContain(p.county.adcode);
          }
          if (p.township) {
            const t = towns.get(p.township.code);
            expect(t?.name, `${where} township`).toBe(p.township.name);
            expect(t?.county_adcode, `${where} township in county`).toBe(p.county?.adcode);
            expect(a.mentions_in_zhejiang, `${where} place township mentioned`).toContain(p.township.code);
          }
        }
      });

      it("writes every labelled string in normalized form, and each occurs in the text", () => {
        for (const a of gold.articles)
          for (const s of goldStrings(a)) {
            expect(FULL_WIDTH_LEFT.test(s), `#${a.n} not normalized: ${s}`).toBe(false);
            // Captions and not-metrics may sit in furniture or captions; everything else must be in the clean text.
            const loose = a.captions.includes(s) || (a.not_metrics ?? []).includes(s);
            const inText = loose ? rawFlat.includes(stripPhotoCredit(s)) : flat.includes(squash(s));
            expect(inText, `#${a.n} not in text: ${s}`).toBe(true);
          }
      });

      it("places titles in order and every metric inside its own article body", () => {
        let cursor = 0;
        for (const a of gold.articles) {
          const where = `#${a.n}`;
          const t = flat.indexOf(squash(a.title), cursor);
          expect(t, `${where} title after previous article`).toBeGreaterThanOrEqual(cursor);
          const start = flat.indexOf(squash(a.body_starts_with), t + squash(a.title).length);
          expect(start, `${where} body start after title`).toBeGreaterThan(t);
          const endText = squash(a.body_ends_with);
          const end = flat.indexOf(endText, start) + endText.length;
          expect(end, `${where} body end after start`).toBeGreaterThan(start);
          const body = flat.slice(start, end);
          for (const s of [...a.body_must_contain, ...a.metrics.map((m) => m.text), ...(a.optional_metrics ?? []).map((m) => m.text)])
            expect(body.includes(squash(s)), `${where} outside its body: ${s}`).toBe(true);
          cursor = end;
        }
      });

      it("gives each metric the value, unit and approx flag its text says", () => {
        const problems = gold.articles.flatMap((a) => [
          ...a.metrics.flatMap((m) => metricProblems(m, true).map((p) => `#${a.n} ${p}`)),
        ]);
        expect(problems).toEqual([]);
      });

      it("never labels the same text as metric and not-metric", () => {
        for (const a of gold.articles) {
          const not = (a.not_metrics ?? []).map(squash);
          for (const m of [...a.metrics, ...(a.optional_metrics ?? [])])
            expect(not.some((n) => n.includes(squash(m.text))), `#${a.n} ${m.text}`).toBe(false);
        }
      });
    });
  }
});
