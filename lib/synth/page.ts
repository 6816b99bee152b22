import type { Rng } from "./random";
import { personName, type SynthArticle } from "./article";
import { SECTIONS } from "./vocabulary";

/**
 * Lays synthetic stories out on a page in the forms the engine reads: an e-paper page (masthead,
 * kickers, titles with subtitles, 本报讯 datelines with bylines), a page of markdown headings with
 * bylines in parentheses at the end (the seed's form), a column page (title, reporter line, body),
 * a website article (title, 发布时间/来源 meta line) and a list of briefs joined by bullets.
 * Every masthead and source line says the page is synthetic.
 */
export type Layout = "epaper" | "markdown" | "column" | "web" | "briefs";
export const LAYOUTS: readonly Layout[] = ["epaper", "markdown", "column", "web", "briefs"];

/** The outlet every synthetic page names: never a real paper. */
export const SYNTH_OUTLET = "合成测试报";
export const SYNTH_SITE = "合成测试网";

const WEEKDAYS = "日一二三四五六";

function ymd(d: Date): { y: number; m: number; d: number } {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function byline(rng: Rng, reporters: string[]): string {
  const [first, ...rest] = reporters;
  return rest.length && rng.chance(0.6) ? `记者 ${first} 通讯员 ${rest.join(" ")}` : `记者 ${reporters.join(" ")}`;
}

function epaper(rng: Rng, articles: SynthArticle[], date: Date, edition: string): string {
  const { y, m, d } = ymd(date);
  const lines = [`${SYNTH_OUTLET}·${edition}版  ${y}年${m}月${d}日  星期${WEEKDAYS[date.getUTCDay()]}  第${rng.int(1, 12)}版  ${rng.pick(SECTIONS)}`, ""];
  for (const a of articles) {
    if (rng.chance(0.15)) lines.push(`【${rng.pick(SECTIONS)}】`);
    lines.push(a.title);
    if (rng.chance(0.2)) lines.push(`——${a.place.county.name}${rng.pick(["持续发力", "见行见效", "再上新台阶"])}`);
    lines.push("");
    const dateline = rng.chance(0.3) ? `本报${a.place.countyShort}${m}月${d}日讯` : "本报讯";
    const [lead, ...rest] = a.paragraphs;
    lines.push(`${dateline}（${byline(rng, a.reporters)}）${lead}`, "");
    for (const p of rest) lines.push(p, "");
  }
  lines.push(`编辑  ${personName(rng)}`);
  return lines.join("\n");
}

function markdown(rng: Rng, articles: SynthArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(`${"#".repeat(rng.int(1, 3))} ${a.title}`, "");
    for (const p of a.paragraphs) lines.push(p, "");
    lines.push(`(${a.reporters.join(" ")})`, "", "");
  }
  return lines.join("\n");
}

function column(rng: Rng, articles: SynthArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(a.title, "", byline(rng, a.reporters).replace(/ /g, "  "), "");
    for (const p of a.paragraphs) lines.push(p, "");
  }
  return lines.join("\n");
}

function web(rng: Rng, a: SynthArticle, date: Date): string {
  const { y, m, d } = ymd(date);
  const two = (n: number) => String(n).padStart(2, "0");
  const lines = [a.title, "", `发布时间：${y}-${two(m)}-${two(d)} ${two(rng.int(7, 21))}:${two(rng.int(0, 59))}  来源：${SYNTH_SITE}`, ""];
  for (const p of a.paragraphs) lines.push(p, "");
  lines.push(`（记者 ${a.reporters[0]}）`);
  return lines.join("\n");
}

function briefs(rng: Rng, articles: SynthArticle[], date: Date): string {
  const { y, m, d } = ymd(date);
  const bullet = rng.pick(["■", "◆", "●"]);
  const lines = [`${SYNTH_OUTLET}  ${y}年${m}月${d}日  第${rng.int(1, 12)}版  新闻速递`, ""];
  for (const a of articles) {
    lines.push(`${bullet} ${a.title}`, "");
    // A brief is one or two paragraphs: the lead and its first figures.
    lines.push(a.paragraphs.slice(0, 2).join(""), "");
  }
  return lines.join("\n");
}

export function layOut(rng: Rng, layout: Layout, articles: SynthArticle[], date: Date, edition: string): string {
  switch (layout) {
    case "epaper":
      return epaper(rng, articles, date, edition);
    case "markdown":
      return markdown(rng, articles);
    case "column":
      return column(rng, articles);
    case "web":
      return web(rng, articles[0]!, date);
    case "briefs":
      return briefs(rng, articles, date);
  }
}
