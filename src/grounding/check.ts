import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { partText, spanInBody } from "../internal/text.js";
import { collectSpans, type SpanEntry, type SpanList, type SpanRole } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import { insideWord } from "../text/boundaries.js";
import { foldWords } from "../text/hedges.js";
import { languageProfile } from "../text/languages/index.js";
import { isPronoun } from "../text/lexicon.js";
import { digitFormat } from "../text/number-format.js";
import { quotationProblem } from "../text/quotation-marks.js";
import type { IssueCode } from "../validation/issues.js";
import { foldText } from "./fold.js";
import * as say from "./messages.js";
import type { GroundedFactKind, GroundingEntry, GroundingReport, GroundingRole, GroundingTotals } from "./report.js";
import { checkStatisticText, type Reading, type StatisticOutcome, standsInFolded } from "./statistic.js";
import {
  checkChangeText,
  checkEstimateText,
  checkFacets,
  checkRateText,
  checkUncertaintyText,
  firstProblem,
} from "./statistic-facets.js";

export {
  GROUNDED_FACT_KINDS,
  GROUNDING_STATUSES,
  type GroundedFactKind,
  type GroundingEntry,
  type GroundingReport,
  type GroundingRole,
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

/** An actor or a declared place: what a mention of it is compared with. */
interface Named {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/**
 * The names of one kind of fact (actors, or declared places), by id, the
 * last fact of an id winning: read as the record writes them, and folded
 * only when a mention needs it (most mentions match a name as it is).
 */
class Names {
  readonly #facts: readonly Named[];
  #byId: Map<string, Named> | undefined;
  readonly #folded = new Map<string, ReadonlySet<string>>();

  constructor(facts: readonly Named[]) {
    this.#facts = facts;
  }

  #fact(id: string): Named | undefined {
    if (this.#byId === undefined) {
      const byId = new Map<string, Named>();
      for (const fact of this.#facts) byId.set(fact.id, fact);
      this.#byId = byId;
    }
    return this.#byId.get(id);
  }

  /** Whether a fact of that id is declared. */
  has(id: string): boolean {
    return this.#fact(id) !== undefined;
  }

  /** Whether `text` is the name or an alias of the fact of that id, as the record writes it. */
  isExact(id: string, text: string): boolean {
    const fact = this.#fact(id);
    return fact !== undefined && (fact.name === text || fact.aliases?.includes(text) === true);
  }

  /** The folded names and aliases of the fact of that id, or `undefined` when none has that id. */
  folded(id: string): ReadonlySet<string> | undefined {
    const found = this.#folded.get(id);
    if (found !== undefined) return found;
    const fact = this.#fact(id);
    if (fact === undefined) return undefined;
    const names = new Set([fact.name, ...(fact.aliases ?? [])].map(foldText));
    this.#folded.set(id, names);
    return names;
  }
}

/** What every span check of one record shares. */
interface Context {
  readonly record: ReadonlyDeep<NewsRecord>;
  readonly reading: Reading;
  /** The names and aliases of each actor, by id. */
  readonly actorNames: Names;
  /** The names and aliases of each declared place, by id. */
  readonly placeNames: Names;
  /** Searches for a suggestion left. */
  suggestions: number;
}

const FACT_KINDS: Readonly<Record<SpanList, GroundedFactKind>> = {
  actors: "mention",
  events: "event",
  quotes: "quote",
  statistics: "statistic",
  places: "place",
};

const ROLE_WORDS: Readonly<Record<SpanRole, string>> = {
  quoted: "quoted",
  "quote-content": "quote content",
  continuation: "quote continuation",
  refusal: "refusal",
  speaker: "anonymous speaker",
  channel: "channel",
  mention: "mention",
  affiliation: "affiliation",
  statistic: "statistic",
  rate: "rate",
  change: "change",
  phrase: "phrase",
  estimate: "estimate",
  uncertainty: "uncertainty",
  event: "event",
  link: "event link",
  place: "place",
  "place-ref": "place",
  "relative-place": "relative place",
  "place-mention": "place mention",
};

/** Where the expected words stand nearest the span, or how they differ from the found ones. */
function suggestion(context: Context, source: string, span: ReadonlyDeep<TextSpan>, found: string): say.Suggestion {
  const exact = span.exact ?? "";
  if (context.suggestions <= 0 || exact === "") return {};
  context.suggestions--;
  if (exact.length <= LOOSE_LENGTH && found.length <= LOOSE_LENGTH) {
    if (exact.normalize("NFC") === found.normalize("NFC")) return { normalization: true };
    if (foldText(exact) === foldText(found)) return { typography: true };
  }
  const after = source.indexOf(exact, span.start);
  const before = source.lastIndexOf(exact, span.start);
  const nearest = after < 0 ? before : before < 0 ? after : span.start - before <= after - span.start ? before : after;
  return nearest < 0 ? {} : { at: [nearest, nearest + exact.length] };
}

type Check = Omit<GroundingEntry, "kind" | "factId" | "path" | "role">;

/** The one result of every span that holds, shared rather than built anew. */
const GROUNDED: Check = Object.freeze({ status: "grounded" });

function mismatched(code: IssueCode, expected: string, found: string, message: string): Check {
  return { status: "mismatched", code, expected, found: found.slice(0, FOUND_LENGTH), message };
}

function unchecked(reason: string, message: string): Check {
  return { status: "unchecked", code: "grounding_unchecked", reason, message };
}

/** An outcome of the statistic reader as an entry's check. */
function fromOutcome(outcome: StatisticOutcome, found: string): Check {
  if (outcome.status === "mismatched") return mismatched(outcome.code, outcome.expected, found, outcome.message);
  if (outcome.status === "unchecked") return unchecked(outcome.reason, outcome.message);
  return GROUNDED;
}

/** The checks every span gets: its `exact` text, then its word boundaries, in the text of its part. */
function checkText(context: Context, entry: SpanEntry, source: string, found: string): Check | undefined {
  const { span, role } = entry;
  if (span.exact !== undefined && span.exact !== found) {
    const code = role === "quoted" || role === "refusal" ? "quote_mismatch" : "span_text_mismatch";
    return mismatched(
      code,
      span.exact,
      found,
      say.exactMismatch(span, found, suggestion(context, source, span, found)),
    );
  }
  const language = context.record.article.language;
  const start = insideWord(source, span.start, language);
  const end = insideWord(source, span.end, language);
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

/** A mention of an actor or a declared place, by its form: a name or alias, a pronoun, or a description. */
function checkMention(context: Context, entry: SpanEntry, found: string): Check {
  const span = entry.span;
  if (entry.form === "description") {
    // Its `exact`, when given, was compared already; a description has nothing else to compare.
    return span.exact === undefined ? unchecked("no exact text", say.noExact("description mention")) : GROUNDED;
  }
  if (entry.form === "pronoun") {
    const profile = context.reading.profile;
    if (profile === undefined) return unchecked("language not read", say.pronounUnread(context.reading.tag));
    return isPronoun(found, profile)
      ? GROUNDED
      : mismatched("pronoun_mismatch", `a ${profile.name} pronoun`, found, say.notPronoun(found, profile.name));
  }
  const isPlace = entry.role === "place-mention";
  const names = isPlace ? context.placeNames : context.actorNames;
  // A mention written as a name is that name folded too; only the others are folded to be compared.
  if (names.isExact(entry.factId, found)) return GROUNDED;
  // No name is longer than a label, so a longer text is not folded to be compared.
  if (found.length <= LOOSE_LENGTH && names.folded(entry.factId)?.has(foldText(found)) === true) return GROUNDED;
  const fact = isPlace ? context.record.places?.[entry.index] : context.record.actors[entry.index];
  const expected = fact === undefined ? "" : [fact.name, ...(fact.aliases ?? [])].join(" | ");
  const name = fact?.name ?? entry.factId;
  return mismatched(
    "mention_mismatch",
    expected,
    found,
    isPlace ? say.placeMentionMismatch(found, name) : say.mentionMismatch(found, name),
  );
}

/** A place span: a reference names its declared place; a relative place gives its distance. */
function checkPlace(context: Context, entry: SpanEntry, found: string): Check {
  const place = entry.place;
  if (place?.kind === "ref") {
    if (!context.placeNames.has(place.place)) return unchecked("place not declared", say.undeclaredPlace(place.place));
    if (found.length <= LOOSE_LENGTH && context.placeNames.folded(place.place)?.has(foldText(found)) === true) {
      return GROUNDED;
    }
    const declared = context.record.places?.find((p) => p.id === place.place);
    const expected = declared === undefined ? "" : [declared.name, ...(declared.aliases ?? [])].join(" | ");
    return mismatched(
      "mention_mismatch",
      expected,
      found,
      say.placeMentionMismatch(found, declared?.name ?? place.place),
    );
  }
  if (place?.kind === "relative" && place.distance !== undefined) {
    if (found.length > STATISTIC_LENGTH) {
      return mismatched("statistic_mismatch", "a distance", found, say.statisticTooLong(found, STATISTIC_LENGTH));
    }
    const unit = { kind: "length", unit: place.distance.unit } as const;
    const outcome = checkStatisticText(found, place.distance.quantity, unit, context.reading);
    // The distance was compared with the span's words: that grounds the span even with no `exact`.
    return fromOutcome(outcome, found);
  }
  return span(entry);
}

/** A span that says only where (a quote's content, an event, a channel…): its `exact` is what there is to compare. */
function span(entry: SpanEntry): Check {
  return entry.span.exact === undefined ? unchecked("no exact text", say.noExact(ROLE_WORDS[entry.role])) : GROUNDED;
}

/** A statistic's span, or one of its facets' spans, too long to be read. */
function tooLong(role: SpanRole, what: string, found: string): Check {
  return mismatched(
    role === "estimate" ? "estimate_mismatch" : "statistic_mismatch",
    what,
    found,
    say.statisticTooLong(found, STATISTIC_LENGTH),
  );
}

function checkRole(context: Context, entry: SpanEntry, source: string, found: string): Check {
  const { span: at, role } = entry;
  const statistic = entry.list === "statistics" ? context.record.statistics[entry.index] : undefined;
  switch (role) {
    case "quoted": {
      const problem = quotationProblem(source, at.start, at.end);
      return problem === undefined
        ? GROUNDED
        : mismatched("quote_marks_missing", "words between quotation marks", found, say.quotationMarks(found, problem));
    }
    case "mention":
    case "place-mention":
      return checkMention(context, entry, found);
    case "place":
    case "place-ref":
    case "relative-place":
      return checkPlace(context, entry, found);
    case "phrase": {
      const text = entry.text ?? "";
      return found.length <= LOOSE_LENGTH && foldText(found) === foldText(text)
        ? GROUNDED
        : mismatched("span_text_mismatch", text, found, say.phraseMismatch(found, text));
    }
    case "statistic": {
      if (statistic === undefined) return unchecked("statistic not found", say.noExact("statistic"));
      if (found.length > STATISTIC_LENGTH) return tooLong(role, "a span of the quantity's words", found);
      const outcome = checkStatisticText(found, statistic.quantity, statistic.unit, context.reading);
      return fromOutcome(firstProblem([outcome, ...checkFacets(found, statistic, context.reading)]), found);
    }
    case "rate":
      if (statistic?.per === undefined) return span(entry);
      if (found.length > STATISTIC_LENGTH) return tooLong(role, "a span of the rate's words", found);
      return fromOutcome(checkRateText(found, statistic.per, context.reading), found);
    case "change":
      if (statistic?.change === undefined) return span(entry);
      if (found.length > STATISTIC_LENGTH) return tooLong(role, "a span of the change's words", found);
      return fromOutcome(checkChangeText(found, statistic.change, undefined, context.reading), found);
    case "estimate":
      if (statistic?.estimate === undefined) return span(entry);
      if (found.length > STATISTIC_LENGTH) return tooLong(role, "a span of the estimate's words", found);
      return fromOutcome(checkEstimateText(found, statistic.estimate), found);
    case "uncertainty":
      if (statistic?.uncertainty === undefined) return span(entry);
      if (found.length > STATISTIC_LENGTH) return tooLong(role, "a span of the uncertainty's numbers", found);
      return fromOutcome(checkUncertaintyText(found, statistic.uncertainty, context.reading), found);
    default:
      return span(entry);
  }
}

/** How one span stands against the part of the article it points into. */
function spanCheck(context: Context, entry: SpanEntry): Check {
  const source = partText(context.record.article, entry.span);
  if (source === undefined) return { status: "out_of_range", message: say.missingPart(entry.span) };
  if (!spanInBody(source, entry.span)) {
    return { status: "out_of_range", message: say.outOfRange(entry.span, source.length) };
  }
  const exact = entry.span.exact;
  const sliced = source.slice(entry.span.start, entry.span.end);
  // Where `exact` holds, the span's words are read from it: the same text, but often stored one byte per
  // character (a slice of a body with any character past U+00FF takes two), which lower-cases and searches faster.
  const found = exact === sliced ? exact : sliced;
  return checkText(context, entry, source, found) ?? checkRole(context, entry, source, found);
}

/** An entry written field by field: spreading objects of many shapes is slow, and most entries are plain. */
function toEntry(entry: SpanEntry, check: Check): GroundingEntry {
  const out: {
    -readonly [K in keyof GroundingEntry]: GroundingEntry[K];
  } = {
    kind: FACT_KINDS[entry.list],
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

/**
 * Each qualifier of each event, compared with the event's spans (those that
 * lie in their part); with `problemsOnly`, the entries of those that hold
 * are left out.
 */
function qualifierEntries(context: Context, problemsOnly: boolean): GroundingEntry[] {
  const out: GroundingEntry[] = [];
  const role: GroundingRole = "qualifier";
  context.record.events.forEach((event, e) => {
    const qualifiers = event.qualifiers;
    // An event with no qualifier has no text to read.
    if (qualifiers === undefined || qualifiers.length === 0) return;
    const texts: string[] = [];
    for (const at of event.spans ?? []) {
      const source = partText(context.record.article, at);
      if (source !== undefined && spanInBody(source, at) && at.end - at.start <= LOOSE_LENGTH) {
        const text = source.slice(at.start, at.end);
        // As for a span's check: where `exact` holds, it is the same text, often faster to fold.
        texts.push(at.exact === text ? at.exact : text);
      }
    }
    // Each text is folded once for all the event's qualifiers.
    const folded: (string | undefined)[] = [];
    const holds = (qualifier: string): boolean =>
      texts.some((text, i) => {
        let fold = folded[i];
        if (fold === undefined) {
          fold = foldWords(text);
          folded[i] = fold;
        }
        return standsInFolded(text, fold, qualifier);
      });
    qualifiers.forEach((qualifier, q) => {
      const path = ["events", e, "qualifiers", q];
      if (texts.length === 0) {
        // No span, or none that could be read: nothing was compared.
        const base = { kind: "event", factId: event.id, path, role } as const;
        out.push({ ...base, ...unchecked("no event span", say.qualifierNoSpans(qualifier)) });
      } else if (holds(qualifier)) {
        if (!problemsOnly) out.push({ kind: "event", factId: event.id, path, role, status: "grounded" });
      } else {
        const base = { kind: "event", factId: event.id, path, role } as const;
        const shown = texts[0] ?? "";
        out.push({ ...base, ...mismatched("hedge_mismatch", qualifier, shown, say.qualifierNotInSpans(qualifier)) });
      }
    });
  });
  return out;
}

function context(record: ReadonlyDeep<NewsRecord>): Context {
  const tag = record.article.language;
  return {
    record,
    reading: { tag, profile: languageProfile(tag), format: digitFormat(tag) },
    actorNames: new Names(record.actors),
    placeNames: new Names(record.places ?? []),
    suggestions: SUGGESTIONS_PER_RECORD,
  };
}

function collectEntries(record: ReadonlyDeep<NewsRecord>): GroundingEntry[] {
  const shared = context(record);
  const entries = collectSpans(record).map((entry) => toEntry(entry, spanCheck(shared, entry)));
  entries.push(...qualifierEntries(shared, false));
  noSpanEntries(record, entries);
  return entries;
}

/** One entry per fact that has no span, in the order of the record's fields. */
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
  record.places?.forEach((place, p) => {
    if ((place.mentions ?? []).length === 0) {
      entries.push({
        kind: "place",
        factId: place.id,
        path: ["places", p],
        status: "no_span",
        message: say.noPlaceMentions(place.name),
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

/**
 * The entries of {@link checkGrounding} that are not `grounded`: what
 * validation reports. `spans` are the record's spans, as `collectSpans`
 * lists them (validation lists them once for integrity and grounding).
 */
export function groundingProblems(
  record: ReadonlyDeep<NewsRecord>,
  spans: readonly SpanEntry[] = collectSpans(record),
): GroundingEntry[] {
  // The same entries as checkGrounding's, in the same order, without building those that hold.
  const shared = context(record);
  const entries: GroundingEntry[] = [];
  for (const entry of spans) {
    const check = spanCheck(shared, entry);
    if (check.status !== "grounded") entries.push(toEntry(entry, check));
  }
  entries.push(...qualifierEntries(shared, true));
  noSpanEntries(record, entries);
  return entries;
}

/**
 * Checks every span of a record against its article, reading the text in
 * the article's language (`article.language`). A span counts into the part
 * of the article its `part` names (the body by default; the headline, the
 * dateline, the byline or a correction's text); a span into a part the
 * article lacks is `out_of_range`.
 * - every span: its `exact` text, code unit for code unit (no Unicode
 *   normalization), and that it neither starts nor ends inside a word;
 * - a direct quotation's words and a mixed quote's fragments: they stand
 *   between quotation marks of a kind languages use (“ ” „ “ « » ‹ › 「 」
 *   and others), the marks outside the span; a refusal's words verbatim;
 * - a statistic's span: the numbers of its quantity as the language writes
 *   them (separators, scale words, numbers in words, fractions, and a
 *   ratio's share: "one in four", "twice"), its hedge and the direction of
 *   a bound, and the currency, percent or unit it shows (temperatures,
 *   volumes, magnitudes, points and ages among them); its rate's words per
 *   unit of time or per item, its change's direction words, its estimate's
 *   words and its uncertainty's numbers, in their own spans or else in the
 *   statistic's; a rate or change the span shows but the statistic drops;
 * - a mention of an actor or of a declared place, by its `form`: the name
 *   or an alias (case, white space and typographic quotes and dashes
 *   folded), a pronoun of the language, or a description by its `exact`; a
 *   reference to a declared place by its name or alias; a relative place's
 *   distance; a phrase (what a share is of, what a change is compared with)
 *   by its text;
 * - each qualifier of an event: in one of the event's spans.
 * What could not be compared is `unchecked`, with a `reason`, and never
 * counts as grounded: a content, continuation, channel, affiliation, event,
 * link, place or speaker span or a description mention with no `exact`, a
 * change with no direction words, a number, hedge or pronoun in a language
 * other than English, German, French and Spanish, a hedge missing from the
 * lexicon. The rules and their word tables per language are in the guide
 * "What grounding checks".
 * It never throws: given a value that is not a well-formed record, it
 * returns no entries, zero totals and the value's shape issues in `issues`.
 *
 * @param record - A record (typically one `validateRecord` accepted).
 * @returns One entry per span, per event qualifier and per fact without a
 *   span, and totals.
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
