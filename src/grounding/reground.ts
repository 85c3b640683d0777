import { excerpt } from "../internal/excerpt.js";
import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { inBody, spanInBody } from "../internal/text.js";
import { collectSpans, type SpanEntry, type SpanRole } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import { isWordCharAt } from "../text/word-index.js";
import type { PathSegment, ValidationIssue } from "../validation/issues.js";
import { unreadable } from "../validation/shape.js";
import { diffTexts, type Hunk } from "./diff.js";
import { foldText } from "./fold.js";
import { type FoldedText, foldWithOffsets, locate, locateFolded } from "./locate.js";

/**
 * Why {@link regroundRecord} could not place a span: its words are
 * `not_found`, or found more than once (`ambiguous`), or the search was not
 * made because the record's search budget ({@link REGROUND_SEARCH_BUDGET})
 * was spent (`over_budget`).
 */
export const REGROUND_PROBLEMS = ["not_found", "ambiguous", "over_budget"] as const;

/** Why a span could not be placed in the new body. */
export type RegroundProblem = (typeof REGROUND_PROBLEMS)[number];

/** A span {@link regroundRecord} could not place, left as it was in the record. */
export interface UnplacedSpan {
  /** JSON path of the span in the record. */
  readonly path: readonly PathSegment[];
  /** What the span anchors (a quote's words, an actor mention, a statistic…). */
  readonly role: SpanRole;
  /** The id of the actor, event, quote or statistic the span belongs to. */
  readonly factId: string;
  /** The words looked for: the old body's text at the span, or the span's `exact` when that text was not it. */
  readonly text: string;
  /** Why the span could not be placed. */
  readonly problem: RegroundProblem;
  /**
   * Where the words stand in the new body when `problem` is `ambiguous`: the
   * first {@link MAX_REPORTED_CANDIDATES} of them; `[]` otherwise.
   */
  readonly candidates: readonly TextSpan[];
  /** How many places in the new body hold the words; `candidates` lists the first of them. */
  readonly candidateCount: number;
  /** What went wrong and what to do, for a person. */
  readonly message: string;
}

/** What {@link regroundRecord} returns. */
export interface RegroundSuccess {
  /** Marks a record that could be regrounded (some spans may still be unplaced). */
  readonly success: true;
  /** A new record with the new body and every span it could place moved; the input is not changed. */
  readonly record: NewsRecord;
  /** How many spans the record has. */
  readonly spans: number;
  /** How many spans now have other offsets than before. */
  readonly moved: number;
  /** The spans it could not place, left with their old offsets; empty when every span was placed. */
  readonly unplaced: readonly UnplacedSpan[];
}

/** What {@link regroundRecord} returns for a value that is not a well-formed record. */
export interface RegroundFailure {
  /** Marks input that is not a well-formed record, or a new body that is not text. */
  readonly success: false;
  /** What is wrong with the input, with JSON paths. */
  readonly issues: readonly ValidationIssue[];
}

/** What {@link regroundRecord} returns: the moved record and what it could not place, or why it could not start. */
export type RegroundResult = RegroundSuccess | RegroundFailure;

/**
 * The most code units of the new body that {@link regroundRecord} scans
 * when it looks for the words of spans that the edit touched (each distinct
 * text is looked for once): 64 times the longest body a record may have.
 * Spans past it are reported `over_budget`.
 */
export const REGROUND_SEARCH_BUDGET = 64_000_000;

/** The most candidates an unplaced span lists; `candidateCount` has them all. */
export const MAX_REPORTED_CANDIDATES = 20;

/** Words on each side of a span compared to tell candidates apart. */
const CONTEXT_WORDS = 4;
/** How many more neighbouring words the best candidate must share than the next one, and at least. */
const CONTEXT_MARGIN = 2;
/** The most candidates scored by context; with more, only their order can tell them apart. */
const MAX_SCORED = 64;
/**
 * Code units at each end of a span that must be unchanged for the span to
 * grow or shrink with the edits inside it. Nearer its ends an edit has other
 * readings of the same length ("ian" put before "in order" reads as "i",
 * then "an", then "in"), so the span is looked for by its words instead.
 */
const GROWN_MARGIN = 8;
/**
 * Unchanged code units that must stand next to a span, on one side at
 * least, for it to move by offsets alone. A span with edits right at both
 * of its edges may have been matched to another copy of its words (a
 * sentence moved and repeated), so it is looked for by its words instead.
 */
