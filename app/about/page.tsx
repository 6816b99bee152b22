import type { Metadata } from "next";
import Link from "next/link";
import SharePageShell from "@/components/share/SharePageShell";
import styles from "@/components/share/share-page.module.css";
import { getDb } from "@/lib/db/client";
import { getInventory, SOURCES_LISTED, type DataInventory } from "@/lib/db/inventory";
import type { Lang } from "@/lib/i18n";
import { pageLang, pageStrings, withLang } from "@/lib/share/page-strings";
import { siteUrl } from "@/lib/share/site";

// What is loaded changes with every ingest.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const lang = pageLang(await searchParams);
  const s = pageStrings(lang);
  return { metadataBase: siteUrl(), title: `${s.about} · ${s.siteName}`, alternates: { canonical: "/about" } };
}

/**
 * What the map is, what is loaded (read from the database, not written by hand), how stories and
 * numbers are extracted and how well, and how to add pages. The quality figures are the first runs
 * on text the extraction had not been tuned on, as the README reports them.
 */
export default async function AboutPage({ searchParams }: Props) {
  const lang = pageLang(await searchParams);
  const inv = await getInventory(getDb());
  const s = pageStrings(lang);
  return (
    <SharePageShell lang={lang}>
      <article className={styles.card} data-testid="about">
        <h1 className={styles.title}>{s.about}</h1>
        {lang === "zh" ? <IntroZh /> : <IntroEn />}
        <section className={styles.section} aria-labelledby="loaded">
          <h2 id="loaded" className={styles.sectionTitle}>
            {lang === "zh" ? "已载入的数据" : "What is loaded"}
          </h2>
          <Loaded inv={inv} lang={lang} />
        </section>
        {lang === "zh" ? <MethodZh /> : <MethodEn />}
        <p className={styles.actions}>
          <Link href={withLang("/", lang)} className={styles.primary}>
            {s.openMap}
          </Link>
        </p>
      </article>
    </SharePageShell>
  );
}

