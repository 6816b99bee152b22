import Link from "next/link";
import { articlePath } from "@/lib/share/links";
import { approxMark, metricTitle } from "@/lib/format";
import type { Lang } from "@/lib/i18n";
import { storyPlaceName } from "@/lib/place-names";
import { withLang } from "@/lib/share/page-strings";
import { formatZhDate } from "@/lib/share/zh-date";
import type { ArticleSummary } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** One story in a county's list: title link, where and when, the lead and its first numbers. */
export default function StoryCard({ story, lang = "zh" }: { story: ArticleSummary; lang?: Lang }) {
  const date = story.publishedOn ? (lang === "zh" ? formatZhDate(story.publishedOn) : story.publishedOn) : null;
  const meta = [storyPlaceName(story.placeName, story.countyCode, story.cityCode, lang), story.source, date].filter(Boolean).join(" · ");
  return (
    <li className={styles.story}>
      <h3 className={styles.storyTitle}>
        <Link href={withLang(articlePath(story.id), lang)}>{story.title}</Link>
      </h3>
      <p className={styles.storyMeta}>{meta}</p>
      <p className={styles.storyLead}>{story.lead}…</p>
      {story.chips.length > 0 && (
        <ul className={styles.chips} aria-label={lang === "zh" ? "主要数字" : "Main numbers"}>
          {story.chips.map((c, i) => (
            <li key={i} className={styles.chip} title={metricTitle(c)}>
              {approxMark(c.approx)}
              {c.text}
              <span className={styles.chipLabel}>{c.label}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
