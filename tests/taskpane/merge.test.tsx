/** @jest-environment jsdom */
/**
 * 合并回收表 in the pane: copies written by the real writer (as `taizhang workbook --for` does), edited like a
 * department would, chosen through the file input; the master is the open ledger (fake adapter); the report
 * is shown before anything is written, and only a confirmation writes.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { LedgerError } from "../../src/excel/ledger-error";
import { LedgerEditor, save, sendCopy, writeMaster } from "../merge/helpers";
import { fakeApi, testPlan } from "./fake-api";
import { openTab, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

let master: Uint8Array;
let officeCopy: Uint8Array;
let trademarkCopy: Uint8Array;

beforeAll(async () => {
  master = await writeMaster(testPlan);
  // 办公室: its own item 2 and shared item 5; item 6 is not its item (skipped); progress typed like a formula.
  const office = await LedgerEditor.open(await sendCopy(testPlan, master, "办公室"));
  office.ed
    .set(2, "status", "推进中")
    .set(2, "progress", "=SUM(A1:A3) 已完成三项")
    .set(5, "contact", "张三")
    .set(6, "status", "已完成");
  officeCopy = await save(office.wb);
  // 商标局: the same cell of item 5 written differently (conflict); a status not in the list (rejected).
  const marks = await LedgerEditor.open(await sendCopy(testPlan, master, "商标局"));
  marks.ed.set(5, "contact", "李四").set(23, "status", "搁置").set(26, "status", "推进中");
  trademarkCopy = await save(marks.wb);
}, 60_000);

function xlsx(name: string, bytes: Uint8Array): File {
  return new File([bytes.slice().buffer as ArrayBuffer], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

async function masterApi() {
  const snapshot = (await readLedgerXlsx(master)).value!;
  return fakeApi({ readSnapshot: async () => snapshot });
}

async function choose(files: File[]): Promise<HTMLElement> {
  await openTab("分发与合并");
  const section = await screen.findByRole("region", { name: "合并回收表" });
  const input = within(section).getByLabelText("回收的部门副本（.xlsx）") as HTMLInputElement;
  expect(input.type).toBe("file");
  expect(input.multiple).toBe(true);
  expect(input.accept).toContain(".xlsx");
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
  return section;
}

describe("合并回收表", () => {
  it("shows what each copy would change, and writes only when confirmed", async () => {
    const api = await masterApi();
    renderApp(api);
    const section = await choose([xlsx("办公室.xlsx", officeCopy), xlsx("商标局.xlsx", trademarkCopy)]);
    const office = await within(section).findByRole(
      "region",
      { name: "《办公室.xlsx》（办公室）" },
      { timeout: 20_000 },
    );
    expect(office.textContent).toContain("采纳 2 格");
    expect(office.textContent).toContain("序号 2「状态」：“未启动” → “推进中”");
    expect(office.textContent).toContain("序号 2「进展情况」：（空） → “=SUM(A1:A3) 已完成三项”");
    expect(office.textContent).toMatch(/跳过（\d+）/);
    expect(office.textContent).toContain("序号 6「状态」");
    const marks = within(section).getByRole("region", { name: "《商标局.xlsx》（商标局）" });
    expect(marks.textContent).toContain("拒绝（1）");
    expect(marks.textContent).toContain("序号 23「状态」：副本 “搁置”");
    const conflicts = within(section).getByRole("region", { name: "待人工决定的冲突（1）" });
    expect(conflicts.textContent).toContain(
      "序号 5「联系人」：本工作簿 （空）；《办公室.xlsx》（办公室） “张三”；《商标局.xlsx》（商标局） “李四”",
    );
    expect(api.applyMerge).not.toHaveBeenCalled();

    const confirm = within(section).getByRole("button", { name: /^确认写入 \d+ 格$/ });
    fireEvent.click(confirm);
    await waitFor(() => expect(api.applyMerge).toHaveBeenCalledTimes(1));
    const changes = api.applyMerge.mock.calls[0][0];
    expect(changes).toEqual(
      expect.arrayContaining([
        { no: 2, field: "status", before: "未启动", after: "推进中" },
        { no: 2, field: "progress", before: null, after: "=SUM(A1:A3) 已完成三项" },
        { no: 26, field: "status", before: "未启动", after: "推进中" },
      ]),
    );
    // Not written: another department's item, the rejected status, the conflicting cell.
    expect(changes.some((c) => c.no === 6 || c.no === 23 || (c.no === 5 && c.field === "contact"))).toBe(
      false,
    );
    expect(confirm.textContent).toBe(`确认写入 ${changes.length} 格`);
    const bar = await screen.findByRole("group", { name: "合并回收表" });
    expect(bar.textContent).toContain(`已写入 ${changes.length} 格`);
    expect(bar.textContent).toContain("另有 1 处冲突保持原值");
    expect(api.readOverview).toHaveBeenCalledTimes(2);
    // The report stays for the conflicts; the person closes it.
    fireEvent.click(within(section).getByRole("button", { name: "关闭报告" }));
    expect(within(section).queryByRole("region", { name: /冲突/ })).toBeNull();
  }, 60_000);

  it("cancel writes nothing", async () => {
    const api = await masterApi();
    renderApp(api);
    const section = await choose([xlsx("办公室.xlsx", officeCopy)]);
    fireEvent.click(await within(section).findByRole("button", { name: "取消" }, { timeout: 20_000 }));
    expect(within(section).getByRole("button", { name: "选择回收的副本…" })).toBeTruthy();
    expect(api.applyMerge).not.toHaveBeenCalled();
  }, 60_000);

  it("a file that is not a ledger refuses the whole merge, in Chinese, and nothing is written", async () => {
    const api = await masterApi();
    renderApp(api);
    const text = new File(["这不是工作簿"], "笔记.xlsx", { type: "text/plain" });
    const section = await choose([xlsx("办公室.xlsx", officeCopy), text]);
    const bar = await within(section).findByRole(
      "group",
      { name: "未合并：以下问题需先处理，工作簿未作任何改动" },
      { timeout: 20_000 },
    );
    expect(bar.textContent).toContain("“笔记.xlsx”：无法读取：这不是 Excel 工作簿（.xlsx）文件。");
    expect(within(section).queryByRole("button", { name: /确认写入/ })).toBeNull();
    expect(api.applyMerge).not.toHaveBeenCalled();
  }, 60_000);

  it("refuses when the open workbook is itself a department's copy", async () => {
    const snapshot = (await readLedgerXlsx(officeCopy)).value!;
    const api = fakeApi({ readSnapshot: async () => snapshot });
    renderApp(api);
    const section = await choose([xlsx("商标局.xlsx", trademarkCopy)]);
    const bar = await within(section).findByRole(
      "group",
      { name: "未合并：以下问题需先处理，工作簿未作任何改动" },
      { timeout: 20_000 },
    );
    expect(bar.textContent).toContain("本工作簿是发给“办公室”的部门副本，不是总表。");
    expect(api.applyMerge).not.toHaveBeenCalled();
  }, 60_000);

  it("says why when the open ledger cannot be read", async () => {
    const api = fakeApi({
      readSnapshot: async () => {
        throw new LedgerError(
          "cell-edit-mode",
          "Excel 正处于单元格编辑状态，暂时无法写入。",
          "请按 Enter 或 Esc 结束单元格编辑，然后再试一次。",
        );
      },
    });
    renderApp(api);
    const section = await choose([xlsx("办公室.xlsx", officeCopy)]);
    const bar = await within(section).findByRole("group", { name: "未能读取本工作簿的台账" });
    expect(bar.textContent).toContain("Excel 正处于单元格编辑状态");
    expect(bar.textContent).toContain("请按 Enter 或 Esc");
    expect(api.applyMerge).not.toHaveBeenCalled();
  });

  it("is offered only once the workbook has a ledger", async () => {
    renderApp(fakeApi({ readOverview: async () => null }));
    await screen.findByRole("group", { name: "本工作簿还没有台账" });
    expect(screen.queryByRole("region", { name: "合并回收表" })).toBeNull();
  });
});
