import Link from "next/link";
import HtmlLang from "@/components/dashboard/HtmlLang";
import { langTag, type Lang } from "@/lib/i18n";
import { pageStrings, withLang } from "@/lib/share/page-strings";
import styles from "./share-page.module.css";

/** Frame of the readable pages: a slim bar back to the map, one column, a data credit. */
export default function SharePageShell({ children, lang = "zh" }: { children: React.ReactNode; lang?: Lang }) {
  const s = pageStrings(lang);
  return (
    <div className={styles.shell} lang={langTag(lang)}>
      <HtmlLang lang={lang} />
      <header className={styles.topbar}>
        <Link href={withLang("/", lang)} className={styles.brand}>
          {s.siteName}
        </Link>
        <nav className={styles.topbarNav} aria-label={s.siteName}>
          <Link href={withLang("/about", lang)} className={styles.topbarLink}>
            {s.about}
          </Link>
          <Link href={withLang("/", lang)} className={styles.topbarLink}>
            {s.openMap}
          </Link>
        </nav>
      </header>
      <main className={styles.main}>{children}</main>
      <footer className={styles.footer}>{s.footer}</footer>
    </div>
  );
}
