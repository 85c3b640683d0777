import { type WritingContext, writeQuantity, writingContext } from "../format/quantity.js";
import { writeQuote } from "../format/quote.js";
import { spanText } from "../format/span-text.js";
import { canonicalTag, languageOf } from "../internal/locale.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { isRecordLike } from "../internal/record-like.js";
import { mainEvent } from "../query/main-event.js";
import type { Actor, ObjectActor, Organization } from "../schema/actor.js";
import type { Correction } from "../schema/article.js";
import type { PartialDate, TimeRef } from "../schema/date.js";
import type { EventStatus, NewsEvent } from "../schema/news-event.js";
import type { Place, PlaceEntry, RelativePlace } from "../schema/place.js";
import type { Quantity, Unit } from "../schema/quantity.js";
import type { Quote } from "../schema/quote.js";
import type { NewsRecord } from "../schema/record.js";
import type { Statistic, Uncertainty } from "../schema/statistic.js";
import { calendarBounds, datePrecision } from "../time/partial-date.js";

type Rec = ReadonlyDeep<NewsRecord>;

/** A reference to another node of the graph by its `@id`. */
export interface JsonLdRef {
  /** The blank-node id of the node referred to (`_:actor.eu`). */
  readonly "@id": string;
}

/** A string tagged with its language: the article's words, or English the library writes. */
export interface JsonLdText {
  /** The text. */
  readonly "@value": string;
  /** Its BCP 47 language tag. */
  readonly "@language": string;
}

/**
 * A string of the record: tagged with its language when the record says
 * which it is (the article's words), plain when the record leaves it open
 * (names and annotation labels, in English or the article's language).
 */
export type JsonLdString = string | JsonLdText;

/** A country, by its ISO 3166-1 alpha-2 code: a state actor, or a country a place lies in. */
export interface JsonLdCountry {
  /** schema.org type. */
  readonly "@type": "Country";
  /** The node's blank-node id, for a state actor. */
  readonly "@id"?: string;
  /** The state's name. */
  readonly name?: string;
  /** An unnamed state's description ("some countries" is a group; this is rare), in the article's language. */
  readonly description?: JsonLdText;
  /** The article's other names for the state ("Minsk"). */
  readonly alternateName?: readonly string[];
  /** The ISO 3166-1 alpha-2 code. */
  readonly identifier: string;
  /** Knowledge-base URIs for the state. */
  readonly sameAs?: readonly string[];
}

/** The schema.org types a place gets, by its `placeType`: the closest schema.org has, else `Place`. */
export type JsonLdPlaceType =
  | "Place"
  | "City"
  | "AdministrativeArea"
  | "Airport"
  | "RiverBodyOfWater"
  | "LakeBodyOfWater"
  | "SeaBodyOfWater"
  | "BodyOfWater"
  | "Bridge"
  | "Mountain"
  | "TrainStation";

/** A point, in WGS 84 decimal degrees. */
export interface JsonLdGeoCoordinates {
  /** schema.org type. */
  readonly "@type": "GeoCoordinates";
  /** Latitude. */
  readonly latitude: number;
  /** Longitude. */
  readonly longitude: number;
}

/**
 * A place that is not a whole country: a border, a named place, a place the
 * record declares (`_:place.ID`, at the top of the graph) or a place given
 * relative to a declared one.
 */
export interface JsonLdPlace {
  /** schema.org type. */
  readonly "@type": JsonLdPlaceType;
  /** The node's blank-node id, for a declared place. */
  readonly "@id"?: string;
  /** The place's name, the border's two countries in English words, or a relative place in English words ("50 km south-east of Lima"). */
  readonly name: JsonLdString;
  /** The article's other names for a declared place. */
  readonly alternateName?: readonly string[];
  /** A relative place as the article writes it, in its language. */
  readonly description?: JsonLdText;
  /** Where a declared place lies. */
  readonly geo?: JsonLdGeoCoordinates;
  /** Knowledge-base URIs for the place. */
  readonly sameAs?: readonly string[];
  /** The place it lies in (a declared place, or the country), or the two countries a border joins. */
  readonly containedInPlace?: JsonLdCountry | JsonLdRef | readonly (JsonLdCountry | JsonLdRef)[];
}

/** A place as a value: a country node or reference, or a place node. */
export type JsonLdPlaceValue = JsonLdCountry | JsonLdPlace | JsonLdRef;

/** A person: a person actor, or the unnamed source of a quote. */
export interface JsonLdPerson {
  /** schema.org type. */
  readonly "@type": "Person";
  /** The node's blank-node id, for a person actor. */
  readonly "@id"?: string;
  /** The person's name (none for an unnamed person). */
  readonly name?: string;
  /** An honorific before the name ("Dr.", "Frau"). */
  readonly honorificPrefix?: string;
  /** The article's other names for the person. */
  readonly alternateName?: readonly string[];
  /** The article's description of an unnamed person or source ("an EU official", "a mediator"), in the article's language. */
  readonly description?: JsonLdText;
  /** Knowledge-base URIs for the person. */
  readonly sameAs?: readonly string[];
  /** The titles of the positions the person holds ("President"). */
  readonly jobTitle?: readonly string[];
  /** The person's nationality: the state actor of that country, or the country by code. */
  readonly nationality?: JsonLdCountry | JsonLdRef;
  /** The organizations (or states' governments) the person holds a position in. */
  readonly worksFor?: readonly JsonLdRef[];
  /** The political parties the person holds a position in, and what it is a member of (`affiliations`). */
  readonly memberOf?: readonly JsonLdRef[];
  /** For an unnamed source, the organization (or state's government) the article ties it to; for a person actor, its `affiliate` ties. */
  readonly affiliation?: JsonLdRef | readonly JsonLdRef[];
}

/** The schema.org types an organization gets, by its `organizationType`. */
export type JsonLdOrganizationType =
  | "Organization"
  | "GovernmentOrganization"
  | "NewsMediaOrganization"
  | "WorkersUnion"
  | "Corporation"
  | "PoliticalParty"
  | "EducationalOrganization"
  | "NGO";

/** An organization, typed as narrowly as schema.org allows; also a state's government acting or speaking. */
export interface JsonLdOrganization {
  /** schema.org type. */
  readonly "@type": JsonLdOrganizationType;
  /** The node's blank-node id (absent for an article's publisher). */
  readonly "@id"?: string;
  /** The organization's name (none for an unnamed organization). */
  readonly name?: string;
  /** The article's other names for the organization ("the bloc"). */
  readonly alternateName?: readonly string[];
  /** Knowledge-base URIs for the organization. */
  readonly sameAs?: readonly string[];
  /** The organization (or state's government) this one is part of. */
  readonly parentOrganization?: JsonLdRef;
  /** The country the organization belongs to or is based in. */
  readonly location?: JsonLdCountry | JsonLdRef;
  /** For a state's government, the state. */
  readonly areaServed?: JsonLdRef;
  /** What the node stands for, when that needs saying (a state's government, in English), or an unnamed organization's description in the article's language. */
  readonly description?: JsonLdText;
  /** What the organization is a member of (`affiliations` of relation `member`). */
  readonly memberOf?: readonly JsonLdRef[];
}

