import { describe, expect, it } from "vitest";
import { pageDate } from "./page-date";

describe("pageDate", () => {
  it("reads an e-paper masthead", () => {
    expect(pageDate("绍兴日报\n2023年8月21日 星期一 第3版 要闻\n\n# 标题\n\n正文。")).toBe("2023-08-21");
  });

  it("reads a website meta line wherever it is", () => {
    const page = "首页 > 政务动态\n\n标题一行\n\n正文第一段。\n\n正文第二段。\n\n更多\n\n发布时间：2023-09-12 16:40 来源：县政府办 浏览次数：862";
    expect(pageDate(page)).toBe("2023-09-12");
    expect(pageDate("发布日期: 2023/9/2")).toBe("2023-09-02");
  });

  it("ignores dates inside stories and impossible dates", () => {
    expect(pageDate("# 生态绿色\n\n8月15日,首个全国生态日。2023年8月15日,活动举办。")).toBeNull();
    expect(pageDate("2023年2月30日 星期四 第1版")).toBeNull();
    expect(pageDate("")).toBeNull();
  });
});
