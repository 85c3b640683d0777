import { groundingProblems } from "../grounding/check.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { collectSpans, type SpanEntry } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import { capIssues, MAX_ISSUES_PER_RECORD } from "./cap.js";
import { integrityIssues } from "./integrity.js";
import { NewsRecordError, type ValidationIssue } from "./issues.js";
import { unreadable, validateShape } from "./shape.js";

/**
 * How strictly {@link validateRecord} holds a record to its article:
 * `"strict"` (the default) reports every span that could not be checked as
 * a `grounding_unchecked` issue, so that a valid record is one whose every
 * span was compared with the body and agrees; `"lenient"` returns those
 * spans as `warnings` and lets the record pass on what could be checked.
 */
export const GROUNDING_MODES = ["strict", "lenient"] as const;

/** How strictly grounding holds a record to its article. */
export type GroundingMode = (typeof GROUNDING_MODES)[number];

/** Options for {@link validateRecord} and {@link parseRecord}. */
export interface ValidateOptions {
  /**
   * Grounding in the article's text: `"strict"` (the default; `true` is the
   * same), `"lenient"` (spans that could not be checked become warnings),
   * or `false` to stop after the integrity checks.
   */
  readonly grounding?: GroundingMode | boolean;
}

/** A record that passed every check. */
export interface ValidationSuccess {
  /** Marks success. */
  readonly success: true;
  /**
   * The record: the value given, typed as {@link NewsRecord}. No copy is
   * made (the schema has no defaults or transforms and refuses unknown
   * fields, so a copy would be equal); copy it before changing it if the
   * caller still needs the original.
   */
  readonly data: NewsRecord;
  /** Spans that could not be checked, when grounding is `"lenient"`; absent when there are none. */
  readonly warnings?: readonly ValidationIssue[];
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
  /** Spans that could not be checked, when grounding is `"lenient"`; absent when there are none. */
  readonly warnings?: readonly ValidationIssue[];
}

/** What {@link validateRecord} returns: the record, or the issues. */
export type ValidationResult = ValidationSuccess | ValidationFailure;

/** Grounding's problems as issues, and its unchecked spans as issues or warnings by `mode`. */
function groundingIssues(
  record: ReadonlyDeep<NewsRecord>,
  spans: readonly SpanEntry[],
  mode: GroundingMode,
): { issues: ValidationIssue[]; warnings: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  for (const entry of groundingProblems(record, spans)) {
    if (entry.code === undefined || entry.message === undefined) continue;
    const issue: ValidationIssue = { path: entry.path, code: entry.code, stage: "grounding", message: entry.message };
    if (entry.status === "mismatched") issues.push(issue);
    else if (entry.status === "unchecked") (mode === "strict" ? issues : warnings).push(issue);
  }
  return { issues, warnings };
}

/**
 * Checks an untrusted value as a news record, in three stages: its shape
 * (the zod schema: types, required and unknown fields, formats), its
 * integrity (unique ids, references that resolve, spans inside the body,
 * ordered ranges, dates not after publication), and its grounding: every
 * span's words compared with what the record says, read in the article's
 * language (see `checkGrounding` for what is compared). By default
 * grounding is `"strict"`: a span that could not be checked is an issue, so
 * that a record passes only when everything it anchors was checked and
 * agrees; `{ grounding: "lenient" }` returns such spans as `warnings`.
 * Integrity and grounding run only on a well-shaped record. It never
 * throws, whatever `input` is.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `{ grounding: "lenient" }` lets unchecked spans pass as warnings; `{ grounding: false }` skips the grounding stage.
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
    // Listed once: integrity checks the spans' offsets, grounding their words.
    const spans = collectSpans(record);
    const issues = integrityIssues(record, spans);
    const grounding = options?.grounding ?? "strict";
    let warnings: ValidationIssue[] = [];
    if (grounding !== false) {
      const found = groundingIssues(record, spans, grounding === "lenient" ? "lenient" : "strict");
      issues.push(...found.issues);
      warnings = found.warnings;
    }
    const extra = warnings.length > 0 ? { warnings: capIssues(warnings).issues } : {};
    if (issues.length === 0) return { ...shape, ...extra };
    const capped = capIssues(issues);
    return { success: false, issues: capped.issues, issueCount: capped.count, ...extra };
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
 * @returns The record: the value given, typed (no copy is made).
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
