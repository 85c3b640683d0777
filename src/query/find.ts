import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Actor, Organization } from "../schema/actor.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { Statistic } from "../schema/statistic.js";
import { type ActorEvent, cachedIndex, type QuotesBySpeakerOptions } from "./index-record.js";

// Each function answers from the record as it is at the call (see
// `cachedIndex`): a record edited in place is never answered from an old
// index. Each costs one pass over the record; for many lookups build an
// index once with `indexRecord`. None of them throws, whatever it is given.

/**
 * Looks up an actor by id.
 *
 * @param record - The record to search.
 * @param id - The actor's id.
 * @returns The actor, or `undefined` when no actor has that id.
 * @example
 * ```ts
 * import { findActor } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findActor(belarusLithuaniaBorder, "frontex")?.name; // => "Frontex"
 * findActor(belarusLithuaniaBorder, "nato") === undefined; // => true
 * ```
 */
export function findActor(record: ReadonlyDeep<NewsRecord>, id: string): ReadonlyDeep<Actor> | undefined {
  return cachedIndex(record).actor(id);
}

/**
 * Resolves a name as the article uses it, the actor's `name` or one of its
 * `aliases` ("Minsk", "the bloc", "Lukashenko"), to the actor. Case, runs
 * of white space, and typographic quotes and dashes do not count
 * ("THE  BLOC" finds the EU). It never guesses: a name two actors share
 * gives `undefined`. It answers names only: a mention whose `form` is
 * `pronoun` or `description` ("she", "the minister") is never a name, and
 * an actor the article does not name (`unnamed: true`, whose `name` holds
 * a description such as "a mediator") is never found by name, not even by
 * its aliases; find it by id with {@link findActor}.
 *
 * @param record - The record to search.
 * @param name - A name as the article writes it.
 * @returns The one actor with that name or alias, or `undefined`.
 * @example
 * ```ts
 * import { findActorByName } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findActorByName(belarusLithuaniaBorder, "Minsk")?.id; // => "belarus"
 * findActorByName(belarusLithuaniaBorder, "  the   BLOC ")?.id; // => "eu"
 * findActorByName(belarusLithuaniaBorder, "Warsaw") === undefined; // => true
 * ```
 */
export function findActorByName(record: ReadonlyDeep<NewsRecord>, name: string): ReadonlyDeep<Actor> | undefined {
  return cachedIndex(record).actorByName(name);
}

/**
 * Looks up an event by id.
 *
 * @param record - The record to search.
 * @param id - The event's id.
 * @returns The event, or `undefined` when no event has that id.
 * @example
 * ```ts
 * import { findEvent } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findEvent(belarusLithuaniaBorder, "ev-border-closure")?.status; // => "announced"
 * ```
 */
export function findEvent(record: ReadonlyDeep<NewsRecord>, id: string): ReadonlyDeep<NewsEvent> | undefined {
  return cachedIndex(record).event(id);
}

/**
 * The quotes an actor speaks. A quote relayed through someone (its `via`
 * names a news agency or another go-between) is told apart from one the
 * article reports first-hand: ask for either with `relayed`. Anonymous
 * sources affiliated with the actor ("an EU official") are not the actor
 * speaking and are left out.
 *
 * @param record - The record to search.
 * @param actorId - The id of the speaker.
 * @param options - `{ relayed: true }` for relayed quotes only, `{ relayed: false }` for first-hand ones only.
 * @returns The quotes, in record order; `[]` when there are none.
 * @example
 * ```ts
 * import { findQuotesBySpeaker } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const ids = (quotes: readonly { readonly id: string }[]) => quotes.map((q) => q.id);
 * ids(findQuotesBySpeaker(belarusLithuaniaBorder, "lukashenko")); // => ["q-no-one-may-cross", "q-refugee-threat", "q-deportation-threat"]
 * ids(findQuotesBySpeaker(belarusLithuaniaBorder, "lukashenko", { relayed: true })); // => ["q-no-one-may-cross"]
 * ids(findQuotesBySpeaker(belarusLithuaniaBorder, "lukashenko", { relayed: false })); // => ["q-refugee-threat", "q-deportation-threat"]
 * ```
 */
export function findQuotesBySpeaker(
  record: ReadonlyDeep<NewsRecord>,
  actorId: string,
  options: QuotesBySpeakerOptions = {},
): readonly ReadonlyDeep<Quote>[] {
  return cachedIndex(record).quotesBySpeaker(actorId, options);
}

/**
 * The quotes relayed through an actor: those whose `via` names it, such as
 * every quote a news agency passed on.
 *
 * @param record - The record to search.
 * @param actorId - The id of the go-between (a news agency, a spokesperson).
 * @returns The quotes, in record order; `[]` when there are none.
 * @example
 * ```ts
 * import { findQuotesRelayedBy } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findQuotesRelayedBy(belarusLithuaniaBorder, "belta").map((q) => q.id); // => ["q-no-one-may-cross"]
 * findQuotesRelayedBy(belarusLithuaniaBorder, "eu"); // => []
 * ```
 */
export function findQuotesRelayedBy(record: ReadonlyDeep<NewsRecord>, actorId: string): readonly ReadonlyDeep<Quote>[] {
  return cachedIndex(record).quotesRelayedBy(actorId);
}

/**
 * The statistics an event lists in its `statistics`, in that order; ids that
 * name no statistic are skipped.
 *
 * @param record - The record to search.
 * @param eventId - The id of the event.
 * @returns The statistics; `[]` when the event lists none or does not exist.
 * @example
 * ```ts
 * import { findStatisticsOfEvent } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findStatisticsOfEvent(belarusLithuaniaBorder, "ev-apprehensions").map((s) => s.id); // => ["st-apprehended", "st-border-length"]
 * ```
 */
export function findStatisticsOfEvent(
  record: ReadonlyDeep<NewsRecord>,
  eventId: string,
): readonly ReadonlyDeep<Statistic>[] {
  return cachedIndex(record).statisticsOfEvent(eventId);
}

/**
 * The events an actor takes part in, each with the actor's roles in it (an
 * actor may hold more than one role in the same event).
 *
 * @param record - The record to search.
 * @param actorId - The id of the actor.
 * @returns The events and roles, in record order; `[]` when there are none.
 * @example
 * ```ts
 * import { findEventsOfActor } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findEventsOfActor(belarusLithuaniaBorder, "frontex").map(({ event, roles }) => [event.id, roles]); // => [["ev-frontex-deployment", ["agent"]]]
 * ```
 */
export function findEventsOfActor(record: ReadonlyDeep<NewsRecord>, actorId: string): readonly ActorEvent[] {
  return cachedIndex(record).eventsOfActor(actorId);
}

/**
 * The organizations that are directly part of an actor (their `partOf` names
 * it): the agencies of a union, the bodies of a state.
 *
 * @param record - The record to search.
 * @param actorId - The id of the whole.
 * @returns The parts, in record order; `[]` when there are none.
 * @example
 * ```ts
 * import { findPartsOf } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * findPartsOf(belarusLithuaniaBorder, "eu").map((a) => a.name); // => ["Frontex"]
 * ```
 */
export function findPartsOf(record: ReadonlyDeep<NewsRecord>, actorId: string): readonly ReadonlyDeep<Organization>[] {
  return cachedIndex(record).partsOf(actorId);
}
