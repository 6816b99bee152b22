import { describe, expect, it } from "vitest";
import { upTo } from "./testing";

const outletItems = (body: string, source?: string) =>
  upTo("outlet-places", body, "", source)
    .items.filter((i) => i.outlet)
    .map((i) => `${i.text}:${i.status}:${i.place?.name ?? ""}`);

describe("acceptOutletPlaces", () => {
  it("accepts the place an outlet's name is made of as that outlet's place", () => {
    expect(outletItems("日前,城东街道组建服务队。", "天台报讯")).toEqual(["天台:accepted:天台县"]);
    expect(outletItems("发布者:webmaster 来源:象山农业信息网 热度123票")).toEqual(["象山:accepted:象山县"]);
  });

  it("rejects a place word inside an outlet that belongs elsewhere (南湖晚报 is 嘉兴's)", () => {
    expect(outletItems("南湖晚报记者 王强 报道")).toEqual(["南湖:rejected:"]);
  });
});
