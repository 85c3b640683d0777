import type { Place } from "../schema/place.js";
import type { NewsRecord } from "../schema/record.js";
import type { MentionForm, TextSpan } from "../schema/span.js";
import type { PathSegment } from "../validation/issues.js";
import type { ReadonlyDeep } from "./readonly-deep.js";

/**
 * What a span anchors, which decides how its text is checked: a quote's
 * `quoted` words, its `quote-content` and each `continuation`, a
 * `refusal`, an anonymous `speaker`, a quote's `channel`; an actor's
 * `mention` and `affiliation`; a `statistic`'s quantity and the spans of
 * its `rate`, `change`, `phrase` (what a share is of, what a change is
 * compared with), `estimate` and `uncertainty`; an `event`, an event
 * `link`; a `place` given where it is used, a `place-ref` to a declared
 * place, a `relative-place`; a declared place's `place-mention`.
 *
 * @group Grounding
 */
export type SpanRole =
  | "quoted"
  | "quote-content"
  | "continuation"
  | "refusal"
  | "speaker"
  | "channel"
  | "mention"
  | "affiliation"
  | "statistic"
  | "rate"
  | "change"
  | "phrase"
  | "estimate"
  | "uncertainty"
  | "event"
  | "link"
  | "place"
  | "place-ref"
  | "relative-place"
  | "place-mention";

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
  /** The id of the fact the span belongs to (an actor, event, quote, statistic or declared place). */
  readonly factId: string;
  /** For a mention of an actor or a declared place: how it refers (absent: a name or an alias). */
  readonly form?: MentionForm;
  /** For a phrase: the words the span must hold. */
  readonly text?: string;
  /** For a place span: the place it anchors. */
  readonly place?: ReadonlyDeep<Place>;
}

function placeSpan(
  place: ReadonlyDeep<Place> | undefined,
  path: PathSegment[],
  factId: string,
  out: SpanEntry[],
): void {
  if (place?.span === undefined) return;
  const role = place.kind === "ref" ? "place-ref" : place.kind === "relative" ? "relative-place" : "place";
  out.push({ path: [...path, "span"], span: place.span, role, factId, place });
}

/**
 * Every span of a record, in document order of the record's fields (actors,
 * events, quotes, statistics, declared places), each with its JSON path.
 * The entries hold the record's own span objects, not copies: given a
 * mutable record, they are mutable. A span may point into another part of
 * the article than the body (`span.part`).
 */
export function collectSpans(record: NewsRecord): SpanEntry<TextSpan>[];
export function collectSpans(record: ReadonlyDeep<NewsRecord>): SpanEntry[];
export function collectSpans(record: ReadonlyDeep<NewsRecord>): SpanEntry[] {
  const out: SpanEntry[] = [];
  record.actors.forEach((actor, a) => {
    actor.mentions?.forEach((span, m) => {
      const path = ["actors", a, "mentions", m];
      // Field by field: spreading an entry into a literal with one more field takes V8's slow path.
      out.push(
        span.form === undefined
          ? { path, span, role: "mention", factId: actor.id }
          : { path, span, role: "mention", factId: actor.id, form: span.form },
      );
    });
    actor.affiliations?.forEach((affiliation, f) => {
      if (affiliation.span !== undefined) {
        const path = ["actors", a, "affiliations", f, "span"];
        out.push({ path, span: affiliation.span, role: "affiliation", factId: actor.id });
      }
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
    if (quote.channel?.span !== undefined) {
      out.push({ path: ["quotes", q, "channel", "span"], span: quote.channel.span, role: "channel", factId: quote.id });
    }
    if (quote.mode === "indirect" || quote.mode === "mixed") {
      out.push({ path: ["quotes", q, "content"], span: quote.content, role: "quote-content", factId: quote.id });
      quote.continuation?.forEach((span, c) => {
        out.push({ path: ["quotes", q, "continuation", c], span, role: "continuation", factId: quote.id });
      });
    }
    if (quote.mode === "direct" || quote.mode === "mixed") {
      quote.quoted.forEach((span, s) => {
        out.push({ path: ["quotes", q, "quoted", s], span, role: "quoted", factId: quote.id });
      });
    }
    if (quote.mode === "refusal") {
      out.push({ path: ["quotes", q, "refusal"], span: quote.refusal, role: "refusal", factId: quote.id });
    }
  });
  record.statistics.forEach((statistic, s) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["statistics", s, ...rest];
    const factId = statistic.id;
    if (statistic.span !== undefined) out.push({ path: at("span"), span: statistic.span, role: "statistic", factId });
    if (statistic.per?.span !== undefined) {
      out.push({ path: at("per", "span"), span: statistic.per.span, role: "rate", factId });
    }
    const change = statistic.change;
    if (change?.span !== undefined) out.push({ path: at("change", "span"), span: change.span, role: "change", factId });
    if (change?.comparedWith?.span !== undefined) {
      const { span, text } = change.comparedWith;
      out.push({ path: at("change", "comparedWith", "span"), span, role: "phrase", factId, text });
    }
    if (statistic.of?.span !== undefined) {
      out.push({ path: at("of", "span"), span: statistic.of.span, role: "phrase", factId, text: statistic.of.text });
    }
    if (statistic.uncertainty?.span !== undefined) {
      out.push({ path: at("uncertainty", "span"), span: statistic.uncertainty.span, role: "uncertainty", factId });
    }
    if (statistic.estimate?.span !== undefined) {
      out.push({ path: at("estimate", "span"), span: statistic.estimate.span, role: "estimate", factId });
    }
    placeSpan(statistic.place, at("place"), factId, out);
  });
  record.places?.forEach((place, p) => {
    place.mentions?.forEach((span, m) => {
      const path = ["places", p, "mentions", m];
      out.push(
        span.form === undefined
          ? { path, span, role: "place-mention", factId: place.id }
          : { path, span, role: "place-mention", factId: place.id, form: span.form },
      );
    });
  });
  return out;
}
