import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { TimeRef } from "../schema/date.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { NewsRecord } from "../schema/record.js";
import { dateBounds } from "../time/partial-date.js";

/** An event on a timeline, with the instants its date allows. */
export interface TimelineEntry {
  /** The event. */
  readonly event: ReadonlyDeep<NewsEvent>;
  /** The earliest instant the event's date allows, in ms since the Unix epoch; `undefined` when it has no date or its interval no start. */
  readonly earliest: number | undefined;
  /** The latest instant (exclusive) the event's date allows, in ms since the Unix epoch; `undefined` when it has no date or its interval no end. */
  readonly latest: number | undefined;
}

interface Keyed {
  readonly entry: TimelineEntry;
  readonly index: number;
  /** Where the event sits: its earliest instant, or the earliest instant of its end when it has no start. */
  readonly at: number;
  /** How long a stretch its date allows; infinite when an end is open. */
  readonly width: number;
}

function bounds(time: ReadonlyDeep<TimeRef> | undefined): { earliest?: number; latest?: number } {
  if (time === undefined) return {};
  if (time.kind === "date") {
    const [earliest, latest] = dateBounds(time.date);
    return { earliest, latest };
  }
  return {
    ...(time.start === undefined ? {} : { earliest: dateBounds(time.start)[0] }),
    ...(time.end === undefined ? {} : { latest: dateBounds(time.end)[1] }),
  };
}

function keyed(event: ReadonlyDeep<NewsEvent>, index: number): Keyed {
  const { earliest, latest } = bounds(event.date);
  const entry: TimelineEntry = { event, earliest, latest };
  const endStart =
    event.date?.kind === "interval" && event.date.end !== undefined ? dateBounds(event.date.end)[0] : Number.NaN;
  const at = earliest ?? endStart;
  const width = earliest === undefined || latest === undefined ? Number.POSITIVE_INFINITY : latest - earliest;
  return { entry, index, at, width };
}

/**
 * The record's events in the order of their dates, with partial dates and
 * intervals kept honest. An event's date stands for every instant it
 * allows (see `dateBounds`): a year-only date covers its whole year, it is
 * not read as January 1st. The order:
 * 1. Events by the earliest instant their date allows. An interval with no
 *    start ("in recent weeks", up to a date) sits at its end date.
 * 2. On the same earliest instant, the wider date first, like a heading
 *    before its entries: "2021" before "2021-01" before "2021-01-01", and an
 *    interval with an open end or start ("until 5 August") before the
 *    events of its end day, which it led up to.
 * 3. Still tied, record order (the sort is stable).
 * 4. Events with no date, or with a date that cannot be read, come last, in
 *    record order.
 *
 * @param record - The record whose events to order.
 * @returns Every event once, with the instants its date allows.
 * @example
 * ```ts
 * import { buildTimeline } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const ids = buildTimeline(belarusLithuaniaBorder).map((entry) => entry.event.id);
 * ids.slice(0, 3); // => ["ev-disputed-election", "ev-protests", "ev-apprehensions"]
 * ids.indexOf("ev-migrant-entries") < ids.indexOf("ev-border-closure"); // => true
 * ids.at(-1); // => "ev-lithuania-support"
 * ```
 */
export function buildTimeline(record: ReadonlyDeep<NewsRecord>): TimelineEntry[] {
  if (recordShapeIssues(record).length > 0) return [];
  const all = record.events.map(keyed);
  const dated = all.filter((k) => !Number.isNaN(k.at) && !Number.isNaN(k.width));
  const undated = all.filter((k) => Number.isNaN(k.at) || Number.isNaN(k.width));
  dated.sort((a, b) => a.at - b.at || (b.width === a.width ? 0 : b.width > a.width ? 1 : -1) || a.index - b.index);
  return [...dated, ...undated].map((k) => k.entry);
}
