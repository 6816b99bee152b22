import type { Metadata } from "next";
import Link from "next/link";
import EndpointList from "@/components/data/EndpointList";
import dataStyles from "@/components/data/data-pages.module.css";
import SharePageShell from "@/components/share/SharePageShell";
import styles from "@/components/share/share-page.module.css";
import { DOWNLOADS, ENDPOINTS, FEEDS } from "@/lib/api/endpoints";
import { API_VERSION } from "@/lib/api/http";
import { getDb } from "@/lib/db/client";
import { exampleIds } from "@/lib/export/catalogue";
import { SITE_NAME, siteUrl } from "@/lib/share/site";

// The examples name a story and a county that exist now.
export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return { metadataBase: siteUrl(), title: `API 文档｜${SITE_NAME}`, description: "浙江基层动态地图的公开只读 API：报道、区县、数字、搜索、逐月合计、下载和订阅。", alternates: { canonical: "/api-docs" } };
}

export default async function ApiDocsPage() {
  const ids = await exampleIds(getDb());
  return (
    <SharePageShell>
      <div className={styles.card}>
        <h1 className={styles.title}>API 文档（v{API_VERSION}）</h1>
        <p className={styles.subtitle}>
          公开、只读、无需密钥。所有端点只接受 GET（及 HEAD、OPTIONS），允许任何来源跨域读取（CORS），字段名稳定；新字段只增不改。
          出错时返回 JSON <code>{"{ error: { status, message } }"}</code> 和相应的 HTTP 状态（参数不对 400，找不到 404）。
          筛选参数与地图网址相同，地图上的视图可以原样换成 API 请求。全部数据的下载见 <Link href="/data">数据</Link>。
        </p>
        <ul className={dataStyles.toc}>
          <li>
            <a href="#json">JSON 端点</a>
          </li>
          <li>
            <a href="#downloads">下载</a>
          </li>
          <li>
            <a href="#feeds">订阅（Atom）</a>
          </li>
        </ul>
        <section className={styles.section} aria-labelledby="json">
          <h2 id="json" className={styles.sectionTitle}>
            JSON 端点
          </h2>
          <EndpointList endpoints={ENDPOINTS} ids={ids} />
        </section>
        <section className={styles.section} aria-labelledby="downloads">
          <h2 id="downloads" className={styles.sectionTitle}>
            下载
          </h2>
          <p>与 JSON 端点相同的筛选参数；不加参数即为全部数据。文件边读边传，大数据量也不占满内存。</p>
          <EndpointList endpoints={DOWNLOADS} ids={ids} />
        </section>
        <section className={styles.section} aria-labelledby="feeds">
          <h2 id="feeds" className={styles.sectionTitle}>
            订阅（Atom）
          </h2>
          <p>最新的 50 篇报道，新的在前；条目 id 由报道 id 生成，不会因重建而变化。</p>
          <EndpointList endpoints={FEEDS} ids={ids} />
        </section>
      </div>
    </SharePageShell>
  );
}
