import type { ReadonlyDeep } from "../internal/readonly-deep.js";
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
export type JsonLdRef = { readonly "@id": string };

/** A country, by its ISO 3166-1 alpha-2 code. */
export type JsonLdCountry = {
  readonly "@type": "Country";
  readonly "@id"?: string;
  readonly name?: string;
  readonly alternateName?: readonly string[];
  readonly identifier: string;
  readonly sameAs?: readonly string[];
};

/** A place that is not a whole country: a border or a named place. */
export type JsonLdPlace = {
  readonly "@type": "Place";
  readonly name: string;
  readonly sameAs?: readonly string[];
  readonly containedInPlace?: JsonLdCountry | JsonLdRef;
};

/** A named individual. */
export type JsonLdPerson = {
  readonly "@type": "Person";
  readonly "@id"?: string;
  readonly name?: string;
  readonly alternateName?: readonly string[];
  readonly description?: string;
  readonly sameAs?: readonly string[];
  readonly jobTitle?: readonly string[];
  readonly nationality?: JsonLdCountry | JsonLdRef;
};

/** An organization, typed more narrowly where schema.org has a type for it. */
export type JsonLdOrganization = {
  readonly "@type": "Organization" | "GovernmentOrganization" | "NewsMediaOrganization";
  readonly "@id"?: string;
  readonly name: string;
  readonly alternateName?: readonly string[];
  readonly sameAs?: readonly string[];
  readonly parentOrganization?: JsonLdRef;
};

/** A group of people, which schema.org has no closer type for. */
export type JsonLdThing = {
  readonly "@type": "Thing";
  readonly "@id": string;
  readonly name: string;
  readonly alternateName?: readonly string[];
  readonly description: string;
  readonly sameAs?: readonly string[];
};

/** An event of the record. */
export type JsonLdEvent = {
  readonly "@type": "Event";
  readonly "@id": string;
  readonly name: string;
  readonly description: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly location?: readonly (JsonLdCountry | JsonLdPlace | JsonLdRef)[];
};

/** A quote of the record. */
export type JsonLdQuotation = {
  readonly "@type": "Quotation";
  readonly "@id": string;
  readonly text: string;
  readonly creator: JsonLdPerson | JsonLdRef;
  readonly dateCreated?: string;
  readonly isPartOf: JsonLdRef;
};

/** A statistic of the record: an observation that carries its own quantitative value. */
export type JsonLdObservation = {
  readonly "@type": "Observation";
  readonly "@id": string;
  readonly name: string;
  readonly variableMeasured: string;
  readonly value?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly unitText: string;
  readonly description?: string;
  readonly observationAbout?: JsonLdRef | JsonLdCountry | JsonLdPlace;
  readonly observationPeriod?: string;
};

/** The article, the root of the graph. */
export type JsonLdNewsArticle = {
  readonly "@type": "NewsArticle";
  readonly "@id": string;
  readonly identifier: string;
  readonly headline?: string;
  readonly datePublished: string;
  readonly inLanguage: string;
  readonly publisher?: JsonLdOrganization;
  readonly url?: string;
  readonly articleBody: string;
  readonly about?: JsonLdRef;
  readonly mentions?: readonly JsonLdRef[];
  readonly hasPart?: readonly JsonLdRef[];
};

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
export type JsonLdGraph = {
  readonly "@context": "https://schema.org";
  readonly "@graph": readonly JsonLdNode[];
};

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

const GOVERNMENT = new Set(["government", "government-agency", "legislature", "court", "military", "police"]);

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
      const type: JsonLdOrganization["@type"] = GOVERNMENT.has(actor.organizationType)
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

// The same rule as the query helper `findMainEvent` (inverted pyramid: the
// event whose span starts earliest; ties and span-less events keep record
// order); kept private here so that the two branches merge without a clash.
function mainEvent(record: Rec): ReadonlyDeep<NewsEvent> | undefined {
  let best: ReadonlyDeep<NewsEvent> | undefined;
  let bestStart = Number.POSITIVE_INFINITY;
  for (const event of record.events) {
    const start = Math.min(...(event.spans ?? []).map((span) => span.start));
    if (best === undefined || start < bestStart) {
      best = event;
      bestStart = start;
    }
  }
  return best;
}

/**
 * A record as a schema.org JSON-LD graph, for search engines, knowledge
 * graphs and any tool that reads schema.org:
 * - a `NewsArticle` (`_:article`) whose `about` is the main event, whose `mentions` are the actors, the other events
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
 * and are left out.
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
