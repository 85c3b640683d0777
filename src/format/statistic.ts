import { notARecord, parsePart, readOptions, recordShapeIssues } from "../internal/guard.js";
import { languageOf } from "../internal/locale.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { cachedIndex } from "../query/index-record.js";
import type { NewsRecord } from "../schema/record.js";
import { type Phrase, type Statistic, StatisticSchema } from "../schema/statistic.js";
import { datePrecision } from "../time/partial-date.js";
import {
  type FormatOptions,
  type WritingContext,
  writeInterval,
  writeQuantity,
  writeValue,
  writingContext,
} from "./quantity.js";
import { STATISTIC_PHRASES } from "./statistic-phrases.js";
import { formatPartialDate } from "./time.js";

/** Item nouns that mean one person: a rate per capita. */
const PER_PERSON = new Set(["person", "capita", "head", "inhabitant", "resident"]);

/**
 * Writes a statistic as a reader of the language expects, with everything
 * the record says of its number beyond the quantity and unit that
 * {@link formatQuantity} writes:
 * - a rate per unit of time or per item: "€1.8 million a month", "1,8
 *   Millionen Euro pro Monat", "1,8 million d’euros par mois", "1,8
 *   millones de euros al mes"; "per capita" is "pro Kopf", "par habitant",
 *   "por persona"; any other item noun is the record's English noun, in
 *   quotation marks outside English;
 * - what a share is of, in the article's words: "nearly 30% of its members";
 * - an estimate, preliminary figure, forecast, projection or target: "an
 *   estimated 4,100 people", "schätzungsweise", "selon les estimations";
 * - a change, with its direction, the period or level it is measured from,
 *   the level it reaches and the group it is compared with: "up 9% from
 *   2024", "down 3.1% to €95", "minus 3,1 % auf 95 €", "en baisse de 3,1 %
 *   à 95 €", "un descenso del 3,1 % hasta 95 €"; a ratio with a name of
 *   its own is a fraction ("down a quarter");
 * - a confidence interval or margin of error: "58% (95% CI 49–66%)";
 * - a conversion the newsroom added, with the figure it converts: "CHF 2.1
 *   billion (converted from $2.3 billion)".
 * Ratios are "one in four", "1 von 4", "1 sur 4", "1 de cada 4", "twice".
 * The record is needed for the statistics a change refers to (`to`) and
 * for the article's language, which is the default locale; the article's
 * own words (a phrase, a hedge) stay as written in its language and are
 * put in quotation marks in a sentence of another language.
 *
 * It never throws: a locale that cannot be used falls back to the
 * article's language; a value that is not a record or a statistic gives a
 * sentence saying so.
 *
 * @param record - The record the statistic belongs to.
 * @param statistic - The statistic to write.
 * @param options - `{ locale }`; the article's language by default.
 * @returns The statistic's number in words.
 * @example
 * ```ts
 * import { describeStatistic } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const base = { id: "st-cost", measure: "cost of the border guard" };
 * const rate = { ...base, quantity: { kind: "exact", value: 1.8e6 }, unit: { kind: "money", currency: "EUR" }, per: { kind: "time", unit: "month" } } as const;
 * describeStatistic(belarusLithuaniaBorder, rate); // => "€1.8 million a month"
 * describeStatistic(belarusLithuaniaBorder, rate, { locale: "es" }); // => "1,8 millones de euros al mes"
 * const change = { ...base, quantity: { kind: "exact", value: 9 }, unit: { kind: "percent" }, change: { direction: "increase", since: { kind: "date", date: "2020" } } } as const;
 * describeStatistic(belarusLithuaniaBorder, change); // => "up 9% from 2020"
 * ```
 */
export function describeStatistic(
  record: ReadonlyDeep<NewsRecord>,
  statistic: ReadonlyDeep<Statistic>,
  options: FormatOptions = {},
): string {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return notARecord(issues);
  const parsed = parsePart(StatisticSchema, statistic);
  if (!parsed.ok) return notARecord(parsed.issues, "statistic");
  const opts = readOptions(options, ["locale"]);
  return writeStatistic(record, parsed.data, writingContext(opts.locale, record.article.language));
}

/** {@link describeStatistic} for a record and statistic already known to be well formed, in a resolved context. */
export function writeStatistic(
  record: ReadonlyDeep<NewsRecord>,
  statistic: ReadonlyDeep<Statistic>,
  ctx: WritingContext,
): string {
  const p = ctx.phrases;
  const sp = STATISTIC_PHRASES[ctx.language];
  const ownWords = languageOf(record.article.language) === ctx.language;
  const phrase = (value: ReadonlyDeep<Phrase>): string => (ownWords ? value.text : p.quote(value.text));
  const { quantity, unit, change } = statistic;

  const fraction =
    change !== undefined && quantity.kind === "ratio"
      ? p.fractions[`${quantity.numerator}/${quantity.denominator}`]
      : undefined;
  let words =
    fraction === undefined || quantity.kind !== "ratio"
      ? writeQuantity(ctx, quantity, unit, ownWords)
      : quantity.hedge === undefined
        ? fraction
        : p.hedged(
            ownWords ? quantity.hedge : quantity.relation === undefined ? p.about : p.bound[quantity.relation],
            fraction,
          );

  const per = statistic.per;
  if (per !== undefined) {
    const rate =
      per.kind === "time"
        ? sp.perTime[per.unit]
        : PER_PERSON.has(per.noun.toLowerCase())
          ? sp.perPerson
          : sp.perItem(ctx.language === "en" ? per.noun : p.quote(per.noun));
    words = `${words} ${rate}`;
  }
  if (statistic.of !== undefined) words = sp.shareOf(words, phrase(statistic.of));
  if (statistic.estimate !== undefined) words = sp.estimate[statistic.estimate.kind](words);

  if (change !== undefined) {
    const parts = [sp.change[change.direction](words, unit.kind === "percent")];
    const since =
      change.since === undefined ? undefined : change.since.kind === "date" ? change.since.date : change.since.start;
    if (since !== undefined) parts.push(sp.changeSince(formatPartialDate(since, ctx.tag), datePrecision(since)));
    const level = change.to === undefined ? undefined : cachedIndex(record).statistic(change.to);
    if (level !== undefined) parts.push(sp.changeTo(writeQuantity(ctx, level.quantity, level.unit, ownWords)));
    if (change.comparedWith !== undefined) parts.push(sp.comparedWith(phrase(change.comparedWith)));
    words = parts.join(" ");
  }

  for (const link of statistic.related ?? []) {
    if (link.relation !== "conversion-of") continue;
    const source = cachedIndex(record).statistic(link.statistic);
    if (source !== undefined)
      words = `${words} ${sp.conversionOf(writeQuantity(ctx, source.quantity, source.unit, ownWords))}`;
  }

  const uncertainty = statistic.uncertainty;
  if (uncertainty !== undefined) {
    const level =
      uncertainty.level === undefined
        ? undefined
        : new Intl.NumberFormat(ctx.tag, { style: "unit", unit: "percent" }).format(uncertainty.level);
    words = `${words} ${
      uncertainty.kind === "interval"
        ? sp.interval(writeInterval(ctx, unit, uncertainty.min, uncertainty.max), level)
        : sp.margin(writeValue(ctx, unit, uncertainty.value), level)
    }`;
  }
  return words;
}
