import { articleCard, articleCardData } from "@/components/og/article-card";
import { notFoundImage, renderOg } from "@/components/og/render-og";
import { getArticlePage } from "@/lib/db/article-page";
import { getDb } from "@/lib/db/client";
import { shareImageCache } from "@/lib/ops/rendered-cache";
import { parseArticleParam } from "@/lib/share/links";

export const alt = "报道分享图：标题、地点、主要数字和所在区县的轮廓";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = parseArticleParam((await params).id);
  const page = id ? await getArticlePage(getDb(), id) : null;
  if (!page) return notFoundImage();
  const data = articleCardData(page);
  // An article's id hashes its page and title, so its card changes only if extraction improves;
  // drawn once per card content and build, then served from memory.
  return shareImageCache().respond({ card: "article", data }, () => renderOg((clean) => articleCard(data, clean), 86_400));
}
