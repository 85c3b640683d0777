import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { spanInBody } from "../internal/text.js";
import type { Actor } from "../schema/actor.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import type { Statistic } from "../schema/statistic.js";
import type { IssueCode, PathSegment, ValidationIssue } from "../validation/issues.js";
import { foldText } from "./fold.js";
import { numbersIn, sameNumber } from "./numbers.js";

/** The kinds of fact whose grounding {@link checkGrounding} reports. */
export const GROUNDED_FACT_KINDS = ["quote", "statistic", "mention"] as const;

/** A kind of fact whose grounding is checked. */
export type GroundedFactKind = (typeof GROUNDED_FACT_KINDS)[number];

/**
 * How one span stands against the body: its text is what the record says
 * (`grounded`), it is not (`mismatched`), it lies outside the body or is
 * reversed (`out_of_range`), or the fact has no span at all (`no_span`).
 */
export const GROUNDING_STATUSES = ["grounded", "mismatched", "out_of_range", "no_span"] as const;

/** How one span stands against the body. */
export type GroundingStatus = (typeof GROUNDING_STATUSES)[number];

/** The result of checking one span of a quote, a statistic or an actor mention. */
export interface GroundingEntry {
  /** What the span anchors. */
  readonly kind: GroundedFactKind;
  /** The id of the quote, statistic or actor. */
  readonly factId: string;
  /** JSON path of the span in the record (of the fact itself when `status` is `no_span`). */
  readonly path: readonly PathSegment[];
  /** How the span stands against the body. */
  readonly status: GroundingStatus;
  /** What the record says should stand at the span (set when `status` is `mismatched`). */
  readonly expected?: string;
  /** The body's text at the span (set when `status` is `mismatched`). */
  readonly found?: string;
  /** Why the span does not hold, for a person (set unless `status` is `grounded`). */
  readonly message?: string;
  /** The issue code `validateRecord` reports for a mismatch (set when `status` is `mismatched`). */
  readonly code?: IssueCode;
}

