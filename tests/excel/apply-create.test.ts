import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019, workbookSnapshot } from "./support/host";

const NOW = () => new Date("2019-05-01T08:00:00Z");

test("second run", async () => {
  const host = installHost();
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  const before = workbookSnapshot(host);
  host.stats.reset();
  const report = await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  console.log(
    report,
    host.stats.syncs.map((s) => [s.operations, s.labels.slice(0, 40)]),
  );
  expect(workbookSnapshot(host)).toEqual(before);
});
