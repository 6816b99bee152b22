import { storyPlaceName } from "@/lib/place-names";
import type { ArticleSummary } from "@/lib/view-models";
import { ViewLink, type Nav } from "../state/ViewLink";
import HighlightedText from "./HighlightedText";
import MetricChip from "./MetricChip";
import TagList from "./TagList";
import styles from "./panel.module.css";

type Props = { a: ArticleSummary; nav: Nav; terms?: string[]; lang?: "zh" | "en" };

/** A story in a list: title (a link that opens the article), byline, place, themes and top numbers. */
export default function StoryCard({ a, nav, terms = [], lang = "zh" }: Props) {
  const meta = [storyPlaceName(a.placeName, a.countyCode, a.cityCode, lang), a.authors.join(" "), a.source, a.publishedOn].filter(Boolean).join(" · ");
  return (
    <article className={styles.card} data-testid="story-card" data-article-id={a.id}>
      <h3 className={styles.cardTitle}>
        <ViewLink nav={nav} patch={{ article: a.id, county: a.countyCode ?? nav.state.county, view: "map" }}>
          <HighlightedText text={a.title || (lang === "zh" ? "（无标题）" : "(untitled)")} terms={terms} />
        </ViewLink>
      </h3>
      <p className={styles.cardMeta}>{meta}</p>
      <TagList tags={a.tags} lang={lang} label={lang === "zh" ? "主题" : "Themes"} />
      {a.chips.length > 0 && (
        <div className={styles.chips}>
          {a.chips.map((m, i) => (
            <MetricChip key={i} m={m} lang={lang} />
          ))}
        </div>
      )}
    </article>
  );
}
