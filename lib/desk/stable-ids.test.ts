import { describe, expect, it } from "vitest";
import { assignStableIds, similarity } from "./stable-ids";

const art = (id: string, title: string, body: string) => ({ id, title, body });

describe("stable ids", () => {
  it("scores texts by shared character pairs", () => {
    expect(similarity("甲镇培训干部三千人次", "甲镇培训干部三千人次")).toBe(1);
    expect(similarity("甲镇培训干部三千人次", "乙县修建道路十公里")).toBe(0);
    expect(similarity("甲镇培训干部三千人次", "甲镇 培训干部\n三千余人次")).toBeGreaterThan(0.7);
  });

  it("keeps old ids for the same stories, one to one, and engine ids for new ones", () => {
    const old = [art("old1", "甲镇培训干部", "甲镇今年培训干部三千余人次，覆盖全部村社。"), art("old2", "乙村修路", "乙村今年修建道路十公里，方便群众出行。")];
    const fresh = [
      art("new1", "甲镇 培训干部", "甲镇今年培训干部三千余人次，覆盖全部村社。"),
      art("old2", "乙村修路", "乙村今年修建道路十公里，方便群众出行。"),
      art("new3", "丙街道办展览", "丙街道举办书画展览，展出作品两百幅。"),
    ];
    expect(assignStableIds(fresh, old).map((a) => a.id)).toEqual(["old1", "old2", "new3"]);
  });

  it("gives an old id to only the most similar of two candidates", () => {
    const old = [art("old1", "甲镇培训干部", "甲镇今年培训干部三千余人次，覆盖全部村社。")];
    const fresh = [art("n1", "甲镇培训", "甲镇今年培训干部三千余人次。"), art("n2", "甲镇培训干部", "甲镇今年培训干部三千余人次，覆盖全部村社。")];
    expect(assignStableIds(fresh, old).map((a) => a.id)).toEqual(["n1", "old1"]);
  });

  it("does not match stories that only share a few words", () => {
    const old = [art("old1", "甲镇培训干部", "甲镇今年培训干部三千余人次，覆盖全部村社。")];
    expect(assignStableIds([art("n1", "甲镇修路", "甲镇今年修建道路十公里。")], old).map((a) => a.id)).toEqual(["n1"]);
  });
});
