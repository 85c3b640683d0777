import { foldText } from "../grounding/fold.js";
import { readOptions, recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Actor, Organization } from "../schema/actor.js";
import type { NewsEvent, ParticipantRole } from "../schema/news-event.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { Statistic } from "../schema/statistic.js";

/** An event an actor takes part in, with the actor's roles in it. */
export interface ActorEvent {
  /** The event. */
  readonly event: ReadonlyDeep<NewsEvent>;
  /** The actor's roles in the event, in the order the event lists them, without repeats. */
  readonly roles: readonly ParticipantRole[];
}

/** Options for quotes looked up by speaker. */
export interface QuotesBySpeakerOptions {
  /**
   * `true` for only the quotes relayed through someone (a non-empty `via`,
   * such as a news agency), `false` for only those the article reports
   * first-hand; absent for both.
   */
  readonly relayed?: boolean;
}

/**
 * The lookups of a record, answered from maps built once by
 * {@link indexRecord}: each costs O(1) whatever the record's size. A missing
 * id gives `undefined` or an empty array, never an error. The index reads
 * the record as it was when indexed; index again after changing it.
 */
export interface RecordIndex {
  /** The record indexed. */
  readonly record: ReadonlyDeep<NewsRecord>;
  /** The actor with this id. */
  actor(id: string): ReadonlyDeep<Actor> | undefined;
  /** The one actor the article calls by this name or alias, folded as in {@link findActorByName}. */
  actorByName(name: string): ReadonlyDeep<Actor> | undefined;
  /** The event with this id. */
  event(id: string): ReadonlyDeep<NewsEvent> | undefined;
  /** The quote with this id. */
  quote(id: string): ReadonlyDeep<Quote> | undefined;
  /** The statistic with this id. */
  statistic(id: string): ReadonlyDeep<Statistic> | undefined;
  /** The quotes this actor speaks, in record order. */
  quotesBySpeaker(actorId: string, options?: QuotesBySpeakerOptions): readonly ReadonlyDeep<Quote>[];
  /** The quotes relayed through this actor (it is in their `via`), in record order. */
  quotesRelayedBy(actorId: string): readonly ReadonlyDeep<Quote>[];
  /** The statistics an event lists, in its order; ids that name no statistic are skipped. */
  statisticsOfEvent(eventId: string): readonly ReadonlyDeep<Statistic>[];
  /** The events this actor takes part in, with its roles, in record order. */
  eventsOfActor(actorId: string): readonly ActorEvent[];
  /** The organizations directly `partOf` this actor, in record order. */
  partsOf(actorId: string): readonly ReadonlyDeep<Organization>[];
}

const NONE: readonly never[] = Object.freeze([]);

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Builds the lookups of a record once, for many queries: actors, events,
 * quotes and statistics by id, actors by name, quotes by speaker and by
 * relay, statistics by event, events by actor and the parts of an actor.
 * Where two facts share an id (an invalid record), the first one wins.
 *
 * @param record - A record; it is read, never changed.
 * @returns A {@link RecordIndex} whose lookups cost O(1).
 * @example
 * ```ts
 * import { indexRecord } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const index = indexRecord(belarusLithuaniaBorder);
 * index.actorByName("the bloc")?.id; // => "eu"
 * index.quotesBySpeaker("lukashenko", { relayed: true }).map((q) => q.id); // => ["q-no-one-may-cross"]
 * index.actor("nobody") === undefined; // => true
 * ```
 */
export function indexRecord(record: ReadonlyDeep<NewsRecord>): RecordIndex {
  // A value that is not a well-formed record, or that cannot be read again
  // (a getter that throws the second time), is indexed as having no facts.
  try {
    return buildIndex(record, recordShapeIssues(record).length === 0 ? record : NO_FACTS);
  } catch {
    return buildIndex(record, NO_FACTS);
  }
}

