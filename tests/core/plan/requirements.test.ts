import { readDeadline, readRequirements, readSubject } from "../../../src/core/plan/requirements";
import { addWorkdays } from "../../../src/core/time/workdays";

const options = { published: "2019-06-12", addWorkdays };

describe("requirements", () => {
  it("reads subjects, dropping a qualifier before 的", () => {
    expect(readSubject("各部门单位要高度重视")).toEqual(["各部门单位"]);
    expect(readSubject("各项工作的牵头部门和责任部门应于2020年1月5日前")).toEqual(["牵头部门", "责任部门"]);
    expect(readSubject("办公室负责通报")).toEqual(["办公室"]);
    expect(readSubject("本工作要点印发之日起5个工作日内")).toBeNull();
  });

  it("reads working-day deadlines in Arabic or Chinese numerals", () => {
    const want = { kind: "workdays", days: 5, from: "published", date: "2019-06-19" };
    expect(readDeadline("印发之日起5个工作日内", options)).toEqual(want);
    expect(readDeadline("印发之日起五个工作日内", options)).toEqual(want);
    expect(readDeadline("印发之日起十个工作日内", options)).toEqual({
      ...want,
      days: 10,
      date: "2019-06-26",
    });
  });

  it("leaves the date open without a publication date or outside the holiday calendar", () => {
    expect(readDeadline("印发之日起5个工作日内", { ...options, published: null })).toEqual({
      kind: "workdays",
      days: 5,
      from: "published",
      date: null,
    });
    expect(readDeadline("印发之日起5个工作日内", { ...options, published: "2099-01-01" })).toEqual({
      kind: "workdays",
      days: 5,
      from: "published",
      date: null,
    });
  });

  it("reads fixed dates in Arabic or Chinese numerals", () => {
    expect(readDeadline("应于2020年1月5日前报送", options)).toEqual({ kind: "date", date: "2020-01-05" });
    expect(readDeadline("应于二〇二〇年十二月二十日前报送", options)).toEqual({
      kind: "date",
      date: "2020-12-20",
    });
    expect(readDeadline("应于2020年2月30日前报送", options)).toBeNull();
    expect(readDeadline("2020年1月5日召开会议", options)).toBeNull();
  });

  it("starts a requirement at each clause with its own subject; others continue the one before", () => {
    const got = readRequirements(
      "甲司要认真落实,按时报送。请及时办理。乙局应于2020年1月5日前报送总结,丙室负责通报情况。",
      options,
    );
    expect(got.map((r) => [r.id, r.who, r.text])).toEqual([
      ["requirement-1", ["甲司"], "甲司要认真落实,按时报送。请及时办理。"],
      ["annual-summary", ["乙局"], "乙局应于2020年1月5日前报送总结"],
      ["progress-briefing", ["丙室"], "丙室负责通报情况。"],
    ]);
  });

  it("keeps a closing sentence without a subject rather than dropping it", () => {
    expect(readRequirements("请认真做好各项工作。", options)).toEqual([
      { id: "requirement-1", text: "请认真做好各项工作。", who: [], reportTo: null, deadline: null },
    ]);
  });
});
