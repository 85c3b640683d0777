import { notARecord, recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { cachedIndex } from "../query/index-record.js";
import type { Actor } from "../schema/actor.js";
import type { Quote } from "../schema/quote.js";
import { QuoteSchema } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import { shapeIssues } from "../validation/shape.js";
import { type FormatOptions, localeOf } from "./quantity.js";
import { timePhrase } from "./time.js";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How to call an actor in a sentence: its name, with "the" when the article
 * writes "the" before it ("the European Union", but "Frontex").
 */
function actorLabel(record: ReadonlyDeep<NewsRecord>, actor: ReadonlyDeep<Actor>): string {
  const body = record.article.body;
  const withThe = (actor.mentions ?? []).some(
    (span) => body.slice(span.start, span.end) === actor.name && /\bthe\s+$/i.test(body.slice(0, span.start)),
  );
  return withThe ? `the ${actor.name}` : actor.name;
}

function label(record: ReadonlyDeep<NewsRecord>, id: string): string {
  const actor = cachedIndex(record).actor(id);
  return actor === undefined ? id : actorLabel(record, actor);
}

function spanText(body: string, span: ReadonlyDeep<TextSpan>): string {
  return span.exact ?? body.slice(span.start, span.end);
}

/** Drops the comma, colon or semicolon a quotation ends on before the writer's "he said" ("…west," → "…west"). */
function trimEnd(text: string): string {
  return text.trim().replace(/[,;:]+(\s*["”’»]?)$/u, "$1");
}

/** Words that open a clause with a capital only because they open a sentence. */
const CLAUSE_OPENERS = new Set(
  "a all an any at each every for from he her his if in it its many more most no none on our she some that the their there these they this those to we what when where which who you".split(
    " ",
  ),
);

/** Lower-cases the first word of reported words that open a clause ("It would be" → "it would be"), never a name. */
function continueSentence(text: string): string {
  const first = /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/u.exec(text)?.[0];
  return first !== undefined && CLAUSE_OPENERS.has(first.toLowerCase())
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * Says in one plain sentence who said what, through whom and when: the
 * speaker (an actor's name, or an anonymous source's description), the
 * reporting verb ("said" when the record has none), when the words were
 * said, the go-betweens ("according to Belta"), and the words, quoted for a
 * direct quotation, reported for an indirect or mixed one.
 *
 * @param record - The record the quote belongs to, for names and the body.
 * @param quote - The quote to describe.
 * @param options - `{ locale }` for dates, `"en"` by default; the sentence itself is English.
 * @returns One sentence.
 * @example
 * ```ts
 * import { describeQuote } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const [direct, indirect] = belarusLithuaniaBorder.quotes;
 * describeQuote(belarusLithuaniaBorder, direct); // => "Alexander Lukashenko said on August 5, 2021, according to Belta: “From today, no one will be allowed to cross the border from any side, neither from the south nor from the west”."
 * describeQuote(belarusLithuaniaBorder, indirect); // => "The European Union accuses Belarus of deliberately allowing migrants to cross its border towards the European Union."
 * ```
 */
export function describeQuote(
  record: ReadonlyDeep<NewsRecord>,
  quote: ReadonlyDeep<Quote>,
  options: FormatOptions = {},
): string {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return notARecord(issues);
  const parsed = QuoteSchema.safeParse(quote);
  if (!parsed.success) return notARecord(shapeIssues(parsed.error, quote), "quote");
  const locale = localeOf(options);
  const body = record.article.body;
  const speaker = quote.speaker.kind === "actor" ? label(record, quote.speaker.actor) : quote.speaker.description;
  const when = quote.saidAt === undefined ? "" : ` ${timePhrase(quote.saidAt, locale)}`;
  const via = [...(quote.via ?? [])].reverse().map((id) => label(record, id));
  const [last, ...earlier] = via;
  const through =
    last === undefined ? "" : `, according to ${last}${earlier.length > 0 ? `, citing ${earlier.join(" and ")}` : ""}`;
  const lead = `${capitalize(speaker)} ${quote.verb ?? "said"}`;
  if (quote.mode === "direct") {
    const words = quote.quoted.map((span) => trimEnd(spanText(body, span))).join(" … ");
    return `${lead}${when}${through}: “${words}”.`;
  }
  const words = continueSentence(trimEnd(spanText(body, quote.content)));
  const tail = `${when === "" ? "" : `,${when}`}${through}`;
  return /[.!?]["”’»]?$/u.test(words) && tail === "" ? `${lead} ${words}` : `${lead} ${words}${tail}.`;
}
