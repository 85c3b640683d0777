import { groundingReport } from "../grounding/check.js";
import { notARecord, readOptions, recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { mainEvent } from "../query/main-event.js";
import type { NewsRecord } from "../schema/record.js";
import { datePrecision } from "../time/partial-date.js";
import { type FormatOptions, writingContext } from "./quantity.js";
import { SUMMARY_PHRASES } from "./summary-phrases.js";
import { formatPartialDate, timePhrase } from "./time.js";

/** How many words of the body stand in for a missing headline. */
const OPENING_WORDS = 12;

/** The first sentence of the body, cut to a few words. */
function opening(body: string): string {
  const sentence = (/^[\s\S]*?[.!?](?=\s|$)/.exec(body.trim())?.[0] ?? body.trim()).replace(/\s+/g, " ");
  const words = sentence.split(" ");
  return words.length <= OPENING_WORDS ? sentence : `${words.slice(0, OPENING_WORDS).join(" ")}…`;
}

/** A summary sentence without its full stop, to go before a parenthesis. */
function withoutStop(text: string): string {
  return text.trim().replace(/[.]$/u, "");
}

/**
 * Sums a record up in four lines, one sentence each, in the language asked
 * for (by default the article's: English, German, French or Spanish; see
 * {@link FormatOptions} for other languages):
 * - the headline in the language's quotation marks with the publisher and
 *   date; or, when the source has none, the article named by its publisher
 *   and date, and its first words;
 * - the main event (see {@link findMainEvent}): its summary, then its status
 *   and its date apart ("(status: announced; date: from May 11, 2026 to May
 *   20, 2026)"), so that the date is never read as the status's;
 * - how many actors, events, quotes and statistics the record holds, with
 *   the language's plurals (`Intl.PluralRules`) and list (`Intl.ListFormat`);
 * - its grounding coverage from {@link checkGrounding}: the share of quotes,
 *   statistics and actors whose spans all hold (rounded down, so 100% means
 *   every one), and how many spans hold.
 * The record's own words (headline, event summary) stay as written.
 * It never throws: a locale that cannot be used falls back to the article's
 * language; a value that is not a record gives a sentence saying so.
 *
 * @param record - The record to sum up.
 * @param options - `{ locale }`; the article's language by default.
 * @returns The summary, its lines joined by `"\n"`.
 * @example
 * ```ts
 * import { summarizeRecord } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const lines = summarizeRecord(belarusLithuaniaBorder).split("\n");
 * lines[0]; // => "Untitled article of August 5, 2021: “Belarus plans to close parts of the country’s border with Lithuania in…”"
 * lines[2]; // => "It names 15 actors and reports 19 events, 4 quotes, and 7 statistics."
 * lines[3]; // => "Grounding: 100% (45 of 45 facts grounded; 104 of 104 spans hold)."
 * summarizeRecord(belarusLithuaniaBorder, { locale: "fr" }).split("\n")[2]; // => "La fiche nomme 15 acteurs et rapporte 19 événements, 4 citations et 7 statistiques."
 * ```
 */
export function summarizeRecord(record: ReadonlyDeep<NewsRecord>, options: FormatOptions = {}): string {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return notARecord(issues);
  const opts = readOptions(options, ["locale"]);
  const { tag, language, phrases: p } = writingContext(opts.locale, record.article.language);
  const sp = SUMMARY_PHRASES[language];
  const { article } = record;
  const date = article.publishedAt === undefined ? undefined : formatPartialDate(article.publishedAt, tag);
  const precision = article.publishedAt === undefined ? "day" : datePrecision(article.publishedAt);
  const lines = [
    article.headline === undefined
      ? sp.untitled(article.publisher, date, precision, opening(article.body))
      : sp.headline(article.headline, article.publisher, date),
  ];

  const main = mainEvent(record);
  lines.push(
    main === undefined
      ? sp.noMainEvent
      : sp.mainEvent(
          withoutStop(main.summary),
          sp.status[main.status],
          main.date === undefined ? undefined : timePhrase(main.date, tag, p, true),
        ),
  );

  const number = new Intl.NumberFormat(tag);
  const plural = new Intl.PluralRules(tag);
  const count = (n: number, noun: keyof typeof sp.nouns): string =>
    `${number.format(n)} ${sp.nouns[noun][plural.select(n) === "one" ? 0 : 1]}`;
  const list = new Intl.ListFormat(tag, { type: "conjunction" });
  lines.push(
    sp.counts(
      count(record.actors.length, "actor"),
      list.format([
        count(record.events.length, "event"),
        count(record.quotes.length, "quote"),
        count(record.statistics.length, "statistic"),
      ]),
    ),
  );

  const { totals } = groundingReport(record);
  const percent = new Intl.NumberFormat(tag, { style: "unit", unit: "percent" }).format(
    totals.facts === 0 ? 100 : Math.floor((totals.factsGrounded * 100) / totals.facts),
  );
  lines.push(
    sp.grounding(
      percent,
      number.format(totals.factsGrounded),
      number.format(totals.facts),
      number.format(totals.spansGrounded),
      number.format(totals.spans),
    ),
  );
  return lines.join("\n");
}
