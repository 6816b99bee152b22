"use client";

import { formatMeasureValue, measureUnitLabel } from "@/lib/compare/display";
import { MIN_SOURCES, MIN_STORIES, perCapitaValue, POPULATION_YEAR, type CountyExplanation, type StoryRef } from "@/lib/compare/indicator-figures";
import { measureDefinition, measureName, measureUnit, perCapitaMeaningful } from "@/lib/compare/measures";
import { formatPopulation } from "@/lib/format";
import { ViewLink, type Nav } from "../state/ViewLink";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = {
  county: { adcode: string; name: string; population: number | null };
  measure: string;
  /** The county's explanation; undefined while loading or when the county has no data. */
  explanation: CountyExplanation | undefined;
  status: "loading" | "ready" | "error";
  error?: string;
  nav: Nav;
  s: CompareStrings;
  onClose: () => void;
};

/**
 * "How this was computed" for one county's figure: the figures added (with the sentence each comes
 * from), those left out and why, the stories and sources, the per-capita step and whether the
 * evidence is enough for a rank. Same numbers as the table and the CSV (one explanation endpoint).
 */
export default function HowComputed({ county, measure, explanation: e, status, error, nav, s, onClose }: Props) {
  const lang = nav.state.lang;
  const unit = measureUnit(measure, lang);
  const definition = measureDefinition(measure);
  const fmt = (v: number | null, approx = false) => formatMeasureValue(v, unit, approx, lang);
  const storyLink = (st: StoryRef) => (
    <ViewLink nav={nav} patch={{ view: "map", article: st.id }}>
      {st.title}
    </ViewLink>
  );
  return (
    <section className={styles.explain} data-testid="explain-panel" data-adcode={county.adcode} aria-labelledby={`explain-${county.adcode}`}>
      <header className={styles.explainHead}>
        <h4 id={`explain-${county.adcode}`}>{s.howComputedTitle(county.name, measureName(measure, lang))}</h4>
        <button type="button" onClick={onClose}>
          {s.closeExplain}
        </button>
      </header>
      {definition && <p className={styles.note}>{s.indicatorDefinition(definition)}</p>}
      {status === "loading" && <p className={styles.note}>{s.explainLoading}</p>}
      {status === "error" && <p className={styles.note}>{s.explainError(error ?? "")}</p>}
      {status === "ready" && !e && <p className={styles.note}>{s.explainNone}</p>}
      {status === "ready" && e && (
        <>
          <p data-testid="explain-total">
            {s.formulaTotal} = {e.used.length > 0 ? e.used.map((m) => fmt(m.converted, m.approx)).join(" + ") : e.stories.length} ={" "}
            <strong>{fmt(e.total, e.approx)}</strong>
          </p>
          {nav.state.perCapita &&
            (perCapitaMeaningful(measure) ? (
              county.population ? (
                <p data-testid="explain-per-capita">
                  {s.perCapitaFormula(formatPopulation(county.population), POPULATION_YEAR, formatMeasureValue(perCapitaValue(e.total, county.population), measureUnitLabel(measure, true, lang), e.approx, lang))}
                </p>
              ) : null
            ) : (
              <p className={styles.note}>{s.perCapitaMeaningless}</p>
            ))}
          <p data-testid="explain-evidence">
            {e.evidence ? s.evidenceMet(e.stories.length, e.sources.length) : s.evidenceNotMet(e.stories.length, e.sources.length, MIN_STORIES, MIN_SOURCES)}
          </p>
          {e.used.length > 0 && (
            <>
              <h5>{s.usedTitle(e.used.length)}</h5>
              <ul className={styles.figures} data-testid="explain-used">
                {e.used.map((m) => (
                  <li key={m.id} data-value={m.converted}>
                    <strong>{m.text}</strong> {m.label}
                    {m.unit !== unit && <small> · {s.convertedTo(fmt(m.converted, m.approx))}</small>}
                    <small className={styles.muted}> · {m.source}{m.publishedOn ? ` ${m.publishedOn}` : ""}</small>
                    {m.sentence && <q className={styles.sentence}>{m.sentence}</q>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {e.leftOut.length > 0 && (
            <>
              <h5>{s.leftOutTitle(e.leftOut.length)}</h5>
              <ul className={styles.figures} data-testid="explain-left-out">
                {e.leftOut.map((m) => (
                  <li key={m.id} data-reason={m.reason}>
                    <strong>{m.text}</strong> {m.label}
                    <small>
                      {" · "}
                      {m.reason === "part" ? s.reasonPart(m.wholeText ?? "") : m.reason === "unit" ? s.reasonUnit(m.unit, unit) : s.reasonNotSummable}
                    </small>
                    {m.sentence && <q className={styles.sentence}>{m.sentence}</q>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h5>{s.storiesTitle(e.stories.length)}</h5>
          <ul className={styles.figures} data-testid="explain-stories">
            {e.stories.map((st) => (
              <li key={st.id} data-story={st.id}>
                {storyLink(st)} <small className={styles.muted}>{st.source}{st.publishedOn ? ` · ${st.publishedOn}` : ""}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
