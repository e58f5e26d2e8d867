/**
 * taizhang — the command line. Each command lives in its own module under ./commands and exports
 * `run(args: string[], io: CliIO): Promise<number>` (the exit code).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { useChunkedXml } from "../xlsx/node/chunked-xml";
import { useLeanExcelJS } from "../xlsx/node/lean-exceljs";
import { CliIO, processIO } from "./io";

type CommandModule = { run(args: string[], io: CliIO): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  parse: {
    summary: "parse PLAN                读出计划（.txt/.docx/.xlsx），打印为 JSON 并列出待确认",
    load: () => import("./commands/parse"),
  },
  workbook: {
    summary:
      "workbook [--plan P] [--out F] [--from OLD.xlsx] [--for 部门|全部] [--force]  生成台账或部门副本",
    load: () => import("./commands/workbook"),
  },
  merge: {
    summary: "merge 总表.xlsx 副本.xlsx… [--out F] [--plan P] [--force]  把各部门交回的副本合并回总表",
    load: () => import("./commands/merge"),
  },
  round: {
    summary:
      "round start|status|close 总表.xlsx [名称 --due 日期]  报送轮次：开始、催报名单、结束并记入进展记录",
    load: () => import("./commands/round"),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  taizhang ${c.summary}`);
  return [
    "用法 (usage):",
    ...lines,
    "",
    "  taizhang <命令> --help   该命令的详细说明",
    "  taizhang --version       版本号",
    "",
    "退出码：0 成功  1 未完成（原因见提示）  2 参数或文件有误",
    "",
  ].join("\n");
}

/** The package's version (package.json beside lib/ or src/). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "未知";
  } catch {
    return "未知";
  }
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  // ExcelJS without its streaming reader/writer, which no command uses (start-up), and, for large ledgers,
  // leaner XML rendering inside it (node only; identical output).
  useLeanExcelJS();
  useChunkedXml();
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return 0;
  }
  if (name === "--version" || name === "-V" || name === "-v") {
    io.out(`taizhang ${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`taizhang: 未知命令 “${name}”。\n${usage()}`);
    return 2;
  }
  let mod: CommandModule;
  try {
    mod = await command.load();
  } catch {
    io.err(`taizhang: 命令 “${name}” 尚未实现。`);
    return 2;
  }
  try {
    return await mod.run(rest, io);
  } catch (error) {
    // A failure no command foresaw (disk full, permission denied…): say it in Chinese, never a bare stack.
    io.err(`taizhang ${name}：操作未完成（${describeError(error)}）。请检查磁盘空间和文件权限后重试。`);
    return 2;
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    EACCES: "没有写入权限",
    EPERM: "没有写入权限",
    ENOSPC: "磁盘空间不足",
    EROFS: "文件系统只读",
    ENOENT: "找不到文件或文件夹",
    EBUSY: "文件正被其他程序占用（例如已在 Excel 中打开）",
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}
