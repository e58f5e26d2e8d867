/**
 * Issue 10: a 10,000-item plan read back through Office.js. The plan sheet holds the plan's JSON in
 * 32,000-character cells; readWorkbookPlan reads them in row batches so no response passes 2.5 MB (half of
 * Excel on the web's 5 MB), with as many batches per sync as fit: a small plan still takes two syncs.
 */
import { restorePlan } from "../../src/core/plan/restore";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { Plan } from "../../src/core/plan/types";
import { PLAN_FIRST_CHUNK_ROW, PLAN_SHEET, planSheetContent } from "../../src/core/ledger/plan-sheet";
import { jsonSize } from "../../src/core/util/json-size";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { PLAN_ROWS_PER_SYNC, readWorkbookPlan } from "../../src/excel/plan-sheet";
import { installHost, plan2019 } from "./support/host";

const LIMIT = 2_500_000;
const restored = (plan: Plan): Plan => restorePlan(JSON.parse(JSON.stringify(plan))).value;

interface Measured {
  jsonBytes: number;
  chunks: number;
  write: { syncs: number; maxRequest: number; maxResponse: number };
  read: { syncs: number; maxRequest: number; maxResponse: number };
}

async function measure(plan: Plan): Promise<Measured> {
  const host = installHost();
  const take = () => ({
    syncs: host.stats.syncCount,
    maxRequest: host.stats.maxPayloadBytes,
    maxResponse: host.stats.maxResponseBytes,
  });
  await createLedgerApi({ plan }).createOrUpdate();
  const write = take();
  host.stats.reset();
  const got = await Excel.run((context) => readWorkbookPlan(context));
  const read = take();
  expect(got.found).toBe(true);
  if (got.found) {
    expect(got.issues).toEqual([]);
    expect(got.plan).toEqual(restored(plan));
  }
  const content = planSheetContent(plan);
  return { jsonBytes: jsonSize(content.json), chunks: content.chunks.length, write, read };
}

describe("the plan sheet at 30 and 10,000 items (issue 10)", () => {
  let small: Measured;
  let big: Measured;
  beforeAll(async () => {
    small = await measure(plan2019());
    big = await measure(synthesizePlan(10_000, 1));
  }, 300_000);

  test("read back whole: two syncs for a small plan, one more per 20 rows of pieces for a big one", () => {
    expect(small.read.syncs).toBe(2);
    // 10,000 items: 112 pieces, rows 1..119 of A:B, 20 rows a sync (≤ 1.92 MB at 3 bytes a character).
    expect(big.read.syncs).toBe(1 + Math.ceil((PLAN_FIRST_CHUNK_ROW - 1 + big.chunks) / PLAN_ROWS_PER_SYNC));
  });

  test("no request and no response over 2.5 MB, reading or writing", () => {
    for (const m of [small, big]) {
      expect(m.read.maxResponse).toBeLessThan(LIMIT);
      expect(m.read.maxRequest).toBeLessThan(LIMIT);
      expect(m.write.maxRequest).toBeLessThan(LIMIT);
      expect(m.write.maxResponse).toBeLessThan(LIMIT);
    }
  });
});

test("a piece count edited upwards reads no further than the used range, and says what is missing", async () => {
  const host = installHost();
  await createLedgerApi({ plan: plan2019() }).createOrUpdate();
  host.workbook.seed(`${PLAN_SHEET}!B3`, [[1_000_000]]);
  host.stats.reset();
  const got = await Excel.run((context) => readWorkbookPlan(context));
  expect(host.stats.syncCount).toBe(2);
  expect(got.found && got.plan).toBe(null);
  expect(got.found && got.issues[0].message).toContain("缺少第 2 段");
});
