import * as z from "zod/mini";
import { CountryCodeSchema } from "./country.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { TextSpanSchema } from "./span.js";

/** The kinds of {@link Actor}. */
export const ACTOR_KINDS = ["person", "state", "organization", "group"] as const;

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
  "other",
] as const;

/** What an organization is. */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

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
  "other",
] as const;

/** What a group of people is. */
export type GroupType = (typeof GROUP_TYPES)[number];

const actorBase = {
  /** The actor's id, unique within the record. */
  id: IdSchema,
  /** The actor's fullest name in the article, or its usual English name ("Alexander Lukashenko", "European Union"). */
  name: LabelSchema,
  /** Other names the article uses for the actor, such as a metonym or a short form ("Minsk", "the bloc", "EU"). */
  aliases: z.optional(list(LabelSchema)),
  /** Knowledge-base URIs for the same actor (Wikidata, GeoNames, an official site). */
  sameAs: z.optional(list(HttpUrlSchema)),
  /** Where the article names the actor, in UTF-16 code units; each span's text must be `name` or one of `aliases`. */
  mentions: z.optional(list(TextSpanSchema)),
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

/** A named individual. */
export const PersonSchema = z.strictObject({
  ...actorBase,
  /** Marks a person. */
  kind: z.literal("person"),
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
  /** The country the group belongs to or acts in ("the Belarusian democracy movement"). */
  country: z.optional(CountryCodeSchema),
});

/** An actor: a person, a state, an organization or a group, told apart by `kind`. */
export const ActorSchema = z.discriminatedUnion("kind", [PersonSchema, StateSchema, OrganizationSchema, GroupSchema]);

/** A named individual. */
export type Person = z.infer<typeof PersonSchema>;
/** A sovereign state. */
export type State = z.infer<typeof StateSchema>;
/** An organization. */
export type Organization = z.infer<typeof OrganizationSchema>;
/** A group of people. */
export type Group = z.infer<typeof GroupSchema>;
/** An actor: a person, a state, an organization or a group. */
export type Actor = z.infer<typeof ActorSchema>;
