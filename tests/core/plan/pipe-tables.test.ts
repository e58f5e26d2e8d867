/**
 * Tables as web pages render them: `cell | cell |` rows whose merged cells were lost (a row narrower than its
 * header, an empty `|` line between rows), and markdown tables (`| a | b |`, `|---|---|`) whose cells are
 * broken over several lines. The fixtures keep the layout of a provincial health commission's 政务公开 task
 * ledger (2021) and of a city health commission's 主动公开事项目录, their words made anew.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "../../../src/core/plan/parse";
import { textBlocks } from "../../../src/core/plan/text-blocks";

const fixture = (name: string): string =>
  readFileSync(join(__dirname, "../../fixtures/plans/forms", name), "utf8");

function items(text: string): [string, string, string[], string | null][] {
  return parsePlan(text).value.items.map((i) => [
    i.label,
    i.text,
    i.assignments.map((a) => `${a.department}:${a.role}`),
    i.deadline?.text ?? null,
  ]);
}

describe("a pipe table whose rows lost merged cells", () => {
  const text = fixture("pipe-table-merged.txt");

  it("keeps each row's text cells as its task, its department cell as departments, its time as deadline", () => {
    expect(items(text)).toEqual([
      [
        "1",
        "做好疫情防控信息发布 围绕隔离管控、流调溯源发布权威信息",
        ["综合科:shared", "医政科:shared", "疾控科:shared"],
        "长期推进",
      ],
      ["2", "做好疫苗接种信息公开", ["疾控科:responsible"], "2022年6月前"],
      ["3", "规范信息发布流程", ["宣传科:lead", "办公室:cooperate"], "长期坚持"],
    ]);
  });

  it("reads the whole table as one block: a lone `|` line does not end it", () => {
    const tables = textBlocks(text).filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(parsePlan(text).issues.filter((i) => i.message.includes("无法归入"))).toEqual([]);
  });

  it("places a narrow row's cells by what they look like where right-alignment is wrong", () => {
    const table = [
      "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
      "1 | 落实减税降费政策 | 市财政局 | 市税务局 | 2021年底前 |",
      "2 | 优化政务服务流程 | 市政务服务局 | 2021年6月底前 |",
      "3 | 推进数据共享 | 市大数据局 | 长期坚持 |",
    ].join("\n");
    expect(items(table)).toEqual([
      ["1", "落实减税降费政策", ["市财政局:lead", "市税务局:cooperate"], "2021年底前"],
      ["2", "优化政务服务流程", ["市政务服务局:lead"], "2021年6月底前"],
      ["3", "推进数据共享", ["市大数据局:lead"], "长期坚持"],
    ]);
  });

  it("places a row that lost its merged group cell: its number under 序号, the rest after the gap", () => {
    const table = [
      "序号 | 工作类别 | 工作任务 | 责任单位 | 完成时限 |",
      "1 | 政策解读 | 做好政策发布解读 | 办公室 | 长期推进 |",
      "2 | 加强解读材料审核 | 法规科 | 2021年底前 |",
    ].join("\n");
    expect(items(table)).toEqual([
      ["1", "做好政策发布解读", ["办公室:responsible"], "长期推进"],
      ["2", "加强解读材料审核", ["法规科:responsible"], "2021年底前"],
    ]);
  });
});

describe("a markdown table with cells broken over lines", () => {
  const text = fixture("markdown-table-broken.txt");

  it("joins each row's lines and reads it as a task: name and content, 公开责任, 公开时限", () => {
    expect(items(text)).toEqual([
      ["1", "领导信息 领导姓名、职务、分管工作等。", ["办公室:responsible"], "信息形成之日起20个工作日内"],
      ["2", "内设机构 内设机构的名称及职能。", ["人事科:responsible"], "信息形成之日起20个工作日内"],
    ]);
  });

  it("takes the channel, the grounds and the category for no one", () => {
    const names = parsePlan(text).value.departments.map((d) => d.name);
    expect(names).toEqual(["办公室", "人事科"]);
  });

  it("ends the table at a line that is not a row", () => {
    const table = [
      "| 事项名称 | 公开责任 |",
      "| --- | --- |",
      "| 预算信息 | 财务科 |",
      "",
      "以上事项按要求公开。",
    ];
    const blocks = textBlocks(table.join("\n"));
    expect(blocks[0]).toEqual({
      kind: "table",
      rows: [
        ["事项名称", "公开责任"],
        [" 预算信息 ", " 财务科 "],
      ],
      line: 1,
      header: true,
    });
    expect(blocks.slice(1)).toEqual([{ kind: "paragraph", text: "以上事项按要求公开。", line: 5 }]);
  });
});
