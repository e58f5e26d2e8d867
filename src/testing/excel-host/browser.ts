/** Script entry for browser tests: loads in place of office.js and exposes the host as window.__excelHost. */
import { createExcelHost, installExcelHost } from "./index";

const params = new URLSearchParams(typeof location === "undefined" ? "" : location.search);
const excelApi = params.get("excelApi");
const host = createExcelHost({
  supportedSets: excelApi ? { ExcelApi: excelApi } : undefined,
  displayLanguage: params.get("lang") ?? undefined,
  autoStart: false,
});
installExcelHost(window, host);
(window as unknown as { __excelHost: typeof host }).__excelHost = host;
const begin = (): void => host.start();
if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", () => setTimeout(begin, 0));
else setTimeout(begin, 0);
