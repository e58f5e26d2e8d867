/** @jest-environment jsdom */
/** 分发部门副本: a department's copy of the open ledger, generated in the browser and handed over as a download. */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FilledRow } from "../../src/core/ledger/types";
import { readLedgerFile } from "../../src/xlsx/merge/read-file";
import { fakeApi, freshSnapshot } from "./fake-api";
import { openTab, renderApp } from "./render-app";

let blobs: Blob[];
let clicked: { href: string; download: string }[];

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  blobs = [];
  clicked = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:taizhang/${blobs.length}`;
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => jest.restoreAllMocks());

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function pick(section: HTMLElement, department: string): Promise<void> {
  fireEvent.click(within(section).getByRole("combobox", { name: "部门" }));
  fireEvent.click(await within(section).findByRole("option", { name: department }));
}

describe("分发部门副本", () => {
  it("downloads the department's copy, carrying what the ledger holds, with its baseline for the merge", async () => {
    const master = freshSnapshot();
    const row2 = master.rows.find((r) => r.no === 2)!;
    row2.values = { ...row2.values, status: "推进中", progress: "办公室已起草" } as FilledRow;
    const api = fakeApi({ readSnapshot: async () => master });
    renderApp(api);
    await openTab("分发与合并");
    const section = await screen.findByRole("region", { name: "分发部门副本" });
    const download = within(section).getByRole("button", { name: "下载副本" });
    expect(download.getAttribute("aria-disabled")).toBe("true");
    await pick(section, "办公室");
    await act(async () => {
      fireEvent.click(download);
    });
    const done = await within(section).findByText(/^已生成“.+-办公室\.xlsx”（本部门 \d+ 项）/, undefined, {
      timeout: 20_000,
    });
    expect(done).toBeTruthy();
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toMatch(/-办公室\.xlsx$/);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const file = await readLedgerFile(await bytesOf(blobs[0]));
    if (!file.ok) throw new Error(file.message);
    expect(file.snapshot.copyDepartment).toBe("办公室");
    expect(file.baseline?.department).toBe("办公室");
    const copied = file.snapshot.rows.find((r) => r.no === 2)!;
    expect([copied.values.status, copied.values.progress]).toEqual(["推进中", "办公室已起草"]);
    // Its own items first (item 2 is 办公室's; item 6 is not).
    const order = file.snapshot.rows.map((r) => r.no);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(6));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
  }, 60_000);

  it("refuses to send out a copy from a department's copy", async () => {
    const api = fakeApi({ readSnapshot: async () => ({ ...freshSnapshot(), copyDepartment: "商标局" }) });
    renderApp(api);
    await openTab("分发与合并");
    const section = await screen.findByRole("region", { name: "分发部门副本" });
    await pick(section, "办公室");
    fireEvent.click(within(section).getByRole("button", { name: "下载副本" }));
    const bar = await within(section).findByRole("group", { name: "未能生成部门副本" }, { timeout: 20_000 });
    expect(bar.textContent).toContain("本工作簿是发给“商标局”的部门副本，不能再分发。");
    expect(clicked).toEqual([]);
  }, 60_000);
});
