import type { DatePrecision, PartialDate } from "../schema/date.js";

const HOUR = 3_600_000;

/**
 * Tells how much of a date is known, from its form.
 *
 * @param date - A valid {@link PartialDate}.
 * @returns `"year"`, `"month"`, `"day"` or `"time"`; `"time"` also for
 *   anything that is not a date of the first three forms (it never throws).
 * @example
 * ```ts
 * import { datePrecision } from "news-schema";
 *
 * datePrecision("2021"); // => "year"
 * datePrecision("2021-08-05"); // => "day"
 * ```
 */
export function datePrecision(date: PartialDate): DatePrecision {
  if (typeof date !== "string") return "time";
  if (date.length === 4) return "year";
  if (date.length === 7) return "month";
  if (date.length === 10) return "day";
  return "time";
}

/**
 * The instants a partial date may stand for, as milliseconds since the Unix
 * epoch: `[earliest, latest)`. A year covers the whole year; a day, having no
 * time zone, covers every zone's version of that day (UTC−12 to UTC+14); a
 * date-time with an offset is one instant.
 *
 * @param date - A valid {@link PartialDate}.
 * @returns `[earliest, latest)`; both are `NaN` only if `date` is not valid
 *   (it never throws, whatever it is given).
 * @example
 * ```ts
 * import { dateBounds } from "news-schema";
 *
 * const [from, to] = dateBounds("2021");
 * // 1 January 2021 begins earliest in UTC+14
 * new Date(from).toISOString(); // => "2020-12-31T10:00:00.000Z"
 * ```
 */
export function dateBounds(date: PartialDate): readonly [number, number] {
  const [first, last] = calendarBounds(date);
  return datePrecision(date) === "time" ? [first, last] : [first - 14 * HOUR, last + 12 * HOUR];
}

/**
 * Milliseconds since the Unix epoch at 00:00 UTC of a day, for any year from
 * 0 to 9999 (`Date.UTC` would read years 0 to 99 as 1900 to 1999).
 */
export function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/**
 * The period a partial date names, `[first, last)` in milliseconds, read as
 * if in UTC: a year, a month or a day of the calendar, or the one instant of
 * a date-time. Two dates without time compare by the calendar this way,
 * with no time zone to blur them.
 */
export function calendarBounds(date: PartialDate): readonly [number, number] {
  if (typeof date !== "string") return [Number.NaN, Number.NaN];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  switch (datePrecision(date)) {
    case "year":
      return [utcDay(year, 0, 1), utcDay(year + 1, 0, 1)];
    case "month":
      return [utcDay(year, month, 1), utcDay(year, month + 1, 1)];
    case "day":
      return [utcDay(year, month, day), utcDay(year, month, day + 1)];
    case "time": {
      const instant = Date.parse(date);
      return [instant, instant + 1];
    }
  }
}