/**
 * A group of people, which schema.org has no closer type for; an object
 * that acts or is acted on (`Drug`, `Vehicle`, `Product`, `CreativeWork`,
 * `Place` for a building or infrastructure, else `Thing`).
 */
export interface JsonLdThing {
  /** schema.org type. */
  readonly "@type": "Thing" | "Drug" | "Vehicle" | "Product" | "CreativeWork" | "Place";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The name ("migrants", "Lisinopril", "Köln"); none for an unnamed actor. */
  readonly name?: string;
  /** The article's other names for it. */
  readonly alternateName?: readonly string[];
  /** What a group or object is ("A group of people (migrants)."), in English; an unnamed actor's description in the article's language. */
  readonly description?: JsonLdText;
  /** Knowledge-base URIs. */
  readonly sameAs?: readonly string[];
}

/** A territory below a state that acts as a body (a city, a region). */
export interface JsonLdAdministrativeArea {
  /** schema.org type. */
  readonly "@type": "AdministrativeArea";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The territory's name; none for an unnamed one. */
  readonly name?: string;
  /** The article's other names for it ("die Stadt"). */
  readonly alternateName?: readonly string[];
  /** An unnamed territory's description, in the article's language. */
  readonly description?: JsonLdText;
  /** Its ISO 3166-2 code. */
  readonly identifier?: string;
  /** The country it lies in. */
  readonly containedInPlace?: JsonLdCountry | JsonLdRef;
  /** Knowledge-base URIs. */
  readonly sameAs?: readonly string[];
}

/** schema.org's Role pattern: a participant or a linked event with what it is to the event (`roleName`). */
export interface JsonLdAboutRole {
  /** schema.org type. */
  readonly "@type": "Role";
  /** The record's role or relation (`agent`, `target`, `response`, `cause`…). */
  readonly roleName: string;
  /** The actor or event. */
  readonly about: JsonLdRef;
  /** The article's words that make a link less than certain ("is believed to be"). */
  readonly description?: JsonLdText;
}

/** schema.org's Role pattern for a place: where an event happens, or where people or things come from or go. */
export interface JsonLdLocationRole {
  /** schema.org type. */
  readonly "@type": "Role";
  /** `origin` or `destination`. */
  readonly roleName: string;
  /** The place. */
  readonly location: JsonLdPlaceValue;
}

/** The same Role for the place of a claimed event, which schema.org calls its `spatialCoverage`. */
export interface JsonLdCoverageRole {
  /** schema.org type. */
  readonly "@type": "Role";
  /** `origin` or `destination`. */
  readonly roleName: string;
  /** The place. */
  readonly spatialCoverage: JsonLdPlaceValue;
}

/** The event statuses schema.org names. */
export type JsonLdEventStatus = "https://schema.org/EventScheduled" | "https://schema.org/EventCancelled";

/** An event the article reports as having happened, happening, announced, planned, expected or cancelled. */
export interface JsonLdEvent {
  /** schema.org type. */
  readonly "@type": "Event";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The event's one-sentence summary. */
  readonly name: string;
  /** `EventScheduled` for an announced, planned or expected event, `EventCancelled` for a cancelled one. */
  readonly eventStatus?: JsonLdEventStatus;
  /** The event's date, or the start of its interval, as a partial ISO 8601 date. */
  readonly startDate?: string;
  /** The end of the event's interval. */
  readonly endDate?: string;
  /** Where it happens; origins and destinations as Roles. */
  readonly location?: readonly (JsonLdPlaceValue | JsonLdLocationRole)[];
  /** The participants and the linked events, each with its role. */
  readonly about?: readonly JsonLdAboutRole[];
  /** The events this one is part of. */
  readonly superEvent?: readonly JsonLdRef[];
}

/**
 * An event the article does not give as fact (alleged, believed, denied,
 * hypothetical, threatened): a claim about it, not an event.
 */
export interface JsonLdClaim {
  /** schema.org type. */
  readonly "@type": "Claim";
  /** The node's blank-node id (the event's). */
  readonly "@id": string;
  /** The event's one-sentence summary. */
  readonly name: string;
  /** The event's status: `alleged`, `believed`, `denied`, `hypothetical` or `threatened`. */
  readonly creativeWorkStatus: string;
  /** The claimed event's time, as an ISO 8601 date or interval (`..` for an open end). */
  readonly temporalCoverage?: string;
  /** Where the claimed event happens, origins and destinations as Roles. */
  readonly spatialCoverage?: readonly (JsonLdPlaceValue | JsonLdCoverageRole)[];
  /** The participants and the linked events, each with its role. */
  readonly about?: readonly JsonLdAboutRole[];
  /** Who makes the claim known (participants of role `announcer`). */
  readonly author?: readonly JsonLdRef[];
  /** The article the claim appears in. */
  readonly appearance: JsonLdRef;
}

/** A report a quote or a number reaches the article through (a news agency's), as schema.org's `isBasedOn` chain. */
export interface JsonLdReport {
  /** schema.org type. */
  readonly "@type": "CreativeWork";
  /** Who published the report. */
  readonly author?: JsonLdRef;
  /** The report this one relays, for a chain ("according to AFP, citing Reuters"). */
  readonly isBasedOn?: JsonLdReport;
}

/** A quote of the record. */
export interface JsonLdQuotation {
  /** schema.org type. */
  readonly "@type": "Quotation";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** The speaker's verbatim words only: a direct quote's words, or a mixed quote's quoted fragments (joined by " … "). */
  readonly text?: JsonLdText;
  /** An indirect or mixed quote's content: the article's paraphrase, never credited as the speaker's words. */
  readonly abstract?: JsonLdText;
  /** The quote in one sentence of the article's language: who said what, how, when and through whom. */
  readonly description: JsonLdText;
  /** The article's language. */
  readonly inLanguage: string;
  /** The speaker: a person or organization actor, a state's government, or an unnamed person. */
  readonly creator?: JsonLdPerson | JsonLdRef;
  /** When the words were said, when the record gives one date. */
  readonly dateCreated?: string;
  /** The relays' reports, last relay first. */
  readonly isBasedOn?: JsonLdReport;
  /** The article the quote appears in, and the quote that reports it when it is nested (`within`). */
  readonly isPartOf: JsonLdRef | readonly JsonLdRef[];
}

