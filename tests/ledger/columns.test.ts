/** The one column descriptor (LEDGER_COLUMNS): every list of fields is derived from it and agrees with it. */
import {
  BASELINE_FIELDS,
  DATE_FIELDS,
  FILLED_FIELDS,
  LEDGER_COLUMNS,
  LEDGER_HEADERS,
  TEXT_FIELDS,
} from "../../src/core/ledger/constants";
import { HEADER_ALIASES, READ_FIELDS, locateColumns } from "../../src/core/ledger/header-match";
import { ledgerColumns } from "../../src/core/ledger/ledger-columns";
import { MERGE_FIELDS } from "../../src/core/merge/constants";
import { plan2019 } from "./plan-2019";

const where = (keep: (c: (typeof LEDGER_COLUMNS)[number]) => boolean) =>
  LEDGER_COLUMNS.filter(keep).map((c) => c.field);

test("the field lists are the descriptor's, in sheet order", () => {
  expect(Object.keys(LEDGER_HEADERS)).toEqual(LEDGER_COLUMNS.map((c) => c.field));
  for (const c of LEDGER_COLUMNS) expect(LEDGER_HEADERS[c.field]).toBe(c.header);
  expect(FILLED_FIELDS).toEqual(where((c) => c.filled));
  expect(READ_FIELDS).toEqual(where((c) => c.located));
  expect(MERGE_FIELDS).toEqual(where((c) => c.merged));
  expect(BASELINE_FIELDS).toEqual(where((c) => c.baseline));
  expect(DATE_FIELDS).toEqual(where((c) => c.filled && c.kind === "date"));
  expect(TEXT_FIELDS).toEqual(where((c) => c.filled && c.kind === "text"));
  for (const f of READ_FIELDS) {
    const c = LEDGER_COLUMNS.find((x) => x.field === f)!;
    expect(HEADER_ALIASES[f]).toEqual([c.header, ...c.aliases]);
  }
});

test("the lists are what they were when each was written by hand", () => {
  expect(FILLED_FIELDS).toEqual(["status", "progress", "problems", "contact", "due", "updated"]);
  expect(READ_FIELDS).toEqual(["no", "task", "status", "progress", "problems", "contact", "due", "updated"]);
  expect(MERGE_FIELDS).toEqual(["status", "progress", "problems", "contact", "due"]);
  expect(DATE_FIELDS).toEqual(["due", "updated"]);
  expect(TEXT_FIELDS).toEqual(["progress", "problems", "contact"]);
  expect(BASELINE_FIELDS).toEqual(FILLED_FIELDS);
});

test("the ledger's columns: the descriptor's, departments before the first fill-in column", () => {
  const plan = plan2019();
  const columns = ledgerColumns(plan.departments);
  const own = columns.filter((c) => !c.key.startsWith("dept:"));
  expect(own.map((c) => c.key)).toEqual(LEDGER_COLUMNS.map((c) => c.field));
  expect(own.map((c) => [c.header, c.width, c.align, c.fontSize])).toEqual(
    LEDGER_COLUMNS.map((c) => [c.header, c.width, c.align, c.fontSize]),
  );
  expect(columns.filter((c) => c.fillIn !== null).map((c) => c.key)).toEqual(FILLED_FIELDS);
  expect(columns.filter((c) => c.numberFormat).map((c) => c.key)).toEqual(DATE_FIELDS);
  const first = columns.findIndex((c) => c.key === FILLED_FIELDS[0]);
  expect(columns[first - 1].key).toBe(`dept:${plan.departments[plan.departments.length - 1].name}`);
});

describe("locateColumns", () => {
  const departments = ["办公室", "条法司"];
  // 0 序号 … 3 工作任务 … 6 办公室, 7 条法司, 8 状态, 9 进展情况, 10 存在问题及下步计划, 11 联系人, 12 完成时限, 13 更新时间
  const headers: readonly string[] = [
    ...["序号", "板块", "分项", "工作任务", "牵头部门", "责任部门", ...departments],
    ...FILLED_FIELDS.map((f) => LEDGER_HEADERS[f]),
  ];
  const edit = (changes: Record<number, string | null>): string[] =>
    headers.flatMap((h, i) => (i in changes ? (changes[i] === null ? [] : [changes[i] as string]) : [h]));

  it.each<[string, Record<number, string | null>, Record<string, number | undefined>, string[]]>([
    ["an intact row", {}, { no: 0, task: 3, status: 8, progress: 9, updated: 13 }, []],
    ["an alias", { 9: "工作进展" }, { progress: 9, problems: 10 }, []],
    [
      "进展情况 renamed, neighbours intact",
      { 9: "备注" },
      { status: 8, progress: 9, problems: 10 },
      ["progress"],
    ],
    ["状态 renamed after the departments", { 8: "完成情况" }, { status: 8, progress: 9 }, ["status"]],
    [
      "two neighbours renamed",
      { 10: "问题", 11: "电话" },
      { problems: 10, contact: 11, due: 12 },
      ["problems", "contact"],
    ],
    [
      "renamed beside a deleted one: not guessed",
      { 9: "备注", 10: null },
      { progress: undefined, problems: undefined, contact: 10 },
      [],
    ],
  ])("%s", (_, changes, expected, renamed) => {
    const located = locateColumns(edit(changes), departments);
    for (const [field, at] of Object.entries(expected)) {
      expect([field, located.fields.get(field as (typeof READ_FIELDS)[number])]).toEqual([field, at]);
    }
    expect(located.renamed).toEqual(renamed);
  });
});
