import type { SpanRole } from "../internal/walk.js";
import type { IssueCode, PathSegment, ValidationIssue } from "../validation/issues.js";

/**
 * The kinds of fact whose grounding {@link checkGrounding} reports: quotes,
 * statistics, actors (by their mentions), events and the places a record
 * declares.
 */
export const GROUNDED_FACT_KINDS = ["quote", "statistic", "mention", "event", "place"] as const;

/**
 * What a grounding entry checks: a span's role (see `SpanRole`), or an
 * event's `qualifier`, compared with the event's spans.
 */
export type GroundingRole = SpanRole | "qualifier";

/** A kind of fact whose grounding is checked. */
export type GroundedFactKind = (typeof GROUNDED_FACT_KINDS)[number];

/**
 * How one span stands against the body: its words were compared with what
 * the record says and agree (`grounded`) or do not (`mismatched`); they
 * could not be compared (`unchecked`, with a `reason`: a span with no
 * `exact` text and nothing else to compare, a number or hedge in a language
 * the library cannot read); the span lies outside the body or is reversed
 * (`out_of_range`); or the fact has no span at all (`no_span`). Only
 * `grounded` counts as grounded.
 */
export const GROUNDING_STATUSES = ["grounded", "mismatched", "unchecked", "out_of_range", "no_span"] as const;

/** How one span stands against the body. */
export type GroundingStatus = (typeof GROUNDING_STATUSES)[number];

/** The result of checking one span of a quote, a statistic, an actor, an event or a declared place (or one qualifier of an event). */
export interface GroundingEntry {
  /** What kind of fact the span belongs to. */
  readonly kind: GroundedFactKind;
  /** The id of the quote, statistic, actor, event or declared place. */
  readonly factId: string;
  /** JSON path of the span in the record (of the fact itself when `status` is `no_span`). */
  readonly path: readonly PathSegment[];
  /** What the span anchors: quoted words, a quote's content, a speaker, a mention, a statistic or its rate, change, phrase, estimate or uncertainty, an event, a link, a place; or an event's qualifier. */
  readonly role?: GroundingRole;
  /** How the span stands against the body. */
  readonly status: GroundingStatus;
  /** What the record says should stand at the span (set when `status` is `mismatched`). */
  readonly expected?: string;
  /** The body's text at the span, at most 200 code units (set when `status` is `mismatched`). */
  readonly found?: string;
  /** Why the span does not hold, or why it was not checked, for a person (set unless `status` is `grounded`). */
  readonly message?: string;
  /** Why the span could not be checked, in a few words (set when `status` is `unchecked`). */
  readonly reason?: string;
  /** The issue code `validateRecord` reports (set when `status` is `mismatched` or `unchecked`). */
  readonly code?: IssueCode;
}

/** Counts over a {@link GroundingReport}. */
export interface GroundingTotals {
  /** Quotes, statistics, actors, events and declared places checked. */
  readonly facts: number;
  /** Facts with at least one span. */
  readonly factsWithSpans: number;
  /** Facts with at least one span, every one of which was checked and holds. */
  readonly factsGrounded: number;
  /** Facts with at least one span that could not be checked. */
  readonly factsUnchecked: number;
  /** Spans looked at (an event's qualifiers count as one each). */
  readonly spans: number;
  /** Spans checked that hold. */
  readonly spansGrounded: number;
  /** Spans that could not be checked; they never count as grounded. */
  readonly spansUnchecked: number;
  /** `factsGrounded / facts`, from 0 to 1; 1 when there are no facts. */
  readonly coverage: number;
}

/** What {@link checkGrounding} finds: one entry per span (or per fact without one), and totals. */
export interface GroundingReport {
  /** Set, with no entries and zero totals, when the value is not a well-formed record: its shape issues. */
  readonly issues?: readonly ValidationIssue[];
  /** One entry per span checked, and one per fact that has no span. */
  readonly entries: readonly GroundingEntry[];
  /** Counts over the entries. */
  readonly totals: GroundingTotals;
}
