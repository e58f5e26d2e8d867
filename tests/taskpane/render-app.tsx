import { render, type RenderResult } from "@testing-library/react";
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
