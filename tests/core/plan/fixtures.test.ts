/**
 * Fixture-driven: each tests/fixtures/plans/NAME.txt has NAME.expected.json, written by hand, stating the
 * facts and issues the parser must produce. Keys present in the expected file are checked; absent ones are not.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { formatIssue } from "../../../src/core/plan/issues";
import { parsePlan } from "../../../src/core/plan/parse";
import { Plan, PlanIssue, Requirement, Role, Section, Subsection } from "../../../src/core/plan/types";

const DIR = join(__dirname, "../../fixtures/plans");

interface ExpectedItem {
  no: number;
  section: number;
  subsection: number | null;
  text: string;
  clause: string;
  assignments: [string, Role, string | null][];
}

interface Expected {
  title?: string;
  issuer?: string;
  published?: string | null;
  preamble?: string;
  sections?: Section[];
  subsections?: Subsection[];
  itemNumbers?: number[];
  items?: ExpectedItem[];
  departments?: [string, string][];
  requirements?: Omit<Requirement, "text">[];
  issues: Pick<PlanIssue, "line" | "item" | "kind" | "text">[];
  messages?: string[];
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

it("has the fixtures the task asks for", () => {
  expect(names).toEqual(
    expect.arrayContaining(["cooperate", "fullwidth", "missing-numbers", "no-items", "unknown-clause"]),
  );
});

describe.each(names)("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const { value: plan, issues }: { value: Plan; issues: PlanIssue[] } = parsePlan(
    readFileSync(join(DIR, `${name}.txt`), "utf8"),
  );

  it("reports exactly the expected issues", () => {
    expect(issues.map(({ line, item, kind, text }) => ({ line, item, kind, text }))).toEqual(expected.issues);
    if (expected.messages) expect(issues.map(formatIssue)).toEqual(expected.messages);
  });

  it("reads the expected facts", () => {
    const checks: [unknown, unknown][] = [
      [plan.title, expected.title],
      [plan.issuer, expected.issuer],
      [plan.published, expected.published],
      [plan.preamble, expected.preamble],
      [plan.sections, expected.sections],
      [plan.subsections, expected.subsections],
      [plan.items.map((i) => i.no), expected.itemNumbers],
      [plan.departments.map((d) => [d.name, d.kind]), expected.departments],
      [plan.requirements.map(({ text: _text, ...rest }) => rest), expected.requirements],
      [
        plan.items.map((i) => ({
          ...i,
          assignments: i.assignments.map((a) => [a.department, a.role, a.scope]),
        })),
        expected.items,
      ],
    ];
    const checked = checks.filter(([, want]) => want !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    for (const [got, want] of checked) expect(got).toEqual(want);
  });
});
