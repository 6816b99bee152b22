import { THEME_BY_ID, type ThemeId } from "@/lib/tags/themes";
import styles from "./panel.module.css";

/** An article's theme tags, in the interface language. */
export default function TagList({ tags, lang, label }: { tags: ThemeId[]; lang: "zh" | "en"; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags} aria-label={label}>
      {tags.map((t) => (
        <li key={t}>{lang === "zh" ? THEME_BY_ID.get(t)?.zh : THEME_BY_ID.get(t)?.en}</li>
      ))}
    </ul>
  );
}
