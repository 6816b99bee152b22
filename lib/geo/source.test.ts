import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { paperPlace } from "./source";

const gaz = loadGazetteer();
const code = (s: string) => paperPlace(s, gaz)?.code ?? null;

describe("paperPlace", () => {
  it("reads the city or county a local paper is named after", () => {
    expect(code("金华日报讯(通讯员 邵琳)")).toBe("330700");
    expect(code("义乌商报讯")).toBe("330782");
    expect(code("温州都市报记者 王强")).toBe("330300");
    expect(code("今日临安报")).toBe("330112");
    expect(code("绍兴市融媒体中心讯")).toBe("330600");
  });

  it("reads county papers named 今日 + the county, or a short xx报", () => {
    expect(code("今日新昌")).toBe("330624");
    expect(code("今日临海 城乡版")).toBe("331082");
    expect(code("磐安报")).toBe("330727");
    expect(code("今日头条")).toBeNull();
  });

  it("gives nothing for provincial and national papers or a filing place", () => {
    for (const s of ["浙江日报讯", "本报讯", "本报杭州8月22日讯", "新华社杭州电", "钱江晚报讯", "人民日报", "", "记者 王强"])
      expect(code(s)).toBeNull();
    expect(paperPlace(undefined, gaz)).toBeNull();
  });
});
