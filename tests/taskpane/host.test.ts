import { detectHost, HOST_TIMEOUT_MS, isDarkBackground, type HostScope } from "../../src/taskpane/host";

function officeScope(host: string | null, context: Partial<Office.Context> = {}): HostScope {
  return {
    language: "zh-CN",
    Office: {
      onReady: jest.fn(async () => ({ host, platform: "OfficeOnline" })) as unknown as typeof Office.onReady,
      context: context as Office.Context,
    },
  };
}

describe("detectHost", () => {
  it("is outside Excel when office.js is not on the page", async () => {
    await expect(detectHost({ language: "en-GB" })).resolves.toEqual({
      kind: "outside",
      reason: "no-office",
      host: null,
      displayLanguage: "en-GB",
    });
  });

  it("is in Excel when Office.onReady reports Excel, with Office's language and theme", async () => {
    const scope = officeScope("Excel", {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#262626" } as Office.OfficeTheme,
    });
    await expect(detectHost(scope)).resolves.toEqual({
      kind: "excel",
      displayLanguage: "en-US",
      bodyBackgroundColor: "#262626",
    });
  });

  it("copes with an Office that has no theme", async () => {
    await expect(detectHost(officeScope("Excel", { displayLanguage: "zh-CN" }))).resolves.toEqual({
      kind: "excel",
      displayLanguage: "zh-CN",
      bodyBackgroundColor: null,
    });
  });

  it("is outside Excel in another Office app, and in a plain browser where onReady has no host", async () => {
    await expect(detectHost(officeScope("Word"))).resolves.toMatchObject({
      kind: "outside",
      reason: "other-host",
      host: "Word",
    });
    await expect(detectHost(officeScope(null))).resolves.toMatchObject({
      kind: "outside",
      reason: "no-office",
    });
  });

  it("gives up after the timeout when Office never gets ready", async () => {
    jest.useFakeTimers();
    try {
      const scope: HostScope = {
        Office: {
          onReady: (() => new Promise(() => undefined)) as typeof Office.onReady,
          context: {} as Office.Context,
        },
      };
      const detected = detectHost(scope);
      jest.advanceTimersByTime(HOST_TIMEOUT_MS);
      await expect(detected).resolves.toMatchObject({
        kind: "outside",
        reason: "timeout",
        displayLanguage: "zh-CN",
      });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("isDarkBackground", () => {
  it("follows the luminance of Office's body background", () => {
    expect(isDarkBackground("#262626")).toBe(true);
    expect(isDarkBackground("#1f1f1f")).toBe(true);
    expect(isDarkBackground("#666666")).toBe(true);
    expect(isDarkBackground("#FFFFFF")).toBe(false);
    expect(isDarkBackground("#E6E6E6")).toBe(false);
    expect(isDarkBackground(null)).toBe(false);
    expect(isDarkBackground("not a colour")).toBe(false);
  });
});
