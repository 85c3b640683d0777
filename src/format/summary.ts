import { groundingReport } from "../grounding/check.js";
import { notARecord, recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { mainEvent } from "../query/main-event.js";
import type { NewsRecord } from "../schema/record.js";
import { type FormatOptions, localeOf } from "./quantity.js";
import { formatPartialDate, timePhrase } from "./time.js";

/** How many words of the body stand in for a missing headline. */
const OPENING_WORDS = 12;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** The first sentence of the body, cut to a few words. */
function opening(body: string): string {
  const sentence = (/^[\s\S]*?[.!?](?=\s|$)/.exec(body.trim())?.[0] ?? body.trim()).replace(/\s+/g, " ");
  const words = sentence.split(" ");
  return words.length <= OPENING_WORDS ? sentence : `${words.slice(0, OPENING_WORDS).join(" ")}…`;
}

/**
 * Sums a record up in a few plain-text lines, one sentence each:
 * - the headline (or, when the source has none, the article's first words),
 *   the publisher when known and the publication date;
 * - the main event (see {@link findMainEvent}): its summary, status and date;
 * - how many actors, events, quotes and statistics the record holds;
 * - its grounding coverage from {@link checkGrounding}: the share of quotes,
 *   statistics and actors whose spans all hold (rounded down, so 100% means
 *   every one), and how many spans hold.
 *
 * @param record - The record to sum up.
 * @param options - `{ locale }` for dates and numbers, `"en"` by default; the sentences are English.
 * @returns The summary, its lines joined by `"\n"`.
 * @example
 * ```ts
 * import { summarizeRecord } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const lines = summarizeRecord(belarusLithuaniaBorder).split("\n");
 * lines[0]; // => "Untitled article of August 5, 2021: “Belarus plans to close parts of the country’s border with Lithuania in…”"
 * lines[2]; // => "It names 15 actors and reports 16 events, 4 quotes and 7 statistics."
 * lines[3]; // => "Grounding: 100% (26 of 26 facts grounded; 62 of 62 spans hold)."
 * ```
 */
export function summarizeRecord(record: ReadonlyDeep<NewsRecord>, options: FormatOptions = {}): string {
  const issues = recordShapeIssues(record);
  if (issues.length > 0) return notARecord(issues);
  const locale = localeOf(options);
  const { article } = record;
  const date = formatPartialDate(article.publishedAt, locale);
  const by = article.publisher === undefined ? "" : `${article.publisher}, `;
  const lines = [
    article.headline === undefined
      ? `Untitled article ${by === "" ? "" : `by ${article.publisher} `}of ${date}: “${opening(article.body)}”`
      : `“${article.headline}” (${by}${date})`,
  ];

  const main = mainEvent(record);
  if (main === undefined) lines.push("Main event: none recorded.");
  else {
    const when = main.date === undefined ? "" : ` ${timePhrase(main.date, locale)}`;
    lines.push(`Main event (${main.status}${when}): ${main.summary}`);
  }

  lines.push(
    `It names ${count(record.actors.length, "actor")} and reports ${list([
      count(record.events.length, "event"),
      count(record.quotes.length, "quote"),
      count(record.statistics.length, "statistic"),
    ])}.`,
  );

  const { totals } = groundingReport(record);
  const percent = new Intl.NumberFormat(locale, { style: "unit", unit: "percent" }).format(
    totals.facts === 0 ? 100 : Math.floor((totals.factsGrounded * 100) / totals.facts),
  );
  lines.push(
    `Grounding: ${percent} (${totals.factsGrounded} of ${totals.facts} facts grounded; ${totals.spansGrounded} of ${totals.spans} spans hold).`,
  );
  return lines.join("\n");
}
