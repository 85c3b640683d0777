import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { TimeRef } from "../schema/date.js";
import type { EventRelation, NewsEvent } from "../schema/news-event.js";
import type { NewsRecord } from "../schema/record.js";
import { dateBounds } from "../time/partial-date.js";

/**
 * How a {@link TimelineEntry} got its place: by its own `date`, or, for an
 * event the record gives no date it can read, by its `link`s to events
 * that have one.
 */
export type TimelinePlacement = "date" | "link";

/** An event on a timeline, with the instants its date allows. */
export interface TimelineEntry {
  /** The event. */
  readonly event: ReadonlyDeep<NewsEvent>;
  /** The earliest instant the event's date allows, in ms since the Unix epoch; `undefined` when it has no date or its interval no start. */
  readonly earliest: number | undefined;
  /** The latest instant (exclusive) the event's date allows, in ms since the Unix epoch; `undefined` when it has no date or its interval no end. */
  readonly latest: number | undefined;
  /** `date` when the event's own date placed it; `link` when it has none and its links to other events did. */
  readonly placedBy: TimelinePlacement;
}

/** The events of a record in time order, and apart from them the events nothing places. */
export interface Timeline {
  /** The events placed by their dates or, undated, by their links to other events, in time order. */
  readonly entries: TimelineEntry[];
  /** The events with no date that can be read and no link that places them, in record order: the record does not say when they happened. */
  readonly unplaced: ReadonlyDeep<NewsEvent>[];
}

interface Keyed {
  readonly event: ReadonlyDeep<NewsEvent>;
  readonly index: number;
  readonly earliest: number | undefined;
  readonly latest: number | undefined;
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
  const endStart =
    event.date?.kind === "interval" && event.date.end !== undefined ? dateBounds(event.date.end)[0] : Number.NaN;
  const at = earliest ?? endStart;
  const width = earliest === undefined || latest === undefined ? Number.POSITIVE_INFINITY : latest - earliest;
  return { event, index, earliest, latest, at, width };
}

/**
 * Which of two linked events comes first, read from the link of `from` to
 * `to`: `to` first for a cause, a response, a background and a whole that
 * `from` is part of (a heading before its entries); `from` first for a
 * purpose or a prevention (what it aims at lies ahead); none for a
 * condition, which may come before or after.
 */
const FIRST: Readonly<Record<EventRelation, "from" | "to" | undefined>> = {
  cause: "to",
  response: "to",
  background: "to",
  "part-of": "to",
  purpose: "from",
  prevention: "from",
  condition: undefined,
};

/** For each event (by record index), the events that must come after it and those that must come before. */
function linkOrder(events: readonly ReadonlyDeep<NewsEvent>[]): { next: number[][]; previous: number[][] } {
  const at = new Map<string, number>();
  events.forEach((event, i) => {
    if (!at.has(event.id)) at.set(event.id, i);
  });
  const next = events.map((): number[] => []);
  const previous = events.map((): number[] => []);
  events.forEach((event, from) => {
    for (const link of event.related ?? []) {
      const to = at.get(link.event);
      const first = FIRST[link.relation];
      if (to === undefined || to === from || first === undefined) continue;
      const [a, b] = first === "to" ? [to, from] : [from, to];
      next[a]?.push(b);
      previous[b]?.push(a);
    }
  });
  return { next, previous };
}

/** Takes out the lowest of the numbers put in, by `rank`: a binary heap. */
class Lowest {
  readonly #heap: number[] = [];
  constructor(readonly rank: (i: number) => number) {}
  get size(): number {
    return this.#heap.length;
  }
  put(i: number): void {
    const heap = this.#heap;
    heap.push(i);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      const [pc, cc] = [heap[p] ?? 0, heap[c] ?? 0];
      if (this.rank(pc) <= this.rank(cc)) break;
      [heap[p], heap[c]] = [cc, pc];
      c = p;
    }
  }
  take(): number | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    for (let p = 0; ; ) {
      const [l, r] = [2 * p + 1, 2 * p + 2];
      let low = p;
      if (l < heap.length && this.rank(heap[l] ?? 0) < this.rank(heap[low] ?? 0)) low = l;
      if (r < heap.length && this.rank(heap[r] ?? 0) < this.rank(heap[low] ?? 0)) low = r;
      if (low === p) break;
      [heap[p], heap[low]] = [heap[low] ?? 0, heap[p] ?? 0];
      p = low;
    }
    return top;
  }
}

