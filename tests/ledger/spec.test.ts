import { columnLetter, rangeAddress } from "../../src/core/ledger/a1";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import {
  DEFAULT_NEAR_DAYS,
  META_LABELS,
  NAMES,
  SETTINGS_LAYOUT,
  SHEETS,
  TABLES,
} from "../../src/core/ledger/constants";
import { CellValue, LedgerSpec, SheetSpec } from "../../src/core/ledger/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "./plan-2019";

const plan = plan2019();
const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });

function sheet(s: LedgerSpec, name: string): SheetSpec {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The cell value at (row, col) from the sheet's blocks. */
function cell(sh: SheetSpec, row: number, col: number): CellValue | undefined {
  for (const b of sh.blocks) {
    const line = b.values[row - b.row];
    if (line && col >= b.col && col < b.col + line.length) return line[col - b.col];
  }
  return undefined;
}

const ledger = sheet(spec, SHEETS.ledger);
const L = spec.layout.ledger;
const rowOf = (no: number) => L.firstBodyRow + plan.items.findIndex((i) => i.no === no);
const deptCell = (no: number, dept: string) => cell(ledger, rowOf(no), L.departmentColumns[dept]);

describe("ledger sheet", () => {
  test("has 30 body rows, one per item, in order, with full task text", () => {
    expect(L.bodyRows).toBe(30);
    const nos = Array.from({ length: 30 }, (_, i) => cell(ledger, L.firstBodyRow + i, L.columns.no));
    expect(nos).toEqual(plan.items.map((i) => i.no));
    expect(cell(ledger, rowOf(23), L.columns.task)).toBe(plan.items[22].text);
    expect(cell(ledger, L.firstBodyRow + 30, L.columns.no)).toBeUndefined();
  });

  test("has one column per department in plan order, units before placeholders", () => {
    const names = plan.departments.map((d) => d.name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    const cols = names.map((n) => L.departmentColumns[n]);
    expect(cols).toEqual(cols.map((_, i) => cols[0] + i));
    expect(cols[0]).toBe(L.columns.departments + 1);
    expect(L.columns.status).toBe(cols[cols.length - 1] + 1);
    const headers = names.map((_, i) => cell(ledger, L.headerRow, cols[0] + i));
    expect(headers).toEqual(names);
    const kinds = plan.departments.map((d) => d.kind);
    expect(kinds.indexOf("placeholder")).toBeGreaterThan(kinds.lastIndexOf("unit"));
  });

  test("marks roles for the tricky items (1, 3, 23, 26)", () => {
    expect(deptCell(1, "政策牵头起草部门")).toBe("负责");
    expect(deptCell(1, "办公室")).toBe("督促");
    for (const d of ["政策牵头起草部门", "办公室", "报社"]) expect(deptCell(3, d)).toBe("分工负责");
    // Item 23's matters: ① 专利受理相关事务, ② 商标受理相关事务, ③ 服务事项“一网通办”.
    expect(deptCell(23, "审业部")).toBe("牵头①；分工负责③");
    expect(deptCell(23, "商标局")).toBe("负责②；分工负责③");
    expect(deptCell(23, "办公室")).toBe("牵头③");
    expect(deptCell(23, "文献部")).toBe("分工负责①");
    expect(deptCell(23, "复审和无效审理部")).toBe("分工负责①③");
    expect(cell(ledger, rowOf(23), L.columns.departments)).toBe(
      "①专利受理相关事务：审业部（牵头），专利局办公室、初审流程部、文献部、自动化部、复审和无效审理部、检索咨询中心（分工负责）；" +
        "②商标受理相关事务：商标局（负责）；" +
        "③服务事项“一网通办”：办公室（牵头），公共服务司、审业部、初审流程部、自动化部、复审和无效审理部、商标局（分工负责）",
    );
    expect(deptCell(26, "办公室")).toBe("牵头");
    expect(deptCell(26, "人事司")).toBe("负责①");
    expect(deptCell(26, "条法司")).toBeNull();
    expect(cell(ledger, rowOf(26), L.columns.lead)).toBe("办公室");
    expect(cell(ledger, rowOf(26), L.columns.departments)).toBe(
      "办公室（牵头）；①新录入人员培训工作：人事司、人教部、商标局（负责）",
    );
    expect(cell(ledger, rowOf(1), L.columns.lead)).toBe("政策牵头起草部门");
    expect(cell(ledger, rowOf(3), L.columns.lead)).toBe("");
  });

  test("every assignment shows in its department column", () => {
    for (const item of plan.items) {
      for (const a of item.assignments)
        expect(String(deptCell(item.no, a.department))).toContain(
          a.role === "lead" ? "牵头" : a.role === "supervise" ? "督促" : "负责",
        );
    }
  });

  test("every scoped assignment can be read from its row: the department's number names the matter in 责任部门", () => {
    for (const item of plan.items) {
      const spelled = String(cell(ledger, rowOf(item.no), L.columns.departments));
      for (const a of item.assignments.filter((x) => x.scope !== null)) {
        const mark = String(deptCell(item.no, a.department));
        const no = [...mark].find((ch) => "①②③④⑤⑥⑦⑧⑨⑩".includes(ch) && spelled.includes(`${ch}${a.scope}：`));
        expect(no).toBeDefined();
        expect(spelled).toContain(a.department);
      }
    }
  });

  test("shows section and subsection labels, and the plan's two deadlines in the title block", () => {
    expect(cell(ledger, rowOf(1), L.columns.section)).toBe("一、着眼稳定预期,加强政策解读和回应关切");
    expect(cell(ledger, rowOf(30), L.columns.subsection)).toBe("（十四）加强相关基础工作");
    const block = ledger.blocks[0].values.map((r) => String(r[0])).join("\n");
    expect(block).toContain(plan.title);
    expect(block).toContain("2019-06-19");
    expect(block).toContain("2020-01-05");
  });

  test("status column: default first status, list validation on the named list, a CF rule per status", () => {
    const status = rangeAddress({ row: L.firstBodyRow, col: L.columns.status, rows: 30, cols: 1 });
    for (let i = 0; i < 30; i++) expect(cell(ledger, L.firstBodyRow + i, L.columns.status)).toBe("未启动");
    expect(ledger.validations).toHaveLength(1);
    const v = ledger.validations[0];
    expect(rangeAddress(v.range)).toBe(status);
    expect(v.source).toBe(NAMES.statuses);
    expect(v.error.style).toBe("stop");
    expect(v.prompt.text).toContain("推进中");
    const statusRules = ledger.conditionalFormats.filter((c) => c.range.col === L.columns.status);
    expect(statusRules.map((c) => rangeAddress(c.range))).toEqual(DEFAULT_STATUSES.map(() => status));
    const letter = status.replace(/\d.*/, "");
    expect(statusRules.map((c) => c.formula)).toEqual(
      DEFAULT_STATUSES.map((s) => `$${letter}${L.firstBodyRow}="${s.name}"`),
    );
    expect(statusRules.map((c) => c.fill)).toEqual(DEFAULT_STATUSES.map((s) => s.fill));
  });

  test("table, frozen panes, print setup, heights", () => {
    expect(ledger.tables).toHaveLength(1);
    expect(ledger.tables[0].name).toBe(TABLES.ledger);
    expect(rangeAddress(ledger.tables[0].range)).toBe(
      `A5:${rangeAddress({ row: 35, col: L.columns.updated, rows: 1, cols: 1 })}`,
    );
    expect(ledger.freeze).toEqual({ rows: L.headerRow, cols: 1 });
    expect(ledger.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ledger.print.titleRows).toEqual({ first: L.headerRow, last: L.headerRow });
    expect(ledger.showGridLines).toBe(false);
    const body = ledger.rowHeights.find((h) => h.row === L.firstBodyRow);
    expect(body?.autofit).toBe(true);
    expect(body?.heights).toHaveLength(30);
    // item 23 has the longest marks: its row is taller than the short item 15's
    expect(body!.heights[22]).toBeGreaterThan(body!.heights[14]);
  });

  test("styles grow with columns and sections, not rows", () => {
    const cols = ledger.columns.length;
    expect(ledger.styles.length).toBeLessThan(3 * cols + plan.sections.length + 10);
    const big = buildLedgerSpec(
      {
        ...plan,
        items: Array.from({ length: 300 }, (_, i) => ({ ...plan.items[Math.floor(i / 10)], no: i + 1 })),
      },
      { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null },
    );
    expect(sheet(big, SHEETS.ledger).styles.length).toBe(ledger.styles.length);
  });

  test("text that looks like a formula is marked literal", () => {
    const odd = { ...plan, items: [{ ...plan.items[0], text: "=SUM(A1)以公式开头的任务" }] };
    const s = buildLedgerSpec(odd, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
    expect(cell(sheet(s, SHEETS.ledger), L.firstBodyRow, L.columns.task)).toEqual({
      literal: "=SUM(A1)以公式开头的任务",
    });
  });

  test("text starting with a tab or a carriage return is marked literal too", () => {
    const odd = {
      ...plan,
      items: [
        { ...plan.items[0], text: "\t制表符开头的任务" },
        { ...plan.items[1], text: "\r回车开头的任务" },
      ],
    };
    const s = buildLedgerSpec(odd, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
    const task = (i: number) => cell(sheet(s, SHEETS.ledger), L.firstBodyRow + i, L.columns.task);
    expect(task(0)).toEqual({ literal: "\t制表符开头的任务" });
    expect(task(1)).toEqual({ literal: "\r回车开头的任务" });
  });
});

describe("workbook", () => {
  test("has the four sheets, format version, plan id and recalculation on load", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      SHEETS.ledger,
      SHEETS.assignments,
      SHEETS.summary,
      SHEETS.settings,
      "TZ_Plan", // the plan itself, very hidden (core/ledger/plan-sheet.ts)
    ]);
    expect(spec.formatVersion).toBe(1);
    expect(spec.planId).toMatch(/^plan-2019-[0-9a-f]{8}$/);
    expect(spec.fullCalcOnLoad).toBe(true);
    expect(spec.fileName).toBe("国家知识产权局2019年政务公开工作要点-台账.xlsx");
  });

  test("plan id changes when an item's text changes", () => {
    const changed = {
      ...plan,
      items: plan.items.map((i) => (i.no === 5 ? { ...i, text: i.text + "。" } : i)),
    };
    const other = buildLedgerSpec(changed, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
    });
    expect(other.planId).not.toBe(spec.planId);
  });

  test("defined names are ASCII and point at the right ranges", () => {
    const names = Object.fromEntries(spec.names.map((n) => [n.name, n.formula]));
    for (const n of spec.names) expect(n.name).toMatch(/^TZ_[A-Za-z]+$/);
    expect(names[NAMES.ledgerNo]).toBe("'台账'!$A$6:$A$35");
    expect(names[NAMES.statuses]).toBe("OFFSET('设置'!$A$3,0,0,COUNTA('设置'!$A$3:$A$32),1)");
    expect(names[NAMES.assignCount]).toMatch(/^'责任分解'!\$H\$2:\$H\$\d+$/);
  });

  test("formulas use only the allowed functions, plain refs and names", () => {
    const allowed = new Set(
      "IF IFERROR INDEX MATCH COUNTIF COUNTIFS SUM SUMIFS ROUND AND OR NOT LEN TRIM COUNTA ISBLANK ISNUMBER OFFSET NETWORKDAYS TODAY".split(
        " ",
      ),
    );
    const formulas: string[] = spec.names.map((n) => n.formula);
    for (const s of spec.sheets) {
      for (const b of s.blocks)
        for (const r of b.values)
          for (const v of r) if (v && typeof v === "object" && "formula" in v) formulas.push(v.formula);
      for (const c of s.conditionalFormats) formulas.push(c.formula);
    }
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas) {
      const stripped = f.replace(/"[^"]*"/g, "");
      expect(stripped).not.toMatch(/\[/); // no structured references
      for (const m of stripped.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(allowed).toContain(m[1]);
      for (const m of stripped.matchAll(/MATCH\([^()]*\)/g)) expect(m[0]).toMatch(/,0\)$/);
    }
  });
});

