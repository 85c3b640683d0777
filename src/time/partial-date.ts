import type { DatePrecision, PartialDate } from "../schema/date.js";

const HOUR = 3_600_000;

/**
 * Tells how much of a date is known, from its form.
 *
 * @param date - A valid {@link PartialDate}.
 * @returns `"year"`, `"month"`, `"day"` or `"time"`.
 * @example
 * ```ts
 * import { datePrecision } from "news-schema";
 *
 * datePrecision("2021"); // => "year"
 * datePrecision("2021-08-05"); // => "day"
 * ```
 */
export function datePrecision(date: PartialDate): DatePrecision {
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
 * @returns `[earliest, latest)`; both are `NaN` only if `date` is not valid.
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
  const year = Number(date.slice(0, 4));
  switch (datePrecision(date)) {
    case "year":
      return [Date.UTC(year, 0, 1) - 14 * HOUR, Date.UTC(year + 1, 0, 1) + 12 * HOUR];
    case "month": {
      const month = Number(date.slice(5, 7)) - 1;
      return [Date.UTC(year, month, 1) - 14 * HOUR, Date.UTC(year, month + 1, 1) + 12 * HOUR];
    }
    case "day": {
      const month = Number(date.slice(5, 7)) - 1;
      const day = Number(date.slice(8, 10));
      return [Date.UTC(year, month, day) - 14 * HOUR, Date.UTC(year, month, day + 1) + 12 * HOUR];
    }
    case "time": {
      const instant = Date.parse(date);
      return [instant, instant + 1];
    }
  }
}
