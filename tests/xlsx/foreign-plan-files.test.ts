/**
 * Plans in .xlsx files other programs wrote (issue 12: "any file saved by another library"): a task table kept
 * in Excel and the plan a ledger carries are read through the same normalising load as the ledger itself
 * (src/xlsx/load-workbook.ts) — absolute part paths (openpyxl) and inline strings with escapes (CR as _x000D_).
 */
import ExcelJS from "exceljs";
import { readPlanFile } from "../../src/plan-input/read-plan";
import { readWorkbookPlanXlsx } from "../../src/xlsx/plan-sheet";
import { plan2019 } from "../ledger/plan-2019";
import { writeMaster } from "../merge/helpers";
import { withAbsoluteTargets, withInlineStrings } from "./foreign-package";

async function taskTable(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("任务分工");
  ws.addRow(["2024年某市政务公开重点任务分工表"]);
  ws.addTable({
    name: "分工",
    ref: "A2",
    columns: ["序号", "工作任务", "牵头单位", "配合单位"].map((name) => ({ name })),
    rows: [
      [1, "做好政策解读工作\r\n及时回应关切", "市政府办公室", "市发展改革委、市财政局"],
      [2, "做好政府网站建设", "市政数局", "各县（市、区）人民政府"],
    ],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const foreign = async (bytes: Uint8Array): Promise<Uint8Array> =>
  withInlineStrings(await withAbsoluteTargets(bytes), true);

describe("plans in .xlsx files written by other programs", () => {
  it("reads a task table with absolute part paths and inline strings like the same table from Excel", async () => {
    const original = await taskTable();
    const mine = await readPlanFile("分工表.xlsx", original);
    const theirs = await readPlanFile("分工表.xlsx", await foreign(original));
    const summary = (items: typeof mine.value.items): string[][] =>
      items.map((i) => [i.text, ...i.assignments.map((a) => `${a.department}:${a.role}`)]);
    expect(summary(mine.value.items)).toHaveLength(2);
    expect(summary(theirs.value.items)).toEqual(summary(mine.value.items));
    expect(theirs.value.items[0].text).toContain("及时回应关切");
  });

  it("reads the plan a ledger carries after another program resaved the ledger", async () => {
    const plan = plan2019();
    const ledger = await foreign(await writeMaster(plan));
    const carried = await readWorkbookPlanXlsx(ledger);
    expect(carried?.items.map((i) => i.text)).toEqual(plan.items.map((i) => i.text));
    expect(carried?.departments.map((d) => d.name)).toEqual(plan.departments.map((d) => d.name));
  });
});
