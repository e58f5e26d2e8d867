/**
 * Plan files as offices have them: text in GB18030 with CRLF, UTF-16 and UTF-8 with a BOM, Word documents
 * with automatic numbering and real tables, an Excel task table with merged cells — all read to the same
 * tasks as the UTF-8 text; old binary formats and unknown files refused with a Chinese next step.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { corpusDir, readTruths, scoreDocument } from "../../src/bench/plan-corpus";
import { parsePlan } from "../../src/core/plan/parse";
import { decodeText } from "../../src/plan-input/decode";
import { PlanFileError, readPlanFile } from "../../src/plan-input/read-plan";

const ROOT = join(__dirname, "../..");
const CORPUS = corpusDir(ROOT);
const ENCODINGS = join(ROOT, "tests/fixtures/plans/encodings");
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

describe("text encodings", () => {
  const utf8 = parsePlan(readFileSync(join(CORPUS, "p-beijing-2018.txt"), "utf8")).value;
  it.each([
    ["beijing-gb18030.txt", "gb18030"],
    ["beijing-utf16le-bom.txt", "utf-16le"],
    ["beijing-utf8-bom-crlf.txt", "utf-8"],
  ])("%s reads as the UTF-8 text does", async (name, encoding) => {
    const read = await readPlanFile(name, bytes(join(ENCODINGS, name)));
    expect(read.encoding).toBe(encoding);
    expect(read.value.items.map((i) => [i.text, i.assignments])).toEqual(
      utf8.items.map((i) => [i.text, i.assignments]),
    );
    expect(read.value.items.length).toBeGreaterThan(0);
  });

  it("decodes GBK bytes that are not UTF-8 (国家)", () => {
    expect(decodeText(new Uint8Array([0xb9, 0xfa, 0xbc, 0xd2]))).toEqual({
      text: "国家",
      encoding: "gb18030",
    });
  });
});

describe("Word documents made from the corpus (automatic numbering, real tables)", () => {
  const withDocx = readTruths(CORPUS).filter((t) => {
    try {
      readFileSync(join(CORPUS, `${t.id}.docx`));
      return true;
    } catch {
      return false;
    }
  });

  it("has at least two, one of them a table", () => {
    expect(withDocx.length).toBeGreaterThanOrEqual(2);
    expect(withDocx.some((t) => t.form === "table")).toBe(true);
  });

  it.each(withDocx.map((t) => [t.id, t] as const))(
    "%s: every task and pair of the truth",
    async (id, truth) => {
      const read = await readPlanFile(`${id}.docx`, bytes(join(CORPUS, `${id}.docx`)));
      expect(read.format).toBe("docx");
      const score = scoreDocument(truth, read.value);
      expect(score.misses).toEqual([]);
      expect(score.tasksExtra).toBe(0);
    },
  );

  it("renders Word's numbering as the label a reader sees", async () => {
    const read = await readPlanFile("x.docx", bytes(join(CORPUS, "m-gangcheng-fangguanfu-2021.docx")));
    expect(read.value.items.map((i) => i.label)).toEqual([
      "一（一）1",
      "一（一）2",
      "一（一）3",
      "一（一）4",
    ]);
  });
});

describe("an Excel task table", () => {
  async function table(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("任务分工");
    ws.addRow(["2024年某市政务公开重点任务分工表"]);
    ws.addRow(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]);
    ws.addRow([1, "做好政策解读工作", "市政府办公室", "市发展改革委、市财政局", "2024年6月底前"]);
    ws.addRow([2, "做好政府网站建设", "市政数局", "各县（市、区）人民政府", "长期坚持"]);
    ws.addRow([3, "做好依申请公开", null, null, "2024年12月"]);
    ws.mergeCells("C4:C5"); // one lead for two rows, as offices merge cells
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("reads every row, merged cells included, with the 完成时限 as the deadline", async () => {
    const read = await readPlanFile("分工表.xlsx", await table());
    expect(read.format).toBe("xlsx");
    expect(read.value.title).toBe("2024年某市政务公开重点任务分工表");
    expect(
      read.value.items.map((i) => [
        i.text,
        i.assignments.map((a) => `${a.department}:${a.role}`),
        i.deadline,
      ]),
    ).toEqual([
      [
        "做好政策解读工作",
        ["市政府办公室:lead", "市发展改革委:cooperate", "市财政局:cooperate"],
        { text: "2024年6月底前", date: "2024-06-30" },
      ],
      [
        "做好政府网站建设",
        ["市政数局:lead", "各县（市、区）人民政府:cooperate"],
        { text: "长期坚持", date: null },
      ],
      ["做好依申请公开", ["市政数局:lead"], { text: "2024年12月", date: "2024-12-31" }],
    ]);
  });
});

describe("files that are not plans", () => {
  it.each(["计划.doc", "计划.wps", "表.xls"])("refuses %s with the step to take", async (name) => {
    await expect(readPlanFile(name, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow(/另存为/);
  });

  it("refuses a broken .docx in Chinese", async () => {
    await expect(readPlanFile("坏.docx", new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(PlanFileError);
  });
});
