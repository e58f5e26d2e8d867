#!/usr/bin/env node
/**
 * Makes tests/fixtures/foreign/: a small ledger, a department's copy (one cell typed) and a plan, saved by
 * LibreOffice in the formats older Office and WPS users send (Excel 97-2003 .xls, OpenDocument .ods/.odt,
 * Word 97-2003 .doc). WPS's .et and .wps are, in their OLE form, the .xls and .doc formats under another name,
 * and in their zip form an .xlsx/.docx under another name: the tests give these bytes those names.
 *
 *   npm run build:cli && node scripts/make-foreign-fixtures.js      (needs soffice)
 */
"use strict";
const { execFileSync } = require("child_process");
const { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join, resolve } = require("path");
const ExcelJS = require("exceljs");

const root = resolve(__dirname, "..");
const out = join(root, "tests/fixtures/foreign");
const work = mkdtempSync(join(tmpdir(), "tz-foreign-"));
const taizhang = (...args) => execFileSync("node", [join(root, "bin/taizhang.js"), ...args], { cwd: work });

function soffice(format, file) {
  execFileSync("soffice", [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--convert-to",
    format,
    "--outdir",
    work,
    join(work, file),
  ]);
}

/** The copy with 进展情况 of its own item 2 typed, as the department would return it. */
async function typeInCopy(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(work, file));
  const ws = wb.getWorksheet("台账");
  let header = null;
  ws.eachRow((row, r) => {
    if (header === null && row.values.includes("序号")) header = r;
  });
  const col = (text) => ws.getRow(header).values.indexOf(text);
  ws.eachRow((row, r) => {
    if (r > header && row.getCell(col("序号")).value === 2) {
      row.getCell(col("状态")).value = "推进中";
      row.getCell(col("进展情况")).value = "条法司：已完成案例解读初稿";
    }
  });
  await wb.xlsx.writeFile(join(work, file));
}

async function main() {
  mkdirSync(out, { recursive: true });
  taizhang("workbook", "--plan", join(root, "tests/fixtures/plans/cooperate.txt"), "--out", "ledger.xlsx");
  taizhang("workbook", "--from", "ledger.xlsx", "--for", "条法司", "--out", "copy.xlsx");
  await typeInCopy("copy.xlsx");
  copyFileSync(join(root, "tests/fixtures/plans/cooperate.txt"), join(work, "plan.txt"));
  execFileSync("node", [join(root, "scripts/make-corpus-docx.js"), join(work, "plan.txt")]);
  writeFileSync(
    join(work, "plan.csv"),
    "序号,工作任务,牵头单位,配合单位\n1,做好统计数据公开,战略规划司,办公室\n2,做好宣传,商标局,\n",
  );
  for (const name of ["ledger", "copy"]) {
    soffice("xls", `${name}.xlsx`);
    soffice("ods", `${name}.xlsx`);
  }
  soffice("xls", "plan.csv");
  soffice("ods", "plan.csv");
  soffice("doc", "plan.docx");
  soffice("odt", "plan.docx");
  const keep = ["ledger.xlsx", "copy.xlsx", "plan.docx"];
  for (const name of ["ledger", "copy", "plan"]) keep.push(`${name}.xls`, `${name}.ods`);
  keep.push("plan.doc", "plan.odt");
  for (const name of keep) copyFileSync(join(work, name), join(out, name));
  rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
