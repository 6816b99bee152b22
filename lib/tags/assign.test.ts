import { describe, expect, it } from "vitest";
import { assignTags } from "./assign";
import { isThemeId, THEMES } from "./themes";

const tags = (title: string, body: string) => assignTags(title, body).map((t) => t.tag);

describe("assignTags", () => {
  it("tags a clean-governance story and explains why", () => {
    const m = assignTags("党群连心 推动清廉社区建设", "街道纪工委打造廉政文化廊,开展清廉家风活动。");
    expect(m[0]?.tag).toBe("integrity");
    expect(m[0]?.keywords).toEqual(expect.arrayContaining(["清廉", "廉政", "纪工委"]));
  });

  it("needs more than one passing word in the body", () => {
    expect(tags("乡贤参与 协商高效", "会上提到了一次旅游。")).not.toContain("culture-tourism");
  });

  it("assigns several themes when the text supports them", () => {
    const t = tags("优化营商环境", "禁毒大队为企业提供助企服务,联合治安大队开展安保排查,公安机关实行首违不罚。");
    expect(t).toEqual(expect.arrayContaining(["business", "public-safety"]));
  });

  it("returns nothing for text without themes", () => {
    expect(assignTags("", "今天天气很好。")).toEqual([]);
  });

  it("has unique ids and Chinese names", () => {
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
    expect(isThemeId("integrity")).toBe(true);
    expect(isThemeId("nope")).toBe(false);
  });
});
