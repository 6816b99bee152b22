import type { Metadata } from "next";
import NotFoundNotice from "@/components/share/NotFoundNotice";

export const metadata: Metadata = { title: "找不到这个页面 · Page not found", robots: { index: false } };

/** Any unknown path: the site's own 404 (not Next's English default), with a way back to the map. */
export default function NotFound() {
  return <NotFoundNotice what="page" />;
}
