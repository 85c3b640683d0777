import { notARecord, parsePart, readOptions, recordShapeIssues } from "../internal/guard.js";
import { languageOf } from "../internal/locale.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { cachedIndex } from "../query/index-record.js";
import type { Actor } from "../schema/actor.js";
import type { Quote } from "../schema/quote.js";
import { QuoteSchema } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import { NNBSP, type Sentence } from "./phrases.js";
import { type FormatOptions, type WritingContext, writingContext } from "./quantity.js";
import { spanText } from "./span-text.js";
import { timePhrase } from "./time.js";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How to call an actor in a sentence: its name, with the definite article
 * the article writes before it ("the European Union", "la CGT", but
 * "Frontex"), when the sentence is in the article's language.
 */
function actorLabel(record: ReadonlyDeep<NewsRecord>, actor: ReadonlyDeep<Actor>, ctx: WritingContext): string {
  const article = ctx.phrases.definiteArticle;
  // An unnamed actor's name is the article's description ("a union official"): it has its own article.
  if (actor.unnamed === true) return actor.name;
  if (article === undefined || languageOf(record.article.language) !== ctx.language) return actor.name;
  const body = record.article.body;
  for (const span of actor.mentions ?? []) {
    if (body.slice(span.start, span.end) !== actor.name) continue;
    const found = article.exec(body.slice(Math.max(0, span.start - 12), span.start))?.[0];
    if (found === undefined) continue;
    const word = found.trim().toLowerCase();
    return /[’']$/.test(word) ? `${word}${actor.name}` : `${word} ${actor.name}`;
  }
  return actor.name;
}

function label(record: ReadonlyDeep<NewsRecord>, id: string, ctx: WritingContext): string {
  const actor = cachedIndex(record).actor(id);
  return actor === undefined ? id : actorLabel(record, actor, ctx);
}

/** Drops the comma, colon or semicolon a quotation ends on before the writer's "he said" ("…west," → "…west"). */
function trimEnd(text: string): string {
  return text.trim().replace(/[,;:]+(\s*["”’»“]?)$/u, "$1");
}

/**
 * Lower-cases the first word of reported words when it is capital only
 * because it opened the article's sentence ("It would be" → "it would be",
 * "Between 200" → "between 200"): a word of the language's clause openers,
 * or one the body also writes in lower case. Never a name of the record.
 */
function continueSentence(text: string, record: ReadonlyDeep<NewsRecord>, ctx: WritingContext): string {
  const first = /^\p{Lu}[\p{Ll}’'-]*(?![\p{L}\p{N}])/u.exec(text)?.[0];
  if (first === undefined) return text;
  const names = record.actors.flatMap((actor) =>
    actor.unnamed === true ? (actor.aliases ?? []) : [actor.name, ...(actor.aliases ?? [])],
  );
  if (names.some((name) => name === first || name.startsWith(`${first} `))) return text;
  const lower = first.toLowerCase();
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const inBody = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(record.article.body);
  return ctx.phrases.clauseOpeners.has(lower) || inBody ? lower + text.slice(first.length) : text;
}

/** Ends reported words with a full stop unless they end a sentence already. */
function endSentence(words: string): string {
  return /[.!?…]["”’»“]?$/u.test(words) ? words : `${words}.`;
}

/**
 * Says in one sentence, in the language asked for (by default the
 * article's), who said what, when and through whom:
 * - a direct quotation: "Alexander Lukashenko said on August 5, 2021,
 *   according to Belta: “From today, …”." with the language's quotation
 *   marks („…“ in German, « … » in French, «…» in Spanish);
 * - reported words, after a verb of saying, joined by the language's
 *   "that" ("The minister said on May 4, 2026, according to AFP, that the
 *   board would decide …"; in German "…, der Vorstand werde …"), so that a
 *   date or a relay never trails after the words as if part of them;
 * - reported words after a verb whose object opens them ("accuses Belarus
 *   of …"), with the date and relay in front: "On May 4, 2026, the
 *   European Union accused Belarus of …";
 * - an attribution that is a preposition ("according to", "laut",
 *   "selon", "según"): "According to the union (May 4, 2026; via AFP),
 *   between 200 and 250 workers …".
 * - reported words in another language than the sentence's (a German
 *   sentence about an English article): in quotation marks, said to be the
 *   article's words, since no connecting word can join them.
 * The speaker is an actor's name (with the article's "the" before it when
 * the article writes one) or an anonymous source's description; the verb is
 * the record's when the sentence is in the article's language ("said" and
 * its equivalents when it has none or the sentence is in another language;
 * an English
 * verb that needs a person told, such as "told", becomes "said", since the
 * record cannot say whom). Quoted and reported words are the article's
 * own, so they stay in the article's language whatever the locale.
 *
 * It never throws: a locale that cannot be used falls back to the
 * article's language (see {@link FormatOptions}); a value that is not a
 * record or a quote gives a sentence saying so.
 *
 * @param record - The record the quote belongs to, for names and the body.
 * @param quote - The quote to describe.
 * @param options - `{ locale }`; the article's language by default.
 * @returns One sentence.
 * @example
 * ```ts
 * import { describeQuote } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const [direct, indirect] = belarusLithuaniaBorder.quotes;
 * describeQuote(belarusLithuaniaBorder, direct); // => "Alexander Lukashenko said on August 5, 2021, according to Belta: “From today, no one will be allowed to cross the border from any side, neither from the south nor from the west”."
 * describeQuote(belarusLithuaniaBorder, indirect); // => "The European Union accuses Belarus of deliberately allowing migrants to cross its border towards the European Union."
 * describeQuote(belarusLithuaniaBorder, direct, { locale: "de" }); // => "Alexander Lukashenko sagte am 5. August 2021 laut Belta: „From today, no one will be allowed to cross the border from any side, neither from the south nor from the west“."
 * ```
 */
export function describeQuote(
  record: ReadonlyDeep<NewsRecord>,
  quote: ReadonlyDeep<Quote>,
  options: FormatOptions = {},
): string {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return notARecord(issues);
  const parsed = parsePart(QuoteSchema, quote);
  if (!parsed.ok) return notARecord(parsed.issues, "quote");
  const opts = readOptions(options, ["locale"]);
  return writeQuote(record, parsed.data, writingContext(opts.locale, record.article.language));
}

/**
 * {@link describeQuote} for a record and quote already known to be well
 * formed (as `toJsonLd` has checked them), in a resolved context: the
 * record's shape is not checked again for each quote.
 */
export function writeQuote(record: ReadonlyDeep<NewsRecord>, quote: ReadonlyDeep<Quote>, ctx: WritingContext): string {
  const sentence = quoteSentence(record, quote, ctx);
  const notes = [nestedNote(record, quote, ctx), denialNote(record, quote, ctx)].filter((x) => x !== undefined);
  if (notes.length === 0) return sentence;
  const note = ` (${notes.join(ctx.language === "fr" ? `${NNBSP}; ` : "; ")})`;
  return sentence.endsWith(".") ? `${sentence.slice(0, -1)}${note}.` : `${sentence}${note}`;
}

function speakerLabel(record: ReadonlyDeep<NewsRecord>, quote: ReadonlyDeep<Quote>, ctx: WritingContext): string {
  return quote.speaker.kind === "actor" ? label(record, quote.speaker.actor, ctx) : quote.speaker.description;
}

/** Who reports a nested quote: the speaker of the quote it is `within` ("as reported by Mary Hale"). */
function nestedNote(
  record: ReadonlyDeep<NewsRecord>,
  quote: ReadonlyDeep<Quote>,
  ctx: WritingContext,
): string | undefined {
  const outer = quote.within === undefined ? undefined : cachedIndex(record).quote(quote.within);
  return outer === undefined ? undefined : ctx.phrases.nested(speakerLabel(record, outer, ctx));
}

/** Whose claim a denial denies: the claimant the record names, else the denied quote's speaker, else the first who claims the denied event. */
function denialNote(
  record: ReadonlyDeep<NewsRecord>,
  quote: ReadonlyDeep<Quote>,
  ctx: WritingContext,
): string | undefined {
  const denies = quote.denies;
  if (denies === undefined) return undefined;
  const index = cachedIndex(record);
  const deniedQuote = denies.quote === undefined ? undefined : index.quote(denies.quote);
  const claimant =
    denies.claimant !== undefined
      ? label(record, denies.claimant, ctx)
      : deniedQuote !== undefined
        ? speakerLabel(record, deniedQuote, ctx)
        : (() => {
            const id = denies.event === undefined ? undefined : index.event(denies.event)?.claimedBy?.[0];
            return id === undefined ? undefined : label(record, id, ctx);
          })();
  return claimant === undefined ? undefined : ctx.phrases.denial(claimant);
}

function quoteSentence(record: ReadonlyDeep<NewsRecord>, quote: ReadonlyDeep<Quote>, ctx: WritingContext): string {
  const p = ctx.phrases;
  const article = record.article;
  const text = (span: Parameters<typeof spanText>[1]): string => spanText(article, span);
  const speaker = speakerLabel(record, quote, ctx);
  const relays = [...(quote.via ?? [])].reverse().map((id) => label(record, id, ctx));
  const [last, ...earlier] = relays;
  const list = (names: readonly string[]): string =>
    new Intl.ListFormat(ctx.tag, { type: "conjunction" }).format(names);
  // The record's verb is in the article's language: another language gets its own verb of saying.
  const ownWords = languageOf(record.article.language) === ctx.language;
  const recordVerb = ownWords ? (quote.verb ?? p.said) : p.said;
  // "told AFP": the person or outlet spoken to goes with the verb, never as a relay ("according to").
  const [verb, to] =
    quote.addressee === undefined
      ? [recordVerb, undefined]
      : p.addressed(recordVerb, label(record, quote.addressee, ctx));
  const how = p.how(to, quote.channel === undefined ? undefined : p.channel[quote.channel.type]);
  const verbHow = how === undefined ? verb : p.withHow(verb, how);
  // A verb that needs a person told becomes a verb of saying when the record names no one.
  const said = (v: string): string => (to === undefined && p.needsObject.test(v) ? p.withoutObject(v) : v);
  const content = (first: string, rest: readonly Parameters<typeof spanText>[1][] | undefined): string =>
    [first, ...(rest ?? []).map(text)].map(trimEnd).join(" … ");

  if (quote.mode === "refusal") {
    const when = quote.saidAt === undefined ? undefined : timePhrase(quote.saidAt, ctx.tag, p);
    const via = last === undefined ? undefined : p.via(last, earlier.length === 0 ? "" : list(earlier));
    const words = ownWords ? trimEnd(text(quote.refusal)).replace(/[.!]$/u, "") : p.declined;
    return capitalize(p.sentence.refusal({ speaker, verb, when, how, via, that: " ", words }));
  }

  if (p.attribution.test(recordVerb)) {
    const words =
      quote.mode === "direct"
        ? `${p.quote(quote.quoted.map((span) => trimEnd(text(span))).join(" … "))}.`
        : endSentence(continueSentence(content(text(quote.content), quote.continuation), record, ctx));
    const sentence: Sentence = {
      speaker,
      verb: recordVerb,
      when: quote.saidAt === undefined ? undefined : timePhrase(quote.saidAt, ctx.tag, p, true),
      how,
      via: last === undefined ? undefined : p.relayed(list(relays)),
      that: " ",
      words,
    };
    return capitalize(p.sentence.attributed(sentence));
  }

  const when = quote.saidAt === undefined ? undefined : timePhrase(quote.saidAt, ctx.tag, p);
  const via = last === undefined ? undefined : p.via(last, earlier.length === 0 ? "" : list(earlier));
  if (quote.mode === "direct") {
    const words = p.quote(quote.quoted.map((span) => trimEnd(text(span))).join(" … "));
    const v = how === undefined ? said(verb) : p.withHow(said(verb), how);
    return capitalize(p.sentence.direct({ speaker, verb: v, when, via, that: " ", words }));
  }
  if (!ownWords) {
    const words = p.quote(content(text(quote.content), quote.continuation));
    return capitalize(p.sentence.foreign({ speaker, verb: verbHow, when, via, that: " ", words }));
  }
  const reported = continueSentence(content(text(quote.content), quote.continuation), record, ctx);
  const words = endSentence(reported);
  if (p.saysThat.test(verb)) {
    const v = how === undefined ? said(verb) : p.withHow(said(verb), how);
    return capitalize(p.sentence.reported({ speaker, verb: v, when, via, that: p.that(reported), words }));
  }
  const form = when === undefined && via === undefined && how === undefined ? "reported" : "fronted";
  return capitalize(p.sentence[form]({ speaker, verb, when, how, via, that: " ", words }));
}
