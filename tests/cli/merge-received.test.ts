/**
 * When a copy came back: the day in the office's own time zone (a copy saved at 07:30 on 26 September in
 * Beijing came back on the 26th — late for a round due the 25th — though its UTC time is the 25th), and, with
 * `merge --received`, the day the office says (files saved from mail later carry a later modification time).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";

const ROOT = join(__dirname, "../..");

function localTimestampIn(tz: string, iso: string): string {
  const child = spawnSync(
    process.execPath,
    [
      "-r",
      join(ROOT, "tests/support/ts-register.js"),
      "-e",
      `const { localTimestamp } = require("./src/core/time/local-timestamp.ts"); process.stdout.write(localTimestamp(new Date(${JSON.stringify(iso)})));`,
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ: tz } },
  );
  expect(child.stderr).toBe("");
  return child.stdout;
}

test("a moment in the local time of the machine, with its offset", () => {
  expect(localTimestampIn("Asia/Shanghai", "2019-09-25T23:30:00Z")).toBe("2019-09-26T07:30:00+08:00");
  expect(localTimestampIn("UTC", "2019-09-25T23:30:00Z")).toBe("2019-09-25T23:30:00+00:00");
  expect(localTimestampIn("America/New_York", "2019-09-25T23:30:00Z")).toBe("2019-09-25T19:30:00-04:00");
});

async function cli(dir: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { cwd: dir, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  if (code !== 0) throw new Error(`${args.join(" ")} → ${code}\n${err.join("\n")}`);
  return out.join("\n");
}

test("merge --received records the day the office gives, not the files' modification time", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-received-"));
  await cli(dir, "workbook", "--out", "总表.xlsx");
  await cli(dir, "round", "start", "总表.xlsx", "Q3", "--due", "2019-09-25", "--date", "2019-09-02");
  await cli(dir, "workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "q3");
  const copies = readdirSync(join(dir, "q3")).sort();
  const [a, b] = [join(dir, "q3", copies[0]), join(dir, "q3", copies[1])];
  // saved from the mail weeks later
  for (const p of [a, b]) utimesSync(p, new Date("2019-10-20T10:00:00"), new Date("2019-10-20T10:00:00"));
  await cli(dir, "merge", "总表.xlsx", a, "--received", "2019-09-24", "--out", "总表.xlsx");
  await cli(dir, "merge", "总表.xlsx", b, "--out", "总表.xlsx");
  const status = await cli(dir, "round", "status", "总表.xlsx");
  const dept = (file: string) => /-([^-]+)\.xlsx$/.exec(file)![1];
  expect(status).toContain(`${dept(copies[0])}：2019-09-24`);
  expect(status).toContain(`${dept(copies[1])}：逾期报送 2019-10-20`);
}, 120_000);

test("--received must be a real day", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-received-"));
  const err: string[] = [];
  const code = await main(["merge", "a.xlsx", "b.xlsx", "--received", "2019-02-30"], {
    cwd: dir,
    out: () => undefined,
    err: (t) => err.push(t),
  });
  expect(code).toBe(2);
  expect(err.join("")).toContain("--received 应写成 yyyy-mm-dd");
});
