import { createRoot } from "react-dom/client";
import type { LedgerApi } from "../excel/api";
import { App } from "./components/App";
import { Starting } from "./components/Starting";
import { detectHost, type HostScope } from "./host";

/**
 * Renders a "connecting" spinner at once, waits for Office.onReady (≤ 3 s), then renders the pane: inside
 * Excel with the workbook's LedgerApi, elsewhere with instructions for loading the add-in.
 */
export async function start(
  container: HTMLElement,
  scope: HostScope,
  createApi: () => LedgerApi,
): Promise<void> {
  const root = createRoot(container);
  root.render(<Starting language={scope.language ?? "zh-CN"} />);
  const host = await detectHost(scope);
  root.render(<App host={host} api={host.kind === "excel" ? createApi() : null} />);
}
