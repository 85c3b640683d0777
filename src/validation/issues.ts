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
 * `negative_count` (a count, the size of a change or a distance below
 * zero), `date_after_publication` (a date that cannot lie after the
 * article's publication does, or the publication lies after the article's
 * last change or a correction), `unit_not_allowed` (a unit the
 * quantity's kind cannot take: a ratio that is not a proportion),
 * `currency_same` (a conversion between amounts in one currency),
 * `missing_part` (a span into a headline, dateline, byline or correction
 * the article does not have), `inferred_with_span` (a link marked
 * inferred that gives the words stating it). Grounding: `quote_mismatch`,
 * `span_text_mismatch`, `mention_mismatch`, `statistic_mismatch` (the
 * number), `hedge_mismatch` (a hedge dropped, added or turned round),
 * `unit_mismatch` (a currency, percent or unit the span contradicts),
 * `quote_marks_missing` (verbatim words not between quotation marks),
 * `span_cuts_word`, `rate_mismatch` (a rate dropped, added or of another
 * unit of time), `change_mismatch` (a change dropped, added or turned
 * round), `estimate_mismatch` (an estimate's or forecast's words not in
 * the span), `pronoun_mismatch` (a pronoun mention whose words are not a
 * pronoun), and `grounding_unchecked` (a span that could not be
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
  "unit_not_allowed",
  "currency_same",
  "missing_part",
  "inferred_with_span",
  "quote_mismatch",
  "span_text_mismatch",
  "mention_mismatch",
  "statistic_mismatch",
  "hedge_mismatch",
  "unit_mismatch",
  "quote_marks_missing",
  "span_cuts_word",
  "rate_mismatch",
  "change_mismatch",
  "estimate_mismatch",
  "pronoun_mismatch",
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
  // A JavaScript caller may pass anything: what is not a list is the root,
  // and a segment that is neither a key nor an index is shown as `[?]`.
  if (!Array.isArray(path)) return "(root)";
  for (const segment of path as readonly unknown[]) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment !== "string") out += "[?]";
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Marks every `NewsRecordError`, whichever copy of the package made it (`Symbol.for` is shared by all of them). */
const BRAND: unique symbol = Symbol.for("news-schema.NewsRecordError");

/**
 * Thrown by `parseRecord` when a record is not valid. It carries the same
 * issues `validateRecord` returns; its `name` is `"NewsRecordError"` in every
 * realm.
 *
 * An app can load two copies of the class: the ES module and the CommonJS
 * build of the package (one imported, one required by a dependency), or two
 * bundles. `error instanceof NewsRecordError` holds for an error of either
 * copy, and so does {@link isNewsRecordError}, which also narrows `unknown`.
 */
export class NewsRecordError extends Error {
  /** Every issue found, in the order the checks ran. */
  readonly issues: readonly ValidationIssue[];

  /** How many issues were found in all; more than `issues.length` when the list was cut at the per-record cap. */
  readonly issueCount: number;

  /**
   * Whether `value` is a `NewsRecordError` from any copy of the package (for
   * `instanceof`). A subclass keeps the usual prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` asked about, maybe a subclass.
    if (this !== NewsRecordError) {
      // biome-ignore lint/complexity/noThisInStatic: the subclass's own prototype check.
      return Function.prototype[Symbol.hasInstance].call(this, value);
    }
    return isNewsRecordError(value);
  }

  /**
   * @param issues - The issues that make the record invalid.
   * @param issueCount - How many were found in all, when `issues` is only the first of them.
   */
  constructor(issues: readonly ValidationIssue[], issueCount: number = issues.length) {
    const first = issues[0];
    const total = Math.max(issueCount, issues.length);
    const more = total > 1 ? ` (and ${total - 1} more issue${total > 2 ? "s" : ""})` : "";
    super(
      first === undefined
        ? "Invalid news record"
        : `Invalid news record: ${formatPath(first.path)}: ${first.message}${more}`,
    );
    this.name = "NewsRecordError";
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
    this.issueCount = total;
  }
}

/**
 * Whether a value is a {@link NewsRecordError}, from this copy of the
 * package or any other (its ES module and CommonJS builds, another bundle):
 * use it in a `catch` where `instanceof` against one copy of the class could
 * miss an error thrown by the other.
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` when `value` is a `NewsRecordError`, typed as one.
 * @example
 * ```ts
 * import { isNewsRecordError, parseRecord } from "news-schema";
 *
 * let caught: unknown;
 * try {
 *   parseRecord({ schemaVersion: "1.0" });
 * } catch (error) {
 *   caught = error;
 * }
 * isNewsRecordError(caught); // => true
 * isNewsRecordError(new Error("other")); // => false
 * ```
 */
export function isNewsRecordError(value: unknown): value is NewsRecordError {
  return typeof value === "object" && value !== null && BRAND in value && value[BRAND] === true;
}
