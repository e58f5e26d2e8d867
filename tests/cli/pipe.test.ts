/**
 * `taizhang parse PLAN | other-program`: the whole JSON arrives through a pipe (it used to stop at 64 KB, exit 0,
 * because the process exited before stdout drained). Runs the compiled CLI (bin/taizhang.js → lib/) as a user does.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/taizhang.js");
const built = existsSync(join(ROOT, "lib/cli/main.js"));

function bigPlan(): string {
  const lines = ["某某局2024年政务公开工作要点", "一、重点任务"];
  for (let i = 1; i <= 600; i++)
    lines.push(
      `${i}.做好第${i}项工作，加强统筹协调，完善制度机制，确保各项措施落到实处。（办公室牵头，财务处、法规处配合）`,
    );
  return lines.join("\n");
}

(built ? it : it.skip)(
  "delivers more than 64 KB of JSON through a pipe, whole, with the exit code",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-pipe-"));
    writeFileSync(join(dir, "plan.txt"), bigPlan());
    const child = spawn(process.execPath, [BIN, "parse", "plan.txt"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    // A slow reader: take the pipe in small bites, as `head` or a busy program does.
    child.stdout.on("data", (d: Buffer) => {
      chunks.push(d);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const text = Buffer.concat(chunks).toString("utf8");
    expect(code).toBe(0);
    expect(Buffer.byteLength(text)).toBeGreaterThan(65_536);
    expect((JSON.parse(text) as { items: unknown[] }).items).toHaveLength(600);
  },
  60_000,
);