function buildIndex(record: ReadonlyDeep<NewsRecord>, facts: Facts): RecordIndex {
  const actors = byId(facts.actors);
  const events = byId(facts.events);
  const quotes = byId(facts.quotes);
  const statistics = byId(facts.statistics);

  const names = new Map<string, ReadonlyDeep<Actor>[]>();
  // Names only: an unnamed actor's `name` is a description ("a mediator"), and
  // pronoun or description mentions are coreference, never names.
  for (const actor of facts.actors) {
    if (actor.unnamed === true) continue;
    for (const name of new Set([actor.name, ...(actor.aliases ?? [])].map(foldText))) append(names, name, actor);
  }

  const spoken = new Map<string, ReadonlyDeep<Quote>[]>();
  const spokenRelayed = new Map<string, ReadonlyDeep<Quote>[]>();
  const spokenFirstHand = new Map<string, ReadonlyDeep<Quote>[]>();
  const relayedBy = new Map<string, ReadonlyDeep<Quote>[]>();
  for (const quote of facts.quotes) {
    const via = quote.via ?? [];
    if (quote.speaker.kind === "actor") {
      append(spoken, quote.speaker.actor, quote);
      append(via.length > 0 ? spokenRelayed : spokenFirstHand, quote.speaker.actor, quote);
    }
    for (const relay of new Set(via)) append(relayedBy, relay, quote);
  }

  const eventStatistics = new Map<string, ReadonlyDeep<Statistic>[]>();
  const actorEvents = new Map<string, ActorEvent[]>();
  for (const event of events.values()) {
    const found: ReadonlyDeep<Statistic>[] = [];
    for (const id of event.statistics ?? []) {
      const statistic = statistics.get(id);
      if (statistic !== undefined) found.push(statistic);
    }
    eventStatistics.set(event.id, found);
    const roles = new Map<string, ParticipantRole[]>();
    for (const { actor, role } of event.participants ?? []) {
      const list = roles.get(actor);
      if (list === undefined) roles.set(actor, [role]);
      else if (!list.includes(role)) list.push(role);
    }
    for (const [actor, list] of roles) append(actorEvents, actor, { event, roles: list });
  }

  const parts = new Map<string, ReadonlyDeep<Organization>[]>();
  for (const actor of facts.actors) {
    if (actor.kind === "organization" && actor.partOf !== undefined) append(parts, actor.partOf, actor);
  }

  return {
    record,
    actor: (id) => actors.get(id),
    actorByName: (name) => {
      if (typeof name !== "string") return undefined;
      const found = names.get(foldText(name));
      return found?.length === 1 ? found[0] : undefined;
    },
    event: (id) => events.get(id),
    quote: (id) => quotes.get(id),
    statistic: (id) => statistics.get(id),
    quotesBySpeaker: (actorId, options) => {
      const { relayed } = readOptions(options, ["relayed"]);
      const map = relayed === undefined ? spoken : relayed ? spokenRelayed : spokenFirstHand;
      return map.get(actorId) ?? NONE;
    },
    quotesRelayedBy: (actorId) => relayedBy.get(actorId) ?? NONE,
    statisticsOfEvent: (eventId) => eventStatistics.get(eventId) ?? NONE,
    eventsOfActor: (actorId) => actorEvents.get(actorId) ?? NONE,
    partsOf: (actorId) => parts.get(actorId) ?? NONE,
  };
}

type Facts = Pick<ReadonlyDeep<NewsRecord>, "actors" | "events" | "quotes" | "statistics">;

const NO_FACTS: Facts = { actors: [], events: [], quotes: [], statistics: [] };

/**
 * The index of a record as it is now, for a single lookup. Nothing is
 * cached: a record changed in place (a fact edited, an id fixed) is always
 * answered from its current contents, since no cheap check could tell that
 * a cached index went stale. For many lookups on a record that no longer
 * changes, build an index once with {@link indexRecord}. Unlike
 * {@link indexRecord} it does not check the record's shape: its callers
 * have (the format helpers check first, `toJsonLd` guards itself), and the
 * shape check would otherwise run again for every lookup and pull the
 * schemas into every bundle that formats. It never throws: a record that
 * cannot be read (a getter throws, a list is not one) is indexed as having
 * no facts.
 */
export function cachedIndex(record: ReadonlyDeep<NewsRecord>): RecordIndex {
  try {
    return buildIndex(record, record);
  } catch {
    return buildIndex(record, NO_FACTS);
  }
}
