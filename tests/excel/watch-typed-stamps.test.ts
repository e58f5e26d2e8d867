import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { columnOf, itemAddress, itemValue, rowOf } from "./support/ledger";

const plan = plan2019();
const NOW = new Date(2024, 4, 6, 10, 30);
const STATUSES = ["未启动", "推进中", "已完成", "滞后"];
/** A distinct earlier date per item (a serial in March 2024). */
const dateOf = (no: number) => 45352 + no;

/** A ledger whose items carry varied statuses and earlier 更新时间 dates, then watched. */
async function watchedWithDates() {
  const host = installHost();
  const errors: unknown[] = [];
  const api = createLedgerApi({ plan, now: () => NOW, onWatchError: (e) => errors.push(e) });
  await api.createOrUpdate();
  for (let no = 1; no <= 30; no++) {
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, no, H.status)}`, [[STATUSES[no % 4]]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, no, H.progress)}`, [[`进展${no}`]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, no, H.updated)}`, [[dateOf(no)]]);
  }
  const reports: ValidationReport[] = [];
  await api.watchLedger((r) => reports.push(r));
  return { host, reports, errors };
}

/** The body rows from 序号 to `lastHeader`, written back in reverse order as a person's sort would. */
async function sortDescending(host: ReturnType<typeof installHost>, lastHeader: string): Promise<void> {
  const address = `${columnOf(host, H.no)}${rowOf(host, 1)}:${columnOf(host, lastHeader)}${rowOf(host, 30)}`;
  const rows = host.workbook.values(`${SHEETS.ledger}!${address}`);
  await host.simulate.userEdit(SHEETS.ledger, address, [...rows].reverse());
  await host.simulate.settle();
}

describe("watchLedger keeps the 更新时间 a person typed, pasted or sorted", () => {
  it("a sort of the whole body stamps nothing and keeps every date with its item", async () => {
    const { host, reports, errors } = await watchedWithDates();
    await sortDescending(host, H.updated);
    expect(rowOf(host, 30)).toBeLessThan(rowOf(host, 1)); // the body really was re-ordered
    for (let no = 1; no <= 30; no++) {
      expect(itemValue(host, no, H.updated)).toBe(dateOf(no));
      expect(itemValue(host, no, H.status)).toBe(STATUSES[no % 4]);
    }
    expect(reports).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("a sort of the columns before 更新时间 (序号 re-ordered) stamps nothing", async () => {
    const { host, reports } = await watchedWithDates();
    const updatedCol = columnOf(host, H.updated);
    const dates = `${SHEETS.ledger}!${updatedCol}${rowOf(host, 1)}:${updatedCol}${rowOf(host, 30)}`;
    const before = host.workbook.values(dates);
    const headers = host.workbook.values(
      `${SHEETS.ledger}!A${rowOf(host, 1) - 1}:${updatedCol}${rowOf(host, 1) - 1}`,
    )[0];
    await sortDescending(host, String(headers[headers.length - 2])); // 序号 … the column before 更新时间
    expect(rowOf(host, 30)).toBeLessThan(rowOf(host, 1));
    expect(host.workbook.values(dates)).toEqual(before); // position-wise untouched: nothing stamped
    expect(reports).toHaveLength(1);
  });

  it("a paste covering 状态 and 更新时间 keeps the pasted date", async () => {
    const { host, reports } = await watchedWithDates();
    const from = itemAddress(host, 10, H.status);
    const to = itemAddress(host, 10, H.updated);
    const width = host.workbook.values(`${SHEETS.ledger}!${from}:${to}`)[0].length;
    const row: unknown[] = host.workbook.values(`${SHEETS.ledger}!${from}:${to}`)[0];
    row[0] = "滞后"; // was 已完成
    row[width - 1] = 45400;
    await host.simulate.userPaste(SHEETS.ledger, `${from}:${to}`, [row]);
    await host.simulate.settle();
    expect(itemValue(host, 10, H.status)).toBe("滞后");
    expect(itemValue(host, 10, H.updated)).toBe(45400);
    expect(reports).toHaveLength(1);
  });

  it("a status edit still stamps its own row only", async () => {
    const { host } = await watchedWithDates();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "滞后");
    await host.simulate.settle();
    expect(itemValue(host, 5, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    for (const no of [4, 6]) expect(itemValue(host, no, H.updated)).toBe(dateOf(no));
  });

  it("a pasted block of statuses stamps the rows whose status changed, matched by 序号", async () => {
    const { host } = await watchedWithDates();
    const first = itemAddress(host, 10, H.status);
    const last = itemAddress(host, 12, H.status);
    // item 10 already is 已完成 (STATUSES[10 % 4]); 11 (滞后) and 12 (未启动) change.
    await host.simulate.userPaste(SHEETS.ledger, `${first}:${last}`, [["已完成"], ["推进中"], ["推进中"]]);
    await host.simulate.settle();
    expect(itemValue(host, 10, H.updated)).toBe(dateOf(10));
    expect(itemValue(host, 11, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    expect(itemValue(host, 12, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  });
});
