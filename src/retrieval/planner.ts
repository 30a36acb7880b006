import type { Lang } from "../core/types.js";
import type { QueryPlan } from "./query-plan.js";

/** Turns a question into a query plan; one implementation per question language. */
export interface QueryPlanner {
  plan(question: string, lang: Lang): QueryPlan;
}
