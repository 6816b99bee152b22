import type { Metadata, Viewport } from "next";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "maplibre-gl/dist/maplibre-gl.css";
import "./globals.css";
import { SITE_NAME, siteUrl } from "@/lib/share/site";

// metadataBase is read per request (SITE_URL is runtime configuration), so share links are absolute.
export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: SITE_NAME,
    description: "把浙江各地报纸上的基层报道变成地图上的故事和数字：按区县阅读、比较和分享。",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
