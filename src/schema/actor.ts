import * as z from "zod/mini";
import { CountryCodeSchema } from "./country.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { MentionSpanSchema, TextSpanSchema } from "./span.js";

/**
 * The kinds of {@link Actor}: a `person`, a sovereign `state`, an
 * `organization`, a `group` of people, a `territory` below a state that
 * acts as a body (a city, a region), or an `object` that acts or is acted
 * on (a drug, a bridge, a ship).
 */
export const ACTOR_KINDS = ["person", "state", "organization", "group", "territory", "object"] as const;

/** The kind of an {@link Actor}. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What an organization is. */
export const ORGANIZATION_TYPES = [
  "intergovernmental",
  "government",
  "government-agency",
  "legislature",
  "court",
  "military",
  "police",
  "political-party",
  "news-agency",
  "news-outlet",
  "company",
  "non-governmental",
  "trade-union",
  "religious",
  "educational",
  "armed-group",
  "ministry",
  "regulator",
  "hospital",
  "university",
  "research-institute",
  "employers-association",
  "sports-club",
  "other",
] as const;

/** What an organization is. */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/**
 * One line per organization type, so that two annotators choose alike. The
 * first type whose line fits wins, in the order of this list.
 */
export const ORGANIZATION_TYPE_DEFINITIONS: Readonly<Record<OrganizationType, string>> = {
  intergovernmental:
    "An organization whose members are states: the EU, the UN, NATO, the African Union, and their organs as a whole.",
  government: "The executive of a state or of a territory as a whole: a cabinet, a federal or city government.",
  "government-agency":
    "A public body that carries out policy and is not a ministry: a border guard, a statistics office, a port authority, Frontex.",
  legislature: "A parliament, assembly or council that makes laws, national or local.",
  court: "A court or tribunal, national or international.",
  military: "A state's armed forces or one of their branches and units.",
  police: "A police force or one of its units.",
  "political-party": "A political party or an alliance of parties.",
  "news-agency": "An agency that sells news to other outlets: Reuters, AFP, dpa, ats, Belta.",
  "news-outlet": "A newspaper, broadcaster or site that publishes news to readers.",
  company: "A business run for profit, listed or not, and its subsidiaries.",
  "non-governmental": "A non-profit organization independent of governments: a charity, an advocacy or aid group.",
  "trade-union": "An organization of workers that bargains for them.",
  religious: "A church, religious order or other religious body.",
  educational: "A school or other teaching body that is not a university.",
  "armed-group": "An armed group that is not a state's forces: a militia, a rebel or terrorist group.",
  ministry: "A ministry or department of a government, headed by a minister.",
  regulator:
    "A public body that licenses, approves or supervises a sector: a drug agency, a competition or financial authority.",
  hospital: "A hospital or clinic.",
  university: "A university or other institution of higher education.",
  "research-institute":
    "A body whose work is research and that is not a university: an institute, a laboratory, a think tank.",
  "employers-association": "An association of employers or businesses that speaks or bargains for them.",
  "sports-club": "A sports club, team or federation.",
  other: "An organization none of the other types fits.",
};

/** What a group of people is, as the article presents it. */
export const GROUP_TYPES = [
  "migrants",
  "refugees",
  "protesters",
  "opposition",
  "civil-society",
  "population",
  "officials",
  "workers",
  "victims",
  "combatants",
  "patients",
  "residents",
  "passengers",
  "consumers",
  "investors",
  "media",
  "states",
  "other",
] as const;

/** What a group of people is. */
export type GroupType = (typeof GROUP_TYPES)[number];

/**
 * How an actor belongs to another, apart from a position it holds (a
 * {@link Role}): as a `member` (a politician of a party, a member state of
 * a union), an `employee` (a worker of a company, an official of an
 * agency) or an `affiliate` (a subsidiary, a supporter, any other tie the
 * article states).
 */
export const AFFILIATION_RELATIONS = ["member", "employee", "affiliate"] as const;

