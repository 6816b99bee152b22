import { describe, expect, it } from "vitest";
import { stripPhotoCredit } from "./text";

describe("stripPhotoCredit", () => {
  it("drops a parenthesized credit at the end", () => {
    expect(stripPhotoCredit("图为新建的水厂。(记者 林一 摄)")).toBe("图为新建的水厂。");
    expect(stripPhotoCredit("图为新建的水厂。")).toBe("图为新建的水厂。");
  });

  it("drops the parentheses around an OCR'd caption and the bare credit after its last full stop", () => {
    expect(stripPhotoCredit("(图为岩坦镇的民宿。潘 亮 摄)")).toBe("图为岩坦镇的民宿。");
    expect(stripPhotoCredit("图为岩坦镇的民宿。潘 亮 摄")).toBe("图为岩坦镇的民宿。");
  });

  it("keeps text that only looks like a credit", () => {
    expect(stripPhotoCredit("图为摄影爱好者在拍摄")).toBe("图为摄影爱好者在拍摄");
  });
});
