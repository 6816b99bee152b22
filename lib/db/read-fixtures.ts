/** Test helper: invented articles written straight to the tables (the triggers do the rest). */
import { createHash } from "node:crypto";
import type { Db } from "./client";

export type FixtureArticle = {
  title: string;
  body: string;
  county?: string | null;
  city?: string | null;
  date?: string | null;
  tags?: string[];
  lon?: number | null;
  lat?: number | null;
  metrics?: { text: string; value: number; unit: string; kind: string; label?: string; approx?: boolean; indicator?: string; partOf?: number | null }[];
};

/** Stores the articles as one source; returns their ids in order. */
export async function insertFixture(db: Db, name: string, articles: FixtureArticle[]): Promise<string[]> {
  const hash = createHash("sha256").update(name + JSON.stringify(articles)).digest("hex");
  const sourceId = hash.slice(0, 16);
  await db.source.create({ data: { id: sourceId, name, rawText: name, contentHash: hash, publishedOn: null } });
  const ids: string[] = [];
  for (const [i, a] of articles.entries()) {
    const id = createHash("sha256").update(`${sourceId}|${i}`).digest("hex").slice(0, 12);
    ids.push(id);
    await db.article.create({
      data: {
        id,
        sourceId,
        position: i,
        title: a.title,
        authors: "[]",
        body: a.body,
        captions: "[]",
        tags: JSON.stringify(a.tags ?? []),
        publishedOn: a.date ?? null,
        countyCode: a.county ?? null,
        cityCode: a.city ?? (a.county ? `${a.county.slice(0, 4)}00` : null),
        lon: a.lon ?? null,
        lat: a.lat ?? null,
      },
    });
    if (a.metrics?.length) {
      await db.metric.createMany({
        data: a.metrics.map((m, position) => {
          const start = Math.max(0, a.body.indexOf(m.text));
          return {
            articleId: id,
            position,
            text: m.text,
            value: m.value,
            unit: m.unit,
            approx: m.approx ?? false,
            label: m.label ?? "",
            kind: m.kind,
            start,
            end: start + m.text.length,
            indicator: m.indicator ?? "other",
            indicatorConfidence: m.indicator ? 0.9 : 0,
            partOf: m.partOf ?? null,
          };
        }),
      });
    }
  }
  return ids;
}

/** Invented stories for search and aggregation tests (no real news text). */
export const SEARCH_FIXTURE: FixtureArticle[] = [
  { title: "滨江区推进亚运场馆建设", body: "滨江区今年推进亚运场馆建设，滨江区各街道参与。亚运筹备进入冲刺。", county: "330108", date: "2023-05-01", tags: ["culture"] },
  { title: "海滨江边的新绿道", body: "宁海县在海滨江边修建绿道三公里，市民称赞。", county: "330226", date: "2023-06-01", tags: ["ecology"] },
  { title: "共富工坊带动增收", body: "共同富裕示范区建设中，共富工坊带动村民增收，共富路上不落一人。", county: "330624", date: "2022-03-01", tags: ["prosperity"] },
  { title: "GDP增长5.2%", body: "全县GDP同比增长5.2%，其中数字经济增长100%以上。", county: "330624", date: "2024-01-10", tags: ["economy"] },
  { title: "亚运会志愿者培训", body: "上城区组织亚运会志愿者培训，共培训3100余人次。", county: "330102", date: "2023-08-01", tags: ["culture"], metrics: [{ text: "3100余人次", value: 3100, unit: "人次", kind: "people_times", approx: true }] },
  { title: "社区食堂开张", body: "新昌县回山镇社区食堂开张，老人用餐更方便。水库水通到家门口。", county: "330624", date: null, tags: [] },
  { title: "A_B测试与100%覆盖", body: "数字化改革中的a_b测试，覆盖率100%。", county: "330102", date: "2023-01-01", tags: [] },
];

/** Invented stories over three months with a gap, plus undated ones. */
export const TIME_FIXTURE: FixtureArticle[] = [
  { title: "一月甲", body: "服务企业10家。", county: "330102", date: "2023-01-05", metrics: [{ text: "10家", value: 10, unit: "家", kind: "enterprises", indicator: "enterprises" }] },
  { title: "一月乙", body: "服务企业5家左右。", county: "330108", date: "2023-01-20", metrics: [{ text: "5家左右", value: 5, unit: "家", kind: "enterprises", approx: true, indicator: "enterprises" }] },
  { title: "三月", body: "投入2万元。", county: "330102", date: "2023-03-31", tags: ["business"], metrics: [{ text: "2万元", value: 2, unit: "万元", kind: "money", indicator: "project_investment" }] },
  { title: "四月", body: "服务企业7家。", county: "330102", date: "2023-04-01", metrics: [{ text: "7家", value: 7, unit: "家", kind: "enterprises", indicator: "enterprises" }] },
  { title: "无日期甲", body: "服务企业3家。", county: "330102", date: null, metrics: [{ text: "3家", value: 3, unit: "家", kind: "enterprises", indicator: "enterprises" }] },
  { title: "无日期乙", body: "没有数字。", county: "330624", date: null },
];
