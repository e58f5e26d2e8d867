/** @jest-environment jsdom */
/** While a part of the pane is still loading, its placeholder says 正在加载… (not 正在处理…, a command's word). */
import { fireEvent, screen, within } from "@testing-library/react";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

// The validation panel's chunk never arrives: the pane shows its placeholder meanwhile.
jest.mock("../../src/taskpane/features/validation/ValidationPanel", () => ({
  __esModule: true,
  default: function Pending(): never {
    throw new Promise(() => undefined);
  },
}));

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

it("says 正在加载… while the validation panel loads", async () => {
  renderApp(fakeApi());
  fireEvent.click(await screen.findByRole("button", { name: "校验" }));
  const main = screen.getByRole("main");
  expect(await within(main).findByRole("progressbar", { name: "正在加载…" })).toBeTruthy();
  // The command itself is done: nothing says a command is still running.
  expect(within(main).queryByRole("progressbar", { name: "正在处理…" })).toBeNull();
});
