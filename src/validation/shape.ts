import type { $ZodError } from "zod/v4/core";
import { excerpt } from "../internal/excerpt.js";
import type { NewsRecord } from "../schema/record.js";
import { MAX_ISSUES_PER_RECORD } from "./cap.js";
import { recordShapeIssues } from "./generated/record-shape.js";
import type { PathSegment, ValidationIssue } from "./issues.js";
import type { ShapeIssue } from "./shape-runtime.js";
import type { ValidationFailure, ValidationResult } from "./validate.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** zod's message when a schema gives none of its own and no locale is configured. */
const GENERIC = "Invalid input";

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** The value at `path`, or `missing` when the last key is not an own property of its parent. */
function lookup(input: unknown, path: readonly PathSegment[]): { missing: boolean; value: unknown } {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return { missing: false, value: undefined };
    if (!Object.hasOwn(node, key)) return { missing: true, value: undefined };
    node = (node as Record<PathSegment, unknown>)[key];
  }
  return { missing: false, value: node };
}

function fieldName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return last === undefined ? "the record" : excerpt(String(last));
}

function missingMessage(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return typeof last === "number"
    ? `The array has a hole at index ${last} (a sparse array); every item must be present.`
    : `The required field ${fieldName(path)} is missing.`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    return Number.isFinite(value) ? `the number ${String(value)}` : String(value);
  }
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "boolean") return String(value);
  return `a ${typeof value}`;
}

