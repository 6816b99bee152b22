import Link from "next/link";
import type { Lang } from "@/lib/i18n";
import { pageStrings, withLang } from "@/lib/share/page-strings";
import SharePageShell from "./SharePageShell";
import styles from "./share-page.module.css";

/**
 * The 404 body of the readable pages and of unknown paths, with a way back to the map. Next renders
 * not-found pages without the query string, so the Chinese page carries one English line too.
 */
export default function NotFoundNotice({ what, lang = "zh" }: { what: "page" | "article" | "county"; lang?: Lang }) {
  const s = pageStrings(lang);
  const en = pageStrings("en");
  const title = { page: s.notFoundTitle, article: s.notFoundArticle, county: s.notFoundCounty }[what];
  const enTitle = { page: en.notFoundTitle, article: en.notFoundArticle, county: en.notFoundCounty }[what];
  return (
    <SharePageShell lang={lang}>
      <div className={styles.card} data-testid="not-found">
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.subtitle}>{s.notFoundHint}</p>
        {lang === "zh" && (
          <p className={styles.subtitle} lang="en">
            {enTitle}. {en.notFoundHint}{" "}
            <Link href="/?lang=en" className={styles.secondary}>
              {en.backToMap}
            </Link>
          </p>
        )}
        <Link href={withLang("/", lang)} className={styles.primary}>
          {s.backToMap}
        </Link>
      </div>
    </SharePageShell>
  );
}
