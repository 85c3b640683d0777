import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { NewsRecord } from "../schema/record.js";

/**
 * The event the article is mainly about. News is written lead first (the
 * "inverted pyramid"), so it is the event whose span starts earliest in the
 * body; ties go to the event listed first. When no event has a span, it is
 * the first event of the record. Status, type and links do not count: a
 * threat or an announcement can be the news.
 *
 * @param record - The record.
 * @returns The main event, or `undefined` when the record has no events.
 * @example
 * ```ts
 * import { findMainEvent } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * // its span opens the article
 * findMainEvent(belarusLithuaniaBorder)?.id; // => "ev-border-closure"
 * ```
 */
export function findMainEvent(record: ReadonlyDeep<NewsRecord>): ReadonlyDeep<NewsEvent> | undefined {
  return recordShapeIssues(record).length > 0 ? undefined : mainEvent(record);
}

/** {@link findMainEvent} for a record already known to be well formed. */
export function mainEvent(record: ReadonlyDeep<NewsRecord>): ReadonlyDeep<NewsEvent> | undefined {
  let best: ReadonlyDeep<NewsEvent> | undefined;
  let bestStart = Number.POSITIVE_INFINITY;
  for (const event of record.events) {
    for (const span of event.spans ?? []) {
      if (span.start < bestStart) {
        best = event;
        bestStart = span.start;
      }
    }
  }
  return best ?? record.events[0];
}