/** A value shown in a message: bounded when it is text, described when it is not plain. */
function showValue(value: unknown): string {
  if (typeof value === "string") return excerpt(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return describeValue(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  int: "a whole number",
  number: "a finite number",
  string: "a string",
  object: "an object",
  array: "an array",
  boolean: "true or false",
  tuple: "an array",
};

function plural(n: number | bigint, one: string): string {
  return `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;
}

function sizeMessage(issue: ShapeIssue): string {
  const small = issue.code === "too_small";
  const bound = (small ? issue.minimum : issue.maximum) ?? 0;
  const side = small
    ? issue.inclusive === false
      ? "more than"
      : "at least"
    : issue.inclusive === false
      ? "less than"
      : "at most";
  switch (issue.origin) {
    case "string":
      return small && bound === 1
        ? "Expected text, not an empty string."
        : `Expected ${side} ${plural(bound, "UTF-16 code unit")} of text.`;
    case "array":
    case "set":
      return `Expected ${side} ${plural(bound, "item")}.`;
    default:
      return `Expected a number ${side} ${bound.toLocaleString("en-US")}.`;
  }
}

function ownMessage(issue: ShapeIssue, fallback: string): string {
  return issue.message === GENERIC || issue.message === "" ? fallback : issue.message;
}

/** The shape issues of a value: at most {@link MAX_ISSUES_PER_RECORD} of them, and how many there are in all. */
export interface ShapeIssues {
  /** The first issues, without repeats. */
  readonly issues: ValidationIssue[];
  /** How many issues there are in all, those left out included. */
  readonly count: number;
}

/**
 * Turns zod's issues (or the generated shape checker's, which are the same)
 * into the library's: stable codes, one issue per unknown
 * key (with the key in its path), and messages written by the library, so
 * they read the same whatever locale zod is configured with. An issue zod
 * reports twice (the same path, code and message) is kept once. Only the
 * first {@link MAX_ISSUES_PER_RECORD} are written out; the rest are counted,
 * so a value with a million unknown keys costs a count, not a million
 * messages.
 */
export function countedShapeIssues(found: readonly ShapeIssue[], input: unknown): ShapeIssues {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  let count = 0;
  const push = (path: readonly PathSegment[], code: ValidationIssue["code"], message: string): void => {
    const key = JSON.stringify([path, code, message]);
    if (seen.has(key)) return;
    seen.add(key);
    count++;
    if (out.length < MAX_ISSUES_PER_RECORD) out.push({ path, code, stage: "shape", message });
  };
  for (const issue of found) {
    const path = toPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        // Unknown keys of one object are distinct: past the cap, only count them.
        if (out.length >= MAX_ISSUES_PER_RECORD) {
          count++;
          continue;
        }
        if (FORBIDDEN_KEYS.has(key)) {
          push([...path, key], "forbidden_key", `The key "${key}" is not allowed anywhere in a record; remove it.`);
        } else {
          push(
            [...path, key],
            "unknown_field",
            `${excerpt(key)} is not a field here; check its spelling (unknown fields are rejected, not dropped).`,
          );
        }
      }
      continue;
    }
    const { missing, value } = lookup(input, path);
    if (
      missing &&
      (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")
    ) {
      push(path, "missing_field", missingMessage(path));
      continue;
    }
    switch (issue.code) {
      case "invalid_type":
        push(
          path,
          "invalid_type",
          `Expected ${EXPECTED[issue.expected ?? ""] ?? issue.expected}, got ${describeValue(value)}.`,
        );
        break;
      case "invalid_union":
        if (issue.discriminator !== undefined && issue.options !== undefined) {
          const options = issue.options.map((option) => JSON.stringify(option)).join(", ");
          push(path, "invalid_value", `Expected ${fieldName(path)} to be one of ${options}.`);
        } else {
          push(path, "invalid_input", ownMessage(issue, "The value matches none of the allowed forms."));
        }
        break;
      case "invalid_value": {
        const values = (issue.values ?? []).map((v) => JSON.stringify(v));
        const fallback =
          values.length === 1
            ? `Expected ${values[0]}.`
            : `Expected one of ${values.join(", ")}, got ${showValue(value)}.`;
        push(path, "invalid_value", ownMessage(issue, fallback));
        break;
      }
      case "invalid_format": {
        const expected = ownMessage(
          issue,
          issue.format === "url"
            ? "Expected an absolute http or https URL."
            : `Expected text in the ${issue.format} format.`,
        );
        // The value as received, bounded, so that the annotator sees what to fix.
        push(path, "invalid_format", typeof value === "string" ? `${expected} Got ${excerpt(value)}.` : expected);
        break;
      }
      case "too_small":
      case "too_big":
        push(path, issue.code, sizeMessage(issue));
        break;
      default:
        push(path, "invalid_input", ownMessage(issue, "The value is not valid here."));
    }
  }
  return { issues: out, count };
}

/** The issues of {@link countedShapeIssues} for a zod error, without their count. */
export function shapeIssues(error: $ZodError, input: unknown): ValidationIssue[] {
  return countedShapeIssues(error.issues, input).issues;
}

/**
 * Checks only the shape of a value: the zod schema's types, required and
 * unknown fields, and formats — what the package's JSON Schema also
 * expresses. Ids, references, spans and grounding are not checked; use
 * `validateRecord` for those. It never throws. A value that passes is
 * returned as it is, typed as a record: no copy is made.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }`, or `{ success: false, issues }` with shape issues only.
 * @example
 * ```ts
 * import { validateShape } from "news-schema";
 *
 * const result = validateShape({ schemaVersion: "1.0" });
 * result.success; // => false
 * ```
 */
export function validateShape(input: unknown): ValidationResult {
  try {
    // A value of the record's shape is the record: the schema has no
    // transforms or defaults and refuses unknown keys, so a parsed copy would
    // equal it field for field.
    const found = recordShapeIssues(input);
    if (found.length === 0) return { success: true, data: input as NewsRecord };
    const { issues, count } = countedShapeIssues(found, input);
    return { success: false, issues, issueCount: count };
  } catch (error) {
    return unreadable(error);
  }
}

/** The failure returned for a value that could not even be read (a getter threw, say). */
export function unreadable(error: unknown): ValidationFailure {
  let reason: string;
  try {
    reason = error instanceof Error ? String(error.message) : String(error);
  } catch {
    reason = "an error that cannot be shown";
  }
  return {
    success: false,
    issueCount: 1,
    issues: [
      {
        path: [],
        code: "invalid_input",
        stage: "shape",
        message: `The value could not be read as a record (${excerpt(reason)}); pass plain JSON data.`,
      },
    ],
  };
}