/** The act of saying a quote: its reporting verb as the article writes it. */
export interface JsonLdCommunicateAction {
  /** schema.org type. */
  readonly "@type": "CommunicateAction";
  /** The node's blank-node id (`_:quote.ID.act`). */
  readonly "@id": string;
  /** The reporting verb ("accuses", "denied"), or a refusal's words ("declined to comment"), in the article's language. */
  readonly name: JsonLdText;
  /** The speaker, as on the quotation. */
  readonly agent?: JsonLdPerson | JsonLdRef;
  /** The person or outlet the words were said to (`addressee`: "told AFP"). */
  readonly recipient?: JsonLdRef;
  /** The quotation. */
  readonly result: JsonLdRef;
}

/** A named number attached to a value: an approximate number, an exclusive bound, the period, a ratio's terms, a rate, a change, an estimate. */
export interface JsonLdPropertyValue {
  /** schema.org type. */
  readonly "@type": "PropertyValue";
  /**
   * What it is: `approximateValue`, `exclusiveMinimum`, `exclusiveMaximum`,
   * `period`, `numerator`, `denominator`, `per` (a rate's unit of time or
   * item), `changeDirection`, `changeSince`, `comparedWith`, `shareOf`,
   * `estimate` or `confidenceLevel`.
   */
  readonly propertyID: string;
  /** The number, or the ISO 8601 interval of a period. */
  readonly value: number | string;
  /** The article's words: the hedge of an approximate number ("some"), an estimate's words, a phrase. */
  readonly description?: JsonLdText;
}

/** A margin of error or a confidence interval, in the statistic's unit. */
export interface JsonLdQuantitativeValue {
  /** schema.org type. */
  readonly "@type": "QuantitativeValue";
  /** A margin of error, on either side of the value. */
  readonly value?: number;
  /** A confidence interval's low end. */
  readonly minValue?: number;
  /** A confidence interval's high end. */
  readonly maxValue?: number;
  /** The confidence level in percent, when given. */
  readonly additionalProperty?: readonly JsonLdPropertyValue[];
}

/** A statistic of the record: an observation that carries its own quantitative value. */
export interface JsonLdObservation {
  /** schema.org type. */
  readonly "@type": "Observation";
  /** The node's blank-node id. */
  readonly "@id": string;
  /** What is measured. */
  readonly variableMeasured: string;
  /** An exact number; for an approximate or vague quantity, the article's words. */
  readonly value?: number | JsonLdText;
  /** The lower bound (inclusive), for a bound, a range or a vague quantity. */
  readonly minValue?: number;
  /** The upper bound (inclusive), for a bound, a range or a vague quantity. */
  readonly maxValue?: number;
  /** The approximate number, an exclusive bound ("more than"), the period as an interval. */
  readonly additionalProperty?: readonly JsonLdPropertyValue[];
  /** The unit: the counted noun, `percent`, a currency code or a unit symbol. */
  readonly unitText: string;
  /** The UN/CEFACT code of a measured unit or of percent. */
  readonly unitCode?: string;
  /** The quantity in the article's words (its span, or failing that, written in its language). */
  readonly description: JsonLdText;
  /** What the number is about: the subject actor and the place. */
  readonly observationAbout?: readonly JsonLdPlaceValue[];
  /** The end of the period covered, when known to the day. */
  readonly observationDate?: string;
  /** The length of the period covered, as an ISO 8601 duration (`P217D`). */
  readonly observationPeriod?: string;
  /** The quote that gives the number (`reportedIn`), or else a report by its source (`reportedBy`). */
  readonly subjectOf?: JsonLdReport | JsonLdRef;
  /** A confidence interval or margin of error. */
  readonly marginOfError?: JsonLdQuantitativeValue;
}

/** A correction the publisher appended, as schema.org's `CorrectionComment`. */
export interface JsonLdCorrection {
  /** schema.org type. */
  readonly "@type": "CorrectionComment";
  /** The blank-node id (`_:correction.ID`). */
  readonly "@id": string;
  /** The correction note, in the article's language. */
  readonly text: JsonLdText;
  /** When it was published. */
  readonly datePublished?: string;
  /** The facts of the record it changes. */
  readonly about?: readonly JsonLdRef[];
}

/** The article, the root of the graph; its events are nested under `about` and `mentions`. */
export interface JsonLdNewsArticle {
  /** schema.org type. */
  readonly "@type": "NewsArticle";
  /** Always `_:article`. */
  readonly "@id": string;
  /** The article's id in the record. */
  readonly identifier: string;
  /** The headline, when known, in the article's language. */
  readonly headline?: JsonLdText;
  /** The publication date, to the precision known (with its offset when it has a time); absent when unknown. */
  readonly datePublished?: string;
  /** When the article was last changed. */
  readonly dateModified?: string;
  /** The authors (people) and the news agencies that wrote wire copy (organizations). */
  readonly author?: readonly (JsonLdPerson | JsonLdOrganization)[];
  /** The byline as printed. */
  readonly creditText?: string;
  /** The dateline as printed ("LIMA"). */
  readonly dateline?: string;
  /** The main image's address. */
  readonly image?: string;
  /** The corrections the publisher appended. */
  readonly correction?: readonly JsonLdCorrection[];
  /** The BCP 47 language tag of the body. */
  readonly inLanguage: string;
  /** The publisher, when known. */
  readonly publisher?: JsonLdOrganization;
  /** The article's address, when known. */
  readonly url?: string;
  /** The article's address, as Google's article guidance asks. */
  readonly mainEntityOfPage?: string;
  /** The text of the article, in its language. */
  readonly articleBody: JsonLdText;
  /** The main event. */
  readonly about?: JsonLdEvent | JsonLdClaim;
  /** The other events, the actors and the statistics. */
  readonly mentions?: readonly (JsonLdEvent | JsonLdClaim | JsonLdRef)[];
  /** The quotations. */
  readonly hasPart?: readonly JsonLdRef[];
}

/** A node at the top of the graph. */
export type JsonLdNode =
  | JsonLdNewsArticle
  | JsonLdPerson
  | JsonLdOrganization
  | JsonLdCountry
  | JsonLdThing
  | JsonLdAdministrativeArea
  | JsonLdQuotation
  | JsonLdCommunicateAction
  | JsonLdObservation
  | JsonLdPlace;

/** What {@link toJsonLd} returns: a schema.org JSON-LD graph. */
export interface JsonLdGraph {
  /** The schema.org context. */
  readonly "@context": "https://schema.org";
  /**
   * The article first (its events nested in it), then the actors, the
   * governments of states and territories that act or speak, the declared
   * places, the quotations with the acts of saying them, and the
   * observations.
   */
  readonly "@graph": readonly JsonLdNode[];
}

