/**
 * `npm run bench`: runs every bench case in its own node process and prints one JSON line per case:
 * {"bench":…,"plan":…,"items":…,"cpuMs":…,"wallMs":…,"peakRssMb":…}. Add modules to MODULES. A case with a
 * budget returns `withinBudget`; `false` fails it (exit 1) after its line is printed.
 * `node lib-bench/src/bench/run.js --case ID` runs one case in-process; `--only TEXT` filters cases by id.
 */
import { spawnSync } from "node:child_process";
import { BenchCase } from "./types";
import * as merge from "./merge";
import * as excelApply from "./excel-apply";
import * as pane from "./pane";
import * as excelActions from "./excel-actions";
import * as importDocx from "./import-docx";
import * as planReader from "./plan-reader";
import * as rounds from "./rounds";
import * as workbook from "./workbook";

const MODULES: { benches: BenchCase[] }[] = [
  planReader,
  workbook,
  pane,
  importDocx,
  merge,
  rounds,
  excelApply,
  excelActions,
];

function allCases(): BenchCase[] {
  return MODULES.flatMap((m) => m.benches);
}

async function runCase(id: string): Promise<number> {
  const c = allCases().find((x) => x.id === id);
  if (!c) {
    process.stderr.write(`bench: 未知用例 ${id}\n`);
    return 2;
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const extra = await c.run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const line = {
    ...extra,
    ...(c.nodeArgs ? { node: c.nodeArgs.join(" ") } : {}),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    wallMs: Math.round(wallMs),
    peakRssMb: Math.round(peakRssMb),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
  // A case that holds a budget says whether it kept it; over budget, the case (and `npm run bench`) fails.
  return extra.withinBudget === false ? 1 : 0;
}

function main(argv: string[]): Promise<number> | number {
  const at = argv.indexOf("--case");
  if (at >= 0) return runCase(argv[at + 1] ?? "");
  const only = argv.indexOf("--only") >= 0 ? argv[argv.indexOf("--only") + 1] : null;
  let failed = 0;
  for (const c of allCases()) {
    if (only && !c.id.includes(only)) continue;
    const child = spawnSync(process.execPath, [...(c.nodeArgs ?? []), __filename, "--case", c.id], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    process.stdout.write(child.stdout);
    if (child.status !== 0) {
      failed++;
      process.stdout.write(
        JSON.stringify({ bench: c.id, error: `exit ${child.status ?? child.signal}` }) + "\n",
      );
    }
  }
  return failed === 0 ? 0 : 1;
}

Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
