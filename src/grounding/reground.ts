import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { spanInBody } from "../internal/text.js";
import { collectSpans, type SpanEntry, type SpanRole } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import type { PathSegment, ValidationIssue } from "../validation/issues.js";
import { foldText } from "./fold.js";
import { locate } from "./locate.js";

/** Why {@link regroundRecord} could not place a span: its words are `not_found`, or found more than once (`ambiguous`). */
export const REGROUND_PROBLEMS = ["not_found", "ambiguous"] as const;

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
  /** Where the words stand in the new body when `problem` is `ambiguous`; `[]` when `not_found`. */
  readonly candidates: readonly TextSpan[];
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

/** Words on each side of a span compared to tell candidates apart. */
const CONTEXT_WORDS = 4;
/** How many more neighbouring words the best candidate must share than the next one, and at least. */
const CONTEXT_MARGIN = 2;

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

/** The only candidate lying between the nearest placed spans before and after the old span, if there is one. */
function pickByOrder(placed: readonly Placement[], pending: Pending): TextSpan | undefined {
  let before: Placement | undefined;
  let after: Placement | undefined;
  for (const p of placed) {
    if (p.oldEnd <= pending.oldStart && (before === undefined || p.oldEnd > before.oldEnd)) before = p;
    if (p.oldStart >= pending.oldEnd && (after === undefined || p.oldStart < after.oldStart)) after = p;
  }
  const low = before?.end ?? 0;
  const high = after?.start ?? Number.POSITIVE_INFINITY;
  const inside = pending.candidates.filter((c) => c.start >= low && c.end <= high);
  return inside.length === 1 ? inside[0] : undefined;
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Moves every span of a record to the same words in a corrected body (a
 * typo fixed, a paragraph inserted or removed), and reports the spans it
 * could not place instead of guessing. In order:
 * 1. The body's unchanged start and end are found (the longest common
 *    prefix and suffix): a span wholly inside them keeps its words, so it
 *    keeps or shifts its offsets; a span that wholly contains the edit, and
 *    some unchanged text besides, grows or shrinks with it (a typo fixed
 *    inside a quotation).
 * 2. Any other span's words are looked for in the new body, exactly, then
 *    across typographic variants (as {@link locate} with `loose`). Words
 *    found once are placed there.
 * 3. Words found more than once are placed by context when one candidate
 *    shares at least two more of the four neighbouring words on each side
 *    than any other; else by order, when exactly one candidate lies between
 *    the new places of the nearest spans placed before and after it (edits
 *    do not reorder an article's words).
 * 4. Anything left is reported `ambiguous` with every candidate, or
 *    `not_found`, and keeps its old offsets, so `validateRecord` flags it.
 *
 * A span whose text in the old body is not its `exact` (a span that was
 * already off) is looked for by its `exact`, so regrounding a record on its
 * own body repairs such spans. Placed spans that carry `exact` get the new
 * body's text. The input record is not changed.
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
  const oldBody = record.article.body;
  // A fresh structured clone shares nothing with the input, so dropping
  // `readonly` cannot let the input change.
  const draft = structuredClone(record) as NewsRecord;
  draft.article.body = newBody;
  const entries = collectSpans(draft);

  const prefix = commonPrefix(oldBody, newBody);
  const suffix = commonSuffix(oldBody, newBody, Math.min(oldBody.length, newBody.length) - prefix);
  const editEnd = oldBody.length - suffix;
  const delta = newBody.length - oldBody.length;

  const placements = new Map<SpanEntry<TextSpan>, Placement>();
  const placed: Placement[] = [];
  const place = (entry: SpanEntry<TextSpan>, oldStart: number, oldEnd: number, start: number, end: number): void => {
    const placement = { oldStart, oldEnd, start, end };
    placements.set(entry, placement);
    placed.push(placement);
  };
  const pending: Pending[] = [];
  const unplaced: UnplacedSpan[] = [];
  const report = (
    entry: SpanEntry<TextSpan>,
    text: string,
    problem: RegroundProblem,
    candidates: readonly TextSpan[],
  ): void => {
    const where = candidates.map((c) => `[${c.start}, ${c.end})`).join(", ");
    unplaced.push({
      path: entry.path,
      role: entry.role,
      factId: entry.factId,
      text,
      problem,
      candidates,
      message:
        text === ""
          ? "The span lay outside the old body and has no exact text to look for; set it by hand."
          : problem === "not_found"
            ? `The words ${JSON.stringify(text)} are not in the new body; set this span by hand.`
            : `The words ${JSON.stringify(text)} stand ${candidates.length} times in the new body (at ${where}) and nothing tells which is meant; pick one by hand.`,
    });
  };

  for (const entry of entries) {
    const { start, end } = entry.span;
    const inRange = spanInBody(oldBody, entry.span);
    const oldText = inRange ? oldBody.slice(start, end) : undefined;
    const holds = oldText !== undefined && (entry.span.exact === undefined || entry.span.exact === oldText);
    if (holds) {
      if (end <= prefix) {
        place(entry, start, end, start, end);
        continue;
      }
      if (start >= editEnd) {
        place(entry, start, end, start + delta, end + delta);
        continue;
      }
      // The edit lies inside the span, which keeps some of its own words.
      if (start <= prefix && end >= editEnd && (start < prefix || end > editEnd)) {
        place(entry, start, end, start, end + delta);
        continue;
      }
    }
    const text = holds ? oldText : (entry.span.exact ?? oldText);
    if (text === undefined) {
      report(entry, "", "not_found", []);
      continue;
    }
    const exact = locate(newBody, text);
    const candidates = exact.length > 0 ? exact : locate(newBody, text, { loose: true });
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
  for (const item of stillPending) {
    const chosen = pickByOrder(placed, item);
    if (chosen === undefined) {
      report(
        item.entry,
        item.text,
        "ambiguous",
        item.candidates.map(({ start, end }) => ({ start, end })),
      );
    } else {
      place(item.entry, item.oldStart, item.oldEnd, chosen.start, chosen.end);
    }
  }

  let moved = 0;
  for (const [entry, placement] of placements) {
    const span = entry.span;
    if (span.start !== placement.start || span.end !== placement.end) moved++;
    span.start = placement.start;
    span.end = placement.end;
    if (span.exact !== undefined) span.exact = newBody.slice(placement.start, placement.end);
  }
  const order = new Map(entries.map((entry, i) => [entry.path.join("."), i]));
  unplaced.sort((a, b) => (order.get(a.path.join(".")) ?? 0) - (order.get(b.path.join(".")) ?? 0));
  return { success: true, record: draft, spans: entries.length, moved, unplaced };
}
