import { describe, expect, it } from "vitest";
import { resolveCountyShorts } from "./county-shorts";
import { statusOf, upTo } from "./testing";

/** State right before the settle pass, then one round of county short names. */
const resolved = (body: string, title = "", source?: string) => {
  const s = upTo("possessive-lists", body, title, source);
  resolveCountyShorts(s);
  return s;
};

describe("resolveCountyShorts", () => {
  it("accepts a short name followed by an organisation or facility, or after its city", () => {
    expect(statusOf(resolved("新昌发改局审批了该项目。"), "新昌")).toEqual(["accepted:新昌县"]);
    expect(statusOf(resolved("台州天台开展活动。"), "天台")).toEqual(["accepted:天台县"]);
  });

  it("accepts a short name whose full name is in the article", () => {
    expect(statusOf(resolved("临平区召开大会。会后,干部们回到临平各地。"), "临平")).toEqual(["accepted:临平区"]);
  });

  it("needs two weak signs otherwise", () => {
    expect(statusOf(resolved("他在天台晒被子。"), "天台")).toEqual(["pending"]);
    // 全县 and the local paper's own county
    expect(statusOf(resolved("全县推进改革,天台干部带头。", "", "天台报讯"), "天台")).toEqual(["accepted:天台县", "accepted:天台县"]);
  });
});

describe("county short forms with no full name in the article", () => {
  const settled = (body: string, title = "") => upTo("close-pending", body, title);

  it("takes a short name that is no ordinary word on one sign", () => {
    expect(statusOf(settled("一批纺织企业今年落户柯桥。"), "柯桥")).toEqual(["accepted:柯桥区"]);
    expect(statusOf(settled("大屏幕上滚动播放着上虞志愿者的照片。全区有志愿服务队伍近三千支。"), "上虞")).toEqual(["accepted:上虞区"]);
    expect(statusOf(settled("嘉兴新春文旅消费季暨秀洲迎新春嘉年华活动启动。"), "秀洲")).toEqual(["accepted:秀洲区"]);
    // no sign at all: a merchant's home town in passing
    expect(statusOf(settled("社区里住着近200户乐清布商。"), "乐清")).toEqual(["rejected"]);
  });

  it("takes a short name and a township of its county as each other's support", () => {
    const s = settled("象山的渔船下月起陆续出海。这几天,石浦渔港里到处是补网的渔民。");
    expect(statusOf(s, "象山")).toEqual(["accepted:象山县"]);
    expect(statusOf(s, "石浦")).toEqual(["accepted:石浦镇"]);
    const p = settled("沈家门渔港今天格外热闹。船老大说,普陀的渔民盼着开个好头。");
    expect(statusOf(p, "普陀")).toEqual(["accepted:普陀区"]);
  });

  it("keeps the guards against the word readings", () => {
    expect(statusOf(settled("夏夜,大家在天台上乘凉。"), "天台")).toEqual([]);
    expect(statusOf(settled("上海市普陀区推进城市更新,普陀的做法值得借鉴。"), "普陀")).toEqual(["rejected"]);
    expect(statusOf(settled("江山如画,游人如织。"), "江山")).toEqual([]);
    expect(statusOf(settled("他站在天台眺望远方。"), "天台")).toEqual(["rejected"]);
  });
});

describe("kickers", () => {
  it("reads a county short name standing alone in a kicker as a place", () => {
    const s = upTo("close-pending", "【龙泉】5月10日,龙泉青瓷宝剑文化推介会在上海举行。目前龙泉有青瓷企业2100余家。");
    expect(statusOf(s, "龙泉")).toEqual(["accepted:龙泉市", "accepted:龙泉市", "accepted:龙泉市"]);
    expect(s.items[0]!.heading).toBe(true);
  });

  it("but not a kicker that only starts with the name", () => {
    expect(statusOf(upTo("close-pending", "【天台上的花园】居民在楼顶种菜。"), "天台")).toEqual([]);
  });
});
