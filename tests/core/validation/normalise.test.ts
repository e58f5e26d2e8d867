import {
  itemNumber,
  numberProposal,
  statusProposal,
  textProposal,
} from "../../../src/core/validation/normalise";
import { removeSpaces, toHalfWidth, trimEdges } from "../../../src/core/validation/text";

const NAMES = ["未启动", "推进中", "已完成", "滞后"];

describe("statusProposal", () => {
  it.each([
    ["完成", "已完成"],
    ["已经完成", "已完成"],
    ["完成了", "已完成"],
    ["进行中", "推进中"],
    ["正在推进", "推进中"],
    ["未开始", "未启动"],
    [" 已完成", "已完成"],
    ["已完成\u3000", "已完成"],
    ["推 进 中", "推进中"],
    ["完成。", "已完成"],
    ["\u3000完成 ", "已完成"],
  ])("%j → %s", (typed, to) => {
    expect(statusProposal(typed, NAMES)).toBe(to);
  });

  it("proposes nothing for listed statuses or unknown text", () => {
    expect(statusProposal("已完成", NAMES)).toBeNull();
    expect(statusProposal("暂缓", NAMES)).toBeNull();
    expect(statusProposal("   ", NAMES)).toBeNull();
  });

  it("maps a variant only onto a status the workbook's list has", () => {
    expect(statusProposal("完成", ["未启动", "办理中", "办结"])).toBeNull();
    expect(statusProposal("办结 ", ["未启动", "办理中", "办结"])).toBe("办结");
  });
});

describe("text clean-up", () => {
  it("half-widths full-width letters and digits, keeping Chinese punctuation in prose", () => {
    expect(toHalfWidth("２０１９年ＡＢｃ，（一）")).toBe("2019年ABc，（一）");
    expect(toHalfWidth("ＡＢ，\u3000", true)).toBe("AB, ");
  });

  it("trims ASCII, full-width and zero-width spaces at the edges only", () => {
    expect(trimEdges("\u3000 已报送 \u200b")).toBe("已报送");
    expect(trimEdges("甲 乙")).toBe("甲 乙");
    expect(removeSpaces("甲\u3000乙 丙")).toBe("甲乙丙");
  });

  it("proposes cleaned free text only when it changes", () => {
    expect(textProposal("\u3000已完成第１批 ")).toBe("已完成第1批");
    expect(textProposal("已完成，详见附件（一）")).toBeNull();
    expect(textProposal("   ")).toBeNull();
  });

  it("reads 序号 from numbers and digit text", () => {
    expect(itemNumber(7)).toBe(7);
    expect(itemNumber("７")).toBe(7);
    expect(itemNumber(" 12 ")).toBe(12);
    expect(itemNumber(7.5)).toBeNull();
    expect(itemNumber("七")).toBeNull();
    expect(itemNumber(0)).toBeNull();
    expect(numberProposal("１２")).toBe("12");
    expect(numberProposal("12")).toBeNull();
  });
});
