/**
 * Bench: `taizhang round status` on a round of 100 department copies (issue 14's budget: under 1 s, the whole
 * command as a person runs it, start-up included). A child process prepares the master with the command line
 * itself: a 300-task plan shared among 100 departments, `round start`, `workbook --for 全部` (100 copies),
 * 90 of them merged back (60 on time, 30 late), 10 never returned. The case then runs `round status` five
 * times in fresh processes and reports the median; `withinBudget` is false over 1,000 ms.
 * `node lib-bench/src/bench/rounds.js --prepare DIR` is that child.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/main";
import { synthesizePlan } from "../core/plan/synthetic";
import { Department, Plan } from "../core/plan/types";
import { BenchCase } from "./types";

const DEPARTMENTS = 100;
const TASKS = 300;
const RETURNED_ON_TIME = 60;
const RETURNED_LATE = 30;
const BUDGET_MS = 1000;
const RUNS = 5;
const VARIANTS = ["一处", "二处", "三处", "四处", "五处", "六处"];

/** The synthetic plan with its units split into `count` offices (保护司一处…), spread over the tasks. */
export function planWithDepartments(tasks: number, count: number): Plan {
  const plan = synthesizePlan(tasks, 1);
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  if (units.length * VARIANTS.length < count) throw new Error("too few units to split");
  const office = (name: string, no: number): string => {
    const k = (units.indexOf(name) * VARIANTS.length + (no % VARIANTS.length)) % count;
    return `${units[Math.floor(k / VARIANTS.length)]}${VARIANTS[k % VARIANTS.length]}`;
  };
  const items = plan.items.map((item) => {
    const rename = (name: string) => (units.includes(name) ? office(name, item.no) : name);
    let clause = item.clause ?? "";
    for (const a of item.assignments) clause = clause.split(a.department).join(rename(a.department));
    return {
      ...item,
      clause,
      assignments: item.assignments.map((a) => ({ ...a, department: rename(a.department) })),
    };
  });
  const named = new Set(items.flatMap((i) => i.assignments.map((a) => a.department)));
  const offices: Department[] = [...named]
    .filter((n) => !plan.departments.some((d) => d.name === n))
    .sort()
    .map((name) => ({ name, kind: "unit" }));
  const placeholders = plan.departments.filter((d) => d.kind !== "unit");
  return { ...plan, items, departments: [...offices, ...placeholders] };
}

async function cli(dir: string, ...args: string[]): Promise<void> {
  const said: string[] = [];
  const io = { cwd: dir, out: (t: string) => said.push(t), err: (t: string) => said.push(t) };
  const code = await main(args, io);
  if (code !== 0) throw new Error(`taizhang ${args.join(" ")} → ${code}\n${said.join("\n")}`);
}

/** Writes 总表.xlsx into `dir`: a round of 100 copies, 90 merged back. */
async function prepare(dir: string): Promise<void> {
  const plan = planWithDepartments(TASKS, DEPARTMENTS);
  writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
  await cli(dir, "workbook", "--plan", "plan.json", "--out", "总表.xlsx");
  await cli(
    dir,
    "round",
    "start",
    "总表.xlsx",
    "2019年第三季度",
    "--due",
    "2019-09-25",
    "--date",
    "2019-09-02",
  );
  await cli(dir, "workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "q3");
  const copies = readdirSync(join(dir, "q3"))
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  if (copies.length !== DEPARTMENTS) throw new Error(`expected ${DEPARTMENTS} copies, got ${copies.length}`);
  const returned = copies.slice(0, RETURNED_ON_TIME + RETURNED_LATE).map((f, i) => {
    const path = join(dir, "q3", f);
    const when = new Date(i < RETURNED_ON_TIME ? "2019-09-20T10:00:00+08:00" : "2019-09-28T10:00:00+08:00");
    utimesSync(path, when, when);
    return path;
  });
  await cli(dir, "merge", "总表.xlsx", ...returned, "--out", "总表.xlsx");
}

const statusCase: BenchCase = {
  id: `round-status:${DEPARTMENTS}-copies`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-round-"));
    try {
      const child = spawnSync(process.execPath, [__filename, "--prepare", dir], {
        stdio: ["ignore", "inherit", "inherit"],
      });
      if (child.status !== 0) throw new Error(`prepare failed: ${child.status ?? child.signal}`);
      const times: number[] = [];
      let listed = "";
      for (let k = 0; k < RUNS; k++) {
        const t0 = performance.now();
        const run = spawnSync(
          process.execPath,
          [join(__dirname, "cli-child.js"), "round", "status", "总表.xlsx"],
          { cwd: dir, encoding: "utf8" },
        );
        times.push(performance.now() - t0);
        if (run.status !== 0) throw new Error(`round status → ${run.status}\n${run.stderr}`);
        listed = run.stdout;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const medianMs = Math.round(sorted[Math.floor(sorted.length / 2)]);
      const reported = /已报送 (\d+) 个部门（其中逾期 (\d+) 个）/.exec(listed);
      const missing = /未报送 (\d+) 个部门/.exec(listed);
      return {
        bench: "round-status",
        plan: `synthetic-${TASKS}`,
        items: TASKS,
        departments: DEPARTMENTS,
        reported: Number(reported?.[1] ?? -1),
        reportedLate: Number(reported?.[2] ?? -1),
        notReported: Number(missing?.[1] ?? -1),
        masterBytes: statSync(join(dir, "总表.xlsx")).size,
        statusMs: times.map(Math.round),
        medianMs,
        budgetMs: BUDGET_MS,
        withinBudget: medianMs < BUDGET_MS,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const benches: BenchCase[] = [statusCase];

if (require.main === module && process.argv[2] === "--prepare") {
  prepare(process.argv[3]).catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
