/**
 * The plan the add-in ships with (data/plans/cnipa-2019.json, produced by `taizhang parse`). Webpack bundles
 * the JSON; the CLI build resolves it from the package's data folder.
 */
import planData from "../../data/plans/cnipa-2019.json";
import { Plan } from "../core/plan/types";

export const BUNDLED_PLAN: Plan = planData as Plan;
