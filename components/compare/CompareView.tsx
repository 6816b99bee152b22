"use client";

import type { Strings } from "@/lib/i18n";
import type { ArticleSummary, DashboardData } from "@/lib/view-models";
import type { Nav } from "../state/ViewLink";

export type CompareViewProps = { data: DashboardData; articles: ArticleSummary[]; nav: Nav; t: Strings };

// Placeholder while the compare view is being built on its own branch.
export default function CompareView({ t }: CompareViewProps) {
  return <h2>{t.compare}</h2>;
}