/** How an actor belongs to another. */
export type AffiliationRelation = (typeof AFFILIATION_RELATIONS)[number];

/** A tie from an actor to another actor it belongs to ("Anna Berger (CDU)", "Lithuania, a member of the European Union"). */
export const AffiliationSchema = z.strictObject({
  /** How the actor belongs to the other. */
  relation: z.enum(AFFILIATION_RELATIONS),
  /** The id of the actor it belongs to. */
  of: IdSchema,
  /** Where the article states the tie ("(CDU)", "a member of the European Union"). */
  span: z.optional(TextSpanSchema),
});

/** A tie from an actor to another it belongs to. */
export type Affiliation = z.infer<typeof AffiliationSchema>;

const actorBase = {
  /** The actor's id, unique within the record. */
  id: IdSchema,
  /**
   * The actor's fullest name in the article, or its usual English name
   * ("Alexander Lukashenko", "European Union"). For an actor the article
   * does not name (`unnamed: true`), the article's description of it ("a
   * mediator", "some countries", "reports").
   */
  name: LabelSchema,
  /** True when the article does not name the actor, or it does not exist yet ("a mediator the government will appoint"); `name` then holds the article's description. */
  unnamed: z.optional(z.boolean()),
  /** Other names the article uses for the actor, such as a metonym or a short form ("Minsk", "the bloc", "EU"). */
  aliases: z.optional(list(LabelSchema)),
  /** Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site). */
  sameAs: z.optional(list(HttpUrlSchema)),
  /**
   * Where the article refers to the actor, in UTF-16 code units. A mention's
   * text must be `name` or one of `aliases`, unless its `form` is `pronoun`
   * ("she", "er") or `description` ("the minister", "The move").
   */
  mentions: z.optional(list(MentionSpanSchema)),
  /** The actors this one belongs to as a member, an employee or an affiliate. */
  affiliations: z.optional(list(AffiliationSchema)),
};

/** A position a person holds, such as "President" of the state `by`. */
export const RoleSchema = z.strictObject({
  /** The title of the position ("President", "Foreign Minister"). */
  title: LabelSchema,
  /** The id of the actor the position is in (a state or an organization), when the article gives one. */
  of: z.optional(IdSchema),
});

/** A position a person holds. */
export type Role = z.infer<typeof RoleSchema>;

/** An individual person, named or described. */
export const PersonSchema = z.strictObject({
  ...actorBase,
  /** Marks a person. */
  kind: z.literal("person"),
  /** An honorific or title the article puts before the name ("Dr.", "Frau", "Sir", "Mme"), apart from positions (`roles`). */
  honorific: z.optional(LabelSchema),
  /** Positions the person holds in the article ("President of Belarus"). */
  roles: z.optional(list(RoleSchema)),
  /** The person's nationality, when the article gives it. */
  nationality: z.optional(CountryCodeSchema),
});

/** A sovereign state, acting or acted on as a whole ("Belarus", "Minsk"). */
export const StateSchema = z.strictObject({
  ...actorBase,
  /** Marks a state. */
  kind: z.literal("state"),
  /** The state's ISO 3166-1 alpha-2 code. */
  country: CountryCodeSchema,
});

/** A body with a name and a structure: a government agency, a news agency, an intergovernmental union. */
export const OrganizationSchema = z.strictObject({
  ...actorBase,
  /** Marks an organization. */
  kind: z.literal("organization"),
  /** What the organization is. */
  organizationType: z.enum(ORGANIZATION_TYPES),
  /** The id of the organization or state this one is part of (Frontex is an agency of the EU). */
  partOf: z.optional(IdSchema),
  /** The country the organization belongs to or is based in, when it has one. */
  country: z.optional(CountryCodeSchema),
});

