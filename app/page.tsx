import MapLoader from "@/components/map/MapLoader";
import { getDb } from "@/lib/db/client";
import { countStoriesByCounty } from "@/lib/db/queries";

export const dynamic = "force-dynamic";

export default async function Home() {
  const counts = await countStoriesByCounty(getDb());
  const shades = counts.map((c) => ({ adcode: c.countyCode, color: c.stories > 2 ? "#3182bd" : "#9ecae1" }));
  const places = await getDb().place.findMany({ where: { level: "county" }, select: { name: true } });
  return (
    <main style={{ position: "fixed", inset: 0 }} aria-label="浙江基层动态地图">
      <MapLoader shades={shades} noDataColor="#eceff1" labelText={places.map((p) => p.name).join("")} />
    </main>
  );
}