type NodeKind = "actor" | "event" | "quote" | "statistic" | "place" | "correction";

/** Blank-node ids, by kind so that they cannot clash with `_:article`. */
const nodeId = (kind: NodeKind, id: string): string => `_:${kind}.${id}`;
const ref = (kind: NodeKind, id: string): JsonLdRef => ({ "@id": nodeId(kind, id) });
const governmentId = (id: string): string => `_:actor.${id}.government`;

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

/** What the mapping needs at hand: the record, its language, and the states' governments it has referred to. */
interface Context {
  readonly record: Rec;
  readonly language: string;
  readonly actors: ReadonlyMap<string, ReadonlyDeep<Actor>>;
  readonly places: ReadonlyMap<string, ReadonlyDeep<PlaceEntry>>;
  readonly governments: Set<string>;
  /** The helpers' words in the article's language, for quotes' descriptions and statistics without a span. */
  readonly writing: WritingContext;
}

const inArticle = (ctx: Context, text: string): JsonLdText => ({ "@value": text, "@language": ctx.language });
const inEnglish = (text: string): JsonLdText => ({ "@value": text, "@language": "en" });
/** The helpers' English words, for the English names the graph gives (a relative place's). */
const english = (): WritingContext => writingContext("en");
/** A sentence the library writes about the article: in its language, or in English for a language without phrases. */
const inWriting = (ctx: Context, text: string): JsonLdText =>
  languageOf(ctx.language) === ctx.writing.language ? inArticle(ctx, text) : inEnglish(text);

/**
 * An actor as a Person or Organization, where schema.org asks for one
 * (`creator`, `author`, `worksFor`, `affiliation`): itself, or for a state
 * its government; a group has none.
 */
function agentRef(ctx: Context, id: string | undefined): JsonLdRef | undefined {
  const actor = id === undefined ? undefined : ctx.actors.get(id);
  if (actor === undefined) return undefined;
  switch (actor.kind) {
    case "person":
    case "organization":
      return ref("actor", actor.id);
    case "state":
    case "territory":
      ctx.governments.add(actor.id);
      return { "@id": governmentId(actor.id) };
    case "group":
    case "object":
      return undefined;
  }
}

/** An actor where schema.org asks for an Organization (`affiliation`, `worksFor`, `parentOrganization`): not a person. */
function organizationRef(ctx: Context, id: string | undefined): JsonLdRef | undefined {
  const actor = id === undefined ? undefined : ctx.actors.get(id);
  return actor?.kind === "person" ? undefined : agentRef(ctx, id);
}

function countryNode(code: string, ctx: Context): JsonLdCountry | JsonLdRef {
  const state = ctx.record.actors.find((actor) => actor.kind === "state" && actor.country === code);
  return state === undefined ? { "@type": "Country", identifier: code } : ref("actor", state.id);
}

function placeNode(place: ReadonlyDeep<Place>, ctx: Context): JsonLdPlaceValue {
  switch (place.kind) {
    case "country":
      return countryNode(place.country, ctx);
    case "border":
      return {
        "@type": "Place",
        name: inEnglish(
          `${place.partial === true ? "Part of the border" : "The border"} between ${place.countries[0]} and ${place.countries[1]}`,
        ),
        containedInPlace: place.countries.map((code) => countryNode(code, ctx)),
      };
    case "named":
      return compact({
        "@type": "Place" as const,
        name: place.name,
        sameAs: list(place.sameAs),
        containedInPlace: place.country === undefined ? undefined : countryNode(place.country, ctx),
      });
    case "ref":
      return ref("place", place.place);
    case "relative":
      return relativePlace(place, ctx);
  }
}

/** Where a relative place lies, in English words ("south-east of", "in the north of"). */
const POSITION_WORDS: Readonly<Record<RelativePlace["position"], string>> = {
  near: "near",
  off: "off",
  along: "along",
  "north-of": "north of",
  "north-east-of": "north-east of",
  "east-of": "east of",
  "south-east-of": "south-east of",
  "south-of": "south of",
  "south-west-of": "south-west of",
  "west-of": "west of",
  "north-west-of": "north-west of",
  "north-part": "in the north of",
  "east-part": "in the east of",
  "south-part": "in the south of",
  "west-part": "in the west of",
  centre: "in the centre of",
};

/**
 * A place given relative to a declared one: named in English words ("50
 * km south-east of Lima"), described in the article's words, and contained
 * in the declared place when it is a part of it ("im Norden der Stadt").
 */
function relativePlace(place: ReadonlyDeep<RelativePlace>, ctx: Context): JsonLdPlace {
  const anchor = ctx.places.get(place.of);
  const distance =
    place.distance === undefined
      ? ""
      : `${writeQuantity(english(), place.distance.quantity, { kind: "length", unit: place.distance.unit }, false)} `;
  const inside = place.position.endsWith("-part") || place.position === "centre";
  return compact({
    "@type": "Place" as const,
    name: inEnglish(`${distance}${POSITION_WORDS[place.position]} ${anchor?.name ?? place.of}`),
    description: place.span === undefined ? undefined : inArticle(ctx, spanText(ctx.record.article, place.span)),
    containedInPlace: inside ? ref("place", place.of) : undefined,
  });
}

const PLACE_TYPES: Partial<Record<PlaceEntry["placeType"], JsonLdPlaceType>> = {
  city: "City",
  town: "City",
  district: "AdministrativeArea",
  region: "AdministrativeArea",
  airport: "Airport",
  river: "RiverBodyOfWater",
  lake: "LakeBodyOfWater",
  sea: "SeaBodyOfWater",
  "body-of-water": "BodyOfWater",
  bridge: "Bridge",
  mountain: "Mountain",
};

/** A place the record declares, at the top of the graph: its name, type, where it lies, coordinates and knowledge-base ids. */
function declaredPlaceNode(place: ReadonlyDeep<PlaceEntry>, ctx: Context): JsonLdPlace {
  return compact({
    "@type": PLACE_TYPES[place.placeType] ?? "Place",
    "@id": nodeId("place", place.id),
    name: place.name,
    alternateName: list(place.aliases),
    geo:
      place.coordinates === undefined
        ? undefined
        : {
            "@type": "GeoCoordinates" as const,
            latitude: place.coordinates.latitude,
            longitude: place.coordinates.longitude,
          },
    sameAs: list(place.sameAs),
    containedInPlace:
      place.within !== undefined
        ? ref("place", place.within)
        : place.country === undefined
          ? undefined
          : countryNode(place.country, ctx),
  });
}

