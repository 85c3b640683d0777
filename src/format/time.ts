import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { PartialDate, TimeRef } from "../schema/date.js";
import { datePrecision, utcDay } from "../time/partial-date.js";

type Locale = string | string[];

/** A partial date written to its own precision: "2021", "August 2021", "August 5, 2021". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
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

/** The date with its English preposition: "on August 5, 2021", "in August 2021", "in 2021". */
function onDate(date: PartialDate, locale: Locale): string {
  const precision = datePrecision(date);
  return `${precision === "day" || precision === "time" ? "on" : "in"} ${formatPartialDate(date, locale)}`;
}

/**
 * When something happened, as an English phrase with its preposition: "on
 * August 5, 2021", "in 2020", "from August 2020 to August 5, 2021", "until
 * August 5, 2021", "since 2021".
 */
export function timePhrase(time: ReadonlyDeep<TimeRef>, locale: Locale): string {
  if (time.kind === "date") return onDate(time.date, locale);
  const { start, end } = time;
  if (start !== undefined && end !== undefined) {
    return `from ${formatPartialDate(start, locale)} to ${formatPartialDate(end, locale)}`;
  }
  if (end !== undefined) return `until ${formatPartialDate(end, locale)}`;
  if (start !== undefined) return `since ${formatPartialDate(start, locale)}`;
  return "at a time not given";
}
