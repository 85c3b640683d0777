import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { PartialDate, TimeRef } from "../../schema/date.js";
import type { EventStatus } from "../../schema/news-event.js";
import type { NewsRecord } from "../../schema/record.js";
import type { EstimateKind } from "../../schema/statistic.js";
import { dateBounds, datePrecision } from "../../time/partial-date.js";
import type { PathSegment } from "../issues.js";
import {
  dateAfterPublication,
  dateBeforePublication,
  forecastAfterPublication,
  INTERVAL_UNBOUNDED,
  intervalReversed,
} from "./messages.js";
import type { Report } from "./report.js";

/**
 * Statuses of events that have happened, at least in part, by the time the
 * article reports them. Every other status (announced, planned, expected,
 * threatened, hoped, urged, demanded, conditional, proposed…) may be dated
 * after publication.
 */
const PAST_STATUSES: ReadonlySet<EventStatus> = new Set(["occurred", "ongoing", "alleged", "denied"]);

/** Figures about what has not happened yet, whose period may lie after publication. */
const FORWARD_ESTIMATES: ReadonlySet<EstimateKind> = new Set(["forecast", "projection", "target"]);

/**
 * Whether `a` comes after `b` wherever each may fall. Two calendar dates
 * compare by the calendar ("2022" after "2021", "2021-08-06" after
 * "2021-08-05"); with a date-time on either side, a date without time stands
 * for every time zone's version of it, so only a date after every possible
 * `b` counts.
 */
export function after(a: PartialDate, b: PartialDate): boolean {
  const calendar = datePrecision(a) !== "time" && datePrecision(b) !== "time";
  // Two calendar dates ("2021", "2021-08", "2021-08-05", each valid) compare by their common prefix, without a `Date`.
  if (calendar) {
    const common = Math.min(a.length, b.length);
    return a.slice(0, common) > b.slice(0, common);
  }
  return dateBounds(a)[0] >= dateBounds(b)[1];
}

function checkInterval(path: readonly PathSegment[], time: ReadonlyDeep<TimeRef> | undefined, report: Report): void {
  if (time?.kind !== "interval") return;
  if (time.start === undefined && time.end === undefined) {
    report(path, "interval_unbounded", INTERVAL_UNBOUNDED);
  } else if (time.start !== undefined && time.end !== undefined && after(time.start, time.end)) {
    report(path, "interval_reversed", intervalReversed(time.start, time.end));
  }
}

/** The dates of a time that must not lie after publication: its date, or its start (and its end, when `ends`). */
function datesOf(time: ReadonlyDeep<TimeRef>, ends: boolean): readonly (PartialDate | undefined)[] {
  if (time.kind === "date") return [time.date];
  return ends ? [time.start, time.end] : [time.start];
}

/**
 * Checks every time of a record: intervals bounded and in order; and, when
 * the article's publication date is known, what has happened (words said,
 * events that occurred, announcements, periods measured) not after it, and
 * the article's last change and its corrections not before it.
 */
export function checkDates(record: ReadonlyDeep<NewsRecord>, report: Report): void {
  const published = record.article.publishedAt;
  const notAfter = (
    path: readonly PathSegment[],
    time: ReadonlyDeep<TimeRef> | undefined,
    ends: boolean,
    message: (published: string, late: string) => string,
  ): void => {
    if (time === undefined || published === undefined) return;
    const late = datesOf(time, ends).find((date) => date !== undefined && after(date, published));
    if (late !== undefined) report(path, "date_after_publication", message(published, late));
  };
  const notBefore = (path: readonly PathSegment[], date: PartialDate | undefined, what: string): void => {
    if (date !== undefined && published !== undefined && after(published, date)) {
      report(path, "date_after_publication", dateBeforePublication(what, date, published));
    }
  };

  notBefore(["article", "dateModified"], record.article.dateModified, "The article's last change");
  record.article.corrections?.forEach((correction, c) => {
    notBefore(["article", "corrections", c, "date"], correction.date, "The correction");
  });

  record.events.forEach((event, e) => {
    checkInterval(["events", e, "date"], event.date, report);
    checkInterval(["events", e, "announced"], event.announced, report);
    if (PAST_STATUSES.has(event.status)) {
      notAfter(["events", e, "date"], event.date, event.status !== "ongoing", (p, late) =>
        dateAfterPublication(`An event that is ${event.status}`, p, late),
      );
    }
    notAfter(["events", e, "announced"], event.announced, true, (p, late) =>
      dateAfterPublication("An event's announcement", p, late),
    );
  });

  record.quotes.forEach((quote, q) => {
    checkInterval(["quotes", q, "saidAt"], quote.saidAt, report);
    notAfter(["quotes", q, "saidAt"], quote.saidAt, true, (p, late) =>
      dateAfterPublication("Words the article reports", p, late),
    );
  });

  record.statistics.forEach((statistic, s) => {
    checkInterval(["statistics", s, "period"], statistic.period, report);
    checkInterval(["statistics", s, "change", "since"], statistic.change?.since, report);
    const estimate = statistic.estimate?.kind;
    if (estimate === undefined || !FORWARD_ESTIMATES.has(estimate)) {
      notAfter(["statistics", s, "period"], statistic.period, true, (p, late) =>
        forecastAfterPublication("The period a statistic covers", p, late),
      );
    }
  });
}