const ORGANIZATION_TYPES: Readonly<Record<Organization["organizationType"], JsonLdOrganizationType>> = {
  intergovernmental: "Organization",
  government: "GovernmentOrganization",
  "government-agency": "GovernmentOrganization",
  legislature: "GovernmentOrganization",
  court: "GovernmentOrganization",
  military: "GovernmentOrganization",
  police: "GovernmentOrganization",
  "political-party": "PoliticalParty",
  "news-agency": "NewsMediaOrganization",
  "news-outlet": "NewsMediaOrganization",
  company: "Corporation",
  "non-governmental": "NGO",
  "trade-union": "WorkersUnion",
  religious: "Organization",
  educational: "EducationalOrganization",
  "armed-group": "Organization",
  ministry: "GovernmentOrganization",
  regulator: "GovernmentOrganization",
  hospital: "Organization",
  university: "EducationalOrganization",
  "research-institute": "Organization",
  "employers-association": "Organization",
  "sports-club": "Organization",
  other: "Organization",
};

/** The schema.org types of objects, by `objectType`. */
const OBJECT_TYPES: Readonly<Record<ObjectActor["objectType"], JsonLdThing["@type"]>> = {
  drug: "Drug",
  vaccine: "Drug",
  vehicle: "Vehicle",
  vessel: "Vehicle",
  aircraft: "Vehicle",
  building: "Place",
  infrastructure: "Place",
  product: "Product",
  weapon: "Product",
  document: "CreativeWork",
  animal: "Thing",
  other: "Thing",
};

function actorNode(actor: ReadonlyDeep<Actor>, ctx: Context): JsonLdNode {
  // An unnamed actor's name is the article's description of it ("a mediator"), never a name.
  const unnamed = actor.unnamed === true;
  const common = {
    "@id": nodeId("actor", actor.id),
    name: unnamed ? undefined : actor.name,
    alternateName: list(actor.aliases),
    sameAs: list(actor.sameAs),
  };
  const described = unnamed ? inArticle(ctx, actor.name) : undefined;
  const ties = (relation: "member" | "employee" | "affiliate"): JsonLdRef[] =>
    (actor.affiliations ?? []).flatMap((tie) => {
      if (tie.relation !== relation) return [];
      const to = organizationRef(ctx, tie.of);
      return to === undefined ? [] : [to];
    });
  switch (actor.kind) {
    case "person": {
      const places = (actor.roles ?? []).map((role) => ({
        role,
        of: role.of === undefined ? undefined : ctx.actors.get(role.of),
      }));
      const party = (of: ReadonlyDeep<Actor> | undefined): boolean =>
        of?.kind === "organization" && of.organizationType === "political-party";
      const refs = (want: boolean): JsonLdRef[] =>
        places.flatMap(({ of }) => {
          if (of === undefined || party(of) !== want) return [];
          const agent = organizationRef(ctx, of.id);
          return agent === undefined ? [] : [agent];
        });
      return compact({
        "@type": "Person" as const,
        ...common,
        honorificPrefix: actor.honorific,
        description: described,
        jobTitle: list(actor.roles?.map((role) => role.title)),
        nationality: actor.nationality === undefined ? undefined : countryNode(actor.nationality, ctx),
        worksFor: list([...refs(false), ...ties("employee")]),
        memberOf: list([...refs(true), ...ties("member")]),
        affiliation: list(ties("affiliate")),
      });
    }
    case "state":
      return compact({ "@type": "Country" as const, ...common, description: described, identifier: actor.country });
    case "organization":
      return compact({
        "@type": ORGANIZATION_TYPES[actor.organizationType],
        ...common,
        description: described,
        parentOrganization: organizationRef(ctx, actor.partOf),
        location: actor.country === undefined ? undefined : countryNode(actor.country, ctx),
        memberOf: list(ties("member")),
      });
    case "group":
      return compact({
        "@type": "Thing" as const,
        ...common,
        description: described ?? inEnglish(`A group of people (${actor.groupType}).`),
      });
    case "territory":
      return compact({
        "@type": "AdministrativeArea" as const,
        ...common,
        description: described,
        identifier: actor.subdivision,
        containedInPlace: actor.country === undefined ? undefined : countryNode(actor.country, ctx),
      });
    case "object":
      return compact({
        "@type": OBJECT_TYPES[actor.objectType],
        ...common,
        description: described ?? inEnglish(`An object (${actor.objectType}).`),
      });
  }
}

/** A state's or territory's government, standing for it where schema.org needs a Person or Organization. */
function governmentNode(id: string, ctx: Context): JsonLdOrganization {
  const actor = ctx.actors.get(id);
  const name = actor?.name ?? id;
  const what = actor?.kind === "territory" ? "territory" : "state";
  return {
    "@type": "GovernmentOrganization",
    "@id": governmentId(id),
    name,
    areaServed: ref("actor", id),
    description: inEnglish(`The ${what} ${name} as it acts or speaks in the article.`),
  };
}

/** Statuses schema.org has a value for; the others are claims, not events. */
const EVENT_STATUS: Partial<Record<EventStatus, JsonLdEventStatus | null>> = {
  occurred: null,
  ongoing: null,
  announced: "https://schema.org/EventScheduled",
  planned: "https://schema.org/EventScheduled",
  expected: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
};

function interval(time: ReadonlyDeep<TimeRef>): string {
  return time.kind === "date" ? time.date : `${time.start ?? ".."}/${time.end ?? ".."}`;
}

function eventNode(
  event: ReadonlyDeep<NewsEvent>,
  ctx: Context,
  claims: ReadonlySet<string>,
): JsonLdEvent | JsonLdClaim {
  const located = (event.places ?? []).map((p) => ({ role: p.role, place: placeNode(p.place, ctx) }));
  const places = list(
    located.map(({ role, place }): JsonLdPlaceValue | JsonLdLocationRole =>
      role === "location" ? place : { "@type": "Role", roleName: role, location: place },
    ),
  );
  const coverage = list(
    located.map(({ role, place }): JsonLdPlaceValue | JsonLdCoverageRole =>
      role === "location" ? place : { "@type": "Role", roleName: role, spatialCoverage: place },
    ),
  );
  const superEvent: JsonLdRef[] = [];
  const about: JsonLdAboutRole[] = (event.participants ?? []).map((p) => ({
    "@type": "Role",
    roleName: p.role,
    about: ref("actor", p.actor),
  }));
  const isClaim = claims.has(event.id);
  for (const link of event.related ?? []) {
    if (link.relation === "part-of" && link.hedge === undefined && !claims.has(link.event) && !isClaim) {
      superEvent.push(ref("event", link.event));
    } else {
      about.push(
        compact({
          "@type": "Role" as const,
          roleName: link.relation,
          about: ref("event", link.event),
          description: link.hedge === undefined ? undefined : inArticle(ctx, link.hedge),
        }),
      );
    }
  }
  if (isClaim) {
    return compact({
      "@type": "Claim" as const,
      "@id": nodeId("event", event.id),
      name: event.summary,
      creativeWorkStatus: event.status,
      temporalCoverage: event.date === undefined ? undefined : interval(event.date),
      spatialCoverage: coverage,
      about: list(about),
      author: list(
        (event.participants ?? []).flatMap((p) => {
          const agent = p.role === "announcer" ? agentRef(ctx, p.actor) : undefined;
          return agent === undefined ? [] : [agent];
        }),
      ),
      appearance: { "@id": "_:article" },
    });
  }
  const date = event.date;
  return compact({
    "@type": "Event" as const,
    "@id": nodeId("event", event.id),
    name: event.summary,
    eventStatus: EVENT_STATUS[event.status] ?? undefined,
    startDate: date === undefined ? undefined : date.kind === "date" ? date.date : date.start,
    endDate: date?.kind === "interval" ? date.end : undefined,
    location: places,
    about: list(about),
    superEvent: list(superEvent),
  });
}