/** People the article treats together without naming them one by one: migrants, protesters, a movement. */
export const GroupSchema = z.strictObject({
  ...actorBase,
  /** Marks a group. */
  kind: z.literal("group"),
  /** What the group is. */
  groupType: z.enum(GROUP_TYPES),
  /** Ids of the states the group's members come from ("refugees from countries such as Syria, Iraq and Afghanistan"). */
  origins: z.optional(list(IdSchema)),
  /** True when the article gives `origins` as examples, not all of them ("such as", "unter anderem"). */
  originsIncomplete: z.optional(z.boolean()),
  /** The country the group belongs to or acts in ("the Belarusian democracy movement"). */
  country: z.optional(CountryCodeSchema),
});

/**
 * What a territory is: a `city` or `municipality`, a `district` or
 * `county`, a `region`, `province` or federal state (`federal-state`), or
 * `other`.
 */
export const TERRITORY_TYPES = [
  "city",
  "municipality",
  "district",
  "county",
  "region",
  "province",
  "federal-state",
  "other",
] as const;

/** What a territory is. */
export type TerritoryType = (typeof TERRITORY_TYPES)[number];

/** An ISO 3166-2 subdivision code ("DE-NW", "FR-75", "PE-LIM"). */
export const SubdivisionCodeSchema = z.string().check(
  z.regex(/^(?:[A-Z]{2}|XK)-[A-Z0-9]{1,3}$/, {
    error: 'Expected an ISO 3166-2 subdivision code such as "DE-NW" or "PE-LIM".',
  }),
);

/** An ISO 3166-2 subdivision code. */
export type SubdivisionCode = z.infer<typeof SubdivisionCodeSchema>;

/**
 * A city, region or other territory below a state, acting or acted on as a
 * body ("Köln sperrt die Brücke", "Bavaria", "the Lima region"). Not a
 * state (it has no ISO 3166-1 code) and not an organization: its council
 * or government is an `organization` with `partOf` the territory.
 */
export const TerritorySchema = z.strictObject({
  ...actorBase,
  /** Marks a territory. */
  kind: z.literal("territory"),
  /** What the territory is. */
  territoryType: z.enum(TERRITORY_TYPES),
  /** The country the territory lies in. */
  country: z.optional(CountryCodeSchema),
  /** Its ISO 3166-2 subdivision code, when it has one. */
  subdivision: z.optional(SubdivisionCodeSchema),
  /** The id of the record's place (in `places`) that is the territory's land, when the record declares one. */
  place: z.optional(IdSchema),
});

/** What an object is. */
export const OBJECT_TYPES = [
  "drug",
  "vaccine",
  "vehicle",
  "vessel",
  "aircraft",
  "building",
  "infrastructure",
  "product",
  "weapon",
  "document",
  "animal",
  "other",
] as const;

/** What an object is. */
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** A thing that acts or is acted on: a drug, a bridge, a ship, a product, a law's text. */
export const ObjectSchema = z.strictObject({
  ...actorBase,
  /** Marks an object. */
  kind: z.literal("object"),
  /** What the object is. */
  objectType: z.enum(OBJECT_TYPES),
  /** The id of the actor that owns, makes or runs it, when the article says. */
  owner: z.optional(IdSchema),
});

/** An actor: a person, a state, an organization, a group, a territory or an object, told apart by `kind`. */
export const ActorSchema = z.discriminatedUnion("kind", [
  PersonSchema,
  StateSchema,
  OrganizationSchema,
  GroupSchema,
  TerritorySchema,
  ObjectSchema,
]);

/** An individual person, named or described. */
export type Person = z.infer<typeof PersonSchema>;
/** A sovereign state. */
export type State = z.infer<typeof StateSchema>;
/** An organization. */
export type Organization = z.infer<typeof OrganizationSchema>;
/** A group of people. */
export type Group = z.infer<typeof GroupSchema>;
/** A territory below a state. */
export type Territory = z.infer<typeof TerritorySchema>;
/** A thing that acts or is acted on. */
export type ObjectActor = z.infer<typeof ObjectSchema>;
/** An actor: a person, a state, an organization, a group, a territory or an object. */
export type Actor = z.infer<typeof ActorSchema>;
