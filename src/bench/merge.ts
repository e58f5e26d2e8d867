/**
 * Bench: merging returned copies. 100 copies of the 30-item 2019 ledger; 10 copies of a synthetic
 * 10,000-item plan. The copies are prepared (sent out and filled in) by a child process writing to a temp
 * folder, so the case's time and peak memory are those of the merge: read every copy, merge, write once.
 * `node lib-bench/src/bench/merge.js --prepare KIND DIR` is that child.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLedgerSpec } from "../core/ledger/build";
import { newMergeKey } from "../core/ledger/key-sheet";
import { FilledField, SHEETS } from "../core/ledger/constants";
import { CellValue } from "../core/ledger/types";
import { buildCopySpec } from "../core/merge/copy-spec";
import { synthesizePlan } from "../core/plan/synthetic";
import { Plan } from "../core/plan/types";
import { DEFAULT_STATUSES } from "../core/status/statuses";
import { mergeLedgerFiles } from "../xlsx/merge/merge-files";
import { useChunkedXml } from "../xlsx/node/chunked-xml";
import { writeLedgerXlsx } from "../xlsx/write";
import { PLAN_2019 } from "./paths";
import { BenchCase } from "./types";

interface Kind {
  plan: () => Plan;
  planName: string;
  copies: number;
}

const KINDS: Record<string, Kind> = {
  "cnipa-2019": {
    plan: () => JSON.parse(readFileSync(PLAN_2019, "utf8")) as Plan,
    planName: "cnipa-2019",
    copies: 100,
  },
  "synthetic-10000": { plan: () => synthesizePlan(10000, 1), planName: "synthetic-10000", copies: 10 },
};

/** Writes 总表.xlsx and the filled-in copies (copy-000-DEPT.xlsx…) into `dir`. */
async function prepare(kindName: string, dir: string): Promise<void> {
  useChunkedXml();
  const kind = KINDS[kindName];
  const plan = kind.plan();
  // A keyed master and sealed copies, as `taizhang workbook` makes them (the merge checks every seal).
  const settings = {
    statuses: DEFAULT_STATUSES,
    generatedAt: "2019-07-01T08:00:00.000Z",
    mergeKey: newMergeKey(),
  };
  writeFileSync(
    join(dir, "总表.xlsx"),
    await writeLedgerXlsx(buildLedgerSpec(plan, { ...settings, copyDepartment: null })),
  );
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  for (let k = 0; k < kind.copies; k++) {
    const dept = units[k % units.length];
    const round = Math.floor(k / units.length) + 1;
    const copy = buildCopySpec(plan, dept, settings);
    if (!copy.ok) throw new Error(copy.message);
    const { spec, items } = copy;
    const L = spec.layout.ledger;
    const body = spec.sheets
      .find((s) => s.name === SHEETS.ledger)
      ?.blocks.find((b) => b.row === L.firstBodyRow);
    if (!body) throw new Error("no ledger body");
    const set = (i: number, field: FilledField, value: CellValue) =>
      (body.values[i][L.columns[field] - 1] = value);
    items.forEach((no, i) => {
      // the first department of an item fills it in; a department's later copies (round 2…) revise it
      const item = plan.items.find((x) => x.no === no);
      if (item?.assignments[0]?.department !== dept) return;
      set(i, "status", no % 2 === 0 ? "已完成" : "推进中");
      set(i, "progress", `${dept}：第${no}项进展（第${round}次报送）`);
      set(i, "updated", { date: new Date(Date.UTC(2019, 7, (no % 28) + 1)).toISOString() });
    });
    writeFileSync(join(dir, `copy-${String(k).padStart(3, "0")}.xlsx`), await writeLedgerXlsx(spec));
  }
}

function mergeCase(kindName: string, nodeArgs?: string[]): BenchCase {
  const kind = KINDS[kindName];
  return {
    id: `merge:${kindName}:${kind.copies}-copies${nodeArgs ? ":heap-cap" : ""}`,
    nodeArgs,
    async run() {
      useChunkedXml(); // as the CLI should (src/xlsx/node/chunked-xml.ts)
      const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-merge-"));
      try {
        const t0 = performance.now();
        const child = spawnSync(process.execPath, [__filename, "--prepare", kindName, dir], {
          stdio: ["ignore", "inherit", "inherit"],
        });
        if (child.status !== 0) throw new Error(`prepare failed: ${child.status ?? child.signal}`);
        const prepareMs = performance.now() - t0;
        const plan = kind.plan();
        const names = readdirSync(dir)
          .filter((f) => f.startsWith("copy-"))
          .sort();
        const master = { name: "总表.xlsx", bytes: readFileSync(join(dir, "总表.xlsx")) };
        const copies = names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
        const t1 = performance.now();
        const merged = await mergeLedgerFiles(master, copies, plan, { generatedAt: null });
        const mergeMs = performance.now() - t1;
        if (!merged.ok) throw new Error(merged.lines.join("\n"));
        const counts = { taken: 0, skipped: 0, rejected: 0, conflict: 0 };
        for (const c of merged.result.report.copies) {
          for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += c.counts[k];
        }
        return {
          bench: "merge",
          plan: kind.planName,
          items: plan.items.length,
          copies: copies.length,
          copyBytes: copies.reduce((n, c) => n + c.bytes.length, 0),
          taken: counts.taken,
          conflicts: merged.result.report.conflicts.length,
          outBytes: merged.bytes.length,
          prepareMs: Math.round(prepareMs),
          mergeMs: Math.round(mergeMs),
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const benches: BenchCase[] = [
  mergeCase("cnipa-2019"),
  mergeCase("synthetic-10000"),
  // V8 grows the heap lazily; with a cap the same merge collects earlier: this shows the live peak.
  mergeCase("synthetic-10000", ["--max-old-space-size=600"]),
];

if (require.main === module && process.argv[2] === "--prepare") {
  prepare(process.argv[3], process.argv[4]).catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
