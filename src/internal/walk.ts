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

/** The lists of a record whose facts hold spans. */
export type SpanList = "actors" | "events" | "quotes" | "statistics" | "places";

/**
 * A span of a record with its path and what it anchors. `S` is the span's
 * type: read-only when the record is, mutable when the record is a
 * {@link NewsRecord} the caller owns (so that a fresh copy can be edited in
 * place, as `regroundRecord` does).
 */
export interface SpanEntry<S extends ReadonlyDeep<TextSpan> = ReadonlyDeep<TextSpan>> {
  /** JSON path of the span from the record's root, built when first read. */
  readonly path: readonly PathSegment[];
  /** The list of the fact the span belongs to: `path[0]`. */
  readonly list: SpanList;
  /** The index of that fact in its list: `path[1]`. */
  readonly index: number;
  /** The span object itself, as it sits in the record. */
  readonly span: S;
  /** What the span anchors. */
  readonly role: SpanRole;
  /** The id of the fact the span belongs to (an actor, event, quote, statistic or declared place). */
  readonly factId: string;
  /** For a mention of an actor or a declared place: how it refers (absent: a name or an alias). */
  readonly form?: MentionForm | undefined;
  /** For a phrase: the words the span must hold. */
  readonly text?: string | undefined;
  /** For a place span: the place it anchors. */
  readonly place?: ReadonlyDeep<Place> | undefined;
}

/** The fixed parts of the paths below a fact. */
const MENTIONS = ["mentions"];
const AFFILIATIONS = ["affiliations"];
const SPANS = ["spans"];
const PLACES = ["places"];
const RELATED = ["related"];
const CONTINUATION = ["continuation"];
const QUOTED = ["quoted"];
const SPAN = ["span"];
const PLACE_SPAN = ["place", "span"];
const NONE: readonly string[] = [];
const SPEAKER_SPAN = ["speaker", "span"];
const CHANNEL_SPAN = ["channel", "span"];
const CONTENT = ["content"];
const REFUSAL = ["refusal"];
const PER_SPAN = ["per", "span"];
const CHANGE_SPAN = ["change", "span"];
const COMPARED_WITH_SPAN = ["change", "comparedWith", "span"];
const OF_SPAN = ["of", "span"];
const UNCERTAINTY_SPAN = ["uncertainty", "span"];
const ESTIMATE_SPAN = ["estimate", "span"];

/**
 * A walked span. Its path, `[list, index, ...head, item, ...tail]` (no
 * `item` when it is -1), is built only when read: validation reads the
 * paths of the spans that fail, and most hold.
 */
class WalkedSpan<S extends ReadonlyDeep<TextSpan>> implements SpanEntry<S> {
  #path: readonly PathSegment[] | undefined;

  constructor(
    readonly span: S,
    readonly role: SpanRole,
    readonly factId: string,
    readonly list: SpanList,
    readonly index: number,
    private readonly head: readonly string[],
    private readonly item: number,
    private readonly tail: readonly string[],
    readonly form: MentionForm | undefined = undefined,
    readonly text: string | undefined = undefined,
    readonly place: ReadonlyDeep<Place> | undefined = undefined,
  ) {}

  get path(): readonly PathSegment[] {
    if (this.#path === undefined) {
      const path: PathSegment[] = [this.list, this.index, ...this.head];
      if (this.item >= 0) path.push(this.item);
      path.push(...this.tail);
      this.#path = path;
    }
    return this.#path;
  }
}