/** Counts over a {@link GroundingReport}. */
export interface GroundingTotals {
  /** Quotes, statistics and actors checked. */
  readonly facts: number;
  /** Facts with at least one span. */
  readonly factsWithSpans: number;
  /** Facts with at least one span, all of whose spans hold. */
  readonly factsGrounded: number;
  /** Spans checked. */
  readonly spans: number;
  /** Spans that hold. */
  readonly spansGrounded: number;
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

type Entry = GroundingEntry;

/** Where the checks put their entries; `grounded` entries are dropped when `keepGrounded` is false. */
interface Sink {
  readonly keepGrounded: boolean;
  push(entry: Entry): void;
}

function outOfRange(
  kind: GroundedFactKind,
  factId: string,
  path: readonly PathSegment[],
  span: ReadonlyDeep<TextSpan>,
  body: string,
): Entry {
  return {
    kind,
    factId,
    path,
    status: "out_of_range",
    message: `The span [${span.start}, ${span.end}) is not a stretch of the body (0 to ${body.length} UTF-16 code units, start < end).`,
  };
}

function mismatch(
  code: IssueCode,
  kind: GroundedFactKind,
  factId: string,
  path: readonly PathSegment[],
  expected: string,
  found: string,
  message: string,
): Entry {
  return { kind, factId, path, status: "mismatched", expected, found, message, code };
}

/** Checks a span's text against its `exact`, if it has one; `undefined` when it holds. */
function exactMismatch(
  code: IssueCode,
  kind: GroundedFactKind,
  factId: string,
  path: readonly PathSegment[],
  span: ReadonlyDeep<TextSpan>,
  found: string,
): Entry | undefined {
  if (span.exact === undefined || span.exact === found) return undefined;
  return mismatch(code, kind, factId, path, span.exact, found, exactMismatchMessage(span, found));
}

/** What to tell a person whose span's `exact` text is not the body's text at the span. */
export function exactMismatchMessage(span: ReadonlyDeep<TextSpan>, found: string): string {
  return `The body reads ${JSON.stringify(found)} at [${span.start}, ${span.end}), not ${JSON.stringify(span.exact)}.`;
}

function checkQuote(body: string, quote: ReadonlyDeep<Quote>, q: number, out: Sink): void {
  const spans: { path: PathSegment[]; span: ReadonlyDeep<TextSpan> }[] = [];
  if (quote.mode !== "direct") spans.push({ path: ["quotes", q, "content"], span: quote.content });
  if (quote.mode !== "indirect") {
    quote.quoted.forEach((span, s) => {
      spans.push({ path: ["quotes", q, "quoted", s], span });
    });
  }
  for (const { path, span } of spans) {
    if (!spanInBody(body, span)) {
      out.push(outOfRange("quote", quote.id, path, span, body));
      continue;
    }
    const found = body.slice(span.start, span.end);
    const code = path[2] === "quoted" ? "quote_mismatch" : "span_text_mismatch";
    const miss = exactMismatch(code, "quote", quote.id, path, span, found);
    if (miss !== undefined) out.push(miss);
    else if (out.keepGrounded) out.push({ kind: "quote", factId: quote.id, path, status: "grounded" });
  }
}

/** What a statistic's span must show: its hedge or words, and its numbers when the body is English. */
function statisticExpectation(
  statistic: ReadonlyDeep<Statistic>,
  english: boolean,
): { words: string[]; numbers: number[] } {
  const q = statistic.quantity;
  switch (q.kind) {
    case "exact":
      return { words: [], numbers: english ? [q.value] : [] };
    case "approximate":
    case "bound":
      return { words: [q.hedge], numbers: english ? [q.value] : [] };
    case "range":
      return { words: q.hedge === undefined ? [] : [q.hedge], numbers: english ? [q.min, q.max] : [] };
    case "vague":
      return { words: [q.expression], numbers: [] };
  }
}

function checkStatistic(
  body: string,
  statistic: ReadonlyDeep<Statistic>,
  s: number,
  english: boolean,
  out: Sink,
): void {
  const path: PathSegment[] = ["statistics", s, "span"];
  const span = statistic.span;
  if (span === undefined) {
    out.push({
      kind: "statistic",
      factId: statistic.id,
      path: ["statistics", s],
      status: "no_span",
      message: "The statistic has no span; add the offsets of its quantity in the body.",
    });
    return;
  }
  if (!spanInBody(body, span)) {
    out.push(outOfRange("statistic", statistic.id, path, span, body));
    return;
  }
  const found = body.slice(span.start, span.end);
  const exact = exactMismatch("span_text_mismatch", "statistic", statistic.id, path, span, found);
  if (exact !== undefined) {
    out.push(exact);
    return;
  }
  const { words, numbers } = statisticExpectation(statistic, english);
  const folded = ` ${foldText(found)} `;
  const missingWords = words.filter((word) => !folded.includes(foldText(word)));
  const digitsInSpan = /\d/.test(found);
  const written = numbersIn(found);
  const missingNumbers = digitsInSpan ? numbers.filter((n) => !written.some((w) => sameNumber(w, n))) : [];
  if (missingWords.length === 0 && missingNumbers.length === 0) {
    if (out.keepGrounded) out.push({ kind: "statistic", factId: statistic.id, path, status: "grounded" });
    return;
  }
  const expected = [...words.map((w) => JSON.stringify(w)), ...numbers.map(String)].join(" and ");
  const lacking = [...missingWords.map((w) => JSON.stringify(w)), ...missingNumbers.map(String)].join(" and ");
  out.push(
    mismatch(
      "statistic_mismatch",
      "statistic",
      statistic.id,
      path,
      expected,
      found,
      `The span reads ${JSON.stringify(found)}, which does not show ${lacking}; fix the span or the quantity.`,
    ),
  );
}

function checkMentions(body: string, actor: ReadonlyDeep<Actor>, a: number, out: Sink): void {
  const mentions = actor.mentions ?? [];
  if (mentions.length === 0) {
    out.push({
      kind: "mention",
      factId: actor.id,
      path: ["actors", a],
      status: "no_span",
      message: "The actor has no mentions; add the spans where the article names it.",
    });
    return;
  }
  const names = new Set([actor.name, ...(actor.aliases ?? [])].map(foldText));
  mentions.forEach((span, m) => {
    const path: PathSegment[] = ["actors", a, "mentions", m];
    if (!spanInBody(body, span)) {
      out.push(outOfRange("mention", actor.id, path, span, body));
      return;
    }
    const found = body.slice(span.start, span.end);
    const exact = exactMismatch("span_text_mismatch", "mention", actor.id, path, span, found);
    if (exact !== undefined) out.push(exact);
    else if (names.has(foldText(found))) {
      if (out.keepGrounded) out.push({ kind: "mention", factId: actor.id, path, status: "grounded" });
    } else
      out.push(
        mismatch(
          "mention_mismatch",
          "mention",
          actor.id,
          path,
          [actor.name, ...(actor.aliases ?? [])].join(" | "),
          found,
          `The body reads ${JSON.stringify(found)} here, which is neither the actor's name nor one of its aliases; fix the span or add the alias.`,
        ),
      );
  });
}

function collectEntries(record: ReadonlyDeep<NewsRecord>, keepGrounded: boolean): Entry[] {
  const body = record.article.body;
  const english = /^en(?:-|$)/i.test(record.article.language);
  const entries: Entry[] = [];
  const sink: Sink = { keepGrounded, push: (entry) => entries.push(entry) };
  record.quotes.forEach((quote, q) => {
    checkQuote(body, quote, q, sink);
  });
  record.statistics.forEach((statistic, s) => {
    checkStatistic(body, statistic, s, english, sink);
  });
  record.actors.forEach((actor, a) => {
    checkMentions(body, actor, a, sink);
  });
  return entries;
}

/**
 * The entries of {@link checkGrounding} that are not `grounded`, without the
 * cost of recording the ones that are: what validation reports.
 */
export function groundingProblems(record: ReadonlyDeep<NewsRecord>): Entry[] {
  return collectEntries(record, false);
}

/**
 * Checks every quote, statistic and actor mention of a record against its
 * article's body:
 * - a quoted span's text must be its `exact` words, code unit for code unit
 *   (no Unicode normalization: an NFD quote does not match an NFC body);
 * - a statistic's span must show its hedge or quantity words, and, in an
 *   English body, its numbers when the span has digits ("some 3,500" for
 *   `{ kind: "approximate", value: 3500, hedge: "some" }`);
 * - a mention's text must be the actor's name or an alias, compared with
 *   case, white space and typographic quotes and dashes folded;
 * - any span of theirs with `exact` must have that text.
 * Spans of events, links, places and anonymous speakers are not in this
 * report: `validateRecord` checks their `exact` texts.
 * It never throws: given a value that is not a well-formed record, it
 * returns no entries, zero totals and the value's shape issues in `issues`.
 *
 * @param record - A record (typically one `validateRecord` accepted).
 * @returns One entry per span and per fact without a span, and totals.
 * @example
 * ```ts
 * import { checkGrounding } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const report = checkGrounding(belarusLithuaniaBorder);
 * // every quote, statistic and actor of the seed record is grounded
 * report.totals.coverage; // => 1
 * ```
 */
export function checkGrounding(record: ReadonlyDeep<NewsRecord>): GroundingReport {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) {
    const totals = { facts: 0, factsWithSpans: 0, factsGrounded: 0, spans: 0, spansGrounded: 0, coverage: 0 };
    return { entries: [], totals, issues };
  }
  return groundingReport(record);
}

/**
 * {@link checkGrounding} for a record already known to be well formed, so
 * that helpers which have checked the shape themselves do not check it again.
 */
export function groundingReport(record: ReadonlyDeep<NewsRecord>): GroundingReport {
  const entries = collectEntries(record, true);

  const byFact = new Map<string, { spans: number; holding: number }>();
  let spansGrounded = 0;
  let spans = 0;
  for (const entry of entries) {
    const key = entry.path.slice(0, 2).join(".");
    const tally = byFact.get(key) ?? { spans: 0, holding: 0 };
    if (entry.status !== "no_span") {
      tally.spans++;
      spans++;
      if (entry.status === "grounded") {
        tally.holding++;
        spansGrounded++;
      }
    }
    byFact.set(key, tally);
  }
  let factsWithSpans = 0;
  let factsGrounded = 0;
  for (const tally of byFact.values()) {
    if (tally.spans > 0) factsWithSpans++;
    if (tally.spans > 0 && tally.holding === tally.spans) factsGrounded++;
  }
  const facts = byFact.size;
  return {
    entries,
    totals: {
      facts,
      factsWithSpans,
      factsGrounded,
      spans,
      spansGrounded,
      coverage: facts === 0 ? 1 : factsGrounded / facts,
    },
  };
}