/**
 * Orders `members` so that each comes after the members `previous` says
 * come before it, choosing among those free to go by `rank` (lower first);
 * a cycle is broken at the lowest rank left. Linear in the members and
 * their links, times the log of the members.
 */
function ordered(members: readonly number[], previous: readonly number[][], rank: (i: number) => number): number[] {
  if (members.length < 2) return [...members];
  const inside = new Set(members);
  const waiting = new Map<number, number>();
  const after = new Map<number, number[]>();
  for (const i of members) {
    for (const p of previous[i] ?? []) {
      if (!inside.has(p) || p === i) continue;
      waiting.set(i, (waiting.get(i) ?? 0) + 1);
      const list = after.get(p);
      if (list === undefined) after.set(p, [i]);
      else list.push(i);
    }
  }
  const free = new Lowest(rank);
  const stuck = new Lowest(rank);
  for (const i of members) ((waiting.get(i) ?? 0) === 0 ? free : stuck).put(i);
  const out: number[] = [];
  const done = new Set<number>();
  while (out.length < members.length) {
    let i = free.take();
    // Only a cycle leaves nothing free: break it at the lowest rank not yet out.
    while (i === undefined && stuck.size > 0) {
      const s = stuck.take();
      if (s !== undefined && !done.has(s)) i = s;
    }
    if (i === undefined) break;
    if (done.has(i)) continue;
    done.add(i);
    out.push(i);
    for (const j of after.get(i) ?? []) {
      const left = (waiting.get(j) ?? 0) - 1;
      waiting.set(j, left);
      if (left === 0 && !done.has(j)) free.put(j);
    }
  }
  return out;
}

/**
 * For each undated event reached from a dated one through undated events
 * along `step`, the dated event's position: the first one to reach it, in
 * the order `positions` gives. Each event and link is visited once.
 */
function nearestDated(
  positions: readonly number[],
  dated: readonly number[],
  step: readonly number[][],
  isUndated: (i: number) => boolean,
): Map<number, number> {
  const found = new Map<number, number>();
  for (const p of positions) {
    const start = dated[p];
    if (start === undefined) continue;
    const queue = [start];
    for (let q = 0; q < queue.length; q += 1) {
      for (const j of step[queue[q] ?? -1] ?? []) {
        if (!isUndated(j) || found.has(j)) continue;
        found.set(j, p);
        queue.push(j);
      }
    }
  }
  return found;
}

/**
 * The record's events in time order, with partial dates and intervals kept
 * honest, and the undated events placed by what the record knows of them.
 * An event's date stands for every instant it allows (see `dateBounds`): a
 * year-only date covers its whole year, it is not read as January 1st.
 *
 * Dated events, in `entries` with `placedBy: "date"`:
 * 1. By the earliest instant their date allows. An interval with no start
 *    ("in recent weeks", up to a date) sits at its end date.
 * 2. On the same earliest instant, an event the other links to as its
 *    cause, what it responds to, its background or the whole it is part of
 *    comes first (an election, then its dispute, then the protests it set
 *    off, all in 2020); then the wider date, like a heading before its
 *    entries ("2021" before "2021-01" before "2021-01-01", an interval
 *    with an open end before the events of its end day); then record order.
 *
 * Undated events (no date, or none that can be read) are placed by their
 * links, read as in `related` ("this event is a … of the other"): a cause,
 * what an event responds to, its background and the whole it is part of
 * come before it; what it aims at (`purpose`, `prevention`) after it; a
 * `condition` says nothing of order. Following links through other undated
 * events, an undated event goes just before the earliest dated event it
 * must precede, or else just after the latest dated event it must follow,
 * with `placedBy: "link"`; one linked only to such events joins them.
 * Events placed at the same spot keep their links' order, then record
 * order. An event neither a date nor a link places is returned in
 * `unplaced`, never guessed into the order.
 *
 * The result depends only on the record: the same record gives the same
 * timeline. The cost is linear in the events and their links, times the
 * logarithm of the number of events.
 *
 * @param record - The record whose events to order.
 * @returns Every event once: in `entries` in time order, or in `unplaced`.
 * @example
 * ```ts
 * import { buildTimeline } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const { entries, unplaced } = buildTimeline(belarusLithuaniaBorder);
 * const ids = entries.map((entry) => entry.event.id);
 * ids.slice(0, 3); // => ["ev-election", "ev-election-dispute", "ev-protests"]
 * ids.indexOf("ev-eu-sanctions") < ids.indexOf("ev-border-closure"); // => true
 * entries.find((entry) => entry.event.id === "ev-eu-sanctions")?.placedBy; // => "link"
 * ids.at(-1); // => "ev-return-crossings"
 * unplaced; // => []
 * ```
 */