function placeSpan(
  place: ReadonlyDeep<Place> | undefined,
  list: SpanList,
  index: number,
  head: readonly string[],
  item: number,
  factId: string,
  out: SpanEntry[],
): void {
  if (place?.span === undefined) return;
  const role = place.kind === "ref" ? "place-ref" : place.kind === "relative" ? "relative-place" : "place";
  out.push(new WalkedSpan(place.span, role, factId, list, index, head, item, PLACE_SPAN, undefined, undefined, place));
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
  // Plain loops and one object per span: this runs for every record validated. Each list has a loop of
  // its own, not a shared helper: a shared one read mentions, event spans and quoted fragments at one
  // place, which V8 then reads as objects of any shape (integrity with its span list 5% slower).
  const out: SpanEntry[] = [];
  const { actors, events, quotes, statistics, places } = record;
  for (let a = 0; a < actors.length; a++) {
    const actor = actors[a];
    if (actor === undefined) continue;
    const { id, mentions, affiliations } = actor;
    if (mentions !== undefined) {
      for (let m = 0; m < mentions.length; m++) {
        const span = mentions[m];
        if (span !== undefined) {
          out.push(new WalkedSpan(span, "mention", id, "actors", a, MENTIONS, m, NONE, span.form));
        }
      }
    }
    if (affiliations !== undefined) {
      for (let f = 0; f < affiliations.length; f++) {
        const span = affiliations[f]?.span;
        if (span !== undefined) out.push(new WalkedSpan(span, "affiliation", id, "actors", a, AFFILIATIONS, f, SPAN));
      }
    }
  }
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    if (event === undefined) continue;
    const { id, spans, related } = event;
    if (spans !== undefined) {
      for (let s = 0; s < spans.length; s++) {
        const span = spans[s];
        if (span !== undefined) out.push(new WalkedSpan(span, "event", id, "events", e, SPANS, s, NONE));
      }
    }
    const used = event.places;
    if (used !== undefined) {
      for (let p = 0; p < used.length; p++) placeSpan(used[p]?.place, "events", e, PLACES, p, id, out);
    }
    if (related !== undefined) {
      for (let l = 0; l < related.length; l++) {
        const span = related[l]?.span;
        if (span !== undefined) out.push(new WalkedSpan(span, "link", id, "events", e, RELATED, l, SPAN));
      }
    }
  }
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q];
    if (quote === undefined) continue;
    const id = quote.id;
    if (quote.speaker.kind === "anonymous" && quote.speaker.span !== undefined) {
      out.push(new WalkedSpan(quote.speaker.span, "speaker", id, "quotes", q, SPEAKER_SPAN, -1, NONE));
    }
    if (quote.channel?.span !== undefined) {
      out.push(new WalkedSpan(quote.channel.span, "channel", id, "quotes", q, CHANNEL_SPAN, -1, NONE));
    }
    if (quote.mode === "indirect" || quote.mode === "mixed") {
      out.push(new WalkedSpan(quote.content, "quote-content", id, "quotes", q, CONTENT, -1, NONE));
      const continuation = quote.continuation;
      if (continuation !== undefined) {
        for (let c = 0; c < continuation.length; c++) {
          const span = continuation[c];
          if (span !== undefined) {
            out.push(new WalkedSpan(span, "continuation", id, "quotes", q, CONTINUATION, c, NONE));
          }
        }
      }
    }
    if (quote.mode === "direct" || quote.mode === "mixed") {
      const quoted = quote.quoted;
      for (let s = 0; s < quoted.length; s++) {
        const span = quoted[s];
        if (span !== undefined) out.push(new WalkedSpan(span, "quoted", id, "quotes", q, QUOTED, s, NONE));
      }
    }
    if (quote.mode === "refusal") {
      out.push(new WalkedSpan(quote.refusal, "refusal", id, "quotes", q, REFUSAL, -1, NONE));
    }
  }
  for (let s = 0; s < statistics.length; s++) {
    const statistic = statistics[s];
    if (statistic === undefined) continue;
    const id = statistic.id;
    const at = (span: ReadonlyDeep<TextSpan>, role: SpanRole, head: readonly string[], text?: string): void => {
      out.push(new WalkedSpan(span, role, id, "statistics", s, head, -1, NONE, undefined, text));
    };
    if (statistic.span !== undefined) at(statistic.span, "statistic", SPAN);
    if (statistic.per?.span !== undefined) at(statistic.per.span, "rate", PER_SPAN);
    const change = statistic.change;
    if (change?.span !== undefined) at(change.span, "change", CHANGE_SPAN);
    const comparedWith = change?.comparedWith;
    if (comparedWith?.span !== undefined) at(comparedWith.span, "phrase", COMPARED_WITH_SPAN, comparedWith.text);
    if (statistic.of?.span !== undefined) at(statistic.of.span, "phrase", OF_SPAN, statistic.of.text);
    if (statistic.uncertainty?.span !== undefined) at(statistic.uncertainty.span, "uncertainty", UNCERTAINTY_SPAN);
    if (statistic.estimate?.span !== undefined) at(statistic.estimate.span, "estimate", ESTIMATE_SPAN);
    placeSpan(statistic.place, "statistics", s, NONE, -1, id, out);
  }
  if (places !== undefined) {
    for (let p = 0; p < places.length; p++) {
      const place = places[p];
      const mentions = place?.mentions;
      if (place === undefined || mentions === undefined) continue;
      for (let m = 0; m < mentions.length; m++) {
        const span = mentions[m];
        if (span !== undefined) {
          out.push(new WalkedSpan(span, "place-mention", place.id, "places", p, MENTIONS, m, NONE, span.form));
        }
      }
    }
  }
  return out;
}
