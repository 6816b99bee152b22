import { countyCard, countyCardData } from "@/components/og/county-card";
import { notFoundImage, renderOg } from "@/components/og/render-og";
import { getDb } from "@/lib/db/client";
import { getCountyPage } from "@/lib/db/county-page";
import { shareImageCache } from "@/lib/ops/rendered-cache";
import { parseCountyParam } from "@/lib/share/links";

export const alt = "区县分享图：名称、人口、报道数、主要数字和区县轮廓";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ adcode: string }> }) {
  const adcode = parseCountyParam((await params).adcode);
  const page = adcode ? await getCountyPage(getDb(), adcode) : null;
  if (!page) return notFoundImage();
  const data = countyCardData(page);
  // New stories change the card's data, hence its cache key: let shares pick it up within the hour.
  return shareImageCache().respond({ card: "county", data }, () => renderOg((clean) => countyCard(data, clean), 3_600));
}
