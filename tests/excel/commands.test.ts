import { createLedgerApi } from "../../src/excel/ledger-api";
import { LAST_COMMAND_ERROR_KEY } from "../../src/commands/refresh-summary";
import { PIVOT_NAME } from "../../src/excel/summary";
import { installHost } from "./support/host";

/** A minimal Storage stand-in (node has no localStorage). */
function fakeStorage(): Map<string, string> {
  const data = new Map<string, string>();
  (globalThis as unknown as { localStorage: unknown }).localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  return data;
}

/** Installs a host and loads the function file; `start` resolves Office.onReady. */
async function ribbon(start = true) {
  const host = installHost();
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  if (start) {
    host.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return host;
}

describe("刷新汇总 ribbon command", () => {
  let errorLog: jest.SpyInstance;
  beforeEach(() => {
    errorLog = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    errorLog.mockRestore();
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it("is associated under the manifest's FunctionName", async () => {
    const host = await ribbon();
    expect([...host.commands.handlers.keys()]).toEqual(["refreshSummary"]);
  });

  // Excel dispatches the click as soon as the function file has loaded, possibly before Office.onReady
  // resolves: the function must be associated at the top level, as in Microsoft's FunctionFile example.
  it("is associated as soon as the function file loads, before Office is ready, and runs once it is", async () => {
    const host = await ribbon(false);
    await createLedgerApi().createOrUpdate();
    expect([...host.commands.handlers.keys()]).toEqual(["refreshSummary"]);
    const invocation = host.commands.invoke("refreshSummary");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.workbook.pivots()).toEqual([]); // waits for Office before touching Excel
    host.start();
    await expect(invocation).resolves.toEqual({ id: "refreshSummary", completed: true });
    expect(host.workbook.pivots().map((p) => p.name)).toEqual([PIVOT_NAME]);
  });

  it("completes on failure when storage is unavailable (a runtime that shares none with the pane)", async () => {
    const host = await ribbon();
    (globalThis as unknown as { localStorage: unknown }).localStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const invocation = await host.commands.invoke("refreshSummary");
    expect(invocation).toEqual({ id: "refreshSummary", completed: true });
    expect(errorLog).toHaveBeenCalledWith("台账：尚未生成台账。请先点击“生成/更新台账”。", expect.anything());
  });

  it("creates the PivotTable and completes", async () => {
    const host = await ribbon();
    const storage = fakeStorage();
    storage.set(LAST_COMMAND_ERROR_KEY, "old");
    await createLedgerApi().createOrUpdate();
    const invocation = await host.commands.invoke("refreshSummary");
    expect(invocation).toEqual({ id: "refreshSummary", completed: true });
    expect(host.workbook.pivots().map((p) => p.name)).toEqual([PIVOT_NAME]);
    expect(storage.has(LAST_COMMAND_ERROR_KEY)).toBe(false);
    expect(errorLog).not.toHaveBeenCalled();
  });

  it("completes on failure too (no ledger), keeping the Chinese message for the pane", async () => {
    const host = await ribbon();
    const storage = fakeStorage();
    const invocation = await host.commands.invoke("refreshSummary");
    expect(invocation).toEqual({ id: "refreshSummary", completed: true });
    expect(host.workbook.pivots()).toEqual([]);
    const failure = JSON.parse(storage.get(LAST_COMMAND_ERROR_KEY) ?? "{}");
    expect(failure).toMatchObject({
      command: "refreshSummary",
      message: "尚未生成台账。",
      nextStep: "请先点击“生成/更新台账”。",
    });
    expect(errorLog).toHaveBeenCalledWith("台账：尚未生成台账。请先点击“生成/更新台账”。", expect.anything());
  });

  it("completes when Excel fails unexpectedly (every request refused as too large)", async () => {
    const host = await ribbon();
    await createLedgerApi().createOrUpdate();
    host.runtime.payloadLimitBytes = 1;
    const invocation = await host.commands.invoke("refreshSummary", 10_000);
    expect(invocation.completed).toBe(true);
    expect(errorLog).toHaveBeenCalledWith(expect.stringContaining("单次请求上限"), expect.anything());
  });
});
