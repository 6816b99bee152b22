"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from "recharts";
import type { MetricBar } from "@/lib/compare/chart-groups";
import { SEQUENTIAL } from "@/lib/compare/classes";
import { formatNumber, formatValue } from "@/lib/format";
import styles from "./charts.module.css";

export type TracedBar = MetricBar & { /** Where the number came from, for the tooltip (a story's title). */ note?: string };

type Props = {
  bars: TracedBar[];
  /** The one unit of the axis: every bar is of one kind in this unit. */
  unit: string;
  lang: "zh" | "en";
  /** Clicking a bar leads to the sentence the number came from. */
  onSelect: (id: number) => void;
  activeId?: number | null;
  label: string;
};

const ROW_HEIGHT = 26;
const LABEL_CHARS = 7;
const BAR = SEQUENTIAL[3];
const ACCENT = "#d1495b";
const INK = "#1f2933";
const MUTED = "#5f6b77";

const shorten = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

/** One kind's numbers as horizontal bars on one axis, each labelled with the number as printed. */
export default function MetricBars({ bars, unit, lang, onSelect, activeId, label }: Props) {
  const data = bars.map((b) => ({ ...b, key: String(b.id), printed: `${b.approx ? "≈" : ""}${b.text}` }));
  const byKey = new Map(data.map((d) => [d.key, d]));

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const d = byKey.get(String(payload.value));
    return (
      <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fill={MUTED}>
        <title>{d?.label}</title>
        {shorten(d?.label ?? "")}
      </text>
    );
  };

  const shape = ({ x, y, width, height, payload }: BarShapeProps) => {
    const d = payload as (typeof data)[number] | undefined;
    if (!d || !(width > 0)) return null;
    return <rect x={x} y={y} width={width} height={height} rx={2} fill={d.id === activeId ? ACCENT : BAR} style={{ cursor: "pointer" }} />;
  };

  return (
    <figure className={styles.figure} aria-label={label}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height: data.length * ROW_HEIGHT + 30 }}
        margin={{ top: 2, right: 84, bottom: 4, left: 0 }}
        barCategoryGap={5}
      >
        <CartesianGrid horizontal={false} stroke="#eef1f4" />
        <XAxis type="number" domain={[0, "auto"]} tickFormatter={(v: number) => formatNumber(v, lang)} tick={{ fontSize: 10, fill: MUTED }} stroke="#c5ccd3" tickCount={4} />
        <YAxis type="category" dataKey="key" width={96} interval={0} tick={tick} tickLine={false} stroke="#c5ccd3" />
        <Tooltip
          cursor={{ fill: "#f1f4f7" }}
          content={(p: TooltipContentProps) => {
            const d = p.payload?.[0]?.payload as (typeof data)[number] | undefined;
            if (!p.active || !d) return null;
            // The normalized reading only where it adds something: 1400余亩 · ≈93.33公顷, not 105家 · 105家.
            const normalized = formatValue(d.value, unit, d.approx, lang);
            return (
              <div className={styles.tooltip}>
                <strong>{d.label}</strong>
                <span>{normalized === d.printed || normalized === d.text ? d.printed : `${d.printed} · ${normalized}`}</span>
                {d.note && <small>{d.note}</small>}
              </div>
            );
          }}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={16} shape={shape} onClick={(item) => onSelect((item.payload as (typeof data)[number]).id)}>
          <LabelList dataKey="printed" position="right" fontSize={12} fill={INK} />
        </Bar>
      </BarChart>
    </figure>
  );
}
