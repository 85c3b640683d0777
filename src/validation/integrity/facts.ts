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
  readonly actorKind?: ActorKind | undefined;
  readonly unit?: ReadonlyDeep<Unit> | undefined;
  /** The path of the list that declares it (`["actors"]`, `["article", "corrections"]`). */
  readonly list: readonly PathSegment[];
  /** Its index in that list. */
  readonly index: number;
}

/** The path of the fact's declaration. */
export function factPath(fact: Fact): PathSegment[] {
  return [...fact.list, fact.index];
}

/** Every id of a record and what it names. */
export type FactTable = ReadonlyMap<string, Fact>;

const ACTORS = ["actors"];
const EVENTS = ["events"];
const QUOTES = ["quotes"];
const STATISTICS = ["statistics"];
const PLACES = ["places"];
const CORRECTIONS = ["article", "corrections"];

/** Declares the facts of one list, reporting each id used twice at its second use. */
function declareAll<T extends { readonly id: string }>(
  facts: Map<string, Fact>,
  report: Report,
  items: readonly T[] | undefined,
  fact: (item: T, index: number) => Fact,
): void {
  if (items === undefined) return;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const earlier = facts.get(item.id);
    if (earlier === undefined) facts.set(item.id, fact(item, i));
    else report([...factPath(fact(item, i)), "id"], "duplicate_id", duplicateId(item.id, earlier, factPath(earlier)));
  }
}

/**
 * Reads every id of a record (actors, events, quotes, statistics, declared
 * places, corrections) into one table, reporting an id used twice at its
 * second use: ids are unique across all of them, so that a reference names
 * one thing.
 */
export function declareFacts(record: ReadonlyDeep<NewsRecord>, report: Report): FactTable {
  const facts = new Map<string, Fact>();
  // Every fact of one shape, its path built only to report: this runs for every record validated.
  declareAll(facts, report, record.actors, (actor, index) => ({
    kind: "actor",
    actorKind: actor.kind,
    unit: undefined,
    list: ACTORS,
    index,
  }));
  declareAll(facts, report, record.events, (_, index) => ({
    kind: "event",
    actorKind: undefined,
    unit: undefined,
    list: EVENTS,
    index,
  }));
  declareAll(facts, report, record.quotes, (_, index) => ({
    kind: "quote",
    actorKind: undefined,
    unit: undefined,
    list: QUOTES,
    index,
  }));
  declareAll(facts, report, record.statistics, (statistic, index) => ({
    kind: "statistic",
    actorKind: undefined,
    unit: statistic.unit,
    list: STATISTICS,
    index,
  }));
  declareAll(facts, report, record.places, (_, index) => ({
    kind: "place",
    actorKind: undefined,
    unit: undefined,
    list: PLACES,
    index,
  }));
  declareAll(facts, report, record.article.corrections, (_, index) => ({
    kind: "correction",
    actorKind: undefined,
    unit: undefined,
    list: CORRECTIONS,
    index,
  }));
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
