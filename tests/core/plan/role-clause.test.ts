import { splitRoleClause } from "../../../src/core/plan/role-clause";

describe("splitRoleClause", () => {
  it("takes the last parenthesised group at the end, ASCII or full-width", () => {
    expect(splitRoleClause("做好公开。(办公室负责)")).toEqual({ text: "做好公开。", clause: "办公室负责" });
    expect(splitRoleClause("做好公开。（办公室负责）  ")).toEqual({
      text: "做好公开。",
      clause: "办公室负责",
    });
  });

  it("leaves an earlier group (a document number) in the text", () => {
    expect(
      splitRoleClause("按照《通知》(国知办发办字〔2017〕42号)要求,落实。(各有关部门单位按职责分工负责)"),
    ).toEqual({
      text: "按照《通知》(国知办发办字〔2017〕42号)要求,落实。",
      clause: "各有关部门单位按职责分工负责",
    });
  });

  it("keeps a nested group inside the clause", () => {
    expect(splitRoleClause("事项。(办公室(含档案室)负责)")).toEqual({
      text: "事项。",
      clause: "办公室(含档案室)负责",
    });
  });

  it("has no clause when the item does not end in a group", () => {
    expect(splitRoleClause("做好(含规范性文件)公开。")).toEqual({
      text: "做好(含规范性文件)公开。",
      clause: null,
    });
    expect(splitRoleClause("不平衡)")).toEqual({ text: "不平衡)", clause: null });
  });
});
