import { createLedgerApi } from "../../src/excel/ledger-api";
import { toLedgerError } from "../../src/excel/run";
import { installHost, plan2019 } from "./support/host";

// Excel on the web limits a request and its response to 5 MB each ("Resource limits and performance
// optimization for Office Add-ins"). Reading a large ledger can exceed the response limit: the person gets the
// same Chinese message as for a too-large request, not the raw English text.
describe("response payload limit", () => {
  it("a read over the response limit reaches the person as the too-large message", async () => {
    const host = installHost();
    const api = createLedgerApi({ plan: plan2019() });
    await api.createOrUpdate();
    host.runtime.responseLimitBytes = 10_000;
    const error = await api.validate().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: "LedgerError",
      code: "too-large",
      officeCode: "ResponsePayloadSizeLimitExceeded",
      message: toLedgerError({ code: "RequestPayloadSizeLimitExceeded" }).message,
    });
    expect(host.stats.syncs[host.stats.syncs.length - 1].responseBytes).toBeGreaterThan(10_000);
  });

  it("the host counts the JSON each sync returns", async () => {
    const host = installHost();
    const api = createLedgerApi({ plan: plan2019() });
    await api.createOrUpdate();
    host.stats.reset();
    await api.validate();
    expect(host.stats.maxResponseBytes).toBeGreaterThan(10_000);
    expect(host.stats.maxResponseBytes).toBeLessThan(2_500_000);
  });
});
