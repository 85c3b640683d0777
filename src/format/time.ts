import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { PartialDate, TimeRef } from "../schema/date.js";
import { datePrecision, utcDay } from "../time/partial-date.js";
import type { Phrases } from "./phrases.js";

/** A partial date written to its own precision: "2021", "August 2021", "August 5, 2021", "5. August 2021". */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  switch (datePrecision(date)) {
    case "year":
      return date.slice(0, 4);
    case "month":
      return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(
        utcDay(year, month, 1),
      );
    case "day":
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(utcDay(year, month, day));
    case "time": {
      // The wall-clock time the record gives, with its own offset: not
      // converted to UTC or to the reader's zone, so the day stays the record's.
      const wall = utcDay(year, month, day) + (Number(date.slice(11, 13)) * 60 + Number(date.slice(14, 16))) * 60_000;
      const offset = date.endsWith("Z") ? "" : date.slice(-6);
      const text = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(
        wall,
      );
      return `${text} (UTC${offset})`;
    }
  }
}

/**
 * When something happened, with the language's prepositions: "on August 5,
 * 2021", "im Mai 2026", "du 11 mai 2026 au 20 mai 2026", "hasta julio de
 * 2026", "since 2021". With `bare`, a single date has no preposition (for a
 * label such as "date: May 4, 2026").
 */
export function timePhrase(time: ReadonlyDeep<TimeRef>, locale: string, phrases: Phrases, bare = false): string {
  const text = (date: PartialDate): string => formatPartialDate(date, locale);
  if (time.kind === "date") return bare ? text(time.date) : phrases.at(text(time.date), datePrecision(time.date));
  const { start, end } = time;
  if (start !== undefined && end !== undefined) {
    return phrases.fromTo(text(start), datePrecision(start), text(end), datePrecision(end));
  }
  if (end !== undefined) return phrases.until(text(end), datePrecision(end));
  if (start !== undefined) return phrases.since(text(start), datePrecision(start));
  return phrases.noTime;
}
