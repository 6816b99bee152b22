// Choosing the place an article is about, on invented multi-paragraph reports.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { geocodeArticle } from "./geocode";

const gaz = loadGazetteer();
const placeOf = (title: string, ...paragraphs: string[]) => {
  const p = geocodeArticle({ title, body: paragraphs.join("\n\n") }, gaz).place;
  return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
};

describe("township or county", () => {
  it("goes down to a township the story's subject is sited in", () => {
    expect(
      placeOf(
        "黄岩:模具产业园项目拿地即开工",
        "本报讯 近日,位于黄岩区江口街道的智能模具产业园项目正式开工,从摘牌到拿到施工许可证仅用了7天。",
        "为加快项目落地,黄岩区资规、住建等部门提前介入、并联审批。今年以来,黄岩已有17个工业项目实现拿地即开工。",
      ),
    ).toEqual(["331000", "331003", "331003007"]);
  });

  it("stays at the county when the township comes up after the lead paragraph", () => {
    expect(
      placeOf(
        "衢州开化:生态补偿见实效",
        "开化县地处钱塘江源头,森林覆盖率达80.9%。近年来,开化与下游地区建立横向生态补偿机制,三年累计获得补偿资金2.4亿元。",
        "在齐溪镇,村民们通过护林、护水岗位就业,人均年增收1.8万元。齐溪镇党委书记介绍,全镇已设立生态管护岗位136个。",
      ),
    ).toEqual(["330800", "330824", null]);
  });

  it("stays at the county when townships are only listed as examples", () => {
    expect(
      placeOf(
        "医共体让山区群众看病不出乡",
        '"以前看专家门诊要坐一个多小时车,现在专家每周都来乡里坐诊。"在上虞区岭南乡卫生院,村民杜大妈说。',
        "绍兴市上虞区人民医院医共体推动优质医疗资源向山区乡镇下沉,已向岭南、下管等山区乡镇派驻专家86名。",
        "上虞区基层医疗机构就诊率从58%提高到67.5%。",
      ),
    ).toEqual(["330600", "330604", null]);
    expect(placeOf("", "黄岩区召开会议,头陀、北洋、宁溪三镇负责人作交流发言。头陀镇、北洋镇将加快发展。")).toEqual([
      "331000",
      "331003",
      null,
    ]);
  });

  it("goes down to a township a county paper names without its county", () => {
    expect(
      placeOf(
        "第二十六届中国开渔节在石浦开幕",
        "9月16日,第二十六届中国开渔节在石浦镇中国渔村开幕。2600余艘渔船扬帆出海。",
        "开幕当天,石浦镇共接待游客9.2万人次。",
      ),
    ).toEqual(["330200", "330225", "330225101"]);
  });
});

describe("city or nothing", () => {
  it("stays at the city for several of its counties", () => {
    expect(placeOf("", "近日,湖州市吴兴区、南浔区和德清县、长兴县、安吉县五地联合开展河湖长制工作交流。")).toEqual(["330500", null, null]);
    expect(placeOf("", "嵊泗的海鲜、岱山的盐、普陀的佛茶,都是舟山的特色产品。")).toEqual(["330900", null, null]);
  });

  it("gives no place to a story spread over several cities", () => {
    expect(placeOf("", "记者从省交通运输厅获悉,杭州、宁波、温州等地的高速公路服务区完成改造。")).toBeNull();
    expect(placeOf("", "以杭州为例,企业开办时间压缩至1个工作日。宁波、温州、湖州等地也推出集成改革。")).toBeNull();
  });

  it("keeps a city that clearly leads over others it mentions", () => {
    expect(placeOf("台州推进共同富裕", "台州市召开大会,台州市委书记出席。会上,台州与温州签订合作协议。")).toEqual(["331000", null, null]);
  });
});

describe("confidence", () => {
  it("is low when only a name found in many places settles the article", () => {
    const lone = geocodeArticle({ title: "", body: "新城街道召开居民议事会,新城街道党工委书记出席会议。" }, gaz).place;
    const named = geocodeArticle({ title: "", body: "秀洲区新城街道召开居民议事会,新城街道党工委书记出席会议。" }, gaz).place;
    expect(lone?.township?.code).toBe(named?.township?.code);
    expect(lone?.confidence ?? 1).toBeLessThan(0.7);
    expect(named?.confidence ?? 0).toBeGreaterThan(0.9);
  });
});
