import { detectHost, HOST_SLOW_MS, isDarkBackground, type HostScope } from "../../src/taskpane/host";

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

  it("never gives up while Office is loading: it reports the seconds waited instead", async () => {
    jest.useFakeTimers();
    try {
      let ready!: (info: { host: string; platform: string }) => void;
      const scope: HostScope = {
        Office: {
          onReady: (() => new Promise((resolve) => (ready = resolve))) as unknown as typeof Office.onReady,
          context: {} as Office.Context,
        },
      };
      const waited: number[] = [];
      let settled = false;
      const detected = detectHost(scope, { onWaiting: (s) => waited.push(s) }).then((info) => {
        settled = true;
        return info;
      });
      await jest.advanceTimersByTimeAsync(HOST_SLOW_MS - 1);
      expect(waited).toEqual([]);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(settled).toBe(false);
      expect(waited[0]).toBe(HOST_SLOW_MS / 1000);
      expect(waited[waited.length - 1]).toBe(62); // 62,999 ms waited
      ready({ host: "Excel", platform: "PC" });
      await expect(detected).resolves.toMatchObject({ kind: "excel" });
      const count = waited.length;
      await jest.advanceTimersByTimeAsync(5_000);
      expect(waited).toHaveLength(count); // no more reports once Office is ready
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
