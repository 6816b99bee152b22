"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from "recharts";
import { formatMeasureValue } from "@/lib/compare/display";
import { formatNumber } from "@/lib/format";
import type { CompareRow } from "@/lib/compare/compare-rows";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Datum = CompareRow & { display: string };
type Props = { rows: CompareRow[]; unit: string; lang: "zh" | "en"; s: CompareStrings };

const ROW_HEIGHT = 34;
const AXIS_SPACE = 36;
const INK = "#1f2933";
const MUTED = "#5f6b77";

/**
 * The chosen counties side by side on one measure: one horizontal bar each on a single axis in a
 * single unit, coloured with the map's classes. A county without data keeps its row with the words
 * 暂无数据 instead of a bar, so missing never reads as zero. Recharts is only loaded with this file.
 */
export default function CompareChart({ rows, unit, lang, s }: Props) {
  const data: Datum[] = rows.map((r) => ({ ...r, display: r.value === null ? "" : formatMeasureValue(r.value, unit, r.approx, lang) }));
  const byCode = new Map(data.map((d) => [d.adcode, d]));
  const height = data.length * ROW_HEIGHT + AXIS_SPACE;

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const d = byCode.get(String(payload.value));
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text x={-8} dy="0.35em" textAnchor="end" fontSize={13} fill={INK}>
          {d?.name ?? payload.value}
        </text>
        {d?.value === null && (
          <text x={10} dy="0.35em" fontSize={12} fill={MUTED} data-testid="chart-no-data">
            {s.noData}
          </text>
        )}
      </g>
    );
  };

  const bar = ({ x, y, width, height: h, payload }: BarShapeProps) => {
    const d = payload as Datum | undefined;
    if (!d || d.value === null || !(width > 0)) return null;
    return <rect x={x} y={y} width={width} height={h} fill={d.color} stroke="#08519c" strokeOpacity={0.35} rx={2} />;
  };

  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 4, right: 96, bottom: 4, left: 4 }}
      barCategoryGap={8}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} stroke="#e6eaee" />
      <XAxis
        type="number"
        domain={[0, "auto"]}
        tickFormatter={(v: number) => formatNumber(v, lang)}
        tick={{ fontSize: 11, fill: MUTED }}
        stroke="#c5ccd3"
        label={{ value: unit, position: "right", offset: 24, fontSize: 11, fill: MUTED }}
      />
      <YAxis type="category" dataKey="adcode" width={84} interval={0} tick={tick} tickLine={false} stroke="#c5ccd3" />
      <Tooltip cursor={{ fill: "#f1f4f7" }} content={(p: TooltipContentProps) => <CompareTooltip {...p} unit={unit} lang={lang} s={s} />} />
      <Bar dataKey="value" isAnimationActive={false} maxBarSize={22} shape={bar}>
        <LabelList dataKey="display" position="right" fontSize={12} fill={INK} />
      </Bar>
    </BarChart>
  );
}

function CompareTooltip({ active, payload, unit, lang, s }: TooltipContentProps & { unit: string; lang: "zh" | "en"; s: CompareStrings }) {
  const d = payload?.[0]?.payload as Datum | undefined;
  if (!active || !d) return null;
  return (
    <div className={styles.tooltip}>
      <strong>
        {d.name} <small>{d.cityName}</small>
      </strong>
      <span>{formatMeasureValue(d.value, unit, d.approx, lang)}</span>
      {d.value !== null && <small>{s.fromStories(d.stories)}</small>}
    </div>
  );
}
