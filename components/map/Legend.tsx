import type { ColorClass } from "@/lib/compare/classes";
import { formatNumber } from "@/lib/format";
import styles from "./map.module.css";

type Props = { title: string; classes: ColorClass[]; noDataLabel: string; note?: string; lang: "zh" | "en" };

/**
 * What the shading means: the measure, each class with its range, and the no-data hatch. Its title
 * is not a heading: the legend sits before the panel in the page, and a heading here would come
 * before the panel's own (heading order).
 */
export default function Legend({ title, classes, noDataLabel, note, lang }: Props) {
  return (
    <section className={styles.legend} aria-label={title} data-testid="legend">
      <p className={styles.legendTitle}>{title}</p>
      <ul>
        {classes.map((c) => (
          <li key={`${c.min}-${c.max}`}>
            <span className={styles.swatch} style={{ background: c.color }} />
            {c.min === c.max ? formatNumber(c.min, lang) : `${formatNumber(c.min, lang)} – ${formatNumber(c.max, lang)}`}
          </li>
        ))}
        <li>
          <span className={`${styles.swatch} ${styles.hatch}`} />
          {noDataLabel}
        </li>
      </ul>
      {note && <p className={styles.legendNote}>{note}</p>}
    </section>
  );
}
