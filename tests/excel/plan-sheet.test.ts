/**
 * The workbook carries its plan: a veryHidden sheet with the plan's JSON in pieces under Excel's 32,767-character
 * cell limit, written by both writers from the LedgerSpec and read back by both readers (ExcelJS for files,
 * Office.js in the add-in); 生成/更新台账, 校验, 刷新汇总 work from it; a damaged sheet gives issues, never a crash.
 */
import ExcelJS from "exceljs";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import {
  PLAN_CHUNK_CHARS,
  PLAN_FIRST_CHUNK_ROW,
  PLAN_SHEET,
  planHeaderRows,
  planSheetContent,
  splitChunks,
} from "../../src/core/ledger/plan-sheet";
import { readPlanSheetCells } from "../../src/core/ledger/plan-sheet-read";
import { SHEETS } from "../../src/core/ledger/constants";
import { restorePlan } from "../../src/core/plan/restore";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { Plan } from "../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { readPlanSheetXlsx, readWorkbookPlanXlsx } from "../../src/xlsx/plan-sheet";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { CAPS, installHost, plan2019 } from "./support/host";

/** The plan as a reader gives it back (restorePlan fills defaults such as label and deadline). */
const restored = (plan: Plan): Plan => restorePlan(JSON.parse(JSON.stringify(plan))).value;

/** A plan whose JSON needs several cells: 300 synthetic tasks, about 100,000 characters. */
const bigPlan = synthesizePlan(300, 7);

/** A plan of the same genre as if imported: other title, other departments, a task without any. */
function importedPlan(): Plan {
  const plan = JSON.parse(JSON.stringify(plan2019())) as Plan;
  plan.title = "某市2024年政务公开工作要点";
  plan.items = plan.items.slice(0, 5).map((item, i) => (i === 4 ? { ...item, assignments: [] } : item));
  const used = new Set(plan.items.flatMap((i) => i.assignments.map((a) => a.department)));
  plan.departments = plan.departments.filter((d) => used.has(d.name));
  return plan;
}

function spec(plan: Plan) {
  return buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
}

describe("the plan sheet in the spec", () => {
  it("is one veryHidden sheet holding the plan's JSON in pieces under 32,767 characters", () => {
    expect(JSON.stringify(bigPlan).length).toBeGreaterThan(3 * 32_767);
    const s = spec(bigPlan).sheets.filter((x) => x.name === PLAN_SHEET);
    expect(s).toHaveLength(1);
    expect(s[0].visibility).toBe("veryHidden");
    const cells = s[0].blocks.flatMap((b) => b.values.flat());
    const longest = Math.max(
      ...cells.map((v) =>
        typeof v === "string"
          ? v.length
          : v && typeof v === "object" && "literal" in v
            ? v.literal.length
            : 0,
      ),
    );
    expect(longest).toBeLessThanOrEqual(PLAN_CHUNK_CHARS);
    expect(PLAN_CHUNK_CHARS).toBeLessThan(32_767);
  });

  it("never cuts a surrogate pair in two", () => {
    const text = "a" + "𠀀".repeat(10); // each 𠀀 is two UTF-16 units
    const pieces = splitChunks(text, 4);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces) expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
  });
});

