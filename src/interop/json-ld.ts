import { recordShapeIssues } from "../internal/guard.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { mainEvent } from "../query/main-event.js";
import type { Actor } from "../schema/actor.js";
import type { TimeRef } from "../schema/date.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { Place } from "../schema/place.js";
import type { Quantity, Unit } from "../schema/quantity.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { Statistic } from "../schema/statistic.js";

type Rec = ReadonlyDeep<NewsRecord>;

/** A reference to another node of the graph by its `@id`. */
export interface JsonLdRef {
  /** The blank-node id of the node referred to (`_:actor.eu`). */
  readonly "@id": string;
}

/** A country, by its ISO 3166-1 alpha-2 code: a state actor, or a country a place lies in. */
export interface JsonLdCountry {
  /** schema.org type. */
  readonly "@type": "Country";
  /** The node's blank-node id, for a state actor. */
  readonly "@id"?: string;
  /** The state's name. */
  readonly name?: string;
  /** The article's other names for the state ("Minsk"). */
  readonly alternateName?: readonly string[];
  /** The ISO 3166-1 alpha-2 code. */
  readonly identifier: string;
  /** Knowledge-base URIs for the state. */
  readonly sameAs?: readonly string[];
}

/** A place that is not a whole country: a border or a named place. */
export interface JsonLdPlace {
  /** schema.org type. */
  readonly "@type": "Place";
  /** The place's name, or the border's two countries in words. */
  readonly name: string;
  /** Knowledge-base URIs for the place. */
  readonly sameAs?: readonly string[];
  /** The country the place lies in. */
  readonly containedInPlace?: JsonLdCountry | JsonLdRef;
}

/** A person: a person actor, or the unnamed source of a quote. */
export interface JsonLdPerson {
  /** schema.org type. */
  readonly "@type": "Person";
  /** The node's blank-node id, for a person actor. */
  readonly "@id"?: string;
  /** The person's name. */
  readonly name?: string;
  /** The article's other names for the person. */
  readonly alternateName?: readonly string[];
  /** The article's description of an unnamed source ("an EU official"). */
  readonly description?: string;
  /** Knowledge-base URIs for the person. */
  readonly sameAs?: readonly string[];
  /** The titles of the positions the person holds ("President"). */
  readonly jobTitle?: readonly string[];
  /** The person's nationality: the state actor of that country, or the country by code. */
  readonly nationality?: JsonLdCountry | JsonLdRef;
}

/** An organization, typed more narrowly where schema.org has a type for it. */
export interface JsonLdOrganization {
  /** schema.org type: `GovernmentOrganization` for government bodies, `NewsMediaOrganization` for news agencies and outlets. */
  readonly "@type": "Organization" | "GovernmentOrganization" | "NewsMediaOrganization";
  /** The node's blank-node id (absent for an article's publisher). */
  readonly "@id"?: string;
  /** The organization's name. */
  readonly name: string;
  /** The article's other names for the organization ("the bloc"). */
  readonly alternateName?: readonly string[];
  /** Knowledge-base URIs for the organization. */
  readonly sameAs?: readonly string[];
  /** The organization this one is part of, when that is an organization actor. */
  readonly parentOrganization?: JsonLdRef;
}

/** A group of people, which schema.org has no closer type for. */
export interface JsonLdThing {
  /** schema.org type. */
  readonly "@type": "Thing";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The group's name ("migrants"). */
  readonly name: string;
  /** The article's other names for the group. */
  readonly alternateName?: readonly string[];
  /** What the group is ("A group of people (migrants)."). */
  readonly description: string;
  /** Knowledge-base URIs for the group. */
  readonly sameAs?: readonly string[];
}

/** An event of the record. */
export interface JsonLdEvent {
  /** schema.org type. */
  readonly "@type": "Event";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The event's one-sentence summary. */
  readonly name: string;
  /** The event's type and status ("border-closure, announced"). */
  readonly description: string;
  /** The event's date, or the start of its interval, as a partial ISO 8601 date. */
  readonly startDate?: string;
  /** The end of the event's interval. */
  readonly endDate?: string;
  /** The places where the event happens (places of role `location`). */
  readonly location?: readonly (JsonLdCountry | JsonLdPlace | JsonLdRef)[];
}

