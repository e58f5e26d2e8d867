/** The 责任分解 sheet: the long table (item × department × role) a pivot and the summary formulas read. */
import { Plan } from "../plan/types";
import { columnLetter, range, sheetRef } from "./a1";
import { text } from "./cells";
import { ASSIGNMENT_HEADERS, ASSIGNMENT_LAYOUT, DEADLINE_MARKS, NAMES, SHEETS, TABLES } from "./constants";
import { assignmentRows } from "./assignment-rows";
import { FONT_BODY, HEADER_STYLE, THIN, emptySheet, printSetup } from "./look";
import { ROLE_LABELS } from "./roles";
import { CellValue, NamedRangeSpec, SheetSpec } from "./types";
import { sectionLabel } from "./labels";

export interface AssignmentsSheetResult {
  sheet: SheetSpec;
  bodyRows: number;
  names: NamedRangeSpec[];
}

const H = ASSIGNMENT_HEADERS;
const HEADERS = [H.no, H.section, H.department, H.kind, H.role, H.scope, H.status, H.count, H.overdue];
const WIDTHS = [6, 32, 16, 8, 10, 38, 8, 6, 6];
const COUNT_COL = columnLetter(HEADERS.indexOf(H.count) + 1);

export function assignmentsSheet(plan: Plan): AssignmentsSheetResult {
  const A = ASSIGNMENT_LAYOUT;
  const rows = assignmentRows(plan);
  const bodyRows = Math.max(1, rows.length);
  const kinds = new Map(plan.departments.map((d) => [d.name, d.kind]));
  const sections = new Map(plan.sections.map((s) => [s.no, sectionLabel(plan, s.no)]));
  const sheet = emptySheet(
    SHEETS.assignments,
    printSetup({ first: A.headerRow, last: A.headerRow }, "portrait"),
  );
  sheet.tabColor = "#548235";
  sheet.columns = WIDTHS.map((width, i) => ({ col: i + 1, width }));
  sheet.freeze = { rows: A.headerRow, cols: 0 };
  sheet.blocks.push({ row: A.headerRow, col: 1, values: [HEADERS] });
  const statusFormula = (r: number): CellValue => ({
    formula: `IFERROR(INDEX(${NAMES.ledgerStatus},MATCH($A${r},${NAMES.ledgerNo},0)),"")`,
  });
  // 计数 when the item's 时限状态 on 台账 is 逾期: the pivot sums it into 逾期 per department, counted once per
  // item and department as 计数 is, like 部门汇总's 逾期 column.
  const overdueFormula = (r: number): CellValue => ({
    formula: `IF(IFERROR(INDEX(${NAMES.ledgerDeadline},MATCH($A${r},${NAMES.ledgerNo},0)),"")="${DEADLINE_MARKS.overdue}",$${COUNT_COL}${r},0)`,
  });
  const values: CellValue[][] = rows.map((row, i) => [
    row.no,
    text(sections.get(row.section) ?? ""),
    text(row.department),
    kinds.get(row.department) === "placeholder" ? "泛指" : "单位",
    ROLE_LABELS[row.role],
    text(row.scope),
    statusFormula(A.firstBodyRow + i),
    row.count,
    overdueFormula(A.firstBodyRow + i),
  ]);
  sheet.blocks.push({
    row: A.firstBodyRow,
    col: 1,
    values: values.length > 0 ? values : [HEADERS.map(() => null)],
  });
  sheet.styles.push({ range: range(A.headerRow, 1, 1, HEADERS.length), style: HEADER_STYLE });
  WIDTHS.forEach((_, i) => {
    sheet.styles.push({
      range: range(A.firstBodyRow, i + 1, bodyRows, 1),
      style: {
        font: { name: FONT_BODY, size: 9 },
        alignment: {
          horizontal: i === 1 || i === 2 || i === 5 ? "left" : "center",
          vertical: "middle",
          wrap: i === 5,
        },
        border: THIN,
      },
    });
  });
  sheet.rowHeights.push({ row: A.headerRow, heights: [22], autofit: false });
  sheet.tables.push({
    name: TABLES.assignments,
    range: range(A.headerRow, 1, bodyRows + 1, HEADERS.length),
    columns: [...HEADERS],
    style: "TableStyleLight1",
    showRowStripes: true,
  });
  const col = (header: string) =>
    range(A.firstBodyRow, HEADERS.indexOf(header as (typeof HEADERS)[number]) + 1, bodyRows, 1);
  const name = (n: string, header: string, comment: string): NamedRangeSpec => ({
    name: n,
    formula: sheetRef(SHEETS.assignments, col(header)),
    comment,
  });
  return {
    sheet,
    bodyRows,
    names: [
      name(NAMES.assignNo, H.no, "责任分解：序号"),
      name(NAMES.assignDept, H.department, "责任分解：部门"),
      name(NAMES.assignRole, H.role, "责任分解：职责"),
      name(NAMES.assignStatus, H.status, "责任分解：状态（取自台账）"),
      name(NAMES.assignCount, H.count, "责任分解：计数（同一事项同一部门只计一次）"),
    ],
  };
}
