/** 进展记录 as a person reads it (looked at in docs/images/rounds-history.png): several departments wrap, rows fit. */
import { emptyFilled } from "../../src/core/ledger/ledger-sheet";
import { HISTORY_HEADERS } from "../../src/core/rounds/constants";
import { HISTORY_COLUMNS, HISTORY_LAYOUT, historySheet } from "../../src/core/rounds/history-sheet";
import { HistoryEntry } from "../../src/core/rounds/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";

const entry = (no: number, department: string): HistoryEntry => ({
  kind: "snapshot",
  round: "2019年第三季度",
  date: "2019-09-30",
  no,
  department,
  values: emptyFilled(DEFAULT_STATUSES),
  deadline: "",
});

test("部门 wraps in a column wide enough for a few names; a row of six departments is taller, others one line", () => {
  const sheet = historySheet([
    entry(1, "办公室"),
    entry(5, "办公室、条法司、保护司、运用促进司、复审和无效审理部、商标局"),
  ]);
  const col = HISTORY_COLUMNS.indexOf(HISTORY_HEADERS.department) + 1;
  expect(sheet.columns.find((c) => c.col === col)?.width).toBeGreaterThanOrEqual(20);
  const wraps = sheet.styles.some(
    (s) =>
      s.range.col === col && s.range.row === HISTORY_LAYOUT.firstBodyRow && s.style.alignment?.wrap === true,
  );
  expect(wraps).toBe(true);
  const body = sheet.rowHeights.find((h) => h.row === HISTORY_LAYOUT.firstBodyRow);
  expect(body?.heights[0]).toBe(15);
  expect(body?.heights[1]).toBeGreaterThanOrEqual(27); // two lines at least
});
