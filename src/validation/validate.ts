import { exactMismatchMessage, groundingProblems } from "../grounding/check.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { spanInBody } from "../internal/text.js";
import { collectSpans } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import { capIssues, MAX_ISSUES_PER_RECORD } from "./cap.js";
import { integrityIssues } from "./integrity.js";
import { NewsRecordError, type ValidationIssue } from "./issues.js";
import { unreadable, validateShape } from "./shape.js";

/** Options for {@link validateRecord} and {@link parseRecord}. */
export interface ValidateOptions {
  /** Check grounding in the article's text (default `true`); `false` stops after the integrity checks. */
  readonly grounding?: boolean;
}

/** A record that passed every check. */
export interface ValidationSuccess {
  /** Marks success. */
  readonly success: true;
  /** The record, parsed: a new object, typed as {@link NewsRecord}. */
  readonly data: NewsRecord;
}

/** A record that failed a check, with every issue found. */
export interface ValidationFailure {
  /** Marks failure. */
  readonly success: false;
  /**
   * What is wrong, in the order the checks ran, each issue once; never
   * empty, and at most {@link MAX_ISSUES_PER_RECORD} long.
   */
  readonly issues: readonly ValidationIssue[];
  /** How many issues were found in all: more than `issues.length` when the list was cut at the cap. */
  readonly issueCount: number;
}

/** What {@link validateRecord} returns: the record, or the issues. */
export type ValidationResult = ValidationSuccess | ValidationFailure;

function groundingIssues(record: ReadonlyDeep<NewsRecord>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const entry of groundingProblems(record)) {
    if (entry.status === "mismatched" && entry.code !== undefined && entry.message !== undefined) {
      issues.push({ path: entry.path, code: entry.code, stage: "grounding", message: entry.message });
    }
  }
  const body = record.article.body;
  for (const { path, span, role } of collectSpans(record)) {
    if (role !== "event" && role !== "link" && role !== "place" && role !== "speaker") continue;
    if (span.exact === undefined || !spanInBody(body, span)) continue;
    const found = body.slice(span.start, span.end);
    if (found !== span.exact) {
      issues.push({
        path,
        code: "span_text_mismatch",
        stage: "grounding",
        message: exactMismatchMessage(span, found),
      });
    }
  }
  return issues;
}

/**
 * Checks an untrusted value as a news record, in three stages: its shape
 * (the zod schema: types, required and unknown fields, formats), its
 * integrity (unique ids, references that resolve, spans inside the body,
 * ordered ranges), and its grounding (quoted words, statistics and mentions
 * stand in the body at their spans). Integrity and grounding run only on a
 * well-shaped record. It never throws, whatever `input` is.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ grounding: false }` skips the grounding stage.
 * @returns `{ success: true, data }`, or `{ success: false, issues }` with
 *   each issue's JSON path, stable code, stage and message.
 * @example
 * ```ts
 * import { validateRecord } from "news-schema";
 *
 * const result = validateRecord(JSON.parse('{"schemaVersion":"1.0"}'));
 * if (!result.success) {
 *   result.issues[0]?.code; // => "missing_field"
 *   result.issues[0]?.path; // => ["article"]
 * }
 * ```
 */
export function validateRecord(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const shape = validateShape(input);
  if (!shape.success) return shape;
  try {
    const record = shape.data;
    const issues = integrityIssues(record);
    if (options.grounding !== false) issues.push(...groundingIssues(record));
    if (issues.length === 0) return shape;
    const capped = capIssues(issues);
    return { success: false, issues: capped.issues, issueCount: capped.count };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Checks a value as {@link validateRecord} does and returns the typed record,
 * or throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ grounding: false }` skips the grounding stage.
 * @returns The record, parsed into a new object.
 * @throws {@link NewsRecordError} carrying every issue, when the record is not valid.
 * @example
 * ```ts
 * import { NewsRecordError, parseRecord } from "news-schema";
 *
 * try {
 *   parseRecord({});
 * } catch (error) {
 *   // every required field is missing
 *   if (error instanceof NewsRecordError) error.issues.length; // => 6
 * }
 * ```
 */
export function parseRecord(input: unknown, options: ValidateOptions = {}): NewsRecord {
  const result = validateRecord(input, options);
  if (!result.success) throw new NewsRecordError(result.issues, result.issueCount);
  return result.data;
}
