/**
 * Validation finds the columns by the header texts the ledger is generated with (LEDGER_HEADERS): a change of
 * wording there must not leave validation looking for the old text.
 */
import type * as Constants from "../../../src/core/ledger/constants";
import type * as Columns from "../../../src/core/validation/columns";
import type * as Fixture from "./grid-fixture";
import { plan2019 } from "../../ledger/plan-2019";

const NEW_PROGRESS = "工作进展情况";

function withRewordedProgress(): { columns: typeof Columns; fixture: typeof Fixture } {
  let loaded: { columns: typeof Columns; fixture: typeof Fixture } | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../../src/core/ledger/constants", () => {
      const actual = jest.requireActual<typeof Constants>("../../../src/core/ledger/constants");
      return { ...actual, LEDGER_HEADERS: { ...actual.LEDGER_HEADERS, progress: NEW_PROGRESS } };
    });
    loaded = {
      columns: jest.requireActual<typeof Columns>("../../../src/core/validation/columns"),
      fixture: jest.requireActual<typeof Fixture>("./grid-fixture"),
    };
  });
  return loaded!;
}

afterEach(() => jest.dontMock("../../../src/core/ledger/constants"));

test("a reworded header in LEDGER_HEADERS is the one validation expects and maps to its field", () => {
  const { columns, fixture } = withRewordedProgress();
  const plan = plan2019();
  const grid = fixture.freshGrid(plan);
  const progress = fixture.col(grid, NEW_PROGRESS);
  expect(columns.mapColumns(grid, plan)).toMatchObject({ findings: [] });

  // A person renames the column to an alias and deletes a department column (so positions shift): the
  // column is still found as 进展情况's field and reported as renamed, not as missing.
  const dept = fixture.col(grid, plan.departments[0].name);
  grid.headers[progress] = "工作进展";
  grid.headers.splice(dept, 1);
  grid.body.forEach((row) => row.splice(dept, 1));
  const mapped = columns.mapColumns(grid, plan);
  const moved = progress > dept ? progress - 1 : progress;
  expect(mapped.fields.get("progress")).toBe(moved);
  const renamed = mapped.findings.find((f) => f.value === "工作进展");
  expect(renamed?.message).toContain(`应为“${NEW_PROGRESS}”`);
  expect(mapped.findings.some((f) => f.address === null && f.message.includes(NEW_PROGRESS))).toBe(false);
});
