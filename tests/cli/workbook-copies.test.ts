import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";
import { Plan } from "../../src/core/plan/types";
import { readLedgerXlsx } from "../../src/xlsx/read";

const plan = JSON.parse(readFileSync(join(__dirname, "../../data/plans/cnipa-2019.json"), "utf8")) as Plan;

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

test("--for 全部 writes one copy per unit department into the folder, each recording its department", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-copies-"));
  const io = capture(dir);
  expect(await run(["--for", "全部", "--out", "发出"], io)).toBe(0);
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  expect(units).toHaveLength(17);
  const files = readdirSync(join(dir, "发出")).sort();
  expect(files).toHaveLength(17);

  const recorded: string[] = [];
  for (const file of files) {
    const read = await readLedgerXlsx(readFileSync(join(dir, "发出", file)));
    const dept = read.value!.copyDepartment!;
    recorded.push(dept);
    expect(file).toContain(dept);
    // Its own items come first: the first rows are exactly the items the department is assigned to.
    const own = plan.items.filter((i) => i.assignments.some((a) => a.department === dept)).map((i) => i.no);
    expect(read.value!.rows.slice(0, own.length).map((r) => r.no)).toEqual(own);
  }
  expect(recorded.sort()).toEqual([...units].sort());
  expect(io.stdout.join("\n")).toContain("共 17 个部门副本");
  // Items only placeholders (各有关部门单位…) hold are in no copy's editable rows: said, with the next step.
  expect(io.stdout.join("\n")).toMatch(/未分发：序号 6、7、8、10、18、22 共 6 项.*请在总表中直接填写/);
});

test("--for 全部 refuses before writing anything when a copy already exists", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-copies-"));
  expect(await run(["--for", "全部"], capture(dir))).toBe(0);
  const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]);
  const again = capture(dir);
  expect(await run(["--for", "全部"], again)).toBe(1);
  expect(again.stderr.join("\n")).toContain("未写入任何副本");
  expect(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs])).toEqual(before);
  expect(await run(["--for", "全部", "--force"], capture(dir))).toBe(0);
});
