import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { ActorKind } from "../../schema/actor.js";
import type { Unit } from "../../schema/quantity.js";
import type { NewsRecord } from "../../schema/record.js";
import type { PathSegment } from "../issues.js";
import { duplicateId } from "./messages.js";
import type { Report } from "./report.js";

/** The kinds of thing an id can name in a record. */
export type FactKind = "actor" | "event" | "quote" | "statistic" | "place" | "correction";

/** What an id names: its kind, the actor's kind, the statistic's unit, and where it is declared. */
export interface Fact {
  readonly kind: FactKind;
  readonly actorKind?: ActorKind;
  readonly unit?: ReadonlyDeep<Unit>;
  readonly path: readonly PathSegment[];
}

/** Every id of a record and what it names. */
export type FactTable = ReadonlyMap<string, Fact>;

/**
 * Reads every id of a record (actors, events, quotes, statistics, declared
 * places, corrections) into one table, reporting an id used twice at its
 * second use: ids are unique across all of them, so that a reference names
 * one thing.
 */
export function declareFacts(record: ReadonlyDeep<NewsRecord>, report: Report): FactTable {
  const facts = new Map<string, Fact>();
  const declare = (id: string, fact: Fact): void => {
    const earlier = facts.get(id);
    if (earlier === undefined) facts.set(id, fact);
    else report([...fact.path, "id"], "duplicate_id", duplicateId(id, earlier));
  };
  record.actors.forEach((actor, i) => {
    declare(actor.id, { kind: "actor", actorKind: actor.kind, path: ["actors", i] });
  });
  record.events.forEach((event, i) => {
    declare(event.id, { kind: "event", path: ["events", i] });
  });
  record.quotes.forEach((quote, i) => {
    declare(quote.id, { kind: "quote", path: ["quotes", i] });
  });
  record.statistics.forEach((statistic, i) => {
    declare(statistic.id, { kind: "statistic", unit: statistic.unit, path: ["statistics", i] });
  });
  record.places?.forEach((place, i) => {
    declare(place.id, { kind: "place", path: ["places", i] });
  });
  record.article.corrections?.forEach((correction, i) => {
    declare(correction.id, { kind: "correction", path: ["article", "corrections", i] });
  });
  return facts;
}

/** What a reference may point at, and how a message names that. */
export interface Target {
  readonly label: string;
  readonly accepts: (fact: Fact) => boolean;
}

/** Any actor. */
export const ANY_ACTOR: Target = { label: "an actor", accepts: (f) => f.kind === "actor" };
/** A state. */
export const STATE: Target = { label: "a state", accepts: (f) => f.actorKind === "state" };
/** A body a position or an agency can be of: a state, an organization or a territory. */
export const BODY: Target = {
  label: "a state, an organization or a territory",
  accepts: (f) => f.actorKind === "state" || f.actorKind === "organization" || f.actorKind === "territory",
};
/** An event. */
export const EVENT: Target = { label: "an event", accepts: (f) => f.kind === "event" };
/** A quote. */
export const QUOTE: Target = { label: "a quote", accepts: (f) => f.kind === "quote" };
/** A statistic. */
export const STATISTIC: Target = { label: "a statistic", accepts: (f) => f.kind === "statistic" };
/** A place declared in the record's `places`. */
export const PLACE: Target = { label: "a place declared in places", accepts: (f) => f.kind === "place" };
/** A correction note in `article.corrections`. */
export const CORRECTION: Target = {
  label: "a correction in article.corrections",
  accepts: (f) => f.kind === "correction",
};
/** A fact a correction can change: anything but another correction. */
export const CORRECTABLE: Target = {
  label: "an actor, an event, a quote, a statistic or a place",
  accepts: (f) => f.kind !== "correction",
};
