/**
 * The web page outside Office (webpack "web", dist/web.html): the pane's own code without office.js and without
 * the Office.js adapter, for people whose Office cannot run the add-in (WPS, old Office) — 导入计划, 分发 and 合并
 * on files, in the browser. taskpane.html opened in a plain browser shows the same page, with office.js loaded.
 */
import { start } from "./start";

const container = document.getElementById("container");
if (container) {
  void start(container, { Office: undefined, language: navigator.language }, () => {
    throw new Error("web.html has no Office host"); // never called: without Office the page is "outside"
  });
}
