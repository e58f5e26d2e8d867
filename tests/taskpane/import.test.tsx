/** @jest-environment jsdom */
/**
 * 导入计划 in the pane: pasted text (or a chosen file) read in the browser by the project's reader, a preview
 * to check and correct (a task's departments, two departments merged), and 生成台账 writing that plan — to a
 * fake adapter, and through the real Office.js adapter on the in-memory Excel test host.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LEDGER_LAYOUT, SHEETS } from "../../src/core/ledger/constants";
import { REVIEW_SHEET } from "../../src/core/ledger/review-sheet";
import type { Plan } from "../../src/core/plan/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { installHost } from "../excel/support/host";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

const PLAN_TEXT = `某市2024年政务公开工作要点

为做好2024年政务公开工作，制定本要点。

一、加强政策解读
1. 做好重大政策解读工作。（市发展改革委牵头，市财政局配合）
2. 规范政策文件发布。（市发改委负责）
3. 完善政府信息公开目录。
二、优化政务服务
4. 推进办事指南公开。（市政务服务中心负责）
`;

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

async function openImportTab(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("tab", { name: "导入计划" }));
  return screen.findByRole("region", { name: "导入计划" });
}

async function pastePlan(text: string): Promise<HTMLElement> {
  const section = await openImportTab();
  fireEvent.change(within(section).getByRole("textbox", { name: "粘贴计划全文" }), {
    target: { value: text },
  });
  await act(async () => {
    fireEvent.click(within(section).getByRole("button", { name: "读取粘贴的文字" }));
  });
  return within(section).findByRole("region", { name: "计划预览" });
}

function task(preview: HTMLElement, label: string): HTMLElement {
  return within(preview).getByRole("listitem", { name: `任务 ${label}` });
}

async function editTask(preview: HTMLElement, label: string, departments: string): Promise<void> {
  fireEvent.click(within(task(preview, label)).getByRole("button", { name: `修改任务 ${label} 的部门` }));
  const input = within(task(preview, label)).getByRole("textbox", {
    name: new RegExp(`任务 ${label} 的责任部门`),
  });
  fireEvent.change(input, { target: { value: departments } });
  fireEvent.click(within(task(preview, label)).getByRole("button", { name: "确定" }));
}

async function mergeDepartment(preview: HTMLElement, from: string, into: string): Promise<void> {
  const departments = within(preview).getByRole("region", { name: /^部门（/ });
  fireEvent.click(within(departments).getByRole("button", { name: `改名或合并“${from}”` }));
  const input = within(departments).getByRole("textbox", { name: new RegExp(`“${from}”的新名称`) });
  fireEvent.change(input, { target: { value: into } });
  expect(departments.textContent).toContain(`将合并到已有部门“${into}”`);
  fireEvent.click(within(departments).getByRole("button", { name: "确定" }));
}

describe("导入计划", () => {
  it("previews pasted text: title, counts, departments, every task with its label, and the 待确认 list", async () => {
    renderApp(fakeApi());
    const preview = await pastePlan(PLAN_TEXT);
    expect(preview.textContent).toContain("某市2024年政务公开工作要点");
    expect(preview.textContent).toContain(
      "共 4 项任务，2 个板块；部门 4 个；1 项未识别出责任部门（待确认）。",
    );
    expect(within(preview).getAllByRole("listitem", { name: /^任务 / })).toHaveLength(4);
    expect(task(preview, "一1").textContent).toContain("市发展改革委（牵头）、市财政局（配合）");
    expect(task(preview, "一3").textContent).toContain("责任部门：待确认");
    const issues = within(preview).getByRole("region", { name: "待确认（2）" });
    expect(issues.textContent).toContain("序号 3");
    expect(issues.textContent).toContain("可能是同一部门");
    expect(within(preview).getByRole("region", { name: "部门（4）" }).textContent).toContain("单位");
  });

  it("lets a task's departments be edited and two departments merged; 生成台账 writes that plan", async () => {
    const api = fakeApi({ readOverview: async () => null });
    renderApp(api);
    const preview = await pastePlan(PLAN_TEXT);

    await editTask(preview, "一3", "市财政局（牵头）、市政务服务中心");
    expect(task(preview, "一3").textContent).toContain("市财政局（牵头）、市政务服务中心（负责）");
    expect(within(preview).getByRole("region", { name: "待确认（1）" })).toBeTruthy();

    await mergeDepartment(preview, "市发改委", "市发展改革委");
    expect(within(preview).getByRole("region", { name: "部门（3）" })).toBeTruthy();
    expect(task(preview, "一2").textContent).toContain("市发展改革委（负责）");
    expect(within(preview).getByRole("region", { name: "待确认（0）" }).textContent).toContain(
      "没有待确认的内容",
    );

    await act(async () => {
      fireEvent.click(within(preview).getByRole("button", { name: "生成台账" }));
    });
    await waitFor(() => expect(api.createOrUpdate).toHaveBeenCalledTimes(1));
    const input = api.createOrUpdate.mock.calls[0][0];
    const plan = input?.plan as Plan;
    expect(plan.departments.map((d) => d.name)).toEqual(["市发展改革委", "市财政局", "市政务服务中心"]);
    expect(plan.items[1].assignments).toEqual([
      { department: "市发展改革委", role: "responsible", scope: null },
    ]);
    expect(plan.items[2].assignments.map((a) => `${a.department}/${a.role}`)).toEqual([
      "市财政局/lead",
      "市政务服务中心/responsible",
    ]);
    expect(input?.issues).toEqual([]);
    expect(await screen.findByText(/已按“某市2024年政务公开工作要点”生成台账/)).toBeTruthy();
  });

  it("refuses a role it does not know, naming it, and keeps the task as it was", async () => {
    renderApp(fakeApi());
    const preview = await pastePlan(PLAN_TEXT);
    await editTask(preview, "一3", "市财政局（主办）");
    expect(task(preview, "一3").textContent).toContain("“市财政局（主办）”中的职责无法识别");
    expect(within(preview).getByRole("region", { name: "待确认（2）" })).toBeTruthy();
  });

  it("reads a chosen .docx with the same reader", async () => {
    renderApp(fakeApi());
    const section = await openImportTab();
    const bytes = readFileSync(resolve(__dirname, "../fixtures/plans/corpus/p-beijing-2018.docx"));
    const input = within(section).getByLabelText("计划文件（.docx、.txt、.xlsx、.json）") as HTMLInputElement;
    expect(input.type).toBe("file");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([bytes], "北京.docx")] } });
    });
    const preview = await within(section).findByRole("region", { name: "计划预览" }, { timeout: 20_000 });
    expect(preview.textContent).toContain("来源：北京.docx");
    // The Word copy of the Beijing plan: four tasks, as its hand-written truth says.
    expect(within(preview).getAllByRole("listitem", { name: /^任务 / })).toHaveLength(4);
  });

  it("says what to do with an old .doc file", async () => {
    renderApp(fakeApi());
    const section = await openImportTab();
    const input = within(section).getByLabelText("计划文件（.docx、.txt、.xlsx、.json）");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([new Uint8Array([1, 2, 3])], "计划.doc")] } });
    });
    const alert = await within(section).findByText(/另存为” \.docx/);
    expect(alert.textContent).toContain("“计划.doc”");
  });

  it("offers the 2019 plan as 示例", async () => {
    renderApp(fakeApi());
    const section = await openImportTab();
    fireEvent.click(within(section).getByRole("button", { name: /使用示例计划/ }));
    const preview = await within(section).findByRole("region", { name: "计划预览" });
    expect(preview.textContent).toContain("来源：示例计划");
    expect(within(preview).getAllByRole("listitem", { name: /^任务 / })).toHaveLength(30);
  });
});

describe("导入计划 through the Office.js adapter (test host)", () => {
  it("生成台账 writes the corrected plan: its departments as columns, the open doubt on 待确认", async () => {
    const host = installHost();
    const api = createLedgerApi({ now: () => new Date("2024-03-01T09:00:00Z") });
    renderApp(api);
    const preview = await pastePlan(PLAN_TEXT);
    await mergeDepartment(preview, "市发改委", "市发展改革委");
    await act(async () => {
      fireEvent.click(within(preview).getByRole("button", { name: "生成台账" }));
    });
    expect(
      await screen.findByText(/已按“某市2024年政务公开工作要点”生成台账/, undefined, { timeout: 20_000 }),
    ).toBeTruthy();

    const sheets = host.workbook.getSheetNames();
    expect(sheets).toContain(SHEETS.ledger);
    expect(sheets).toContain(REVIEW_SHEET);
    const row = LEDGER_LAYOUT.headerRow;
    const headers = host.workbook.values(`${SHEETS.ledger}!A${row}:Z${row}`)[0];
    expect(headers).toContain("市发展改革委");
    expect(headers).toContain("市政务服务中心");
    expect(headers).not.toContain("市发改委");
    expect(JSON.stringify(host.workbook.values(`${REVIEW_SHEET}!A4:D4`))).toContain("完善政府信息公开目录");
    // From now on the adapter works from the imported plan.
    expect(api.plan().title).toBe("某市2024年政务公开工作要点");
  });

  it("reopened, the pane works from the plan the workbook carries (its hidden plan sheet)", async () => {
    installHost();
    const first = createLedgerApi();
    renderApp(first);
    const preview = await pastePlan(PLAN_TEXT);
    await editTask(preview, "一3", "市财政局");
    await act(async () => {
      fireEvent.click(within(preview).getByRole("button", { name: "生成台账" }));
    });
    await screen.findByText(/已按“某市2024年政务公开工作要点”生成台账/, undefined, { timeout: 20_000 });
    cleanup();

    // A new pane on the same workbook: nothing given, the plan comes from the workbook.
    const api = createLedgerApi();
    renderApp(api);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("某市2024年政务公开工作要点"),
    );
    const section = await openImportTab();
    expect(
      await within(section).findByText(
        "本工作簿的台账按“某市2024年政务公开工作要点”生成，计划保存在工作簿中（隐藏）。",
      ),
    ).toBeTruthy();
    expect(api.plan().items[2].assignments).toEqual([
      { department: "市财政局", role: "responsible", scope: null },
    ]);
    const report = await api.validate();
    expect(report.findings.filter((f) => f.kind === "other-plan" || f.kind === "missing-item")).toEqual([]);
  });
});
