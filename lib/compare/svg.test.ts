import { describe, expect, it } from "vitest";
import { EMBEDDED_FAMILY, escapeXml, facesFor, fontFaceCss, sourceLine, standaloneSvg, svgText } from "./svg";

describe("standaloneSvg", () => {
  const out = standaloneSvg({
    inner: '<g class="bars"><rect width="10" height="5"/></g>',
    width: 600.4,
    height: 200,
    title: "培训人次（人次）",
    subtitle: "来自 1 篇报道 · A&B <c>",
    source: "来源：浙江基层动态地图，据台州日报报道",
    fontCss: "@font-face{}",
  });

  it("declares the namespace, an explicit size with room for the title and source, and the embedded font first", () => {
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="278" viewBox="0 0 600 278"/);
    expect(out).toContain(`font-family="&quot;${EMBEDDED_FAMILY}&quot;, &quot;Noto Sans SC&quot;`);
    expect(out).toContain("<style>@font-face{}</style>");
  });

  it("carries the title, subtitle and source line as escaped text and the chart between them", () => {
    expect(out).toContain(">培训人次（人次）</text>");
    expect(out).toContain(">来自 1 篇报道 · A&amp;B &lt;c&gt;</text>");
    expect(out).toContain('<g class="bars"><rect width="10" height="5"/></g></g>');
    expect(out).toContain('y="270" font-size="11" fill="#5f6b77" data-role="source">来源：浙江基层动态地图，据台州日报报道</text>');
    expect(out.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("escapes all XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("embedded font", () => {
  const faces = [
    { weight: "400", unicodeRange: "U+0000-00FF", url: "latin.woff2" },
    { weight: "400", unicodeRange: "U+4e00-4e0f, U+57f9", url: "a.woff2" },
    { weight: "700", unicodeRange: "U+8bad", url: "b.woff2" },
    { weight: "400", unicodeRange: "U+9000-9fff", url: "unused.woff2" },
  ];

  it("picks the subsets the text needs, by unicode-range", () => {
    const text = svgText(standaloneSvg({ inner: "<text>培</text>", width: 1, height: 1, title: "训", subtitle: "", source: "A" }));
    expect(facesFor(text, faces).map((f) => f.url)).toEqual(["latin.woff2", "a.woff2", "b.woff2"]);
  });

  it("writes @font-face rules for the embedded family", () => {
    expect(fontFaceCss([{ weight: "700", unicodeRange: "U+8bad", dataUrl: "data:font/woff2;base64,AA==" }])).toBe(
      `@font-face{font-family:"${EMBEDDED_FAMILY}";font-weight:700;src:url(data:font/woff2;base64,AA==) format("woff2");unicode-range:U+8bad;}`,
    );
  });
});

describe("sourceLine", () => {
  it("names the outlets and filters", () => {
    expect(sourceLine(["台州日报", "杭州日报", "台州日报"], ["杭州市"])).toBe("来源：浙江基层动态地图，据台州日报、杭州日报报道；筛选：杭州市");
    expect(sourceLine([], [], "en")).toBe("Source: Zhejiang Initiatives Map");
  });
});
