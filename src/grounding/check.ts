import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { spanInBody } from "../internal/text.js";
import { collectSpans, type SpanEntry, type SpanRole } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import { insideWord } from "../text/boundaries.js";
import { languageProfile } from "../text/languages/index.js";
import { digitFormat } from "../text/number-format.js";
import { quotationProblem } from "../text/quotation-marks.js";
import type { IssueCode } from "../validation/issues.js";
import { foldText } from "./fold.js";
import * as say from "./messages.js";
import type { GroundedFactKind, GroundingEntry, GroundingReport, GroundingTotals } from "./report.js";
import { checkStatisticText, type Reading } from "./statistic.js";

export {
  GROUNDED_FACT_KINDS,
  GROUNDING_STATUSES,
  type GroundedFactKind,
  type GroundingEntry,
  type GroundingReport,
  type GroundingStatus,
  type GroundingTotals,
} from "./report.js";

/** The most mismatched spans per record for which the body is searched for where the words do stand. */
const SUGGESTIONS_PER_RECORD = 20;

/** The longest body text an entry's `found` carries. */
const FOUND_LENGTH = 200;

/**
 * The longest text compared loosely (folded, or normalized) for a
 * suggestion, and the longest statistic span read: a statistic's span holds
 * its quantity words, and longer texts would make one record's check cost
 * grow with its body times its spans.
 */
const LOOSE_LENGTH = 2_000;
const STATISTIC_LENGTH = 500;

/** What every span check of one record shares. */
interface Context {
  readonly record: ReadonlyDeep<NewsRecord>;
  readonly body: string;
  readonly reading: Reading;
  /** Folded names and aliases of each actor, by id. */
  readonly names: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names and aliases of each actor as the record writes them, by id: most mentions match one as it is, unfolded. */
  readonly exactNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Searches for a suggestion left. */
  suggestions: number;
}

const FACT_KINDS: Readonly<Record<string, GroundedFactKind>> = {
  actors: "mention",
  events: "event",
  quotes: "quote",
  statistics: "statistic",
};

const ROLE_WORDS: Readonly<Record<SpanRole, string>> = {
  quoted: "quoted",
  "quote-content": "quote content",
  speaker: "anonymous speaker",
  mention: "mention",
  statistic: "statistic",
  event: "event",
  link: "event link",
  place: "place",
};

/** Where the expected words stand nearest the span, or how they differ from the found ones. */
function suggestion(context: Context, span: ReadonlyDeep<TextSpan>, found: string): say.Suggestion {
  const exact = span.exact ?? "";
  if (context.suggestions <= 0 || exact === "") return {};
  context.suggestions--;
  if (exact.length <= LOOSE_LENGTH && found.length <= LOOSE_LENGTH) {
    if (exact.normalize("NFC") === found.normalize("NFC")) return { normalization: true };
    if (foldText(exact) === foldText(found)) return { typography: true };
  }
  const after = context.body.indexOf(exact, span.start);
  const before = context.body.lastIndexOf(exact, span.start);
  const nearest = after < 0 ? before : before < 0 ? after : span.start - before <= after - span.start ? before : after;
  return nearest < 0 ? {} : { at: [nearest, nearest + exact.length] };
}

type Check = Omit<GroundingEntry, "kind" | "factId" | "path" | "role">;

/** The check of a span that holds: one object, shared, as nothing changes it. */
const GROUNDED: Check = Object.freeze({ status: "grounded" });

function mismatched(code: IssueCode, expected: string, found: string, message: string): Check {
  return { status: "mismatched", code, expected, found: found.slice(0, FOUND_LENGTH), message };
}

/** The checks every span gets: its `exact` text, then its word boundaries. */
function checkText(context: Context, entry: SpanEntry, found: string): Check | undefined {
  const { span, role } = entry;
  if (span.exact !== undefined && span.exact !== found) {
    const code = role === "quoted" ? "quote_mismatch" : "span_text_mismatch";
    return mismatched(code, span.exact, found, say.exactMismatch(span, found, suggestion(context, span, found)));
  }
  const language = context.record.article.language;
  const start = insideWord(context.body, span.start, language);
  const end = insideWord(context.body, span.end, language);
  if (start || end) {
    return mismatched(
      "span_cuts_word",
      "a span at word boundaries",
      found,
      say.cutsWord(found, start && end ? "both" : start ? "start" : "end"),
    );
  }
  return undefined;
}