/** The chain of reports a quote reached the article through, last relay outermost. */
function reportChain(ids: readonly string[], ctx: Context): JsonLdReport | undefined {
  let report: JsonLdReport | undefined;
  for (const id of ids) {
    report = compact({ "@type": "CreativeWork" as const, author: agentRef(ctx, id), isBasedOn: report });
  }
  return report;
}

function speakerValue(quote: ReadonlyDeep<Quote>, ctx: Context): JsonLdPerson | JsonLdRef | undefined {
  if (quote.speaker.kind === "actor") return agentRef(ctx, quote.speaker.actor);
  const affiliation = quote.speaker.affiliation;
  return compact({
    "@type": "Person" as const,
    description: inArticle(ctx, quote.speaker.description),
    affiliation: organizationRef(ctx, affiliation),
  });
}

function quotationNodes(quote: ReadonlyDeep<Quote>, ctx: Context): JsonLdNode[] {
  const article = ctx.record.article;
  const creator = speakerValue(quote, ctx);
  // The writer's comma before "he said" is not the speaker's.
  const verbatim =
    quote.mode === "direct" || quote.mode === "mixed"
      ? quote.quoted.map((span) => span.exact.trim().replace(/[,;:]+$/u, "")).join(" … ")
      : undefined;
  const content =
    quote.mode === "indirect" || quote.mode === "mixed"
      ? [quote.content, ...(quote.continuation ?? [])].map((span) => spanText(article, span)).join(" … ")
      : undefined;
  const quotation: JsonLdQuotation = compact({
    "@type": "Quotation" as const,
    "@id": nodeId("quote", quote.id),
    text: verbatim === undefined ? undefined : inArticle(ctx, verbatim),
    abstract: content === undefined ? undefined : inArticle(ctx, content),
    description: inWriting(ctx, writeQuote(ctx.record, quote, ctx.writing)),
    inLanguage: ctx.language,
    creator,
    dateCreated: quote.saidAt?.kind === "date" ? quote.saidAt.date : undefined,
    isBasedOn: reportChain(quote.via ?? [], ctx),
    isPartOf:
      quote.within === undefined ? { "@id": "_:article" } : [{ "@id": "_:article" }, ref("quote", quote.within)],
  });
  const recipient = agentRef(ctx, quote.addressee);
  // A refusal's act is named by the article's words for it ("declined to comment").
  const name = quote.verb ?? (quote.mode === "refusal" ? spanText(article, quote.refusal) : undefined);
  if (name === undefined && recipient === undefined) return [quotation];
  const act: JsonLdCommunicateAction = compact({
    "@type": "CommunicateAction" as const,
    "@id": `${nodeId("quote", quote.id)}.act`,
    name: inArticle(ctx, name ?? writingContext(article.language, "en").phrases.said),
    agent: creator,
    recipient,
    result: ref("quote", quote.id),
  });
  return [quotation, act];
}

/** UN/CEFACT common codes of the measured units, for `unitCode`. */
const UNIT_CODES: Readonly<Record<string, string>> = {
  m: "MTR",
  km: "KMT",
  mi: "SMI",
  m2: "MTK",
  ha: "HAR",
  km2: "KMK",
  "sq-mi": "MIK",
  kg: "KGM",
  t: "TNE",
  mm: "MMT",
  cm: "CMT",
  ft: "FOT",
  g: "GRM",
  mg: "MGM",
  lb: "LBR",
  ml: "MLT",
  l: "LTR",
  hl: "HLT",
  m3: "MTQ",
  barrel: "BLL",
  celsius: "CEL",
  fahrenheit: "FAH",
  second: "SEC",
  minute: "MIN",
  hour: "HUR",
  day: "DAY",
  week: "WEE",
  month: "MON",
  year: "ANN",
};

function unitProperties(unit: ReadonlyDeep<Unit>): { unitText: string; unitCode?: string } {
  switch (unit.kind) {
    case "count":
      return { unitText: unit.noun };
    case "percent":
      return { unitText: "percent", unitCode: "P1" };
    case "money":
      return { unitText: unit.currency };
    case "magnitude":
      return { unitText: `magnitude (${unit.scale})` };
    case "points":
      return { unitText: unit.of === undefined ? "points" : `points (${unit.of})` };
    case "age":
      return compact({ unitText: `age in ${unit.unit}s`, unitCode: UNIT_CODES[unit.unit] });
    case "proportion":
      return { unitText: "proportion" };
    default:
      return compact({ unitText: unit.unit, unitCode: UNIT_CODES[unit.unit] });
  }
}

function quantityProperties(
  q: ReadonlyDeep<Quantity>,
  words: JsonLdText,
  ctx: Context,
): Pick<JsonLdObservation, "value" | "minValue" | "maxValue"> & { extra: JsonLdPropertyValue[] } {
  const property = (propertyID: string, value: number, hedge?: string): JsonLdPropertyValue =>
    compact({
      "@type": "PropertyValue" as const,
      propertyID,
      value,
      description: hedge === undefined ? undefined : inArticle(ctx, hedge),
    });
  switch (q.kind) {
    case "exact":
      return { value: q.value, extra: [] };
    case "approximate":
      return { value: words, extra: [property("approximateValue", q.value, q.hedge)] };
    case "bound":
      switch (q.relation) {
        case "at-least":
          return { minValue: q.value, extra: [] };
        case "more-than":
          return { minValue: q.value, extra: [property("exclusiveMinimum", q.value)] };
        case "at-most":
          return { maxValue: q.value, extra: [] };
        case "fewer-than":
          return { maxValue: q.value, extra: [property("exclusiveMaximum", q.value)] };
      }
      return { extra: [] };
    case "range":
      return { minValue: q.min, maxValue: q.max, extra: [] };
    case "vague":
      return compact({ value: inArticle(ctx, q.expression), minValue: q.min, maxValue: q.max, extra: [] });
    case "ratio": {
      const terms = [property("numerator", q.numerator, q.hedge), property("denominator", q.denominator)];
      const value = q.numerator / q.denominator;
      // A bounded or hedged ratio is not its value: only its words are.
      if (q.relation === "at-least" || q.relation === "more-than")
        return { minValue: value, value: words, extra: terms };
      if (q.relation === "at-most" || q.relation === "fewer-than")
        return { maxValue: value, value: words, extra: terms };
      return { value: q.hedge === undefined ? value : words, extra: terms };
    }
  }
}