describe("write → read with ExcelJS (the command line's files)", () => {
  it("the 2019 plan comes back as written, from a veryHidden sheet", async () => {
    const bytes = await writeLedgerXlsx(spec(plan2019()));
    expect(await readWorkbookPlanXlsx(bytes)).toEqual(restored(plan2019()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(PLAN_SHEET)?.state).toBe("veryHidden");
    expect(wb.getWorksheet(SHEETS.ledger)?.state).toBe("visible");
  });

  it("a plan over 32,767 characters comes back whole, every cell under the limit", async () => {
    const bytes = await writeLedgerXlsx(spec(bigPlan));
    const read = await readPlanSheetXlsx(bytes);
    expect(read.found && read.issues).toEqual([]);
    expect(read.found && read.plan).toEqual(restored(bigPlan));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(PLAN_SHEET)!;
    const pieces = planSheetContent(bigPlan).chunks.length;
    expect(pieces).toBeGreaterThan(3);
    for (let r = 1; r < PLAN_FIRST_CHUNK_ROW + pieces; r++) {
      const v = sheet.getRow(r).getCell(2).value;
      expect(typeof v === "string" ? v.length : 0).toBeLessThanOrEqual(32_767);
    }
  });

  it("a workbook from before (no plan sheet) gives null", async () => {
    const s = spec(plan2019());
    const bytes = await writeLedgerXlsx({ ...s, sheets: s.sheets.filter((x) => x.name !== PLAN_SHEET) });
    expect(await readWorkbookPlanXlsx(bytes)).toBeNull();
    expect(await readPlanSheetXlsx(bytes)).toEqual({ found: false });
  });
});

describe("write → read on the Excel test host (the add-in)", () => {
  it("生成台账 of a plan over 32,767 characters: the add-in reads it back from the veryHidden sheet", async () => {
    const host = installHost();
    await createLedgerApi({ plan: bigPlan }).createOrUpdate();
    const sheet = host.workbook.model.sheets.find((s) => s.name === PLAN_SHEET);
    expect(sheet?.visibility).toBe("VeryHidden");
    const pieces = planSheetContent(bigPlan).chunks.length;
    const cells = host.workbook.values(`${PLAN_SHEET}!B1:B${PLAN_FIRST_CHUNK_ROW + pieces - 1}`).flat();
    for (const v of cells) expect(String(v).length).toBeLessThanOrEqual(32_767);
    const loaded = await createLedgerApi().loadPlan();
    expect(loaded.source).toBe("workbook");
    expect(loaded.issues).toEqual([]);
    expect(loaded.plan).toEqual(restored(bigPlan));
  });

  it("updating to a smaller plan clears the old pieces; updating to the same plan leaves the sheet alone", async () => {
    const host = installHost();
    await createLedgerApi({ plan: bigPlan }).createOrUpdate();
    const api = createLedgerApi();
    await api.createOrUpdate({ plan: plan2019() });
    expect(host.workbook.usedRange(PLAN_SHEET)).toBe(`${PLAN_SHEET}!A1:B${PLAN_FIRST_CHUNK_ROW}`);
    expect((await createLedgerApi().loadPlan()).plan).toEqual(restored(plan2019()));
    const before = host.workbook.values(`${PLAN_SHEET}!A1:B${PLAN_FIRST_CHUNK_ROW}`);
    const again = await createLedgerApi().createOrUpdate();
    expect(again.rowsWritten).toBe(0);
    expect(host.workbook.values(`${PLAN_SHEET}!A1:B${PLAN_FIRST_CHUNK_ROW}`)).toEqual(before);
  });

  it("校验, 刷新汇总 and the overview work from the workbook's plan, not the bundled one", async () => {
    installHost();
    const plan = importedPlan();
    await createLedgerApi().createOrUpdate({ plan });
    // A new session (the pane reopened, or the ribbon's 刷新汇总): nothing given, the workbook says.
    const api = createLedgerApi();
    const report = await api.validate();
    expect(report.findings.filter((f) => f.kind === "other-plan" || f.kind === "missing-item")).toEqual([]);
    expect(api.plan().title).toBe(plan.title);
    expect((await api.readOverview())?.totalItems).toBe(5);
    expect((await api.refreshSummary()).mode).toBe("pivot");
    expect(createLedgerApi().capabilities()).toEqual(CAPS);
  });

  it("a ledger from before the workbook carried its plan is upgraded, not refused", async () => {
    const host = installHost();
    await createLedgerApi({ plan: plan2019() }).createOrUpdate();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(PLAN_SHEET);
      sheet.visibility = "Visible";
      await context.sync();
      sheet.delete();
      await context.sync();
    });
    const api = createLedgerApi();
    expect(await api.loadPlan()).toEqual({ plan: plan2019(), source: "bundled", issues: [] });
    const result = (await api.createOrUpdate()) as { notes?: string[] };
    expect(result.notes?.join()).toContain("工作簿现在保存了所用的计划");
    expect((await createLedgerApi().loadPlan()).source).toBe("workbook");
  });

  it("a damaged plan sheet: the add-in says what is wrong and falls back to the bundled plan", async () => {
    const host = installHost();
    await createLedgerApi({ plan: bigPlan }).createOrUpdate();
    host.workbook.seed(`${PLAN_SHEET}!B${PLAN_FIRST_CHUNK_ROW + 1}`, [["被人改过的内容"]]);
    const loaded = await createLedgerApi().loadPlan();
    expect(loaded.source).toBe("bundled");
    expect(loaded.issues.map((i) => i.message).join()).toMatch(/计划数据/);
  });
});

describe("restoring a damaged plan sheet reports issues, never crashes", () => {
  const plan = plan2019();
  const good = (): unknown[][] => {
    const content = planSheetContent(plan);
    const rows: unknown[][] = planHeaderRows(plan, content).map((r) => [...r]);
    rows.push([null, null]);
    content.chunks.forEach((c, i) => rows.push([i + 1, c]));
    return rows;
  };

  it("reads the intact sheet", () => {
    const read = readPlanSheetCells(good());
    expect(read.found && read.plan).toEqual(restored(plan));
    expect(read.found && read.issues).toEqual([]);
  });

  const cases: [string, (rows: unknown[][]) => void, RegExp, boolean][] = [
    ["an empty sheet", (rows) => rows.splice(0), /内容不对/, false],
    ["another mark", (rows) => (rows[0][0] = "别的东西"), /内容不对/, false],
    ["no version", (rows) => (rows[0][1] = null), /版本/, false],
    ["a newer version", (rows) => (rows[0][1] = 9), /更新版本/, false],
    ["no piece count", (rows) => (rows[2][1] = "很多"), /片段数/, false],
    ["a missing piece", (rows) => (rows[2][1] = 3), /缺少第 2 段/, false],
    ["a piece cut short", (rows) => (rows[7][1] = String(rows[7][1]).slice(0, 100)), /无法解析/, false],
    [
      "an edited title (still JSON)",
      (rows) => (rows[7][1] = String(rows[7][1]).replace(plan.title, "改过的标题")),
      /改动过/,
      true,
    ],
    [
      "valid JSON of the wrong shape",
      (rows) => {
        const json = JSON.stringify({ title: 5, items: [{ no: "x" }] });
        rows[7][1] = json;
        rows[3][1] = json.length;
        rows[4][1] = "";
      },
      /没有可用的工作事项|缺少序号/,
      false,
    ],
    ["numbers where text should be", (rows) => (rows[7][1] = 12345), /缺少第 1 段/, false],
  ];
  it.each(cases)("%s", (_name, damage, message, usable) => {
    const rows = good();
    damage(rows);
    const read = readPlanSheetCells(rows);
    expect(read.found).toBe(true);
    if (!read.found) return;
    expect(read.issues.map((i) => i.message).join("\n")).toMatch(message);
    expect(read.issues.every((i) => i.kind === "invalid-data" || i.kind === "no-items")).toBe(true);
    expect(read.plan !== null).toBe(usable);
  });
});