/** A quote of the record. */
export interface JsonLdQuotation {
  /** schema.org type. */
  readonly "@type": "Quotation";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The quoted words (fragments joined by " … "), or the reported content. */
  readonly text: string;
  /** The speaker: an actor node, or an unnamed person. */
  readonly creator: JsonLdPerson | JsonLdRef;
  /** When the words were said, when the record gives one date. */
  readonly dateCreated?: string;
  /** The article the quote appears in. */
  readonly isPartOf: JsonLdRef;
}

/** A statistic of the record: an observation that carries its own quantitative value. */
export interface JsonLdObservation {
  /** schema.org type. */
  readonly "@type": "Observation";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** What is measured. */
  readonly name: string;
  /** What is measured, as schema.org's variable. */
  readonly variableMeasured: string;
  /** The number, for an exact or approximate quantity. */
  readonly value?: number;
  /** The lower bound, for a bound, a range or a vague quantity. */
  readonly minValue?: number;
  /** The upper bound, for a bound, a range or a vague quantity. */
  readonly maxValue?: number;
  /** The unit: the counted noun, `percent`, a currency code or a unit symbol. */
  readonly unitText: string;
  /** The hedge or quantity words as the article gives them ("some 3500", "several hundred"). */
  readonly description?: string;
  /** What the number is about: the subject actor, or else the place. */
  readonly observationAbout?: JsonLdRef | JsonLdCountry | JsonLdPlace;
  /** The period covered: a partial date, or an ISO 8601 interval with `..` for an open end. */
  readonly observationPeriod?: string;
}

/** The article, the root of the graph. */
export interface JsonLdNewsArticle {
  /** schema.org type. */
  readonly "@type": "NewsArticle";
  /** Always `_:article`. */
  readonly "@id": string;
  /** The article's id in the record. */
  readonly identifier: string;
  /** The headline, when known. */
  readonly headline?: string;
  /** The publication date, to the precision known. */
  readonly datePublished: string;
  /** The BCP 47 language tag of the body. */
  readonly inLanguage: string;
  /** The publisher, when known. */
  readonly publisher?: JsonLdOrganization;
  /** The article's address, when known. */
  readonly url?: string;
  /** The text of the article. */
  readonly articleBody: string;
  /** The main event. */
  readonly about?: JsonLdRef;
  /** The actors, the other events and the statistics. */
  readonly mentions?: readonly JsonLdRef[];
  /** The quotations. */
  readonly hasPart?: readonly JsonLdRef[];
}

/** A node at the top of the graph. */
export type JsonLdNode =
  | JsonLdNewsArticle
  | JsonLdEvent
  | JsonLdPerson
  | JsonLdOrganization
  | JsonLdCountry
  | JsonLdThing
  | JsonLdQuotation
  | JsonLdObservation;

/** What {@link toJsonLd} returns: a schema.org JSON-LD graph. */
export interface JsonLdGraph {
  /** The schema.org context. */
  readonly "@context": "https://schema.org";
  /** The article first, then the main event, the other events, the actors, the quotations and the observations. */
  readonly "@graph": readonly JsonLdNode[];
}

type NodeKind = "actor" | "event" | "quote" | "statistic";

/** Blank-node ids, by kind so that they cannot clash with `_:article`. */
const nodeId = (kind: NodeKind, id: string): string => `_:${kind}.${id}`;
const ref = (kind: NodeKind, id: string): JsonLdRef => ({ "@id": nodeId(kind, id) });

function list<T>(values: readonly T[] | undefined): readonly T[] | undefined {
  return values === undefined || values.length === 0 ? undefined : values;
}

/** `T` with every key that may hold `undefined` made optional instead. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops the keys whose value is `undefined`, keeping the order of the others. */
function compact<T extends object>(node: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (value !== undefined) out[key] = value;
  return out as Compact<T>;
}

function countryNode(code: string, record: Rec): JsonLdCountry | JsonLdRef {
  const state = record.actors.find((actor) => actor.kind === "state" && actor.country === code);
  return state === undefined ? { "@type": "Country", identifier: code } : ref("actor", state.id);
}

function placeNode(place: ReadonlyDeep<Place>, record: Rec): JsonLdCountry | JsonLdPlace | JsonLdRef {
  switch (place.kind) {
    case "country":
      return countryNode(place.country, record);
    case "border":
      return {
        "@type": "Place",
        name: `${place.partial === true ? "part of the " : ""}border between ${place.countries[0]} and ${place.countries[1]}`,
      };
    case "named":
      return compact({
        "@type": "Place" as const,
        name: place.name,
        sameAs: list(place.sameAs),
        containedInPlace: place.country === undefined ? undefined : countryNode(place.country, record),
      });
  }
}

