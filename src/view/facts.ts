// Each fact of a record in words, for the side list and the panel that
// shows what a highlighted stretch of text carries.
import { formatQuantity } from "../format/quantity.js";
import { describeQuote } from "../format/quote.js";
import { describeStatistic } from "../format/statistic.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Actor } from "../schema/actor.js";
import type { TimeRef } from "../schema/date.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { Place } from "../schema/place.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { Statistic } from "../schema/statistic.js";

/** A fact as the side list shows it. */
export interface FactText {
  /** `actors-0`, `quotes-2`: the list and the index. */
  readonly key: string;
  /** `actor`, `event`, `quote`, `statistic`. */
  readonly kind: string;
  /** The fact's id in the record. */
  readonly id: string;
  /** One line that names it. */
  readonly title: string;
  /** Lines that say more. */
  readonly details: readonly string[];
}

/** A time reference as a person reads it: `2021-08-05`, `2021 – 2021-08-05`, `… – 2021-08-05`. */
export function timeText(time: ReadonlyDeep<TimeRef> | undefined): string | undefined {
  if (time === undefined) return undefined;
  if (time.kind === "date") return time.date;
  return `${time.start ?? "…"} – ${time.end ?? "…"}`;
}

function placeText(place: ReadonlyDeep<Place>): string {
  switch (place.kind) {
    case "country":
      return place.country;
    case "border":
      return `${place.partial === true ? "part of the " : ""}border ${place.countries[0]}–${place.countries[1]}`;
    case "named":
      return place.country === undefined ? place.name : `${place.name} (${place.country})`;
    case "ref":
      return `place ${place.place}`;
    case "relative":
      return `${place.position} ${place.of}`;
  }
}

/** Never lets a formatting helper's refusal (an odd locale) stop the page. */
function safely(make: () => string, fallback: string): string {
  try {
    return make();
  } catch {
    return fallback;
  }
}

function actorFact(actor: ReadonlyDeep<Actor>, index: number): FactText {
  const type =
    actor.kind === "organization"
      ? `organization (${actor.organizationType})`
      : actor.kind === "group"
        ? `group (${actor.groupType})`
        : actor.kind === "state"
          ? `state (${actor.country})`
          : actor.kind === "territory"
            ? `territory (${actor.territoryType})`
            : actor.kind === "object"
              ? `object (${actor.objectType})`
              : "person";
  const details = [actor.unnamed === true ? `${type}, unnamed` : type];
  if (actor.aliases !== undefined && actor.aliases.length > 0) details.push(`also: ${actor.aliases.join(", ")}`);
  if (actor.kind === "person" && actor.roles !== undefined) {
    for (const role of actor.roles) details.push(role.title);
  }
  return { key: `actors-${index}`, kind: "actor", id: actor.id, title: actor.name, details };
}

function eventFact(event: ReadonlyDeep<NewsEvent>, index: number, name: (id: string) => string): FactText {
  const when = timeText(event.date);
  const details = [`${event.eventType}, ${event.status}${when === undefined ? "" : `, ${when}`}`];
  const places = (event.places ?? []).map((entry) => `${entry.role}: ${placeText(entry.place)}`);
  if (places.length > 0) details.push(places.join("; "));
  const who = (event.participants ?? []).map((p) => `${p.role}: ${name(p.actor)}`);
  if (who.length > 0) details.push(who.join("; "));
  for (const link of event.related ?? []) {
    details.push(`${link.relation} of ${link.event}${link.hedge === undefined ? "" : ` (${link.hedge})`}`);
  }
  return { key: `events-${index}`, kind: "event", id: event.id, title: event.summary, details };
}

function quoteFact(record: ReadonlyDeep<NewsRecord>, quote: ReadonlyDeep<Quote>, index: number): FactText {
  const speaker = quote.speaker.kind === "actor" ? quote.speaker.actor : quote.speaker.description;
  const title = safely(() => describeQuote(record, quote), `${speaker}: ${quote.mode} quote`);
  const details = [`${quote.mode} quote${quote.mode === "indirect" ? "" : ", verbatim words marked"}`];
  return { key: `quotes-${index}`, kind: "quote", id: quote.id, title, details };
}

function statisticFact(
  record: ReadonlyDeep<NewsRecord>,
  statistic: ReadonlyDeep<Statistic>,
  index: number,
  name: (id: string) => string,
): FactText {
  const amount = safely(
    () => describeStatistic(record, statistic),
    safely(() => formatQuantity(statistic.quantity, statistic.unit), statistic.quantity.kind),
  );
  const details = [statistic.measure];
  const period = timeText(statistic.period);
  if (period !== undefined) details.push(`period: ${period}`);
  if (statistic.place !== undefined) details.push(`place: ${placeText(statistic.place)}`);
  if (statistic.subject !== undefined) details.push(`about: ${name(statistic.subject)}`);
  if (statistic.reportedBy !== undefined) details.push(`reported by: ${name(statistic.reportedBy)}`);
  return { key: `statistics-${index}`, kind: "statistic", id: statistic.id, title: amount, details };
}

/** Every fact of a well-formed record in words, list by list. */
export function describeFacts(record: ReadonlyDeep<NewsRecord>): FactText[] {
  const names = new Map(record.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string): string => names.get(id) ?? id;
  return [
    ...record.actors.map((actor, i) => actorFact(actor, i)),
    ...record.events.map((event, i) => eventFact(event, i, name)),
    ...record.quotes.map((quote, i) => quoteFact(record, quote, i)),
    ...record.statistics.map((statistic, i) => statisticFact(record, statistic, i, name)),
  ];
}
