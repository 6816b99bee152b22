import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract";

const parts = (s: string) => extractMetrics(s).map((m) => [m.text, m.partOf]);

describe("partOf: figures that are part of another", () => {
  it("links items after 其中 to the total before them", () => {
    expect(parts("全区共有企业500家,其中规上企业120家、高新技术企业80家。")).toEqual([
      ["500家", null],
      ["120家", 0],
      ["80家", 0],
    ]);
  });

  it("reaches back over a sentence break when 其中 opens the next sentence", () => {
    expect(parts("全县共投入资金3500万元。其中,管网工程投入2100万元。")).toEqual([
      ["3500万元", null],
      ["2100万元", 0],
    ]);
  });

  it("links 分别 items under a total of the same sentence, never a list without one", () => {
    expect(parts("今年新增就业岗位1200个,分别为服务业500个和制造业700个。")).toEqual([
      ["1200个", null],
      ["500个", 0],
      ["700个", 0],
    ]);
    expect(parts("城镇、农村覆盖率分别达90%和60%。")).toEqual([
      ["90%", null],
      ["60%", null],
    ]);
  });

  it("counts spending in the budget named before it, while it fits the budget", () => {
    const s = "工程预算在3500万元左右。去年投入约2100万元。该项目涉及9个村。年底再次投入1000万元左右。";
    expect(parts(s)).toEqual([
      ["3500万元左右", null],
      ["约2100万元", 0],
      ["9个村", null],
      ["1000万元左右", 0],
    ]);
    // spending beyond the budget is not part of it
    expect(parts("项目预算100万元,已投入80万元,再投入50万元。")).toEqual([
      ["100万元", null],
      ["80万元", 0],
      ["50万元", null],
    ]);
  });

  it("never makes a part of something bigger, of another unit, or of a share", () => {
    expect(parts("全镇有企业50家,其中外贸企业80家。")).toEqual([
      ["50家", null],
      ["80家", null],
    ]);
    expect(parts("接待游客3万人次,其中过夜游客8000人。")).toEqual([
      ["3万人次", null],
      ["8000人", null],
    ]);
    expect(parts("产值增长12%,其中工业增长8%。")).toEqual([
      ["12%", null],
      ["8%", null],
    ]);
  });
});
