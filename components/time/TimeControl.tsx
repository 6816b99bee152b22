"use client";

import { useEffect, useId, useState } from "react";
import type { ApiTimeline } from "@/lib/api/mappers";
import { filterParams } from "@/lib/api-params";
import { monthLabel, nextWindow, windowDates, windowIndexes } from "@/lib/time/months";
import { useJson } from "../state/useJson";
import type { Nav } from "../state/ViewLink";
import { timeStrings } from "./strings";
import styles from "./time.module.css";

/** How long each month shows while playing: long enough for the map to reshade and be read. */
const STEP_MS = 1500;

/**
 * The map's time control: two month sliders (first and last month of the window) over the range
 * of the dated stories under the other filters, a play/pause button that steps month by month,
 * and the number of stories in the window. The window lives in the URL as from/to (whole months);
 * the whole range writes no dates at all. Without dated stories the control is replaced by a
 * sentence saying so, and undated stories are always counted. The count shown is the server's
 * total for the URL's exact filters (an old link's dates need not fall on month boundaries).
 */
export default function TimeControl({ nav, storyTotal }: { nav: Nav; storyTotal: number }) {
  const { state, go } = nav;
  const s = timeStrings(state.lang);
  const ids = { start: useId(), end: useId() };
  // The range of months ignores the window itself, or narrowing it would shrink the sliders.
  const query = filterParams({ ...state, from: null, to: null });
  const [res, retry] = useJson<{ data: ApiTimeline }>(`/api/v1/months${query ? `?${query}` : ""}`);
  const [playing, setPlaying] = useState(false);

  const timeline = res.status === "ready" ? res.data.data : null;
  const months = timeline?.months ?? [];
  const [start, end] = windowIndexes(months, state.from, state.to);
  const windowed = Boolean(state.from || state.to);

  // While playing, each shown window schedules the next; the last month stops.
  const monthsKey = months.join(",");
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = nextWindow(months.length, start, end);
      if (next) go(windowDates(months, next[0], next[1]), "replace");
      else setPlaying(false);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
    // months is named by monthsKey: a new array with the same months is no reason to restart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, start, end, monthsKey, go]);

  if (res.status === "error")
    return (
      <section className={styles.bar} aria-label={s.timeLabel} data-testid="time-control">
        <span className={styles.note}>{s.loadFailed}</span>
        <button type="button" onClick={retry}>
          {s.retry}
        </button>
      </section>
    );
  if (!timeline) return null;
  if (months.length === 0)
    return (
      // A labelled section is a landmark: everything on the page sits in one (axe "region").
      <section className={`${styles.bar} ${styles.note}`} data-testid="time-none" aria-label={s.timeLabel}>
        {s.noDates(timeline.undated)}
      </section>
    );

  const setWindow = (a: number, b: number) => go(windowDates(months, Math.min(a, b), Math.max(a, b)), "replace");
  const last = months.length - 1;
  const whole = windowDates(months, start, end);
  const onMonths = whole.from === state.from && whole.to === state.to;
  const label = !onMonths
    ? `${state.from ?? "…"} – ${state.to ?? "…"}`
    : start === end
      ? monthLabel(months[start]!, state.lang)
      : `${monthLabel(months[start]!, state.lang)} – ${monthLabel(months[end]!, state.lang)}`;

  return (
    <section className={styles.bar} aria-label={s.timeLabel} data-testid="time-control">
      <div className={styles.row}>
        <button
          type="button"
          className={styles.play}
          aria-pressed={playing}
          title={s.playHint}
          disabled={months.length < 2}
          onClick={() => {
            if (playing) return setPlaying(false);
            // Play moves at once; from the last month it starts again at the first.
            const next = nextWindow(months.length, start, end) ?? [0, 0];
            go(windowDates(months, next[0], next[1]), "replace");
            setPlaying(true);
          }}
          data-testid="time-play"
        >
          {playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`}
        </button>
        <output className={styles.window} aria-live="polite" data-testid="time-window">
          <strong>{windowed ? label : s.allTime}</strong> · <span data-testid="time-count">{s.storiesIn(storyTotal)}</span>
        </output>
        <button type="button" className={styles.all} disabled={!windowed} onClick={() => go({ from: null, to: null }, "replace")} data-testid="time-all">
          {s.allTime}
        </button>
      </div>
      <div className={styles.sliders}>
        <label htmlFor={ids.start}>{s.start}</label>
        <input
          id={ids.start}
          type="range"
          min={0}
          max={last}
          step={1}
          value={start}
          aria-valuetext={monthLabel(months[start]!, state.lang)}
          onChange={(e) => setWindow(Number(e.target.value), Math.max(Number(e.target.value), end))}
          data-testid="time-start"
        />
        <label htmlFor={ids.end}>{s.end}</label>
        <input
          id={ids.end}
          type="range"
          min={0}
          max={last}
          step={1}
          value={end}
          aria-valuetext={monthLabel(months[end]!, state.lang)}
          onChange={(e) => setWindow(Math.min(start, Number(e.target.value)), Number(e.target.value))}
          data-testid="time-end"
        />
      </div>
      {timeline.undated > 0 && (
        <p className={styles.note} data-testid="time-undated">
          {s.undated(timeline.undated, windowed)}
        </p>
      )}
    </section>
  );
}
