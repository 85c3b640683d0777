import { formatPath, type ValidationIssue } from "../validation/issues.js";
import { validateShape } from "../validation/shape.js";

/**
 * The shape issues of a value passed where a record is expected; empty when
 * it is a well-formed record. Helpers typed to take a record call this first
 * so that a JavaScript caller passing anything else gets an answer, not a
 * TypeError from deep inside.
 */
export function recordShapeIssues(input: unknown): readonly ValidationIssue[] {
  const result = validateShape(input);
  return result.success ? [] : result.issues;
}

/** A sentence naming the first shape issue, for helpers that answer in words. */
export function notARecord(issues: readonly ValidationIssue[], what = "news record"): string {
  const first = issues[0];
  const where = first === undefined || first.path.length === 0 ? "" : ` at ${formatPath(first.path)}`;
  return `Not a well-formed ${what}${where}: ${first?.message ?? "it could not be read."}`;
}