const GOVERNMENT: readonly string[] = ["government", "government-agency", "legislature", "court", "military", "police"];

function actorNode(actor: ReadonlyDeep<Actor>, record: Rec): JsonLdNode {
  const common = {
    "@id": nodeId("actor", actor.id),
    name: actor.name,
    alternateName: list(actor.aliases),
    sameAs: list(actor.sameAs),
  };
  switch (actor.kind) {
    case "person":
      return compact({
        "@type": "Person" as const,
        ...common,
        jobTitle: list(actor.roles?.map((role) => role.title)),
        nationality: actor.nationality === undefined ? undefined : countryNode(actor.nationality, record),
      });
    case "state":
      return compact({ "@type": "Country" as const, ...common, identifier: actor.country });
    case "organization": {
      const parent = record.actors.find((other) => other.id === actor.partOf && other.kind === "organization");
      const type: JsonLdOrganization["@type"] = GOVERNMENT.includes(actor.organizationType)
        ? "GovernmentOrganization"
        : actor.organizationType === "news-agency" || actor.organizationType === "news-outlet"
          ? "NewsMediaOrganization"
          : "Organization";
      return compact({
        "@type": type,
        ...common,
        parentOrganization: parent === undefined ? undefined : ref("actor", parent.id),
      });
    }
    case "group":
      return compact({
        "@type": "Thing" as const,
        ...common,
        description: `A group of people (${actor.groupType}).`,
      });
  }
}

function timeProperties(time: ReadonlyDeep<TimeRef> | undefined): { startDate?: string; endDate?: string } {
  if (time === undefined) return {};
  if (time.kind === "date") return { startDate: time.date };
  return compact({ startDate: time.start, endDate: time.end });
}

function eventNode(event: ReadonlyDeep<NewsEvent>, record: Rec): JsonLdEvent {
  return compact({
    "@type": "Event" as const,
    "@id": nodeId("event", event.id),
    name: event.summary,
    description: `${event.eventType}, ${event.status}`,
    ...timeProperties(event.date),
    location: list(event.places?.filter((p) => p.role === "location").map((p) => placeNode(p.place, record))),
  });
}

function quoteText(quote: ReadonlyDeep<Quote>, body: string): string {
  if (quote.mode === "direct") return quote.quoted.map((span) => span.exact).join(" … ");
  return quote.content.exact ?? body.slice(quote.content.start, quote.content.end);
}

function quotationNode(quote: ReadonlyDeep<Quote>, record: Rec): JsonLdQuotation {
  const creator: JsonLdPerson | JsonLdRef =
    quote.speaker.kind === "actor"
      ? ref("actor", quote.speaker.actor)
      : { "@type": "Person", description: quote.speaker.description };
  return compact({
    "@type": "Quotation" as const,
    "@id": nodeId("quote", quote.id),
    text: quoteText(quote, record.article.body),
    creator,
    dateCreated: quote.saidAt?.kind === "date" ? quote.saidAt.date : undefined,
    isPartOf: { "@id": "_:article" },
  });
}

function unitText(unit: ReadonlyDeep<Unit>): string {
  switch (unit.kind) {
    case "count":
      return unit.noun;
    case "percent":
      return "percent";
    case "money":
      return unit.currency;
    default:
      return unit.unit;
  }
}

function quantityProperties(q: ReadonlyDeep<Quantity>): {
  value?: number;
  minValue?: number;
  maxValue?: number;
  description?: string;
} {
  switch (q.kind) {
    case "exact":
      return { value: q.value };
    case "approximate":
      return { value: q.value, description: `${q.hedge} ${q.value}` };
    case "bound":
      return q.relation === "more-than" || q.relation === "at-least"
        ? { minValue: q.value, description: `${q.hedge} ${q.value}` }
        : { maxValue: q.value, description: `${q.hedge} ${q.value}` };
    case "range":
      return compact({
        minValue: q.min,
        maxValue: q.max,
        description: q.hedge === undefined ? undefined : `${q.hedge} ${q.min} to ${q.max}`,
      });
    case "vague":
      return compact({ minValue: q.min, maxValue: q.max, description: q.expression });
  }
}

