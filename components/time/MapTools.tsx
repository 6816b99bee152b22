"use client";

import { useState } from "react";
import type { ColorClass } from "@/lib/compare/classes";
import { viewDownloads, type ViewDownloadWhat } from "@/lib/export/view-downloads";
import type { ViewState } from "@/lib/url-state";
import { canvasBlob, decorate, mapFrame } from "./map-png";
import { timeStrings } from "./strings";
import styles from "./time.module.css";

type Props = { state: ViewState; title: string; legendTitle: string; classes: ColorClass[]; noDataLabel: string };

const WHAT: Record<ViewDownloadWhat, { zh: string; en: string }> = {
  articles: { zh: "报道（CSV，含正文）", en: "Stories (CSV, with text)" },
  metrics: { zh: "数字（CSV，每个数字一行，带原句）", en: "Numbers (CSV, one per row, with sentence)" },
  stories: { zh: "报道位置（GeoJSON 点）", en: "Story locations (GeoJSON points)" },
  counties: { zh: "区县合计（CSV，地图着色所用）", en: "County totals (CSV, as shaded)" },
  months: { zh: "逐月合计（CSV）", en: "Totals by month (CSV)" },
};

const ATTRIBUTION = "边界：阿里云 DataV.GeoAtlas（高德）· 乡镇点：Vonng/adcode CC BY 4.0 · Natural Earth";

/** "Get the data" for exactly what the view shows, and the map saved as a PNG with its legend. */
export default function MapTools({ state, title, legendTitle, classes, noDataLabel }: Props) {
  const s = timeStrings(state.lang);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const savePng = async () => {
    const map = window.__map;
    if (!map) return setFailed(true);
    setBusy(true);
    setFailed(false);
    try {
      const frame = await mapFrame(map);
      const png = decorate(frame, { title, legendTitle, classes, noDataLabel, attribution: ATTRIBUTION }, window.devicePixelRatio || 1);
      const url = URL.createObjectURL(await canvasBlob(png));
      const a = document.createElement("a");
      a.href = url;
      a.download = `zhejiang-map${state.county ? `-${state.county}` : ""}${state.from ? `-from${state.from}` : ""}${state.to ? `-to${state.to}` : ""}.png`;
      a.style.display = "none";
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.tools} data-testid="map-tools">
      <details>
        <summary data-testid="get-data">{s.getData}</summary>
        <div className={styles.menu}>
          <small>{s.getDataHint}</small>
          <ul>
            {viewDownloads(state).map((d) => (
              <li key={d.file}>
                <a href={d.href} download data-testid={`download-${d.file}`}>
                  {WHAT[d.what][state.lang]}
                </a>
              </li>
            ))}
          </ul>
          <a href="/data">{s.dataPage} →</a>
        </div>
      </details>
      <button type="button" onClick={savePng} disabled={busy} data-testid="save-png">
        {busy ? s.savingPng : s.savePng}
      </button>
      {failed && (
        <span role="alert" className={styles.note}>
          {s.pngFailed}
        </span>
      )}
    </div>
  );
}
