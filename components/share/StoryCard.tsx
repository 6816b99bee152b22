import Link from "next/link";
import { articlePath } from "@/lib/share/links";
import { approxMark, metricTitle } from "@/lib/format";
import { formatZhDate } from "@/lib/share/zh-date";
import type { ArticleSummary } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** One story in a county's list: title link, where and when, the lead and its first numbers. */
export default function StoryCard({ story }: { story: ArticleSummary }) {
  const meta = [story.placeName, story.source, story.publishedOn ? formatZhDate(story.publishedOn) : null].filter(Boolean).join(" · ");
  return (
    <li className={styles.story}>
      <h3 className={styles.storyTitle}>
        <Link href={articlePath(story.id)}>{story.title}</Link>
      </h3>
      <p className={styles.storyMeta}>{meta}</p>
      <p className={styles.storyLead}>{story.lead}…</p>
      {story.chips.length > 0 && (
        <ul className={styles.chips} aria-label="主要数字">
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