function checkRole(context: Context, entry: SpanEntry, found: string): Check {
  const { span, role, path } = entry;
  switch (role) {
    case "quoted": {
      const problem = quotationProblem(context.body, span.start, span.end);
      return problem === undefined
        ? { status: "grounded" }
        : mismatched("quote_marks_missing", "words between quotation marks", found, say.quotationMarks(found, problem));
    }
    case "mention": {
      // A mention written as a name is that name folded too; only the others are folded to be compared.
      if (context.exactNames.get(entry.factId)?.has(found) === true) return GROUNDED;
      const names = context.names.get(entry.factId);
      // No name is longer than a label, so a longer text is not folded to be compared.
      if (found.length <= LOOSE_LENGTH && names?.has(foldText(found)) === true) return GROUNDED;
      const actor = context.record.actors[Number(path[1])];
      const expected = actor === undefined ? "" : [actor.name, ...(actor.aliases ?? [])].join(" | ");
      return mismatched("mention_mismatch", expected, found, say.mentionMismatch(found, actor?.name ?? entry.factId));
    }
    case "statistic": {
      const statistic = context.record.statistics[Number(path[1])];
      if (statistic === undefined) return { status: "grounded" };
      if (found.length > STATISTIC_LENGTH) {
        return mismatched(
          "statistic_mismatch",
          "a span of the quantity's words",
          found,
          say.statisticTooLong(found, STATISTIC_LENGTH),
        );
      }
      const outcome = checkStatisticText(found, statistic.quantity, statistic.unit, context.reading);
      if (outcome.status === "mismatched") return mismatched(outcome.code, outcome.expected, found, outcome.message);
      if (outcome.status === "unchecked") {
        return { status: "unchecked", code: "grounding_unchecked", reason: outcome.reason, message: outcome.message };
      }
      return { status: "grounded" };
    }
    default:
      // A content, event, link, place or speaker span says only where; its `exact` is what there is to compare.
      return span.exact === undefined
        ? {
            status: "unchecked",
            code: "grounding_unchecked",
            reason: "no exact text",
            message: say.noExact(ROLE_WORDS[role]),
          }
        : GROUNDED;
  }
}

/** The check of one span, and the entry that reports it. */
function checkSpan(context: Context, entry: SpanEntry): GroundingEntry {
  return toEntry(entry, spanCheck(context, entry));
}

function spanCheck(context: Context, entry: SpanEntry): Check {
  if (!spanInBody(context.body, entry.span)) {
    return { status: "out_of_range", message: say.outOfRange(entry.span, context.body.length) };
  }
  const found = context.body.slice(entry.span.start, entry.span.end);
  return checkText(context, entry, found) ?? checkRole(context, entry, found);
}

/** An entry written field by field: spreading objects of many shapes is slow, and most entries are plain. */
function toEntry(entry: SpanEntry, check: Check): GroundingEntry {
  const out: {
    -readonly [K in keyof GroundingEntry]: GroundingEntry[K];
  } = {
    kind: FACT_KINDS[String(entry.path[0])] ?? "event",
    factId: entry.factId,
    path: entry.path,
    role: entry.role,
    status: check.status,
  };
  if (check.expected !== undefined) out.expected = check.expected;
  if (check.found !== undefined) out.found = check.found;
  if (check.message !== undefined) out.message = check.message;
  if (check.reason !== undefined) out.reason = check.reason;
  if (check.code !== undefined) out.code = check.code;
  return out;
}

/** One grounding-entry per fact that has no span, in the order of the record's fields. */
function noSpanEntries(record: ReadonlyDeep<NewsRecord>, entries: GroundingEntry[]): void {
  record.actors.forEach((actor, a) => {
    if ((actor.mentions ?? []).length === 0) {
      entries.push({
        kind: "mention",
        factId: actor.id,
        path: ["actors", a],
        status: "no_span",
        message: say.noMentions(actor.name),
      });
    }
  });
  record.events.forEach((event, e) => {
    if ((event.spans ?? []).length === 0) {
      entries.push({
        kind: "event",
        factId: event.id,
        path: ["events", e],
        status: "no_span",
        message: "The event has no span; add the offsets where the article reports it.",
      });
    }
  });
  record.statistics.forEach((statistic, s) => {
    if (statistic.span === undefined) {
      entries.push({
        kind: "statistic",
        factId: statistic.id,
        path: ["statistics", s],
        status: "no_span",
        message: say.NO_STATISTIC_SPAN,
      });
    }
  });
}

