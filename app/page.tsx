import Dashboard from "@/components/dashboard/Dashboard";
import { getDb } from "@/lib/db/client";
import { getDashboardData } from "@/lib/db/read-models";
import { parseViewState } from "@/lib/url-state";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Home({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params.set(k, v);
  return <Dashboard data={await getDashboardData(getDb())} initialState={parseViewState(params)} />;
}
