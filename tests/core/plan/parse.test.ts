import { parsePlan, issuerOf } from "../../../src/core/plan/parse";

describe("parsePlan edge cases", () => {
  it("reports an empty text as having no title and no items", () => {
    const { value, issues } = parsePlan("");
    expect(value.items).toEqual([]);
    expect(issues.map((i) => i.kind).sort()).toEqual(["no-items", "no-title"]);
  });

  it("reports a missing title when the text starts with a heading", () => {
    const { value, issues } = parsePlan("一、部分\n1.事项。(办公室负责)\n");
    expect(value.title).toBe("");
    expect(issues).toEqual([{ line: 1, item: null, kind: "no-title", message: "找不到标题行", text: "" }]);
    expect(value.items[0].assignments).toEqual([{ department: "办公室", role: "responsible", scope: null }]);
  });

  it("uses the injected working-day calculator", () => {
    const text =
      "某局2019年要点\n文章发表时间:2019-06-12\n1.事项。(办公室负责)\n各部门要在本要点印发之日起3个工作日内报送。\n";
    const { value } = parsePlan(text, { addWorkdays: (date, n) => `${date}+${n}` });
    expect(value.requirements[0].deadline).toEqual({
      kind: "workdays",
      days: 3,
      from: "published",
      date: "2019-06-12+3",
    });
  });

  it("takes the issuer from before the year in the title", () => {
    expect(issuerOf("国家知识产权局2019年政务公开工作要点")).toBe("国家知识产权局");
    expect(issuerOf("某某市人民政府办公厅二〇二〇年政务公开工作要点")).toBe("某某市人民政府办公厅");
    expect(issuerOf("政务公开工作要点")).toBe("");
  });
});