/** The length of a period as an ISO 8601 duration: a whole year, month or day, or a count of days. */
function duration(time: ReadonlyDeep<TimeRef>): string | undefined {
  if (time.kind === "date") {
    const precision = datePrecision(time.date);
    return precision === "year" ? "P1Y" : precision === "month" ? "P1M" : precision === "day" ? "P1D" : undefined;
  }
  if (time.start === undefined || time.end === undefined) return undefined;
  const days = Math.round((calendarBounds(time.end)[1] - calendarBounds(time.start)[0]) / 86_400_000);
  return days > 0 ? `P${days}D` : undefined;
}

function periodEnd(time: ReadonlyDeep<TimeRef>): PartialDate | undefined {
  const end = time.kind === "date" ? time.date : time.end;
  return end !== undefined && (datePrecision(end) === "day" || datePrecision(end) === "time") ? end : undefined;
}

function observationNode(statistic: ReadonlyDeep<Statistic>, ctx: Context): JsonLdObservation {
  const body = ctx.record.article.body;
  const span = statistic.span;
  const description =
    span === undefined
      ? inWriting(ctx, writeQuantity(ctx.writing, statistic.quantity, statistic.unit, true))
      : inArticle(ctx, span.exact ?? body.slice(span.start, span.end));
  const { extra, ...values } = quantityProperties(statistic.quantity, description, ctx);
  const period = statistic.period;
  if (period !== undefined) {
    extra.push({ "@type": "PropertyValue", propertyID: "period", value: interval(period) });
  }
  extra.push(...statisticProperties(statistic, ctx));
  const about: JsonLdPlaceValue[] = [
    ...(statistic.subject === undefined ? [] : [ref("actor", statistic.subject)]),
    ...(statistic.place === undefined ? [] : [placeNode(statistic.place, ctx)]),
  ];
  const source = agentRef(ctx, statistic.reportedBy);
  const subjectOf =
    statistic.reportedIn !== undefined
      ? ref("quote", statistic.reportedIn)
      : source === undefined
        ? undefined
        : { "@type": "CreativeWork" as const, author: source };
  return compact({
    "@type": "Observation" as const,
    "@id": nodeId("statistic", statistic.id),
    variableMeasured: statistic.measure,
    ...values,
    additionalProperty: list(extra),
    ...unitProperties(statistic.unit),
    description,
    observationAbout: list(about),
    observationDate: period === undefined ? undefined : periodEnd(period),
    observationPeriod: period === undefined ? undefined : duration(period),
    subjectOf,
    marginOfError: statistic.uncertainty === undefined ? undefined : marginOfError(statistic.uncertainty),
  });
}

/** A rate, a change, a share's whole and an estimate, as named values of an observation. */
function statisticProperties(statistic: ReadonlyDeep<Statistic>, ctx: Context): JsonLdPropertyValue[] {
  const out: JsonLdPropertyValue[] = [];
  const named = (propertyID: string, value: string, words?: string): JsonLdPropertyValue =>
    compact({
      "@type": "PropertyValue" as const,
      propertyID,
      value,
      description: words === undefined ? undefined : inArticle(ctx, words),
    });
  const { per, change, estimate } = statistic;
  if (per !== undefined) out.push(named("per", per.kind === "time" ? per.unit : per.noun));
  if (statistic.of !== undefined) out.push(named("shareOf", statistic.of.text, statistic.of.text));
  if (change !== undefined) {
    out.push(named("changeDirection", change.direction));
    if (change.since !== undefined) out.push(named("changeSince", interval(change.since)));
    if (change.comparedWith !== undefined) {
      out.push(named("comparedWith", change.comparedWith.text, change.comparedWith.text));
    }
  }
  if (estimate !== undefined) out.push(named("estimate", estimate.kind, estimate.words));
  return out;
}

/** A confidence interval or margin of error as schema.org's `marginOfError`, with its level. */
function marginOfError(uncertainty: ReadonlyDeep<Uncertainty>): JsonLdQuantitativeValue {
  const level: JsonLdPropertyValue[] =
    uncertainty.level === undefined
      ? []
      : [{ "@type": "PropertyValue", propertyID: "confidenceLevel", value: uncertainty.level }];
  const bounds =
    uncertainty.kind === "interval"
      ? { minValue: uncertainty.min, maxValue: uncertainty.max }
      : { value: uncertainty.value };
  return compact({ "@type": "QuantitativeValue" as const, ...bounds, additionalProperty: list(level) });
}

/**
 * A record as a schema.org JSON-LD graph, for search engines, knowledge
 * graphs and any tool that reads schema.org. It keeps every fact of the
 * record that schema.org can say and says nothing the record does not;
 * `docs/json-ld.md` maps every field of the record to its property, and
 * lists what is not carried and why. In short:
 * - a `NewsArticle` (headline, date, language, publisher, address, body)
 *   whose `about` is the main event and whose `mentions` are the other
 *   events, the actors and the statistics, and whose `hasPart` are the
 *   quotations. Events are nested in the article, not at the top of the
 *   graph, so that search engines do not read them as event listings;
 * - an event the article gives as fact, announced, planned, expected or
 *   cancelled is an `Event` (`eventStatus` where schema.org has one); one
 *   it only reports as alleged, believed, denied, hypothetical or
 *   threatened is a `Claim` with that status, so that it never reads as
 *   something that happened. Participants, linked events, origins and
 *   destinations go in schema.org `Role`s that keep the record's role;
 * - actors typed as narrowly as schema.org allows (`WorkersUnion`,
 *   `Corporation`, `GovernmentOrganization`, `PoliticalParty`, …), people
 *   with the organizations they work for and the parties they belong to; a
 *   state that speaks or acts where schema.org needs a Person or
 *   Organization is its government (`GovernmentOrganization`);
 * - a quote is a `Quotation` whose `text` holds only the speaker's verbatim
 *   words; the article's paraphrase is its `abstract`, the whole quote in a
 *   sentence its `description`, the relays an `isBasedOn` chain, and its
 *   verb a `CommunicateAction`;
 * - a statistic is an `Observation` whose `value` is exact only when the
 *   article's number is; approximate numbers, exclusive bounds and the
 *   period are `additionalProperty` values, the article's words its
 *   `description`, the source a report by it (`subjectOf`);
 * - the article's words are tagged with its language; English the library
 *   writes is tagged `en`; names and annotation labels, whose language the
 *   record does not fix, are plain strings.
 * Nodes are named with blank-node ids made from the record's ids and kinds
 * (`_:actor.eu`, `_:event.ev-border-closure`). The output depends only on
 * the record: the same record gives the same `JSON.stringify` bytes. To put
 * it in a web page, write it with {@link serializeJsonLd}, never with
 * `JSON.stringify` alone. It never throws: a value that is not a record,
 * or that breaks the record format where the graph is built from, gives a
 * graph with no nodes. It does not run the shape check (so that a bundle
 * using it does not carry the schemas): a record that breaks the format
 * elsewhere may give a graph of what it holds, so check records with
 * `validateRecord` first.
 *
 * @param record - A record (typically one `validateRecord` accepted).
 * @returns The graph, plain JSON data.
 * @example
 * ```ts
 * import { serializeJsonLd, toJsonLd } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const graph = toJsonLd(belarusLithuaniaBorder);
 * graph["@graph"][0]?.["@type"]; // => "NewsArticle"
 * const script = `<script type="application/ld+json">${serializeJsonLd(graph)}</script>`;
 * script.startsWith('<script type="application/ld+json">{"@context":"https://schema.org"'); // => true
 * ```
 */
