"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Strings } from "@/lib/i18n";
import { MAX_QUERY_LENGTH } from "@/lib/url-state";
import type { SetViewState } from "../state/useViewState";
import styles from "./controls.module.css";

const DEBOUNCE_MS = 350;

/** Search as you type; starting a search is one history step, refining it replaces that step. */
export default function SearchBox({ q, go, t }: { q: string; go: SetViewState; t: Strings }) {
  const [text, setText] = useState(q);
  const [prevQ, setPrevQ] = useState(q);
  const id = useId();
  const timer = useRef<number | undefined>(undefined);

  // Back/forward or a link changed the query: show it.
  if (q !== prevQ) {
    setPrevQ(q);
    setText(q);
  }

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    const next = value.trim().slice(0, MAX_QUERY_LENGTH);
    if (next !== q) go({ q: next, article: null }, q === "" || next === "" ? "push" : "replace");
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <form
      role="search"
      className={styles.search}
      onSubmit={(e) => {
        e.preventDefault();
        commit(text);
      }}
    >
      <label htmlFor={id} className={styles.visuallyHidden}>
        {t.search}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        data-testid="search-input"
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => commit(v), DEBOUNCE_MS);
        }}
      />
    </form>
  );
}