const SETTLED_MARGIN = 16;

interface Pending {
  readonly entry: SpanEntry<TextSpan>;
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly text: string;
  readonly candidates: readonly TextSpan[];
}

interface Placement {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly start: number;
  readonly end: number;
}

function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function contextBefore(body: string, offset: number): string[] {
  return words(body.slice(Math.max(0, offset - 40 * CONTEXT_WORDS), offset)).slice(-CONTEXT_WORDS);
}

function contextAfter(body: string, offset: number): string[] {
  return words(body.slice(offset, offset + 40 * CONTEXT_WORDS)).slice(0, CONTEXT_WORDS);
}

/** How many neighbouring words a candidate shares with the old span: the nearest first, stopping at the first difference. */
function contextScore(oldBefore: string[], oldAfter: string[], newBody: string, candidate: TextSpan): number {
  const before = contextBefore(newBody, candidate.start);
  const after = contextAfter(newBody, candidate.end);
  let score = 0;
  for (let i = 1; i <= oldBefore.length && oldBefore[oldBefore.length - i] === before[before.length - i]; i++) score++;
  for (let i = 0; i < oldAfter.length && oldAfter[i] === after[i]; i++) score++;
  return score;
}

/** The candidate whose neighbouring words clearly match the old span's best, if one does. */
function pickByContext(oldBody: string, newBody: string, pending: Pending): TextSpan | undefined {
  if (pending.candidates.length > MAX_SCORED) return undefined;
  const oldBefore = contextBefore(oldBody, pending.oldStart);
  const oldAfter = contextAfter(oldBody, pending.oldEnd);
  const scored = pending.candidates
    .map((candidate) => ({ candidate, score: contextScore(oldBefore, oldAfter, newBody, candidate) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best === undefined || best.score < CONTEXT_MARGIN) return undefined;
  if (next !== undefined && best.score - next.score < CONTEXT_MARGIN) return undefined;
  return best.candidate;
}

/** The first index in a sorted list whose key is at least `value`. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Placements sorted both ways, to find a pending span's nearest placed neighbours in O(log n). */
interface PlacedOrder {
  readonly byOldEnd: readonly Placement[];
  readonly byOldStart: readonly Placement[];
}

/** The only candidate lying between the new places of the nearest spans placed before and after the old span, if there is one. */
function pickByOrder(order: PlacedOrder, pending: Pending): TextSpan | undefined {
  const beforeAt = lowerBound(order.byOldEnd, pending.oldStart + 1, (p) => p.oldEnd) - 1;
  const before = order.byOldEnd[beforeAt];
  const after = order.byOldStart[lowerBound(order.byOldStart, pending.oldEnd, (p) => p.oldStart)];
  const low = before?.end ?? 0;
  const high = after?.start ?? Number.POSITIVE_INFINITY;
  // Candidates are in order of start; those inside [low, high] are a run of them.
  const first = lowerBound(pending.candidates, low, (c) => c.start);
  const inside: TextSpan[] = [];
  for (let i = first; i < pending.candidates.length && inside.length < 2; i++) {
    const candidate = pending.candidates[i];
    if (candidate === undefined || candidate.start > high) break;
    if (candidate.end <= high) inside.push(candidate);
  }
  return inside.length === 1 ? inside[0] : undefined;
}

/** Whether an offset falls inside a word: a letter, digit or mark on both sides of it. */
function cutsWord(text: string, offset: number): boolean {
  return isWordCharAt(text, offset - 1) && isWordCharAt(text, offset);
}

/**
 * Whether a span placed in the new body starts and ends as the old one did:
 * inside a word or between words. A span whose old place is unknown must
 * start and end between words. This keeps "Belarus" from landing on the
 * start of "Belarusian".
 */
function sameEdges(oldBody: string, old: TextSpan | undefined, newBody: string, start: number, end: number): boolean {
  const oldStartCut = old === undefined ? false : cutsWord(oldBody, old.start);
  const oldEndCut = old === undefined ? false : cutsWord(oldBody, old.end);
  return cutsWord(newBody, start) === oldStartCut && cutsWord(newBody, end) === oldEndCut;
}

function reverse(text: string): string {
  let out = "";
  for (let i = text.length - 1; i >= 0; i--) out += text.charAt(i);
  return out;
}

/** Hunks of two reversed texts, turned back into hunks of the texts, in order. */
function reverseHunks(hunks: readonly Hunk[], oldLength: number, newLength: number): Hunk[] {
  return hunks
    .map((h) => ({
      oldStart: oldLength - h.oldEnd,
      oldEnd: oldLength - h.oldStart,
      newStart: newLength - h.newEnd,
      newEnd: newLength - h.newStart,
      reachStart: oldLength - h.reachEnd,
      reachEnd: oldLength - h.reachStart,
    }))
    .reverse();
}

/** Where a diff puts a span: moved whole, or grown over edits inside it with `head` and `tail` unchanged. */
type Mapped =
  | { readonly start: number; readonly end: number; readonly grown: false }
  | {
      readonly start: number;
      readonly end: number;
      readonly grown: true;
      readonly head: number;
      readonly tail: number;
    };

/**
 * Maps old spans to the new body by one diff's hunks: a span no hunk can
 * reach inside, with {@link SETTLED_MARGIN} unchanged code units next to it
 * on one side, moves whole; a span whose hunks all lie
 * {@link GROWN_MARGIN} or more inside it grows or shrinks with them; any
 * other span has no place by offsets (`undefined`).
 */
function diffMapper(hunks: readonly Hunk[]): (start: number, end: number) => Mapped | undefined {
  const oldStarts = hunks.map((h) => h.oldStart);
  /** The hunks whose reach meets `[from, to]`: a run of them, as reaches are in order. */
  const touching = (from: number, to: number): Hunk[] => {
    const out: Hunk[] = [];
    for (let i = lowerBound(hunks, from, (h) => h.reachEnd); i < hunks.length; i++) {
      const hunk = hunks[i];
      if (hunk === undefined || hunk.reachStart > to) break;
      out.push(hunk);
    }
    return out;
  };
  /** Where an old offset lies, counting every hunk that starts at or before it. */
  const shifted = (offset: number): number => {
    const last = hunks[lowerBound(oldStarts, offset + 1, (x) => x) - 1];
    return last === undefined ? offset : offset + (last.newEnd - last.oldEnd);
  };
  return (start, end) => {
    // Hunks that reach inside the span, not just to its edges.
    const inside = touching(start + 1, end - 1);
    if (inside.length === 0) {
      const settled =
        touching(Math.max(0, start - SETTLED_MARGIN), start).length === 0 ||
        touching(end, end + SETTLED_MARGIN).length === 0;
      if (!settled) return undefined;
      const newStart = shifted(start);
      return { start: newStart, end: newStart + (end - start), grown: false };
    }
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first === undefined || last === undefined) return undefined;
    if (first.reachStart < start + GROWN_MARGIN || last.reachEnd > end - GROWN_MARGIN) return undefined;
    return {
      start: shifted(start),
      end: end + (last.newEnd - last.oldEnd),
      grown: true,
      head: first.reachStart - start,
      tail: end - last.reachEnd,
    };
  };
}

/**
 * Moves every span of a record to the same words in a corrected body (a
 * typo fixed, a paragraph inserted or removed, words added at the start),
 * and reports the spans it could not place instead of guessing. In order:
 * 1. The old and new bodies are compared (their common start and end, then
 *    a diff of the changed middle, within budgets of 2,000 edit steps and
 *    50 million code units compared; past them the middle counts as one
 *    change). An edit that could equally stand a
 *    little earlier or later ("ab" inserted into "xaby") is taken to cover
 *    every such place.
 * 2. A span whose words are unchanged, with no edit that could stand
 *    inside it and 16 unchanged code units next to it on one side at least,
 *    moves by the length the edits before it added or removed. A span that wholly contains edits, with at least 8 unchanged
 *    code units of its own on both sides of them, grows or shrinks with them
 *    (a typo fixed inside a quotation).
 * 3. Any other span's words are looked for in the new body, exactly, then
 *    across typographic variants (as {@link locate} with `loose`), keeping
 *    only the places that start and end as the old span did (between words,
 *    or inside one): "Belarus" is not placed on the start of "Belarusian".
 *    Words found once are placed there.
 * 4. Words found more than once are placed by context when one candidate
 *    shares at least two more of the four neighbouring words on each side
 *    than any other (up to 64 candidates); else by order, when exactly one
 *    candidate lies between the new places of the nearest spans placed
 *    before and after it (edits do not reorder an article's words).
 * 5. Anything left is reported `ambiguous` with its first 20 candidates and
 *    their count, `not_found`, or `over_budget` once the search has scanned
 *    {@link REGROUND_SEARCH_BUDGET} code units; it keeps its old offsets,
 *    so `validateRecord` flags it.
 *
 * Every span placed is checked before it is kept: its text in the new body
 * is the text looked for (or, for a span grown by an edit inside it, its
 * unchanged ends are), and its edges fall as the old ones did. The work is
 * near-linear in the body and the spans: the diff is bounded, each distinct
 * text is looked for once, and neighbours are found by binary search.
 *
 * A span whose text in the old body is not its `exact` (a span that was
 * already off) is looked for by its `exact`, so regrounding a record on its
 * own body repairs such spans. Placed spans that carry `exact` get the new
 * body's text. Spans into another part of the article (`part`: headline,
 * dateline, byline, a correction) are left as they are: the body's edits
 * do not move them. The input record is not changed.
 *
 * @param record - The record whose `article.body` is the old text.
 * @param newBody - The corrected text of the article.
 * @returns The new record, the number of spans and of spans moved, and the
 *   spans that could not be placed.
 * @example
 * ```ts
 * import { regroundRecord } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const newBody = "(Updated) " + belarusLithuaniaBorder.article.body;
 * const result = regroundRecord(belarusLithuaniaBorder, newBody);
 * if (result.success) {
 *   result.unplaced; // => []
 *   result.moved === result.spans; // => true
 *   result.record.actors[0]?.mentions?.[0]; // => { "start": 10, "end": 17, "exact": "Belarus" }
 * }
 * ```
 */
export function regroundRecord(record: ReadonlyDeep<NewsRecord>, newBody: string): RegroundResult {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return { success: false, issues };
  if (typeof newBody !== "string") {
    return {
      success: false,
      issues: [{ path: [], code: "invalid_type", stage: "shape", message: "The new body must be a string." }],
    };
  }
  let draft: NewsRecord;
  try {
    // A fresh structured clone shares nothing with the input, so dropping
    // `readonly` cannot let the input change.
    draft = structuredClone(record) as NewsRecord;
  } catch (error) {
    return { success: false, issues: unreadable(error).issues };
  }
  const oldBody = draft.article.body;
  draft.article.body = newBody;
  const every = collectSpans(draft);
  // A span into the headline, dateline, byline or a correction does not move when the body changes.
  const entries = every.filter((entry) => inBody(entry.span));

  // Two diffs, one biased to put edits early and one late: a span is moved
  // by offsets only where both agree, so an edit that has other readings of
  // the same length (repeated words, a shifted run) is never guessed at.
  const early = diffMapper(diffTexts(oldBody, newBody));
  const late = diffMapper(reverseHunks(diffTexts(reverse(oldBody), reverse(newBody)), oldBody.length, newBody.length));

  const placements = new Map<SpanEntry<TextSpan>, Placement>();
  const placed: Placement[] = [];
  const place = (entry: SpanEntry<TextSpan>, oldStart: number, oldEnd: number, start: number, end: number): void => {
    const placement = { oldStart, oldEnd, start, end };
    placements.set(entry, placement);
    placed.push(placement);
  };
  const pending: Pending[] = [];
  const rank = new Map(entries.map((entry, i) => [entry, i]));
  const unplacedRanks: { rank: number; item: UnplacedSpan }[] = [];
  const report = (
    entry: SpanEntry<TextSpan>,
    text: string,
    problem: RegroundProblem,
    candidates: readonly TextSpan[],
  ): void => {
    const shown = candidates.slice(0, MAX_REPORTED_CANDIDATES).map(({ start, end }) => ({ start, end }));
    const where = shown.map((c) => `[${c.start}, ${c.end})`).join(", ");
    const more = candidates.length > shown.length ? ` and ${candidates.length - shown.length} more places` : "";
    const item: UnplacedSpan = {
      path: entry.path,
      role: entry.role,
      factId: entry.factId,
      text,
      problem,
      candidates: problem === "ambiguous" ? shown : [],
      candidateCount: problem === "ambiguous" ? candidates.length : 0,
      message:
        text === ""
          ? "The span lay outside the old body and has no exact text to look for; set it by hand."
          : problem === "not_found"
            ? `The words ${excerpt(text)} are not in the new body where a span could start and end as it did; set this span by hand.`
            : problem === "over_budget"
              ? `The words ${excerpt(text)} were not looked for: regrounding this record has already scanned ${REGROUND_SEARCH_BUDGET.toLocaleString("en-US")} code units (REGROUND_SEARCH_BUDGET); set this span by hand, or reground the edits in smaller steps.`
              : `The words ${excerpt(text)} stand ${candidates.length} times in the new body (at ${where}${more}) and nothing tells which is meant; pick one by hand.`,
    };
    unplacedRanks.push({ rank: rank.get(entry) ?? 0, item });
  };

  let scanned = 0;
  const found = new Map<string, readonly TextSpan[]>();
  let folded: FoldedText | undefined;
  /** Every place of `text` in the new body, exactly or else loosely; `undefined` past the budget. */
  const search = (text: string): readonly TextSpan[] | undefined => {
    const known = found.get(text);
    if (known !== undefined) return known;
    if (scanned + newBody.length > REGROUND_SEARCH_BUDGET) return undefined;
    scanned += newBody.length;
    let spans: readonly TextSpan[] = locate(newBody, text);
    if (spans.length === 0) {
      folded ??= foldWithOffsets(newBody);
      spans = locateFolded(newBody, folded, text);
    }
    found.set(text, spans);
    return spans;
  };

  for (const entry of entries) {
    const { start, end } = entry.span;
    const inRange = spanInBody(oldBody, entry.span);
    const oldText = inRange ? oldBody.slice(start, end) : undefined;
    const holds = oldText !== undefined && (entry.span.exact === undefined || entry.span.exact === oldText);
    if (holds) {
      const one = early(start, end);
      const other = late(start, end);
      if (one !== undefined && other !== undefined && one.start === other.start && one.end === other.end) {
        const head = one.grown ? one.head : end - start;
        const tail = one.grown ? one.tail : 0;
        if (
          newBody.slice(one.start, one.start + head) === oldBody.slice(start, start + head) &&
          newBody.slice(one.end - tail, one.end) === oldBody.slice(end - tail, end) &&
          sameEdges(oldBody, entry.span, newBody, one.start, one.end)
        ) {
          place(entry, start, end, one.start, one.end);
          continue;
        }
      }
    }
    const text = holds ? oldText : (entry.span.exact ?? oldText);
    if (text === undefined) {
      report(entry, "", "not_found", []);
      continue;
    }
    const all = search(text);
    if (all === undefined) {
      report(entry, text, "over_budget", []);
      continue;
    }
    const old = inRange ? entry.span : undefined;
    const candidates = all.filter((c) => sameEdges(oldBody, old, newBody, c.start, c.end));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (candidates.length === 0) report(entry, text, "not_found", []);
    else if (only !== undefined) place(entry, start, end, only.start, only.end);
    else pending.push({ entry, oldStart: start, oldEnd: end, text, candidates });
  }

  const stillPending: Pending[] = [];
  for (const item of pending) {
    const chosen = pickByContext(oldBody, newBody, item);
    if (chosen === undefined) stillPending.push(item);
    else place(item.entry, item.oldStart, item.oldEnd, chosen.start, chosen.end);
  }
  const order: PlacedOrder = {
    byOldEnd: [...placed].sort((a, b) => a.oldEnd - b.oldEnd),
    byOldStart: [...placed].sort((a, b) => a.oldStart - b.oldStart),
  };
  for (const item of stillPending) {
    const chosen = pickByOrder(order, item);
    if (chosen === undefined) report(item.entry, item.text, "ambiguous", item.candidates);
    else place(item.entry, item.oldStart, item.oldEnd, chosen.start, chosen.end);
  }

  let moved = 0;
  for (const [entry, placement] of placements) {
    const span = entry.span;
    if (span.start !== placement.start || span.end !== placement.end) moved++;
    span.start = placement.start;
    span.end = placement.end;
    if (span.exact !== undefined) span.exact = newBody.slice(placement.start, placement.end);
  }
  unplacedRanks.sort((a, b) => a.rank - b.rank);
  return {
    success: true,
    record: draft,
    spans: every.length,
    moved,
    unplaced: unplacedRanks.map(({ item }) => item),
  };
}
