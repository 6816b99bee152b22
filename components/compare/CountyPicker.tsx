"use client";

import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { flattenGroups, groupCountiesByCity } from "@/lib/compare/picker";
import type { CountyInfo } from "@/lib/view-models";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = {
  counties: CountyInfo[];
  chosen: string[];
  max: number;
  onAdd: (adcode: string) => void;
  /** A short note per option (the county's value on the current measure). */
  hint: (adcode: string) => string;
  s: CompareStrings;
};

/**
 * An ARIA combobox over all 90 counties, grouped by city: type to filter, arrows to move, Enter to
 * add. Chosen counties stay listed (marked) so the list does not jump while picking several.
 */
export default function CountyPicker({ counties, chosen, max, onAdd, hint, s }: Props) {
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const ids = { input: useId(), list: useId() };
  const groups = useMemo(() => groupCountiesByCity(counties, q), [counties, q]);
  const flat = useMemo(() => flattenGroups(groups), [groups]);
  const full = chosen.length >= max;
  const current = flat[Math.min(active, flat.length - 1)];
  const optionId = (adcode: string) => `${ids.list}-${adcode}`;

  useEffect(() => {
    if (open && current) document.getElementById(optionId(current.adcode))?.scrollIntoView({ block: "nearest" });
    // optionId only depends on ids.list, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, current]);

  const add = (c: CountyInfo | undefined) => {
    if (!c || full || chosen.includes(c.adcode)) return;
    onAdd(c.adcode);
    setQ("");
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (flat.length ? (Math.min(i, flat.length - 1) + step + flat.length) % flat.length : 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (open) add(current);
      else setOpen(true);
    } else if (e.key === "Escape") {
      if (open) e.preventDefault();
      setOpen(false);
    } else if (e.key === "Home" || e.key === "End") {
      if (!open) return;
      e.preventDefault();
      setActive(e.key === "Home" ? 0 : flat.length - 1);
    }
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={ids.input} className={styles.label}>
        {s.pickerLabel}
      </label>
      <input
        id={ids.input}
        className={styles.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={ids.list}
        aria-activedescendant={open && current ? optionId(current.adcode) : undefined}
        aria-describedby={full ? `${ids.input}-full` : undefined}
        placeholder={s.pickerPlaceholder}
        value={q}
        disabled={full}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="county-picker"
      />
      {full && (
        <p id={`${ids.input}-full`} className={styles.note}>
          {s.pickerFull(max)}
        </p>
      )}
      <div id={ids.list} role="listbox" aria-label={s.pickerLabel} className={styles.listbox} hidden={!open || full}>
        {flat.length === 0 && <p className={styles.listEmpty}>{s.pickerEmpty}</p>}
        {groups.map((g) => (
          <div key={g.cityCode} role="group" aria-labelledby={`${ids.list}-${g.cityCode}-label`}>
            <div id={`${ids.list}-${g.cityCode}-label`} className={styles.groupLabel}>
              {g.cityName}
            </div>
            {g.counties.map((c) => {
              const taken = chosen.includes(c.adcode);
              return (
                <div
                  key={c.adcode}
                  id={optionId(c.adcode)}
                  role="option"
                  aria-selected={c.adcode === current?.adcode}
                  aria-disabled={taken || undefined}
                  className={`${styles.option} ${c.adcode === current?.adcode ? styles.optionActive : ""} ${taken ? styles.optionTaken : ""}`}
                  // Keep focus in the input so the list stays open for the next pick.
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(flat.indexOf(c))}
                  // A pointer pick closes the list: left open, it covers the controls below it and the
                  // next click there would add another county. Keyboard picks keep it open.
                  onClick={() => {
                    add(c);
                    setOpen(false);
                  }}
                >
                  <span>{c.name}</span>
                  <small>{taken ? s.chosenTag : hint(c.adcode)}</small>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
