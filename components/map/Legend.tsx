import type { ColorClass } from "@/lib/compare/classes";
import { formatZh } from "@/lib/format";
import styles from "./map.module.css";

type Props = { title: string; classes: ColorClass[]; noDataLabel: string; note?: string };

/** What the shading means: the measure, each class with its range, and the no-data hatch. */
export default function Legend({ title, classes, noDataLabel, note }: Props) {
  return (
    <section className={styles.legend} aria-label={title} data-testid="legend">
      <h3>{title}</h3>
      <ul>
        {classes.map((c) => (
          <li key={`${c.min}-${c.max}`}>
            <span className={styles.swatch} style={{ background: c.color }} />
            {c.min === c.max ? formatZh(c.min) : `${formatZh(c.min)} – ${formatZh(c.max)}`}
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
