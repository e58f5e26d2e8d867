import { fireEvent, render, screen, type RenderResult } from "@testing-library/react";
import type { LedgerApi } from "../../src/excel/api";
import { App } from "../../src/taskpane/components/App";
import type { HostInfo } from "../../src/taskpane/host";

export const excelHost: Extract<HostInfo, { kind: "excel" }> = {
  kind: "excel",
  displayLanguage: "zh-CN",
  bodyBackgroundColor: "#FFFFFF",
};

export function renderApp(api: LedgerApi, host: HostInfo = excelHost): RenderResult {
  return render(<App host={host} api={api} />);
}

/** Shows one of the pane's tabs (台账, 汇总, 本轮, 分发与合并, 导入计划), as a person clicks it. */
export async function openTab(name: string): Promise<void> {
  fireEvent.click(await screen.findByRole("tab", { name }));
}