describe("deadlines in the file", () => {
  const fixed = buildLedgerSpec(plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: null,
    asOf: "2019-09-20",
    nearDays: 3,
  });
  const settingsSheet = fixed.sheets.find((s) => s.name === SHEETS.settings)!;
  const ledgerOf = fixed.sheets.find((s) => s.name === SHEETS.ledger)!;
  const names = Object.fromEntries(fixed.names.map((n) => [n.name, n.formula]));
  const metaValue = (sheet: typeof settingsSheet, label: string) => {
    for (const b of sheet.blocks)
      for (const [i, r] of b.values.entries()) if (r[0] === label) return { row: b.row + i, value: r[1] };
    return null;
  };

  test("统计日期 defaults to =TODAY(), can be fixed; 临期天数 defaults to 5; both named", () => {
    const settings = spec.sheets.find((s) => s.name === SHEETS.settings)!;
    expect(metaValue(settings, META_LABELS.asOf)?.value).toEqual({ formula: "TODAY()" });
    expect(metaValue(settings, META_LABELS.nearDays)?.value).toBe(DEFAULT_NEAR_DAYS);
    expect(metaValue(settingsSheet, META_LABELS.asOf)?.value).toEqual({ date: "2019-09-20" });
    expect(metaValue(settingsSheet, META_LABELS.nearDays)?.value).toBe(3);
    expect(names[NAMES.asOf]).toBe(`'设置'!$J$${metaValue(settingsSheet, META_LABELS.asOf)?.row}`);
    expect(names[NAMES.nearDays]).toBe(`'设置'!$J$${metaValue(settingsSheet, META_LABELS.nearDays)?.row}`);
  });

  test("临期截止日期: the 临期测算 block counts working days once (NETWORKDAYS + 调休 COUNTIFS)", () => {
    const near = settingsSheet.blocks.find((b) => b.col === SETTINGS_LAYOUT.nearCol)!;
    expect(near.values).toHaveLength(1 + SETTINGS_LAYOUT.nearRows);
    expect(near.values[1]).toEqual([
      { formula: "TZ_AsOf+0" },
      {
        formula:
          'NETWORKDAYS(TZ_AsOf,R3,TZ_Holidays)+COUNTIFS(TZ_MakeupDays,">="&TZ_AsOf,TZ_MakeupDays,"<="&R3)',
      },
    ]);
    expect(metaValue(settingsSheet, META_LABELS.nearEnd)?.value).toEqual({
      formula: `IF(TZ_NearDays>0,TZ_AsOf+COUNTIF('设置'!$S$3:$S$92,"<="&TZ_NearDays)-1,TZ_AsOf-1)`,
    });
    expect(names[NAMES.nearEnd]).toBe(`'设置'!$J$${metaValue(settingsSheet, META_LABELS.nearEnd)?.row}`);
  });

  test("holiday and make-up lists of the plan's years on 设置, named over a window people can extend", () => {
    expect(names[NAMES.holidays]).toBe("'设置'!$L$3:$L$502");
    expect(names[NAMES.makeupDays]).toBe("'设置'!$O$3:$O$502");
    const holidays = settingsSheet.blocks.find((b) => b.col === SETTINGS_LAYOUT.holidayCol)!;
    const makeups = settingsSheet.blocks.find((b) => b.col === SETTINGS_LAYOUT.makeupCol)!;
    expect(holidays.values).toContainEqual([{ date: "2019-10-01" }, "国庆节"]);
    expect(holidays.values).toContainEqual([{ date: "2020-01-24" }, "春节"]);
    expect(makeups.values).toContainEqual([{ date: "2019-09-29" }, "国庆节"]);
  });

  test("时限状态 after 完成时限: one formula per row against 统计日期, 临期天数 and the 设置 status list", () => {
    const L = fixed.layout.ledger;
    expect(L.columns.deadlineState).toBe(L.columns.due + 1);
    const f = cell(ledgerOf, L.firstBodyRow + 2, L.columns.deadlineState) as { formula: string };
    const due = `${columnLetter(L.columns.due)}${L.firstBodyRow + 2}`;
    expect(f.formula).toContain(`${due}<TZ_AsOf,"逾期"`);
    expect(f.formula).toContain(`${due}<=TZ_NearEnd,"临期"`);
    expect(f.formula).toContain(
      `COUNTIFS(TZ_StatusNames,${columnLetter(L.columns.status)}8,TZ_StatusDone,"是")`,
    );
    expect(names[NAMES.statusDone]).toBe("'设置'!$B$3:$B$32");
    expect(f.formula.length).toBeLessThan(140); // written once per item
    const rules = ledgerOf.conditionalFormats.filter((c) => c.range.col === L.columns.deadlineState);
    expect(rules.map((r) => r.formula)).toEqual([
      `$${columnLetter(L.columns.deadlineState)}${L.firstBodyRow}="逾期"`,
      `$${columnLetter(L.columns.deadlineState)}${L.firstBodyRow}="临期"`,
    ]);
    expect(names[NAMES.ledgerDeadline]).toMatch(/^'台账'!\$[A-Z]+\$6:\$[A-Z]+\$35$/);
  });
});
