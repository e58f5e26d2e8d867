/** Reading role clauses: the traps of the genre, one by one. */
import { readClause } from "../../../src/core/plan/assignments";
import { Role } from "../../../src/core/plan/types";

type Row = [string, Role, string | null];
const rows = (clause: string): Row[] =>
  readClause(clause).assignments.map((a) => [a.department, a.role, a.scope]);

describe("roles", () => {
  it.each<[string, Row[]]>([
    ["办公室牵头负责", [["办公室", "lead", null]]],
    ["办公室牵头", [["办公室", "lead", null]]],
    ["由办公室牵头负责", [["办公室", "lead", null]]],
    ["办公室负责", [["办公室", "responsible", null]]],
    [
      "办公室、报社按职责分工负责",
      [
        ["办公室", "shared", null],
        ["报社", "shared", null],
      ],
    ],
    ["办公室督促落实", [["办公室", "supervise", null]]],
    ["条法司配合", [["条法司", "cooperate", null]]],
    ["条法司配合做好案例解读工作", [["条法司", "cooperate", "案例解读工作"]]],
  ])("%s", (clause, expected) => {
    expect(rows(clause)).toEqual(expected);
    expect(readClause(clause).unknown).toEqual([]);
  });
});

describe("traps", () => {
  it("政策牵头起草部门 is a department whose name contains 牵头, not a lead role", () => {
    expect(rows("政策牵头起草部门负责,办公室督促落实")).toEqual([
      ["政策牵头起草部门", "responsible", null],
      ["办公室", "supervise", null],
    ]);
    expect(rows("政策牵头起草部门按职责分工负责")).toEqual([["政策牵头起草部门", "shared", null]]);
    expect(rows("政策牵头起草部门牵头负责")).toEqual([["政策牵头起草部门", "lead", null]]);
  });

  it("splits lists joined with 、 and with 和 at the last join", () => {
    expect(rows("人事司、人教部和商标局负责")).toEqual([
      ["人事司", "responsible", null],
      ["人教部", "responsible", null],
      ["商标局", "responsible", null],
    ]);
    expect(rows("人事司和商标局负责")).toEqual([
      ["人事司", "responsible", null],
      ["商标局", "responsible", null],
    ]);
  });

  it("does not split 复审和无效审理部, alone, first, last or in the middle of a list", () => {
    expect(rows("复审和无效审理部负责")).toEqual([["复审和无效审理部", "responsible", null]]);
    expect(rows("商标局和复审和无效审理部负责")).toEqual([
      ["商标局", "responsible", null],
      ["复审和无效审理部", "responsible", null],
    ]);
    expect(rows("复审和无效审理部和商标局负责")).toEqual([
      ["复审和无效审理部", "responsible", null],
      ["商标局", "responsible", null],
    ]);
    expect(rows("办公室、复审和无效审理部、商标局按职责分工负责").map((r) => r[0])).toEqual([
      "办公室",
      "复审和无效审理部",
      "商标局",
    ]);
  });

  it("separates clauses with , ， ; ；", () => {
    const expected: Row[] = [
      ["办公室", "lead", null],
      ["商标局", "shared", null],
      ["报社", "supervise", null],
    ];
    expect(rows("办公室牵头负责,商标局按职责分工负责;报社督促落实")).toEqual(expected);
    expect(rows("办公室牵头负责，商标局按职责分工负责；报社督促落实")).toEqual(expected);
  });

  it("item 23: a scope introduced by X由 covers every clause of its ;-segment, and only that segment", () => {
    expect(
      rows("甲事务由审业部牵头负责,文献部按职责分工负责;乙事务由商标局负责;审业部按职责分工负责"),
    ).toEqual([
      ["审业部", "lead", "甲事务"],
      ["文献部", "shared", "甲事务"],
      ["商标局", "responsible", "乙事务"],
      ["审业部", "shared", null],
    ]);
  });

  it("keeps quotes in a scope as printed", () => {
    expect(rows("服务事项“一网通办”由办公室牵头负责")).toEqual([["办公室", "lead", "服务事项“一网通办”"]]);
  });

  it("item 26: a matter after 负责 scopes only its own clause", () => {
    expect(rows("办公室牵头负责,人事司、人教部和商标局负责新录入人员培训工作")).toEqual([
      ["办公室", "lead", null],
      ["人事司", "responsible", "新录入人员培训工作"],
      ["人教部", "responsible", "新录入人员培训工作"],
      ["商标局", "responsible", "新录入人员培训工作"],
    ]);
  });

  it("a department may hold two roles in one item", () => {
    expect(rows("甲事务由审业部牵头负责;乙事务由办公室牵头负责,审业部按职责分工负责")).toEqual([
      ["审业部", "lead", "甲事务"],
      ["办公室", "lead", "乙事务"],
      ["审业部", "shared", "乙事务"],
    ]);
  });
});

describe("what is not understood is returned, never guessed", () => {
  it.each([
    "办公室会同有关方面研究",
    "各司局视情况参与",
    "负责",
    "政策牵头起草",
    "办公室牵头组织实施",
    "复审负责",
  ])("%s", (clause) => {
    const reading = readClause(clause);
    expect(reading.assignments).toEqual([]);
    expect(reading.unknown).toEqual([clause]);
  });

  it("keeps the understood parts and returns the rest", () => {
    expect(readClause("办公室牵头负责,各司局视情况参与")).toEqual({
      assignments: [{ department: "办公室", role: "lead", scope: null }],
      unknown: ["各司局视情况参与"],
      deadline: null,
    });
  });
});
