import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Plan } from "../../src/core/plan/types";

/** The parsed 2019 plan as bundled with the package. */
export function plan2019(): Plan {
  return JSON.parse(readFileSync(resolve(__dirname, "../../data/plans/cnipa-2019.json"), "utf8")) as Plan;
}
