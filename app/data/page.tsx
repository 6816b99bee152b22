import type { Metadata } from "next";
import Link from "next/link";
import dataStyles from "@/components/data/data-pages.module.css";
import SharePageShell from "@/components/share/SharePageShell";
import styles from "@/components/share/share-page.module.css";
import { getDb } from "@/lib/db/client";
import { datasetCatalogue } from "@/lib/export/catalogue";
import { formatPlain } from "@/lib/format";
import { SITE_NAME, siteUrl } from "@/lib/share/site";

// Row counts change with every ingest.
export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return { metadataBase: siteUrl(), title: `数据｜${SITE_NAME}`, description: "下载全部报道、数字和报道位置（CSV、GeoJSON），附来源和许可说明。", alternates: { canonical: "/data" } };
}

export default async function DataPage() {
  const files = await datasetCatalogue(getDb());
  return (
    <SharePageShell>
      <div className={styles.card}>
        <h1 className={styles.title}>数据</h1>
        <p className={styles.subtitle}>
          地图上的全部数据，可整份下载。CSV 为 UTF-8（带 BOM，Excel 可直接打开），列名与 <Link href="/api-docs">API</Link> 的字段名相同；GeoJSON 为 WGS84
          坐标。每个文件都接受地图网址的筛选参数（city、county、tag、from、to、q），地图上的“获取数据”给出当前视图的这些链接。
        </p>
        <ul className={dataStyles.list}>
          {files.map((f) => (
            <li key={f.file} className={dataStyles.item} data-testid="dataset" data-file={f.file} data-rows={f.rows}>
              <h3>
                <a href={f.path} download data-testid={`dataset-${f.file}`}>
                  {f.file}
                </a>
              </h3>
              <p>{f.summary}</p>
              <p className={dataStyles.rows}>
                {formatPlain(f.rows)} {f.rowsAre}
              </p>
              {f.licence && <p className={dataStyles.licence}>来源与许可：{f.licence}</p>}
            </li>
          ))}
        </ul>
        <section className={styles.section} aria-labelledby="more">
          <h2 id="more" className={styles.sectionTitle}>
            API 与订阅
          </h2>
          <p>
            按条件查询、分页和搜索见 <Link href="/api-docs">API 文档</Link>；每个区县、城市、主题和搜索词都有 Atom 订阅（如{" "}
            <a href="/feeds/county/330102.xml">上城区</a>、<a href="/feeds/search.xml?q=%E4%BA%9A%E8%BF%90">“亚运”</a>）。
          </p>
          <p className={dataStyles.licence}>
            数字与地名由程序自动识别，可能有误，以原文为准。区县边界来自阿里云 DataV.GeoAtlas（高德），未声明开放许可，故不在下载之列。
          </p>
        </section>
      </div>
    </SharePageShell>
  );
}
