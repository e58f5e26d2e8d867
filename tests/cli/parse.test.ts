/** `taizhang parse` through main(), with captured output. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { Plan } from "../../src/core/plan/types";

const ROOT = join(__dirname, "../..");

function capture(cwd = ROOT): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    cwd,
    out(text: string) {
      io.stdout += text.endsWith("\n") ? text : text + "\n";
    },
    err(text: string) {
      io.stderr += text.endsWith("\n") ? text : text + "\n";
    },
  };
  return io;
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("taizhang parse", () => {
  it("prints the plan JSON (2-space indent, trailing newline) and exits 0", async () => {
    const io = capture();
    const code = await main(["parse", "data/plans/cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt"], io);
    expect(code).toBe(0);
    expect(io.stderr).toBe("读出 30 项任务、21 个部门（17 个单位、4 个泛指）。\n");
    expect(io.stdout.endsWith("}\n")).toBe(true);
    expect(io.stdout.startsWith('{\n  "title": "国家知识产权局2019年政务公开工作要点",\n')).toBe(true);
    const plan = JSON.parse(io.stdout) as Plan;
    expect(plan.items).toHaveLength(30);
    expect(io.stdout).toBe(readFileSync(join(ROOT, "data/plans/cnipa-2019.json"), "utf8"));
  });

  it("resolves the file against the working directory", async () => {
    const io = capture(join(ROOT, "data/plans"));
    expect(await main(["parse", "cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt"], io)).toBe(0);
  });

  it("reports problems on stderr, one per line with line numbers, in Chinese, and still exits 0", async () => {
    const io = capture();
    const code = await main(["parse", "tests/fixtures/plans/unknown-clause.txt"], io);
    expect(code).toBe(0);
    expect(lines(io.stderr)).toEqual([
      "第 9 行，序号 2：无法识别的分工表述 “办公室会同有关方面研究”，请核对该项的责任部门",
      "第 11 行，序号 3：无法识别的分工表述 “各司局视情况参与”，请核对该项的责任部门",
      "第 15 行，序号 5：未找到责任部门，台账中标为“待确认”：请在台账的“责任部门”列填写，或在计划中写明（如“（办公室负责）”“牵头单位：……”）",
      "读出 5 项任务、2 个部门（2 个单位、0 个泛指）；2 项未识别出责任部门（台账中标为“待确认”）；共 3 处需要核对，见上。",
    ]);
    expect((JSON.parse(io.stdout) as Plan).items).toHaveLength(5);
  });

  it("exits 1 when there are no recognisable items, and still prints what it read", async () => {
    const io = capture();
    expect(await main(["parse", "tests/fixtures/plans/no-items.txt"], io)).toBe(1);
    expect(lines(io.stderr)[0]).toMatch(/^第 1 行：没有找到任何工作任务：请确认文件是工作要点/);
    expect(lines(io.stderr)[1]).toBe(
      "读出 0 项任务、0 个部门（0 个单位、0 个泛指）；共 1 处需要核对，见上。",
    );
    expect((JSON.parse(io.stdout) as Plan).items).toEqual([]);
  });

  it("exits 2 with a clear message for a missing file", async () => {
    const io = capture();
    expect(await main(["parse", "no/such/plan.txt"], io)).toBe(2);
    expect(io.stderr).toBe("taizhang parse：找不到文件 “no/such/plan.txt”。\n");
    expect(io.stdout).toBe("");
  });

  it("reads GBK text, and exits 2 for a folder, an old .doc and a missing argument", async () => {
    let io = capture();
    expect(await main(["parse", "data"], io)).toBe(2);
    expect(io.stderr).toContain("是文件夹");

    const dir = mkdtempSync(join(tmpdir(), "taizhang-parse-"));
    writeFileSync(join(dir, "gbk.txt"), Buffer.from([0xb9, 0xfa, 0xbc, 0xd2])); // 国家 in GBK
    io = capture(dir);
    expect(await main(["parse", "gbk.txt"], io)).toBe(1); // read (国家), but no task in it
    expect((JSON.parse(io.stdout) as Plan).title).toBe("国家");

    writeFileSync(join(dir, "计划.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    io = capture(dir);
    expect(await main(["parse", "计划.doc"], io)).toBe(2);
    expect(io.stderr).toContain("“另存为” .docx");

    io = capture();
    expect(await main(["parse"], io)).toBe(2);
    expect(io.stderr).toContain("用法：taizhang parse PLAN");
  });
});

describe("taizhang --help, --version, <command> --help", () => {
  it("prints the usage on stdout and exits 0, bare or with --help, naming every command and the exit codes", async () => {
    for (const args of [[], ["--help"], ["-h"], ["help"]]) {
      const io = capture();
      expect(await main(args, io)).toBe(0);
      expect(io.stderr).toBe("");
      for (const word of [
        "parse",
        "workbook",
        "merge",
        "round",
        "--for 部门|全部",
        "--force",
        "--version",
        "退出码",
      ])
        expect(io.stdout).toContain(word);
    }
  });

  it("prints the version from package.json", async () => {
    const io = capture();
    expect(await main(["--version"], io)).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(io.stdout).toBe(`taizhang ${pkg.version}\n`);
  });

  it.each(["parse", "workbook", "merge", "round"])(
    "taizhang %s --help: the command's usage with its options and exit codes",
    async (name) => {
      const io = capture();
      expect(await main([name, "--help"], io)).toBe(0);
      expect(io.stdout).toContain(`用法：taizhang ${name}`);
      expect(io.stdout).toContain("退出码");
      expect(io.stderr).toBe("");
    },
  );
});
