/**
 * The fixture sites the crawler is tested against (all text invented for these tests):
 * - a city news site in UTF-8 with an RSS feed, robots.txt (a disallowed folder, a Crawl-delay),
 *   ETag/Last-Modified, duplicate links (?from=rss, a rel=canonical mirror, a verbatim copy) and a
 *   malformed page;
 * - a GBK e-paper whose day index lists 版面 pages that list the articles, with charsets given by
 *   <meta> only (never in the header) and one page with no charset anywhere;
 * - a county site with only a list page, whose links include the failures a crawler must survive
 *   (429 with Retry-After, a permanent 500, a 50 MB response, a redirect loop, an image, a timeout);
 * - a generated site of N articles (feed or sitemap index) for the kill -9 test and the benchmark.
 */
import iconv from "iconv-lite";
import type { SourceConfig } from "../sources";
import { conditional, startFixtureSite, type FixtureSite, type Reply } from "./fixture-server";

type Story = { title: string; author: string; date: string; paragraphs: string[] };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A news page as county and city sites build them: navigation, meta line, share bar, related links, footer. */
export function articleHtml(site: string, s: Story, opts: { canonical?: string; charsetMeta?: string | null; extraHead?: string } = {}): string {
  const meta = opts.charsetMeta === null ? "" : `<meta charset="${opts.charsetMeta ?? "utf-8"}">`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head>${meta}
<title>${esc(s.title)}_${esc(site)}</title>
<meta name="PubDate" content="${s.date} 09:30">
${opts.canonical ? `<link rel="canonical" href="${esc(opts.canonical)}">` : ""}${opts.extraHead ?? ""}
<link rel="stylesheet" href="/css/main.css"><script>var _hmt = _hmt || [];</script>
</head><body>
<div class="top"><nav><a href="/">首页</a><a href="/news/">本地新闻</a><a href="/gov/">政务公开</a><a href="/video/">视频</a></nav></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">本地新闻</a></div>
<div class="main"><div class="article">
<h1>${esc(s.title)}</h1>
<div class="info">来源：${esc(site)}　作者：${esc(s.author)}　发布时间：${s.date} 09:30　浏览次数：<span>128</span></div>
<div class="content">
${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/news/other-1.html">全市召开防汛工作部署会</a></li><li><a href="/news/other-2.html">市民公园夜间开放时间调整</a></li></ul></div>
</div>
<footer><p>主办单位：${esc(site)}　版权所有　未经授权禁止转载</p><p>浙ICP备00000000号</p></footer>
</body></html>`;
}

// ---- 1. City news site, UTF-8, RSS ----------------------------------------------------------

export const FEED_STORIES: Record<string, Story> = {
  "1001": {
    title: "天荒坪镇建成生态游步道 串联五个行政村",
    author: "周明远",
    date: "2024-03-01",
    paragraphs: [
      "本报讯 近日，安吉县天荒坪镇投入资金1200万元，建成生态游步道18公里，串联起沿线5个行政村。游步道开放一个月来，已接待游客3.2万人次。",
      "天荒坪镇有关负责人介绍，游步道沿线新设休憩驿站6处，由村集体统一运营，预计每年可为村集体增收80万元。",
    ],
  },
  "1002": {
    title: "新市镇老年食堂提质扩面",
    author: "沈晓岚",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 德清县新市镇今年新建老年食堂4家，每天为620余名老年人提供午餐，其中80周岁以上老人就餐享受每餐3元补助。",
      "镇里还组织志愿者120人，为行动不便的老人送餐上门。",
    ],
  },
  "1003": {
    title: "长兴县完成农村公路安全提升",
    author: "钱立群",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 长兴县去年完成农村公路安全生命防护工程210公里，改造危桥15座，全县农村公路优良率达到88%。",
      "交通部门表示，今年还将投入资金3500万元，继续推进农村公路提质。",
    ],
  },
};

const FEED_ROBOTS = "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n";

function feedXml(origin: string): string {
  const item = (path: string, title: string, date: string) =>
    `<item><title>${esc(title)}</title><link>${origin}${path}</link><pubDate>${new Date(`${date}T01:00:00Z`).toUTCString()}</pubDate></item>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>湖州新闻网</title><link>${origin}/</link><description>fixture</description>
${item("/news/2024/03/01/1001.html?from=rss", FEED_STORIES["1001"]!.title, "2024-03-01")}
${item("/news/2024/03/01/1001.html", FEED_STORIES["1001"]!.title, "2024-03-01")}
${item("/news/2024/03/02/1002.html", FEED_STORIES["1002"]!.title, "2024-03-02")}
${item("/news/2024/03/02/1003.html", FEED_STORIES["1003"]!.title, "2024-03-02")}
${item("/mirror/1001.html", FEED_STORIES["1001"]!.title, "2024-03-01")}
${item("/copy/1002.html", FEED_STORIES["1002"]!.title, "2024-03-02")}
${item("/private/1004.html", "内部稿件", "2024-03-02")}
${item("/news/gone.html", "已删除的稿件", "2024-03-02")}
</channel></rss>`;
}

/** Broken markup as old CMSs emit it: unclosed tags, a stray "<", mis-nested inline elements. */
function malformedHtml(site: string, s: Story): string {
  return `<html><head><meta charset=utf-8><title>${s.title}_${site}</title>
<body><div class=top><a href=/>首页</a> <a href=/news/>本地新闻
<div class=article><h1>${s.title}</h1><div class=info>来源：${site} 发布时间：${s.date}</div>
<div class=content><p>${s.paragraphs[0]} <b>重点<i>工程</b></i> 1 < 2
<p>${s.paragraphs[1]}<table><tr><td>附表
</div><div class=share>分享到：微信 微博`;
}

export async function startFeedSite(): Promise<FixtureSite & { source: SourceConfig }> {
  const site = "湖州新闻网";
  let origin = "";
  const s = await startFixtureSite((path, req) => {
    const html = (body: string): Reply => ({ headers: { "content-type": "text/html; charset=utf-8" }, body });
    const p = path.split("?")[0]!;
    if (p === "/robots.txt") return { headers: { "content-type": "text/plain" }, body: FEED_ROBOTS };
    if (p === "/feed.xml") return conditional(req, feedXml(origin), { "content-type": "application/rss+xml; charset=utf-8" });
    const m = /^\/news\/2024\/03\/0\d\/(100\d)\.html$/.exec(p);
    if (m && m[1] === "1003") return html(malformedHtml(site, FEED_STORIES["1003"]!));
    if (m && FEED_STORIES[m[1]!]) return html(articleHtml(site, FEED_STORIES[m[1]!]!, { canonical: `${origin}${p}` }));
    if (p === "/mirror/1001.html") return html(articleHtml(site, FEED_STORIES["1001"]!, { canonical: `${origin}/news/2024/03/01/1001.html` }));
    if (p === "/copy/1002.html") return html(articleHtml(site, FEED_STORIES["1002"]!));
    if (p === "/private/1004.html") return html(articleHtml(site, { ...FEED_STORIES["1002"]!, title: "不该被抓取的页面" }));
    return null;
  });
  origin = s.origin;
  return { ...s, source: { name: site, url: `${origin}/feed.xml`, kind: "feed", county: "330500", every: 30 } };
}

// ---- 2. E-paper in GBK ------------------------------------------------------------------------

export const EPAPER_STORIES: Record<string, Story> = {
  "2001": {
    title: "王村口镇红色旅游带火山村民宿",
    author: "叶建华",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 遂昌县王村口镇依托红色资源发展乡村旅游，去年共接待游客15.6万人次，全镇民宿增加到42家，带动村民就业300余人。",
      "镇里今年计划再投入资金800万元，改造沿溪步道和停车场。",
    ],
  },
  "2002": {
    title: "龙泉青瓷小镇新增非遗工坊",
    author: "季晓梅",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 龙泉市上垟镇青瓷小镇新增非遗工坊12家，吸引青年手艺人65名入驻，去年小镇青瓷销售额达1.8亿元。",
      "当地还开设青瓷研学课程，全年接待中小学生研学2.4万人次。",
    ],
  },
  "2003": {
    title: "云和县梯田开犁迎春耕",
    author: "柳青",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 云和县崇头镇梯田日前举行开犁节，今年全县计划种植水稻1.2万亩，其中梯田有机稻800亩。",
      "县农业农村局组织农技人员40名，深入田间指导春耕备耕。",
    ],
  },
};

const gbk = (s: string) => iconv.encode(s, "gbk");

function epaperNode(n: number, links: [string, string][]): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>丽水日报数字报-第0${n}版</title></head>
<body><table><tr><td><a href="index.htm">首页</a> <a href="node_1.htm">第01版：要闻</a> <a href="node_2.htm">第02版：丽水新闻</a></td></tr>
<tr><td>2024年03月02日 星期六</td></tr>
${links.map(([href, title]) => `<tr><td><a href="${href}">${title}</a></td></tr>`).join("\n")}
</table></body></html>`;
}

export async function startEpaperSite(): Promise<FixtureSite & { source: SourceConfig }> {
  const base = "/paper/html/2024-03/02";
  const s = await startFixtureSite((path) => {
    // The header never names the charset: the page's <meta> (or nothing at all) has to be read.
    const page = (html: string | Buffer): Reply => ({ headers: { "content-type": "text/html" }, body: typeof html === "string" ? gbk(html) : html });
    if (path === "/robots.txt") return { status: 404, body: "" };
    if (path === `${base}/index.htm`)
      return page(`<html><head><meta charset="gb2312"><title>丽水日报数字报</title></head><body>
<div class="date">2024年03月02日 星期六</div>
<a href="node_1.htm">第01版：要闻</a> <a href="node_2.htm">第02版：丽水新闻</a>
<a href="/paper/html/2024-03/01/index.htm">上一期</a></body></html>`);
    if (path === `${base}/node_1.htm`) return page(epaperNode(1, [["content_2001.htm", EPAPER_STORIES["2001"]!.title], ["content_2002.htm", EPAPER_STORIES["2002"]!.title]]));
    if (path === `${base}/node_2.htm`) return page(epaperNode(2, [["content_2003.htm", EPAPER_STORIES["2003"]!.title], ["content_2001.htm", EPAPER_STORIES["2001"]!.title]]));
    if (path === `${base}/content_2001.htm`)
      return page(articleHtml("丽水日报", EPAPER_STORIES["2001"]!, { charsetMeta: null, extraHead: '<meta http-equiv="Content-Type" content="text/html; charset=GBK">' }));
    if (path === `${base}/content_2002.htm`) return page(articleHtml("丽水日报", EPAPER_STORIES["2002"]!, { charsetMeta: "gb2312" }));
    // No charset in the header or the page: only the bytes tell.
    if (path === `${base}/content_2003.htm`) return page(articleHtml("丽水日报", EPAPER_STORIES["2003"]!, { charsetMeta: null }));
    return null;
  });
  return {
    ...s,
    source: { name: "丽水日报", url: `${s.origin}${base}/index.htm`, kind: "links", match: "content_\\d+\\.htm$", follow: "node_\\d+\\.htm$", county: "331100" },
  };
}

// ---- 3. County site with only a list page, and everything that goes wrong -------------------

export const COUNTY_STORIES: Record<string, Story> = {
  "3001": {
    title: "华埠镇建成钱江源头生态廊道",
    author: "汪志强",
    date: "2024-03-02",
    paragraphs: [
      "本报讯 开化县华埠镇沿马金溪建成生态廊道9.5公里，新增绿化面积12万平方米，沿线8个村实现污水零直排。",
      "镇里组建河道保洁队伍36人，实行日常巡查制度。",
    ],
  },
  "3002": {
    title: "池淮镇高山蔬菜喜获丰收",
    author: "徐丽华",
    date: "2024-03-01",
    paragraphs: [
      "本报讯 开化县池淮镇今年种植高山蔬菜4600亩，预计产值达2300万元，带动农户850户增收。",
      "镇农业服务中心为种植户提供技术培训20余场。",
    ],
  },
};

export const COUNTY_ART = "/art/2024/3/2";

export async function startCountySite(opts: { slowMs?: number } = {}): Promise<FixtureSite & { source: SourceConfig }> {
  const site = "开化县融媒体中心";
  const list = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>开化新闻_${site}</title></head><body>
<nav><a href="/index.html">首页</a><a href="/col/col1230/index.html">政务公开</a><a href="/art/2024/3/2/help.html">帮助</a></nav>
<ul class="list">
<li><a href="${COUNTY_ART}/art_1229_3001.html">${COUNTY_STORIES["3001"]!.title}</a><span>2024-03-02</span></li>
<li><a href="${COUNTY_ART}/art_1229_3002.html">${COUNTY_STORIES["3002"]!.title}</a><span>2024-03-01</span></li>
<li><a href="${COUNTY_ART}/art_1229_3500.html">服务器出错的稿件</a></li>
<li><a href="${COUNTY_ART}/art_1229_3050.html">超大的页面</a></li>
<li><a href="${COUNTY_ART}/art_1229_3301.html">来回跳转的页面</a></li>
<li><a href="${COUNTY_ART}/art_1229_3400.html">其实是图片</a></li>
<li><a href="${COUNTY_ART}/art_1229_3600.html">很慢的页面</a></li>
</ul></body></html>`;
  const s = await startFixtureSite((path, _req, hits) => {
    const html = (body: string): Reply => ({ headers: { "content-type": "text/html; charset=utf-8" }, body });
    if (path === "/robots.txt") return { headers: { "content-type": "text/plain" }, body: "User-agent: *\nDisallow: /admin/\n" };
    if (path === "/col/col1229/index.html") return html(list);
    if (path === `${COUNTY_ART}/art_1229_3001.html`) return html(articleHtml(site, COUNTY_STORIES["3001"]!));
    // Busy the first time: come back in a second.
    if (path === `${COUNTY_ART}/art_1229_3002.html`)
      return hits === 1 ? { status: 429, headers: { "retry-after": "1", "content-type": "text/plain" }, body: "slow down" } : html(articleHtml(site, COUNTY_STORIES["3002"]!));
    if (path === `${COUNTY_ART}/art_1229_3500.html`) return { status: 500, headers: { "content-type": "text/html" }, body: "<h1>Internal Server Error</h1>" };
    if (path === `${COUNTY_ART}/art_1229_3050.html`) return { headers: { "content-type": "text/html; charset=utf-8" }, streamBytes: 50 * 1024 * 1024 };
    if (path === `${COUNTY_ART}/art_1229_3301.html`) return { status: 302, headers: { location: `${COUNTY_ART}/art_1229_3302.html` } };
    if (path === `${COUNTY_ART}/art_1229_3302.html`) return { status: 301, headers: { location: `${COUNTY_ART}/art_1229_3301.html` } };
    if (path === `${COUNTY_ART}/art_1229_3400.html`) return { headers: { "content-type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) };
    if (path === `${COUNTY_ART}/art_1229_3600.html`) return { delayMs: opts.slowMs ?? 3000, ...html(articleHtml(site, COUNTY_STORIES["3001"]!)) };
    return null;
  });
  return {
    ...s,
    source: { name: site, url: `${s.origin}/col/col1229/index.html`, kind: "links", match: "/art/\\d{4}/\\d+/\\d+/art_\\d+_\\d+\\.html$", county: "330824" },
  };
}

// ---- 4. Generated site of N articles ---------------------------------------------------------

const GEN_COUNTIES = ["桐庐县", "淳安县", "象山县", "宁海县", "永嘉县", "文成县", "嘉善县", "海盐县", "德清县", "长兴县", "新昌县", "浦江县", "磐安县", "常山县", "开化县", "岱山县", "三门县", "天台县", "仙居县", "遂昌县"];

export function generatedStory(i: number): Story {
  const county = GEN_COUNTIES[i % GEN_COUNTIES.length]!;
  const day = String((i % 28) + 1).padStart(2, "0");
  return {
    title: `${county}第${i}号民生实事项目完工`,
    author: "通讯员",
    date: `2024-02-${day}`,
    paragraphs: [
      `本报讯 ${county}第${i}号民生实事项目日前完工，共投入资金${(i % 90) + 10}0万元，惠及群众${i * 3 + 120}人。`,
      `项目包括道路提升${(i % 9) + 1}公里、新建停车位${(i % 40) + 20}个，由县住建部门组织验收。编号${i}。`,
    ],
  };
}

/**
 * `n` articles listed by a feed (`feed`) or a sitemap index with 1,000 URLs per sitemap (`sitemap`).
 * `delayMs` slows every article response (to give a kill -9 time to land mid-run).
 */
export async function startGeneratedSite(n: number, opts: { kind?: "feed" | "sitemap"; delayMs?: number } = {}): Promise<FixtureSite & { source: SourceConfig }> {
  const kind = opts.kind ?? "feed";
  let origin = "";
  const perMap = 1000;
  const s = await startFixtureSite((path) => {
    if (path === "/robots.txt") return { headers: { "content-type": "text/plain" }, body: "User-agent: *\nAllow: /\n" };
    if (path === "/feed.xml") {
      const items = Array.from({ length: n }, (_, i) => `<item><link>${origin}/a/${i + 1}.html</link></item>`).join("");
      return { headers: { "content-type": "application/rss+xml" }, body: `<?xml version="1.0"?><rss version="2.0"><channel><title>gen</title>${items}</channel></rss>` };
    }
    if (path === "/sitemap.xml") {
      const maps = Array.from({ length: Math.ceil(n / perMap) }, (_, k) => `<sitemap><loc>${origin}/sitemap-${k + 1}.xml</loc></sitemap>`).join("");
      return { headers: { "content-type": "application/xml" }, body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${maps}</sitemapindex>` };
    }
    const sm = /^\/sitemap-(\d+)\.xml$/.exec(path);
    if (sm) {
      const k = Number(sm[1]) - 1;
      const urls = [];
      for (let i = k * perMap + 1; i <= Math.min(n, (k + 1) * perMap); i++) urls.push(`<url><loc>${origin}/a/${i}.html</loc><lastmod>2024-02-01</lastmod></url>`);
      return { headers: { "content-type": "application/xml" }, body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>` };
    }
    const a = /^\/a\/(\d+)\.html$/.exec(path);
    if (a && Number(a[1]) >= 1 && Number(a[1]) <= n) {
      return { delayMs: opts.delayMs, headers: { "content-type": "text/html; charset=utf-8" }, body: articleHtml("生成新闻网", generatedStory(Number(a[1]))) };
    }
    return null;
  });
  origin = s.origin;
  return { ...s, source: { name: "生成新闻网", url: `${origin}/${kind === "feed" ? "feed" : "sitemap"}.xml`, kind } };
}
