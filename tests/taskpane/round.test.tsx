/** @jest-environment jsdom */
/** The 本轮 panel: the round, who has not reported (with contacts), 复制催报名单 with its fallback, start and close. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import axe from "axe-core";
import type { RoundReport } from "../../src/core/rounds/reminders";
import type { LedgerApi } from "../../src/excel/api";
import { LedgerError } from "../../src/excel/ledger-error";
import { fakeApi, sampleApply } from "./fake-api";
import { openTab, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** The pane with this API, on its 本轮 tab; `writeText` stands for the browser's clipboard (none: absent). */
async function showPanel(api: LedgerApi, writeText?: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
  renderApp(api);
  await openTab("本轮");
  return panel();
}

const openReport: RoundReport = {
  round: { name: "2019年第三季度", startedAt: "2019-07-01", due: "2019-09-25", closedAt: null },
  reported: [
    {
      round: "2019年第三季度",
      department: "办公室",
      returnedAt: "2019-09-20T10:00:00Z",
      late: false,
      file: "a.xlsx",
    },
    {
      round: "2019年第三季度",
      department: "条法司",
      returnedAt: "2019-09-27T10:00:00Z",
      late: true,
      file: "b.xlsx",
    },
  ],
  missing: [
    { department: "商标局", contacts: ["李四 010-1234"] },
    { department: "专利局", contacts: [] },
  ],
};

async function panel() {
  return screen.findByRole("region", { name: "本轮报送" });
}

it("is a tab of the pane and shows the round, the missing departments with contacts and the reported ones", async () => {
  const section = await showPanel(fakeApi({ readRoundReport: async () => openReport }));
  expect(await within(section).findByText("2019年第三季度")).toBeTruthy();
  expect(within(section).getByText("2019-09-25")).toBeTruthy();
  const missing = within(section).getByRole("list", { name: "未报送（2 个部门）" });
  expect(
    within(missing)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["商标局 李四 010-1234", "专利局 （台账中未填写联系人）"]);
  const reported = within(section).getByRole("list", { name: "已报送（2 个部门）" });
  expect(
    within(reported)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["办公室 2019-09-20", "条法司 2019-09-27 逾期报送"]);
  expect(within(section).queryByRole("button", { name: "开始新一轮" })).toBeNull();
});

it("copies the 催报名单 to the clipboard, or shows it to select when the clipboard is refused", async () => {
  const writeText = jest.fn(async (_text: string) => undefined);
  const api = fakeApi({ readRoundReport: async () => openReport });
  await showPanel(api, writeText);
  fireEvent.click(await screen.findByRole("button", { name: "复制催报名单" }));
  expect(await screen.findByText("已复制 2 个部门的催报名单，可直接粘贴到消息中。")).toBeTruthy();
  expect(writeText).toHaveBeenCalledWith("商标局\t联系人：李四 010-1234\n专利局\t联系人：（台账中未填写）");

  writeText.mockRejectedValue(new DOMException("denied", "NotAllowedError"));
  fireEvent.click(screen.getByRole("button", { name: "复制催报名单" }));
  const box = await screen.findByRole("textbox", { name: /请选中下面的名单/ });
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect((box as HTMLTextAreaElement).value).toBe(
    "商标局\t联系人：李四 010-1234\n专利局\t联系人：（台账中未填写）",
  );
  expect(box.hasAttribute("readonly")).toBe(true);
});

it("closes the round after a confirmation and reads it again", async () => {
  const closed: RoundReport = { ...openReport, round: { ...openReport.round!, closedAt: "2019-09-30" } };
  const reads = [openReport, closed];
  const api = fakeApi({
    readRoundReport: async () => reads.shift() ?? closed,
    closeRound: async () => sampleApply,
  });
  await showPanel(api);
  fireEvent.click(await screen.findByRole("button", { name: "结束本轮" }));
  const confirm = screen.getByRole("group", { name: "结束本轮" });
  fireEvent.click(within(confirm).getByRole("button", { name: "确认结束" }));
  expect(await screen.findByText(/已结束“2019年第三季度”/)).toBeTruthy();
  expect(api.closeRound).toHaveBeenCalledTimes(1);
  expect(api.readOverview.mock.calls.length).toBeGreaterThan(1); // the header and summary follow
  expect(screen.getByText("已于 2019-09-30 结束")).toBeTruthy();
  expect(screen.getByRole("button", { name: "开始新一轮" })).toBeTruthy();
});

it("starts a round with a name and a due date; says what is missing and what Excel refused", async () => {
  const api = fakeApi({
    readRoundReport: async () => ({ round: null, reported: [], missing: [] }),
    startRound: async () => {
      throw new LedgerError("general", "上一轮“X”尚未结束。", "请先点“结束本轮”把它结束。");
    },
  });
  await showPanel(api);
  expect(await screen.findByText(/还没有报送轮次/)).toBeTruthy();
  const form = screen.getByRole("form", { name: "开始新一轮" });
  fireEvent.click(within(form).getByRole("button", { name: "开始新一轮" }));
  expect(within(form).getAllByText("请填写轮次名称和截止日期。")).toHaveLength(2);
  expect(api.startRound).not.toHaveBeenCalled();

  fireEvent.change(within(form).getByRole("textbox", { name: /轮次名称/ }), {
    target: { value: "2019年第四季度" },
  });
  fireEvent.change(within(form).getByLabelText(/截止日期/), { target: { value: "2019-12-25" } });
  await act(async () => {
    fireEvent.click(within(form).getByRole("button", { name: "开始新一轮" }));
  });
  expect(api.startRound).toHaveBeenCalledWith("2019年第四季度", "2019-12-25");
  expect(await screen.findByText(/上一轮“X”尚未结束。 请先点“结束本轮”把它结束。/)).toBeTruthy();
});
