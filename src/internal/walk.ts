import type { Place } from "../schema/place.js";
import type { NewsRecord } from "../schema/record.js";
import type { TextSpan } from "../schema/span.js";
import type { PathSegment } from "../validation/issues.js";
import type { ReadonlyDeep } from "./readonly-deep.js";

/** What a span anchors, which decides how its text is checked. */
export type SpanRole = "quoted" | "quote-content" | "speaker" | "mention" | "statistic" | "event" | "place";

/** A span of a record with its path and what it anchors. */
export interface SpanEntry {
  readonly path: readonly PathSegment[];
  readonly span: ReadonlyDeep<TextSpan>;
  readonly role: SpanRole;
}

function placeSpan(place: ReadonlyDeep<Place> | undefined, path: PathSegment[], out: SpanEntry[]): void {
  if (place?.span !== undefined) out.push({ path: [...path, "span"], span: place.span, role: "place" });
}

/**
 * Every span of a record, in document order of the record's fields (actors,
 * events, quotes, statistics), each with its JSON path.
 */
export function collectSpans(record: ReadonlyDeep<NewsRecord>): SpanEntry[] {
  const out: SpanEntry[] = [];
  record.actors.forEach((actor, a) => {
    actor.mentions?.forEach((span, m) => {
      out.push({ path: ["actors", a, "mentions", m], span, role: "mention" });
    });
  });
  record.events.forEach((event, e) => {
    event.spans?.forEach((span, s) => {
      out.push({ path: ["events", e, "spans", s], span, role: "event" });
    });
    event.places?.forEach((entry, p) => {
      placeSpan(entry.place, ["events", e, "places", p, "place"], out);
    });
  });
  record.quotes.forEach((quote, q) => {
    if (quote.speaker.kind === "anonymous" && quote.speaker.span !== undefined) {
      out.push({ path: ["quotes", q, "speaker", "span"], span: quote.speaker.span, role: "speaker" });
    }
    if (quote.mode !== "direct") {
      out.push({ path: ["quotes", q, "content"], span: quote.content, role: "quote-content" });
    }
    if (quote.mode !== "indirect") {
      quote.quoted.forEach((span, s) => {
        out.push({ path: ["quotes", q, "quoted", s], span, role: "quoted" });
      });
    }
  });
  record.statistics.forEach((statistic, s) => {
    if (statistic.span !== undefined) {
      out.push({ path: ["statistics", s, "span"], span: statistic.span, role: "statistic" });
    }
    placeSpan(statistic.place, ["statistics", s, "place"], out);
  });
  return out;
}
