import {
  departmentKind,
  looksLikeDepartment,
  orderDepartments,
  splitDepartmentList,
} from "../../../src/core/plan/departments";

describe("departments", () => {
  it.each([
    ["办公室", "unit"],
    ["专利局办公室", "unit"],
    ["复审和无效审理部", "unit"],
    ["检索咨询中心", "unit"],
    ["报社", "unit"],
    ["政策牵头起草部门", "placeholder"],
    ["政策制定部门", "placeholder"],
    ["新媒体开设部门单位", "placeholder"],
    ["各有关部门单位", "placeholder"],
    ["各司局", "placeholder"],
  ])("%s is a %s", (name, kind) => {
    expect(looksLikeDepartment(name)).toBe(true);
    expect(departmentKind(name)).toBe(kind);
  });

  it.each(["复审", "政策", "政策牵头", "办公室负责", "审业部牵头", "事务由审业部", "室"])(
    "%s is not a department",
    (name) => {
      expect(looksLikeDepartment(name)).toBe(false);
    },
  );

  it("splits 和 only at the last join and only between two department names", () => {
    expect(splitDepartmentList("人事司、人教部和商标局")).toEqual(["人事司", "人教部", "商标局"]);
    expect(splitDepartmentList("复审和无效审理部")).toEqual(["复审和无效审理部"]);
    expect(splitDepartmentList("商标局和复审和无效审理部")).toEqual(["商标局", "复审和无效审理部"]);
    expect(splitDepartmentList("人力资源和社会保障局")).toEqual(["人力资源和社会保障局"]);
    expect(splitDepartmentList("办公室、复审")).toBeNull();
  });

  it("orders units first, then placeholders, each by first appearance, without repeats", () => {
    expect(
      orderDepartments(["政策牵头起草部门", "办公室", "各有关部门单位", "报社", "办公室", "政策制定部门"]),
    ).toEqual([
      { name: "办公室", kind: "unit" },
      { name: "报社", kind: "unit" },
      { name: "政策牵头起草部门", kind: "placeholder" },
      { name: "各有关部门单位", kind: "placeholder" },
      { name: "政策制定部门", kind: "placeholder" },
    ]);
  });
});
