import { describe, expect, it } from "vitest";
import { escapeXml, standaloneSvg } from "./svg";

describe("standaloneSvg", () => {
  const out = standaloneSvg({ inner: '<g class="bars"><rect width="10" height="5"/></g>', width: 600.4, height: 200, title: "企业数（家）", subtitle: "来自 1 篇报道 · A&B <c>" });

  it("declares the namespace, an explicit size with room for the title, and a Chinese font", () => {
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="252" viewBox="0 0 600 252"/);
    expect(out).toContain('font-family="&quot;Noto Sans SC&quot;, &quot;PingFang SC&quot;');
  });

  it("carries the title and subtitle as escaped text and the chart below them", () => {
    expect(out).toContain(">企业数（家）</text>");
    expect(out).toContain(">来自 1 篇报道 · A&amp;B &lt;c&gt;</text>");
    expect(out).toContain('<g transform="translate(0 52)"><g class="bars"><rect width="10" height="5"/></g></g>');
    expect(out.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("escapes all XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
