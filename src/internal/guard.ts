import type * as z from "zod/mini";
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import { shapeIssues, unreadable, validateShape } from "../validation/shape.js";

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

/**
 * The options a helper reads, copied into a plain object: a JavaScript
 * caller may pass anything, even an object whose getters throw, and a
 * helper that never throws treats an option it cannot read as absent.
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (typeof options !== "object" || options === null) return out;
  for (const key of keys) {
    try {
      const value: unknown = Reflect.get(options, key);
      if (value !== undefined) out[key] = value;
    } catch {
      // An option that cannot be read is an option not given.
    }
  }
  return out;
}

/**
 * A part of a record (a quote, a statistic, a quantity) checked against its
 * schema, for helpers that take one: the parsed value, or the issues of a
 * value that does not fit — or cannot even be read, as when a getter throws.
 */
export function parsePart<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
):
  | { readonly ok: true; readonly data: z.output<S> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] } {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: shapeIssues(parsed.error, value) };
  } catch (error) {
    return { ok: false, issues: unreadable(error).issues };
  }
}
