import { ATOM_TYPE, countyFeedPath } from "@/lib/feeds/paths";
import { timeStrings } from "./strings";
import styles from "./time.module.css";

/** The county's Atom feed, for feed readers (the /county page also announces it with <link rel="alternate">). */
export default function CountyFeedLink({ adcode, lang }: { adcode: string; lang: "zh" | "en" }) {
  return (
    <a className={styles.feed} href={countyFeedPath(adcode)} type={ATOM_TYPE} data-testid="county-feed">
      {timeStrings(lang).feed}
    </a>
  );
}
