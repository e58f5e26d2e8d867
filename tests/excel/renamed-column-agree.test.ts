/**
 * One header locator: with 进展情况 renamed and its neighbours intact, the command line's reader, the add-in
 * (its ledger read, on the test host) and 校验 place the column at the same place and read the same value.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../src/core/ledger/a1";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { LEDGER_HEADERS, SHEETS } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { mapColumns } from "../../src/core/validation/columns";
import { applyLedger } from "../../src/excel/apply";
import { locateLedger } from "../../src/excel/apply/locate";
import { readLedgerGrid } from "../../src/excel/ledger-grid";
import { readLedger } from "../../src/excel/read-ledger";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { CAPS, installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";

const plan = plan2019();
const departments = plan.departments.map((d) => d.name);
const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
const L = spec.layout.ledger;
const PROGRESS = columnLetter(L.columns.progress);
const RENAMED = "工作进展说明";
const TYPED = "已印发解读方案";

interface Answer {
  /** Sheet column letter the progress field was placed in. */
  column: string | undefined;
  /** What was read there for item 5 (null when not read). */
  item5: unknown;
}

async function fromCli(): Promise<Answer & { renamed: readonly string[] | undefined }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeLedgerXlsx(spec)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  ws.getRow(L.headerRow).getCell(L.columns.progress).value = RENAMED;
  ws.getRow(L.firstBodyRow + 4).getCell(L.columns.progress).value = TYPED;
  const read = await readLedgerXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const row = read.value!.rows.find((r) => r.no === 5)!;
  const issue = read.issues.find((i) => i.kind === "renamed-column");
  return {
    column: issue?.message.includes(`“${RENAMED}”`) ? PROGRESS : undefined,
    item5: row.values.progress,
    renamed: read.value!.renamedFields,
  };
}

test("进展情况 renamed: the CLI, the add-in and 校验 find it in the same column", async () => {
  const cli = await fromCli();

  const host = installHost();
  await applyLedger(plan, { capabilities: CAPS, now: () => new Date("2019-05-01T08:00:00Z") });
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, LEDGER_HEADERS.progress), [[TYPED]]);
  await host.simulate.userEdit(SHEETS.ledger, `${PROGRESS}${L.headerRow}`, [[RENAMED]]);
  const addIn = await host.Excel.run(async (ctx) => locateLedger(await readLedger(ctx), departments));
  const grid = await host.Excel.run(async (ctx) => (await readLedgerGrid(ctx)).grid);
  const validation = mapColumns(grid, plan);

  const addInCol = addIn?.fields.get("progress");
  const validationCol = validation.fields.get("progress");
  const answers: Record<string, Answer> = {
    cli: { column: cli.column, item5: cli.item5 },
    addIn: {
      column: addInCol === undefined ? undefined : columnLetter(addInCol),
      item5:
        addInCol === undefined
          ? null
          : host.workbook.value(`${SHEETS.ledger}!${columnLetter(addInCol)}${L.firstBodyRow + 4}`),
    },
    validation: {
      column: validationCol === undefined ? undefined : columnLetter(grid.firstCol + validationCol),
      item5: validationCol === undefined ? null : grid.body[4][validationCol],
    },
  };
  const expected: Answer = { column: PROGRESS, item5: TYPED };
  expect(answers).toEqual({ cli: expected, addIn: expected, validation: expected });

  // Each says it was renamed.
  expect(cli.renamed).toEqual(["progress"]);
  expect(addIn?.renamed).toEqual(["progress"]);
  expect(validation.findings.map((f) => [f.kind, f.value])).toEqual([["missing-column", RENAMED]]);
});