export function buildTimeline(record: ReadonlyDeep<NewsRecord>): Timeline {
  if (recordShapeIssues(record).length > 0) return { entries: [], unplaced: [] };
  const events = record.events;
  const { next, previous } = linkOrder(events);
  const all = events.map(keyed);
  const isDated = (k: Keyed) => !Number.isNaN(k.at) && !Number.isNaN(k.width);

  const byDate = all
    .filter(isDated)
    .sort((a, b) => a.at - b.at || (b.width === a.width ? 0 : b.width > a.width ? 1 : -1) || a.index - b.index);
  const rankByDate = new Map(byDate.map((k, r) => [k.index, r]));
  const dated: number[] = [];
  for (let from = 0; from < byDate.length; ) {
    let to = from;
    while (to < byDate.length && byDate[to]?.at === byDate[from]?.at) to += 1;
    const group = byDate.slice(from, to).map((k) => k.index);
    dated.push(...ordered(group, previous, (i) => rankByDate.get(i) ?? 0));
    from = to;
  }
  const position = new Map(dated.map((index, p) => [index, p]));

  // A spot is a dated event's position times two, less one just before it, plus one just after it.
  const undated = all.filter((k) => !isDated(k)).map((k) => k.index);
  const isUndated = (i: number) => !position.has(i);
  const ascending = dated.map((_, p) => p);
  const ahead = nearestDated(ascending, dated, previous, isUndated);
  const behind = nearestDated([...ascending].reverse(), dated, next, isUndated);
  const spot = new Map<number, number>();
  for (const i of undated) {
    const before = ahead.get(i);
    const after = behind.get(i);
    if (before !== undefined) spot.set(i, 2 * before - 1);
    else if (after !== undefined) spot.set(i, 2 * after + 1);
  }
  const queue = undated.filter((i) => spot.has(i));
  for (let q = 0; q < queue.length; q += 1) {
    const i = queue[q] ?? -1;
    for (const j of [...(previous[i] ?? []), ...(next[i] ?? [])]) {
      if (!isUndated(j) || spot.has(j)) continue;
      spot.set(j, spot.get(i) ?? 0);
      queue.push(j);
    }
  }

  const at = new Map<number, number[]>();
  dated.forEach((index, p) => {
    at.set(2 * p, [index]);
  });
  for (const i of undated) {
    const s = spot.get(i);
    if (s === undefined) continue;
    const members = at.get(s);
    if (members === undefined) at.set(s, [i]);
    else members.push(i);
  }
  const entries: TimelineEntry[] = [];
  for (const s of [...at.keys()].sort((a, b) => a - b)) {
    const members = at.get(s) ?? [];
    const placedBy: TimelinePlacement = s % 2 === 0 ? "date" : "link";
    for (const i of placedBy === "date" ? members : ordered(members, previous, (j) => j)) {
      const k = all[i];
      if (k !== undefined) entries.push({ event: k.event, earliest: k.earliest, latest: k.latest, placedBy });
    }
  }
  const unplaced = undated.filter((i) => !spot.has(i)).flatMap((i) => all[i]?.event ?? []);
  return { entries, unplaced };
}
