/**
 * The stages of `validateRecord`, in the order they run: the `shape` (the
 * zod schema), the record's `integrity` (ids, references, spans, ranges) and
 * its `grounding` in the article's text.
 */
export const VALIDATION_STAGES = ["shape", "integrity", "grounding"] as const;

/** A stage of `validateRecord`. */
export type ValidationStage = (typeof VALIDATION_STAGES)[number];

/**
 * Every code an issue can carry, grouped by stage. Codes are stable: a code
 * is never renamed or given a new meaning within a major version.
 *
 * Shape: `invalid_type`, `missing_field`, `unknown_field`, `forbidden_key`,
 * `invalid_value`, `invalid_format`, `too_small`, `too_big`, `invalid_input`.
 * Integrity: `duplicate_id`, `unresolved_reference`, `wrong_reference_kind`,
 * `self_reference`, `reference_cycle`, `span_out_of_range`, `span_reversed`,
 * `span_splits_character`, `fragment_outside_content`, `range_reversed`,
 * `interval_reversed`, `interval_unbounded`, `border_same_country`,
 * `negative_count`, `date_after_publication`. Grounding: `quote_mismatch`,
 * `span_text_mismatch`, `mention_mismatch`, `statistic_mismatch` (the
 * number), `hedge_mismatch` (a hedge dropped, added or turned round),
 * `unit_mismatch` (a currency, percent or unit the span contradicts),
 * `quote_marks_missing` (verbatim words not between quotation marks),
 * `span_cuts_word`, and `grounding_unchecked` (a span that could not be
 * checked, reported as an issue when grounding is `"strict"`).
 */
export const ISSUE_CODES = [
  "invalid_type",
  "missing_field",
  "unknown_field",
  "forbidden_key",
  "invalid_value",
  "invalid_format",
  "too_small",
  "too_big",
  "invalid_input",
  "duplicate_id",
  "unresolved_reference",
  "wrong_reference_kind",
  "self_reference",
  "reference_cycle",
  "span_out_of_range",
  "span_reversed",
  "span_splits_character",
  "fragment_outside_content",
  "range_reversed",
  "interval_reversed",
  "interval_unbounded",
  "border_same_country",
  "negative_count",
  "date_after_publication",
  "quote_mismatch",
  "span_text_mismatch",
  "mention_mismatch",
  "statistic_mismatch",
  "hedge_mismatch",
  "unit_mismatch",
  "quote_marks_missing",
  "span_cuts_word",
  "grounding_unchecked",
] as const;

/** A stable code naming what is wrong. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A key in an issue's path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * One thing wrong with a record: where (a JSON path from the record's root),
 * what (a stable code), at which stage, and a sentence a person can act on.
 */
export interface ValidationIssue {
  /** Keys and array indexes from the record's root to the faulty value; `[]` is the root. */
  readonly path: readonly PathSegment[];
  /** A stable code naming what is wrong. */
  readonly code: IssueCode;
  /** The stage that found the issue. */
  readonly stage: ValidationStage;
  /** What is wrong and how to put it right, in one or two sentences. */
  readonly message: string;
}

/**
 * Writes a path the way a person reads it: `quotes[2].speaker.actor`.
 *
 * @param path - Keys and indexes from the record's root.
 * @returns The path in dotted form with indexes in brackets; `(root)` for `[]`.
 * @example
 * ```ts
 * import { formatPath } from "news-schema";
 *
 * formatPath(["quotes", 2, "speaker", "actor"]); // => "quotes[2].speaker.actor"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Thrown by `parseRecord` when a record is not valid. It carries the same
 * issues `validateRecord` returns; its `name` is `"NewsRecordError"` in every
 * realm, so `error.name === "NewsRecordError"` works across bundles and
 * worker boundaries where `instanceof` may not.
 */
export class NewsRecordError extends Error {
  /** Every issue found, in the order the checks ran. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The issues that make the record invalid.
   */
  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
    super(
      first === undefined
        ? "Invalid news record"
        : `Invalid news record: ${formatPath(first.path)}: ${first.message}${more}`,
    );
    this.name = "NewsRecordError";
    this.issues = issues;
  }
}