function period(time: ReadonlyDeep<TimeRef> | undefined): string | undefined {
  if (time === undefined) return undefined;
  if (time.kind === "date") return time.date;
  return `${time.start ?? ".."}/${time.end ?? ".."}`;
}

function observationNode(statistic: ReadonlyDeep<Statistic>, record: Rec): JsonLdObservation {
  return compact({
    "@type": "Observation" as const,
    "@id": nodeId("statistic", statistic.id),
    name: statistic.measure,
    variableMeasured: statistic.measure,
    ...quantityProperties(statistic.quantity),
    unitText: unitText(statistic.unit),
    observationAbout:
      statistic.subject !== undefined
        ? ref("actor", statistic.subject)
        : statistic.place === undefined
          ? undefined
          : placeNode(statistic.place, record),
    observationPeriod: period(statistic.period),
  });
}

/**
 * A record as a schema.org JSON-LD graph, for search engines, knowledge
 * graphs and any tool that reads schema.org:
 * - a `NewsArticle` (`_:article`) whose `about` is the main event (see
 *   {@link findMainEvent}), whose `mentions` are the actors, the other events
 *   and the statistics, and whose `hasPart` are the quotations;
 * - each actor as a `Person`, an `Organization` (a `GovernmentOrganization`
 *   or `NewsMediaOrganization` where its type says so), a `Country` (a state,
 *   with its ISO code as `identifier`) or a `Thing` (a group of people), with
 *   `sameAs` where the record has it;
 * - each quote as a `Quotation` with its `creator` (the speaker, or an
 *   unnamed `Person` described in the article's words) and its `text`;
 * - each statistic as an `Observation` carrying its quantitative value:
 *   `value` for an exact or approximate number, `minValue`/`maxValue` for a
 *   bound, a range or a vague quantity, the hedge or quantity words kept in
 *   `description` ("some 3500"), and the unit in `unitText`.
 * The main event is the one the article reports first: the event whose
 * earliest span starts nearest the top of the body, as news is written lead
 * first; events without spans come after, and ties keep the record's order.
 * Nodes are named with blank-node ids made from the record's ids and kinds
 * (`_:actor.eu`, `_:event.ev-border-closure`).
 * The output depends only on the record: the same record gives the same
 * `JSON.stringify` bytes. Spans and grounding have no schema.org equivalent
 * and are left out. It never throws: a value that is not a well-formed
 * record gives a graph with no nodes, so check records with
 * `validateRecord` first.
 *
 * @param record - A record (typically one `validateRecord` accepted).
 * @returns The graph, plain JSON data.
 * @example
 * ```ts
 * import { toJsonLd } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const graph = toJsonLd(belarusLithuaniaBorder);
 * graph["@graph"][0]?.["@type"]; // => "NewsArticle"
 * ```
 */
export function toJsonLd(record: ReadonlyDeep<NewsRecord>): JsonLdGraph {
  if (recordShapeIssues(record).length > 0) return { "@context": "https://schema.org", "@graph": [] };
  const main = mainEvent(record);
  const others = record.events.filter((event) => event !== main);
  const article = record.article;
  const articleNode: JsonLdNewsArticle = compact({
    "@type": "NewsArticle" as const,
    "@id": "_:article",
    identifier: article.id,
    headline: article.headline,
    datePublished: article.publishedAt,
    inLanguage: article.language,
    publisher:
      article.publisher === undefined ? undefined : { "@type": "Organization" as const, name: article.publisher },
    url: article.url,
    articleBody: article.body,
    about: main === undefined ? undefined : ref("event", main.id),
    mentions: list([
      ...record.actors.map((actor) => ref("actor", actor.id)),
      ...others.map((event) => ref("event", event.id)),
      ...record.statistics.map((statistic) => ref("statistic", statistic.id)),
    ]),
    hasPart: list(record.quotes.map((quote) => ref("quote", quote.id))),
  });
  return {
    "@context": "https://schema.org",
    "@graph": [
      articleNode,
      ...(main === undefined ? [] : [eventNode(main, record)]),
      ...others.map((event) => eventNode(event, record)),
      ...record.actors.map((actor) => actorNode(actor, record)),
      ...record.quotes.map((quote) => quotationNode(quote, record)),
      ...record.statistics.map((statistic) => observationNode(statistic, record)),
    ],
  };
}