export function toJsonLd(record: ReadonlyDeep<NewsRecord>): JsonLdGraph {
  try {
    return isRecordLike(record) ? graphOf(record) : emptyGraph();
  } catch {
    // A value with the frame of a record but not its fields (the light guard lets it through), or a getter that throws.
    return emptyGraph();
  }
}

function emptyGraph(): JsonLdGraph {
  return { "@context": "https://schema.org", "@graph": [] };
}

function graphOf(record: ReadonlyDeep<NewsRecord>): JsonLdGraph {
  const article = record.article;
  const ctx: Context = {
    record,
    language: canonicalTag(article.language) ?? article.language,
    actors: new Map(record.actors.map((actor) => [actor.id, actor])),
    places: new Map((record.places ?? []).map((place) => [place.id, place])),
    governments: new Set(),
    writing: writingContext(article.language, "en"),
  };
  const claims = new Set(record.events.filter((event) => !(event.status in EVENT_STATUS)).map((event) => event.id));
  const main = mainEvent(record);
  const others = record.events.filter((event) => event !== main);
  const actors = record.actors.map((actor) => actorNode(actor, ctx));
  const quotes = record.quotes.flatMap((quote) => quotationNodes(quote, ctx));
  const observations = record.statistics.map((statistic) => observationNode(statistic, ctx));
  const places = (record.places ?? []).map((place) => declaredPlaceNode(place, ctx));
  const articleNode: JsonLdNewsArticle = compact({
    "@type": "NewsArticle" as const,
    "@id": "_:article",
    identifier: article.id,
    headline: article.headline === undefined ? undefined : inArticle(ctx, article.headline),
    datePublished: article.publishedAt,
    dateModified: article.dateModified,
    author: list([
      ...(article.authors ?? []).map((name) => ({ "@type": "Person" as const, name })),
      ...(article.agencies ?? []).map((name) => ({ "@type": "NewsMediaOrganization" as const, name })),
    ]),
    creditText: article.byline,
    dateline: article.dateline,
    image: article.image,
    correction: list(article.corrections?.map((correction) => correctionNode(correction, ctx))),
    inLanguage: ctx.language,
    publisher:
      article.publisher === undefined ? undefined : { "@type": "Organization" as const, name: article.publisher },
    url: article.url,
    mainEntityOfPage: article.url,
    articleBody: inArticle(ctx, article.body),
    about: main === undefined ? undefined : eventNode(main, ctx, claims),
    mentions: list([
      ...others.map((event) => eventNode(event, ctx, claims)),
      ...record.actors.map((actor) => ref("actor", actor.id)),
      ...record.statistics.map((statistic) => ref("statistic", statistic.id)),
    ]),
    hasPart: list(record.quotes.map((quote) => ref("quote", quote.id))),
  });
  const governments = [...ctx.governments].sort().map((id) => governmentNode(id, ctx));
  return {
    "@context": "https://schema.org",
    "@graph": [articleNode, ...actors, ...governments, ...places, ...quotes, ...observations],
  };
}

/** A correction note, about the facts of the record it changes. */
function correctionNode(correction: ReadonlyDeep<Correction>, ctx: Context): JsonLdCorrection {
  const record = ctx.record;
  const kinds = new Map<string, NodeKind>([
    ...record.actors.map((x) => [x.id, "actor"] as const),
    ...record.events.map((x) => [x.id, "event"] as const),
    ...record.quotes.map((x) => [x.id, "quote"] as const),
    ...record.statistics.map((x) => [x.id, "statistic"] as const),
    ...(record.places ?? []).map((x) => [x.id, "place"] as const),
  ]);
  return compact({
    "@type": "CorrectionComment" as const,
    "@id": nodeId("correction", correction.id),
    text: inArticle(ctx, correction.text),
    datePublished: correction.date,
    about: list(
      (correction.changes ?? []).flatMap((id) => {
        const kind = kinds.get(id);
        return kind === undefined ? [] : [ref(kind, id)];
      }),
    ),
  });
}

const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * A JSON-LD graph as JSON text that is safe to put inside an HTML
 * `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e` and `\u0026`, so that no text of the record
 * (a name holding `</script><script>…`, a `<!--`) can close the element or
 * open a comment, and U+2028 and U+2029 as escapes, for parsers that take
 * them for line ends. `JSON.parse` reads it back to the same value. Use it,
 * never `JSON.stringify` alone, wherever the JSON goes into a page.
 *
 * @param graph - The graph (or any JSON value).
 * @param space - Indentation, as for `JSON.stringify`; none by default.
 * @returns JSON text with no `<`, `>`, `&`, U+2028 or U+2029 in it.
 * @example
 * ```ts
 * import { serializeJsonLd } from "news-schema";
 *
 * serializeJsonLd({ name: "</script>" }); // => "{\"name\":\"\\u003c/script\\u003e\"}"
 * JSON.parse(serializeJsonLd({ name: "a < b & c" })).name; // => "a < b & c"
 * ```
 */
export function serializeJsonLd(graph: unknown, space?: number): string {
  const text = JSON.stringify(graph, null, space) ?? "null";
  return text.replace(UNSAFE_IN_HTML, (character) => ESCAPES[character] ?? character);
}
