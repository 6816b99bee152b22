import { METRIC_KINDS } from "@/lib/metrics/kinds";
import type { CountyPage } from "@/lib/db/county-page";
import { clampText } from "@/lib/og/og-text";
import { placeOutline, type PlaceOutline } from "@/lib/og/place-outline";
import { approxMark, formatZh, formatPopulation } from "@/lib/format";
import { CARD_COLORS, cardFrame, chipRow, LOCATOR_BOX, SHAPE_BOX, type CardChip } from "./card-parts";

export type CountyCardData = { name: string; facts: string; chips: CardChip[]; latest: string | null; footer: string; outline: PlaceOutline | null };

/** Share card of a county: its name, city, population and story count, and its largest sums. */
export function countyCard(d: CountyCardData, clean: (s: string) => string) {
  return cardFrame({
    clean,
    outline: d.outline,
    footer: d.footer,
    children: [
      <div key="n" style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.1, color: CARD_COLORS.INK }}>
        {clampText(clean(d.name), 10)}
      </div>,
      <div key="f" style={{ fontSize: 30, color: CARD_COLORS.MUTED }}>
        {clampText(clean(d.facts), 30)}
      </div>,
      d.chips.length > 0 ? (
        <div key="c" style={{ display: "flex" }}>
          {chipRow(d.chips.map((c) => ({ value: clampText(clean(c.value), 10), label: clampText(clean(c.label), 9) })))}
        </div>
      ) : (
        <div key="c" style={{ fontSize: 26, color: CARD_COLORS.MUTED }}>
          {clean("暂无数据")}
        </div>
      ),
      d.latest ? (
        <div key="l" style={{ fontSize: 24, color: CARD_COLORS.BRAND }}>
          {clampText(clean(`最新报道：${d.latest}`), 26)}
        </div>
      ) : null,
    ],
  });
}

/** The card's content from the county page's read model: the first three kinds that have a sum. */
export function countyCardData(page: CountyPage): CountyCardData {
  const { county, stories, summary } = page;
  const chips = summary
    .filter((r) => r.total !== null)
    .slice(0, 3)
    .map((r) => ({ value: `${approxMark(r.approx)}${formatZh(r.total!)}${r.unit}`, label: METRIC_KINDS[r.kind].zh }));
  const facts = [county.cityName, county.population ? `常住人口${formatPopulation(county.population)}` : null, `${stories.total}篇报道`]
    .filter(Boolean)
    .join(" · ");
  return {
    name: county.name,
    facts,
    chips,
    latest: stories.items[0]?.title ?? null,
    footer: "数据：浙江各地报纸的基层报道 · 2020年人口普查",
    outline: placeOutline(county.adcode, { shape: SHAPE_BOX, locator: LOCATOR_BOX }),
  };
}