function context(record: ReadonlyDeep<NewsRecord>): Context {
  const tag = record.article.language;
  const names = new Map<string, ReadonlySet<string>>();
  const exactNames = new Map<string, ReadonlySet<string>>();
  for (const actor of record.actors) {
    const all = [actor.name, ...(actor.aliases ?? [])];
    exactNames.set(actor.id, new Set(all));
    names.set(actor.id, new Set(all.map(foldText)));
  }
  return {
    record,
    body: record.article.body,
    reading: { tag, profile: languageProfile(tag), format: digitFormat(tag) },
    names,
    exactNames,
    suggestions: SUGGESTIONS_PER_RECORD,
  };
}

function collectEntries(record: ReadonlyDeep<NewsRecord>): GroundingEntry[] {
  const shared = context(record);
  const entries = collectSpans(record).map((entry) => checkSpan(shared, entry));
  noSpanEntries(record, entries);
  return entries;
}

/**
 * The entries of {@link checkGrounding} that are not `grounded`: what
 * validation reports.
 */
export function groundingProblems(record: ReadonlyDeep<NewsRecord>): GroundingEntry[] {
  // The same entries as checkGrounding's, in the same order, without building those that hold.
  const shared = context(record);
  const entries: GroundingEntry[] = [];
  for (const entry of collectSpans(record)) {
    const check = spanCheck(shared, entry);
    if (check.status !== "grounded") entries.push(toEntry(entry, check));
  }
  noSpanEntries(record, entries);
  return entries;
}

/**
 * Checks every span of a record against its article's body, reading the
 * body in the article's language (`article.language`):
 * - every span: its `exact` text, code unit for code unit (no Unicode
 *   normalization), and that it neither starts nor ends inside a word;
 * - a direct quotation's words and a mixed quote's fragments: they stand
 *   between quotation marks of a kind languages use (“ ” „ “ « » ‹ › 「 」
 *   and others), the marks outside the span;
 * - a statistic's span: the numbers of its quantity as the language writes
 *   them (separators, scale words, numbers in words, fractions and ratios),
 *   its hedge and the direction of a bound, and the currency, percent or
 *   unit it shows;
 * - a mention: the actor's name or an alias (case, white space and
 *   typographic quotes and dashes folded).
 * What could not be compared is `unchecked`, with a `reason`, and never
 * counts as grounded: a content, event, link, place or speaker span with no
 * `exact`, a number or hedge in words in a language other than English,
 * German, French and Spanish, a hedge missing from the lexicon.
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
 * // every fact of the seed record is checked and grounded
 * report.totals.coverage; // => 1
 * report.totals.spansUnchecked; // => 0
 * ```
 */
export function checkGrounding(record: ReadonlyDeep<NewsRecord>): GroundingReport {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) {
    const totals: GroundingTotals = {
      facts: 0,
      factsWithSpans: 0,
      factsGrounded: 0,
      factsUnchecked: 0,
      spans: 0,
      spansGrounded: 0,
      spansUnchecked: 0,
      coverage: 0,
    };
    return { entries: [], totals, issues };
  }
  return groundingReport(record);
}

/**
 * {@link checkGrounding} for a record already known to be well formed, so
 * that helpers which have checked the shape themselves do not check it again.
 */
export function groundingReport(record: ReadonlyDeep<NewsRecord>): GroundingReport {
  const entries = collectEntries(record);
  const byFact = new Map<string, { spans: number; holding: number; unchecked: number }>();
  let spans = 0;
  let spansGrounded = 0;
  let spansUnchecked = 0;
  for (const entry of entries) {
    const key = `${entry.path[0]}.${entry.path[1]}`;
    const tally = byFact.get(key) ?? { spans: 0, holding: 0, unchecked: 0 };
    if (entry.status !== "no_span") {
      tally.spans++;
      spans++;
      if (entry.status === "grounded") {
        tally.holding++;
        spansGrounded++;
      } else if (entry.status === "unchecked") {
        tally.unchecked++;
        spansUnchecked++;
      }
    }
    byFact.set(key, tally);
  }
  let factsWithSpans = 0;
  let factsGrounded = 0;
  let factsUnchecked = 0;
  for (const tally of byFact.values()) {
    if (tally.spans > 0) factsWithSpans++;
    if (tally.spans > 0 && tally.holding === tally.spans) factsGrounded++;
    if (tally.unchecked > 0) factsUnchecked++;
  }
  const facts = byFact.size;
  return {
    entries,
    totals: {
      facts,
      factsWithSpans,
      factsGrounded,
      factsUnchecked,
      spans,
      spansGrounded,
      spansUnchecked,
      coverage: facts === 0 ? 1 : factsGrounded / facts,
    },
  };
}