function Loaded({ inv, lang }: { inv: DataInventory; lang: Lang }) {
  const zh = lang === "zh";
  const dates = inv.firstDate ? (inv.firstDate === inv.lastDate ? inv.firstDate : `${inv.firstDate} – ${inv.lastDate}`) : null;
  return (
    <>
      <dl className={styles.facts} data-testid="inventory">
        <div>
          <dt>{zh ? "版面" : "Pages"}</dt>
          <dd>{inv.pages}</dd>
        </div>
        <div>
          <dt>{zh ? "报道" : "Stories"}</dt>
          <dd>{inv.stories}</dd>
        </div>
        <div>
          <dt>{zh ? "定位到区县" : "Placed in a county"}</dt>
          <dd>{inv.located}</dd>
        </div>
        <div>
          <dt>{zh ? "涉及区县（共90个）" : "Counties covered (of 90)"}</dt>
          <dd>{inv.counties}</dd>
        </div>
        <div>
          <dt>{zh ? "识别出的数字" : "Numbers read"}</dt>
          <dd>{inv.metrics}</dd>
        </div>
        <div>
          <dt>{zh ? "日期" : "Dates"}</dt>
          <dd>{dates ?? (zh ? "报道均无日期" : "no story has a date")}</dd>
        </div>
      </dl>
      {inv.dated < inv.stories && (
        <p className={styles.subtitle}>
          {zh ? `${inv.stories - inv.dated} 篇报道没有日期（版面上没有印日期，导入时也没有给出）。` : `${inv.stories - inv.dated} stories have no date (none was printed on the page or given when it was loaded).`}
        </p>
      )}
      {inv.sources.length > 0 && (
        <table className={styles.table}>
          {inv.pages > SOURCES_LISTED && (
            <caption className={styles.approxNote}>{zh ? `只列出最新的 ${SOURCES_LISTED} 个版面。` : `Only the newest ${SOURCES_LISTED} pages are listed.`}</caption>
          )}
          <thead>
            <tr>
              <th scope="col">{zh ? "版面" : "Page"}</th>
              <th scope="col">{zh ? "日期" : "Date"}</th>
              <th scope="col" className={styles.num}>
                {zh ? "报道" : "Stories"}
              </th>
              <th scope="col" className={styles.num}>
                {zh ? "区县" : "Counties"}
              </th>
            </tr>
          </thead>
          <tbody>
            {inv.sources.map((src, i) => (
              <tr key={`${src.name}-${i}`}>
                <td>
                  {src.name}
                  {src.fileName && <div className={styles.approxNote}>{src.fileName}</div>}
                </td>
                <td>{src.publishedOn ?? (zh ? "未注明" : "not given")}</td>
                <td className={styles.num}>{src.stories}</td>
                <td className={styles.num}>{src.counties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function IntroZh() {
  return (
    <p className={styles.subtitle}>
      这张地图把浙江各地报纸上的基层报道按区县放上地图：每篇报道定位到区县和乡镇，报道里的每个数字（人数、金额、面积……）都能追溯到原句。它面向想按地方阅读、比较基层报道的记者、干部和研究者。
    </p>
  );
}

function IntroEn() {
  return (
    <p className={styles.subtitle}>
      This map places local-government stories from Zhejiang&apos;s newspapers on the map by county: each story is placed in its county and township, and every
      number it reports (people, money, area …) leads back to its sentence. It is for journalists, officials and researchers who want to read and compare local
      reporting by place.
    </p>
  );
}

function MethodZh() {
  return (
    <>
      <section className={styles.section} aria-labelledby="method">
        <h2 id="method" className={styles.sectionTitle}>
          如何识别
        </h2>
        <ul>
          <li>程序把一个报纸版面切分成单篇报道，识别标题、作者、正文和图片说明。</li>
          <li>地名按国家统计用区划代码识别到乡镇，再按标题、导语、正文的权重决定报道所在的区县。</li>
          <li>
            数字连同单位和“约、余、近”等修饰一起识别，万、亿会展开，价格与人均等比率不会被相加；“数据”一栏统计的就是这些数字的条数。
          </li>
          <li>地图上的区县按所选指标着色（可按每万常住人口，人口为2020年普查数），斜线表示没有数据。</li>
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="quality">
        <h2 id="quality" className={styles.sectionTitle}>
          准确度
        </h2>
        <p>
          在调整规则之前第一次运行于真实新闻（58 篇人工标注的文本）时，数字识别的精确率为 0.79、召回率 0.96，单篇报道的区县 36 篇中对 30 篇；在团队另写的 30
          个版面上第一次运行时，数字的精确率和召回率为 0.97 和 0.96。最新的一次是在团队留出、从未用于调整的 22 个真实版面（124 篇报道）和 24 篇单篇报道上的第一次运行：单篇报道区县 24 篇中对 22 篇、乡镇 15 篇中对 14 篇；版面中的报道有 104/124 被单独切出，其中 99 篇区县正确；数字精确率 0.98、召回率 0.96。这些是对未见过文本的估计；调整后在同一批文本上的更高分数不算数。数字与地名可能有误，请以原文为准。
        </p>
      </section>
      <section className={styles.section} aria-labelledby="add">
        <h2 id="add" className={styles.sectionTitle}>
          如何添加版面
        </h2>
        <p>
          把版面文字（UTF-8 文本）放进 <code>data/sources/</code>，可附同名的 <code>.meta.json</code>（名称、日期、网址），然后运行{" "}
          <code>npm run ingest -- data/sources/文件名.txt</code> 或重新 <code>npm start</code>；也可以用 <code>npm run crawl</code> 按来源清单抓取。已经导入的版面会被识别并跳过。
        </p>
      </section>
    </>
  );
}

function MethodEn() {
  return (
    <>
      <section className={styles.section} aria-labelledby="method">
        <h2 id="method" className={styles.sectionTitle}>
          How stories are read
        </h2>
        <ul>
          <li>A program splits a newspaper page into stories and finds each one&apos;s title, authors, body and captions.</li>
          <li>
            Places are recognised down to the township by the official division codes; titles, leads and bodies are weighed to decide the county a story is about.
          </li>
          <li>
            Numbers are read with their units and hedges (about, over, nearly); 万 and 亿 are expanded, and rates such as prices or per-head figures are never added
            up. The “Numbers” count is how many of these were read.
          </li>
          <li>Counties are shaded by the chosen measure (optionally per 10,000 residents, 2020 census); hatched counties have no data.</li>
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="quality">
        <h2 id="quality" className={styles.sectionTitle}>
          How good it is
        </h2>
        <p>
          On its first run over real news (58 hand-labelled texts), before any rule was tuned on them, number extraction had a precision of 0.79 and a recall of
          0.96, and the county was right for 30 of 36 single stories; on the first run over 30 pages the team wrote, precision and recall were 0.97 and 0.96. These
          estimate text the program has not seen; higher scores after tuning on the same texts do not count. Numbers and places may be wrong: the original text
          prevails.
        </p>
      </section>
      <section className={styles.section} aria-labelledby="add">
        <h2 id="add" className={styles.sectionTitle}>
          Adding pages
        </h2>
        <p>
          Put a page&apos;s text (UTF-8) in <code>data/sources/</code>, optionally with a <code>.meta.json</code> of the same name (name, date, address), and run{" "}
          <code>npm run ingest -- data/sources/NAME.txt</code> or <code>npm start</code> again; <code>npm run crawl</code> fetches from a list of sources. Pages
          already loaded are recognised and skipped.
        </p>
      </section>
    </>
  );
}
