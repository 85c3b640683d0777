import type { Place } from "../schema/place.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import type { PathSegment } from "../validation/issues.js";
import type { ReadonlyDeep } from "./readonly-deep.js";

/**
 * What a span anchors, which decides how its text is checked.
 *
 * @inline
 */
export type SpanRole = "quoted" | "quote-content" | "speaker" | "mention" | "statistic" | "event" | "link" | "place";

/**
 * A span of a record with its path and what it anchors. `S` is the span's
 * type: read-only when the record is, mutable when the record is a
 * {@link NewsRecord} the caller owns (so that a fresh copy can be edited in
 * place, as `regroundRecord` does).
 */
export interface SpanEntry<S extends ReadonlyDeep<TextSpan> = ReadonlyDeep<TextSpan>> {
  /** JSON path of the span from the record's root. */
  readonly path: readonly PathSegment[];
  /** The span object itself, as it sits in the record. */
  readonly span: S;
  /** What the span anchors. */
  readonly role: SpanRole;
  /** The id of the fact the span belongs to (an actor, event, quote or statistic). */
  readonly factId: string;
}

function placeSpan(
  place: ReadonlyDeep<Place> | undefined,
  path: PathSegment[],
  factId: string,
  out: SpanEntry[],
): void {
  if (place?.span !== undefined) out.push({ path: [...path, "span"], span: place.span, role: "place", factId });
}

/**
 * Every span of a record, in document order of the record's fields (actors,
 * events, quotes, statistics), each with its JSON path. The entries hold the
 * record's own span objects, not copies: given a mutable record, they are
 * mutable.
 */
export function collectSpans(record: NewsRecord): SpanEntry<TextSpan>[];
export function collectSpans(record: ReadonlyDeep<NewsRecord>): SpanEntry[];
export function collectSpans(record: ReadonlyDeep<NewsRecord>): SpanEntry[] {
  const out: SpanEntry[] = [];
  record.actors.forEach((actor, a) => {
    actor.mentions?.forEach((span, m) => {
      out.push({ path: ["actors", a, "mentions", m], span, role: "mention", factId: actor.id });
    });
  });
  record.events.forEach((event, e) => {
    event.spans?.forEach((span, s) => {
      out.push({ path: ["events", e, "spans", s], span, role: "event", factId: event.id });
    });
    event.places?.forEach((entry, p) => {
      placeSpan(entry.place, ["events", e, "places", p, "place"], event.id, out);
    });
    event.related?.forEach((link, l) => {
      if (link.span !== undefined) {
        out.push({ path: ["events", e, "related", l, "span"], span: link.span, role: "link", factId: event.id });
      }
    });
  });
  record.quotes.forEach((quote, q) => {
    if (quote.speaker.kind === "anonymous" && quote.speaker.span !== undefined) {
      out.push({
        path: ["quotes", q, "speaker", "span"],
        span: quote.speaker.span,
        role: "speaker",
        factId: quote.id,
      });
    }
    if (quote.mode !== "direct") {
      out.push({ path: ["quotes", q, "content"], span: quote.content, role: "quote-content", factId: quote.id });
    }
    if (quote.mode !== "indirect") {
      quote.quoted.forEach((span, s) => {
        out.push({ path: ["quotes", q, "quoted", s], span, role: "quoted", factId: quote.id });
      });
    }
  });
  record.statistics.forEach((statistic, s) => {
    if (statistic.span !== undefined) {
      out.push({ path: ["statistics", s, "span"], span: statistic.span, role: "statistic", factId: statistic.id });
    }
    placeSpan(statistic.place, ["statistics", s, "place"], statistic.id, out);
  });
  return out;
}
