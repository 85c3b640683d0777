import { excerpt } from "../internal/excerpt.js";
import type { PathSegment } from "../validation/issues.js";
import type { Folding } from "./fold.js";
import type { Candidate } from "./search.js";

/**
 * What `anchorRecord` reports about a quote, each a stable code:
 * `quote_not_found` (nowhere in the body, or in the part of the article
 * the quote names, not even loosely; or that part is missing),
 * `quote_ambiguous` (more than one place fits and nothing in the draft
 * decides), `context_not_found` (the `prefix` or `suffix` fits none of the
 * places the words stand), `occurrence_out_of_range` (fewer places than
 * `occurrence`), `anchor_budget_exceeded` (the search ran out of its work
 * budget before this quote), and the warning `quote_loose` (placed, but the
 * words match the body only loosely).
 */
export const ANCHOR_ISSUE_CODES = [
  "quote_not_found",
  "quote_ambiguous",
  "context_not_found",
  "occurrence_out_of_range",
  "anchor_budget_exceeded",
  "quote_loose",
] as const;

/** A stable code of an anchoring report. */
export type AnchorIssueCode = (typeof ANCHOR_ISSUE_CODES)[number];

/**
 * One thing `anchorRecord` reports about a quote of a draft: where (the JSON
 * path of the span), what (a stable code), a sentence a producer can act
 * on, and the places in the text searched (the body, or the part of the
 * article the quote names) that were considered.
 */
export interface AnchorIssue {
  /** Keys and array indexes from the draft's root to the span. */
  readonly path: readonly PathSegment[];
  /** A stable code naming what happened. */
  readonly code: AnchorIssueCode;
  /** Always `"anchor"`: the stage before `validateRecord`'s own. */
  readonly stage: "anchor";
  /** What happened and what to change in the draft, in one or two sentences. */
  readonly message: string;
  /** The places considered, as offsets into the text searched (the body, or the quote's `part`), in text order, at most {@link ANCHOR_LIMITS}.reportedCandidates of them; for `quote_loose` the place chosen. */
  readonly candidates: readonly Candidate[];
  /** How many places were found in all; with `more`, at least that many. */
  readonly candidateCount: number;
  /** Whether the search stopped counting at {@link ANCHOR_LIMITS}.candidates, so that there are more. */
  readonly more: boolean;
  /** For a loose match, the foldings the words needed to match, such as `"quotation marks"`. */
  readonly foldings: readonly Folding[];
}

/**
 * The cost bounds of `anchorRecord`. Its work is counted in UTF-16 code
 * units read, on one budget for the body and every other part of the
 * article the quotes name: each search is charged the stretch of text it
 * passes over and the length of the words it looks for, the loose form of
 * a text is charged its length once, each quote its own length, each
 * context comparison its length. Equal quotes are searched once per text.
 * A draft costs at most `budget` units of work plus the one search that
 * crosses it (so at most `budget` + the longest text's length + the
 * longest quote), whatever its
 * size; past that each quote left gets `anchor_budget_exceeded`. The result
 * says how much work was done (`work`). Checking the draft's shape first and
 * `validateRecord` after cost what they cost for a record of that size.
 */
export const ANCHOR_LIMITS = {
  /** The default work budget, in code units read: a thousand passes over the longest body, a few seconds at most. */
  budget: 1_000_000_000,
  /** The most places kept for one quote's words; past that, a quote must be told apart by its context within the first ones. */
  candidates: 1_000,
  /** The most places listed in one report. */
  reportedCandidates: 10,
} as const;

function places(body: string, candidates: readonly Candidate[], more: boolean): string {
  const shown = candidates.slice(0, 3).map((c) => `[${c.start}, ${c.end}) ${excerpt(body.slice(c.start, c.end), 40)}`);
  const rest = candidates.length - shown.length;
  return `${shown.join(", ")}${rest > 0 || more ? `, and ${more ? "more" : rest} more` : ""}`;
}

/**
 * The sentence of each report. `where` names the text the quote was looked
 * for in: "the body" (the default), "the headline", "the dateline", "the
 * byline" or a correction note.
 */
export const anchorMessages = {
  notFound(quote: string, where = "the body"): string {
    return `The words ${excerpt(quote)} are nowhere in ${where}, not even with white space, quotation marks, dashes or case set aside; copy them from ${where} as it is written${where === "the body" ? "" : ', or leave out "part" if they stand in the body'}.`;
  },
  ambiguous(
    quote: string,
    body: string,
    candidates: readonly Candidate[],
    count: number,
    more: boolean,
    where = "the body",
  ): string {
    return `The words ${excerpt(quote)} stand at ${more ? "more than " : ""}${count} places in ${where} (${places(body, candidates, more)}); add a "prefix" or "suffix" (words just before or after) or an "occurrence" (1 for the first) to say which is meant.`;
  },
  contextNotFound(
    quote: string,
    body: string,
    candidates: readonly Candidate[],
    more: boolean,
    where = "the body",
  ): string {
    return `The words ${excerpt(quote)} stand in ${where} (${places(body, candidates, more)}), but none of these places has the given "prefix" and "suffix" next to it; copy the words just before and after from ${where}.`;
  },
  partMissing(quote: string, part: string): string {
    return `The words ${excerpt(quote)} are said to stand in the ${part} ("part": "${part}"), but the article has no ${part}; add it to the article, or name the part the words stand in.`;
  },
  correctionUnnamed(quote: string): string {
    return `The words ${excerpt(quote)} are said to stand in a correction note ("part": "correction") without saying which; give the note's id in "correction".`;
  },
  correctionMissing(quote: string, id: string): string {
    return `The words ${excerpt(quote)} are said to stand in the correction note ${excerpt(id, 40)}, but the article has no correction with that id; give the id of one of article.corrections.`;
  },
  occurrenceOutOfRange(quote: string, occurrence: number, count: number, where = "the body"): string {
    return `"occurrence" is ${occurrence}, but the words ${excerpt(quote)} stand at only ${count} place${count === 1 ? "" : "s"} in ${where} that fit the context; count from 1 in the order of ${where}.`;
  },
  budget(): string {
    return "The anchoring work budget ran out before this quote was looked for; split the draft, or pass a larger budget to anchorRecord.";
  },
  loose(quote: string, found: string, foldings: readonly Folding[]): string {
    return `The words ${excerpt(quote)} match the body only with ${foldings.join(", ")} set aside; the span is placed on the body's own words ${excerpt(found)}.`;
  },
};
