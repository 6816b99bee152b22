import { METRIC_KINDS, toCanonical, type MetricKind } from "../metrics/kinds";

/**
 * Kinds that count things: within such a kind every counting word names one item (3场 and 8次
 * activities are 11 events; 3所 and 2座 facilities are 5), so counters map 1:1 onto the kind's
 * canonical unit. Measured kinds (money, area, ...) convert by factor or not at all.
 */
const COUNTING_KINDS = new Set<MetricKind>(["enterprises", "households", "villages", "projects", "events", "cases", "facilities", "pairs", "count"]);
export const COUNTERS: ReadonlySet<string> = new Set(["个", "家", "户", "次", "场", "场次", "期", "堂", "轮", "件", "起", "宗", "例", "处", "所", "座", "栋", "幢", "项", "条", "批", "对", "支", "台", "辆", "间", "套", "张", "份", "篇", "株", "棵", "头", "只", "块", "盏", "组", "节", "笔", "单"]);

/** A metric's value in its kind's canonical unit; when no conversion is known, its own unit. */
export function kindCanonical(kind: MetricKind, value: number, unit: string): { value: number; unit: string } {
  const info = METRIC_KINDS[kind];
  const converted = toCanonical(value, unit);
  if (converted && (!info || converted.unit === info.canonicalUnit)) return converted;
  if (info && COUNTING_KINDS.has(kind) && COUNTERS.has(unit)) return { value, unit: info.canonicalUnit };
  return converted ?? { value, unit };
}
