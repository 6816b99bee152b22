import type { ArticlePage } from "@/lib/db/article-page";
import { clampText, titleFontSize } from "@/lib/og/og-text";
import { placeOutline, type PlaceOutline } from "@/lib/og/place-outline";
import { approxMark, formatZh } from "@/lib/format";
import { formatZhDate } from "@/lib/share/zh-date";
import { CARD_COLORS, cardFrame, chipRow, LOCATOR_BOX, SHAPE_BOX, type CardChip } from "./card-parts";

export type ArticleCardData = { title: string; place: string; chips: CardChip[]; footer: string; outline: PlaceOutline | null };

/** Share card of one story: its title, where it happened and its first numbers. */
export function articleCard(d: ArticleCardData, clean: (s: string) => string) {
  const title = clampText(clean(d.title), 40);
  return cardFrame({
    clean,
    outline: d.outline,
    footer: d.footer,
    children: [
      <div key="t" style={{ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.25, color: CARD_COLORS.INK }}>
        {title}
      </div>,
      <div key="p" style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 30, color: CARD_COLORS.MUTED }}>
        <div style={{ width: 14, height: 14, borderRadius: 7, background: CARD_COLORS.ACCENT }} />
        <div>{clampText(clean(d.place), 24)}</div>
      </div>,
      d.chips.length > 0 ? (
        <div key="c" style={{ display: "flex" }}>
          {chipRow(d.chips.map((c) => ({ value: clampText(clean(c.value), 10), label: clampText(clean(c.label), 9) })))}
        </div>
      ) : null,
    ],
  });
}

/** The card's content from the article page's read model. */
export function articleCardData(page: ArticlePage): ArticleCardData {
  const { article, city, county } = page;
  const place = [city?.name, article.placeName && article.placeName !== city?.name ? article.placeName : null].filter(Boolean).join(" · ");
  return {
    title: article.title,
    place: place || "浙江省",
    // normalized and compact (≈880万立方米, not 880万立方米左右): three must fit on one line
    chips: article.chips.slice(0, 3).map((c) => ({
      value: `${approxMark(c.approx)}${formatZh(c.canonicalValue)}${c.canonicalUnit}`,
      label: c.label,
    })),
    footer: [article.source, article.publishedOn ? formatZhDate(article.publishedOn) : null].filter(Boolean).join(" · "),
    outline: placeOutline(county?.code ?? city?.code ?? "330000", { shape: SHAPE_BOX, locator: LOCATOR_BOX }),
  };
}
