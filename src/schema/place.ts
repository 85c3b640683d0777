import * as z from "zod/mini";
import { CountryCodeSchema } from "./country.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { LENGTH_UNITS, QuantitySchema } from "./quantity.js";
import { MentionSpanSchema, TextSpanSchema } from "./span.js";

/**
 * The kinds of {@link Place}: a whole country, the border between two
 * countries, a named place given where it is used, a reference (`ref`) to a
 * place the record declares once in `places`, or a place given `relative`
 * to a declared one ("fifty kilometres south-east of the capital").
 */
export const PLACE_KINDS = ["country", "border", "named", "ref", "relative"] as const;

/** The kind of a {@link Place}. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What a named sub-national place is. */
export const NAMED_PLACE_TYPES = [
  "city",
  "town",
  "village",
  "district",
  "region",
  "border-crossing",
  "site",
  "facility",
  "body-of-water",
  "port",
  "terminal",
  "airport",
  "station",
  "river",
  "lake",
  "sea",
  "coast",
  "island",
  "mountain",
  "road",
  "bridge",
  "building",
  "neighbourhood",
  "other",
] as const;

/** What a named sub-national place is. */
export type NamedPlaceType = (typeof NAMED_PLACE_TYPES)[number];

/** A whole country, by its ISO 3166-1 alpha-2 code. */
export const CountryPlaceSchema = z.strictObject({
  /** Marks a whole country. */
  kind: z.literal("country"),
  /** The country's ISO 3166-1 alpha-2 code. */
  country: CountryCodeSchema,
  /** Where the article names the place, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
});

/** The border between two countries, or a part of it ("parts of the border with Lithuania"). */
export const BorderPlaceSchema = z.strictObject({
  /** Marks a border. */
  kind: z.literal("border"),
  /** The two countries the border separates; `validateRecord` checks they differ. */
  countries: z.tuple([CountryCodeSchema, CountryCodeSchema]),
  /** True when only part of the border is meant. */
  partial: z.optional(z.boolean()),
  /** Where the article names the place, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
});

/** A named sub-national place: a city, a region, a border crossing, optionally within a country. */
export const NamedPlaceSchema = z.strictObject({
  /** Marks a named place. */
  kind: z.literal("named"),
  /** The place's name as an English reader knows it ("Vilnius", "Medininkai crossing"). */
  name: LabelSchema,
  /** What the place is. */
  placeType: z.enum(NAMED_PLACE_TYPES),
  /** The country the place lies in, when known. */
  country: z.optional(CountryCodeSchema),
  /** Knowledge-base URIs for the place (GeoNames, Wikidata). */
  sameAs: z.optional(list(HttpUrlSchema)),
  /** Where the article names the place, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
});

/** A place an event happens in or a statistic covers. */
/** A geographic point in WGS 84 decimal degrees. */
export const CoordinatesSchema = z.strictObject({
  /** Latitude, from -90 (south) to 90 (north). */
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude, from -180 (west) to 180 (east). */
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});

/** A geographic point. */
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/**
 * A place the record declares once in `places` and refers to by id, so that
 * "the eastern terminal of the port" and later "the terminal" are one
 * place: its name, type, where it lies (`within`, another declared place),
 * coordinates, knowledge-base ids, and every mention, like an actor's.
 */
export const PlaceEntrySchema = z.strictObject({
  /** The place's id, unique within the record (among actors, events, quotes, statistics and places). */
  id: IdSchema,
  /** The place's fullest name in the article, or its usual name; for a place the article only describes, the description ("the eastern terminal"). */
  name: LabelSchema,
  /** What the place is. */
  placeType: z.enum(NAMED_PLACE_TYPES),
  /** Other names the article uses for the place ("the terminal", "der Hafen"). */
  aliases: z.optional(list(LabelSchema)),
  /** The country the place lies in. */
  country: z.optional(CountryCodeSchema),
  /** The id of the declared place this one lies in (a terminal in a port, a port in a city); no cycles. */
  within: z.optional(IdSchema),
  /** Where the place is, when the article or a gazetteer gives it. */
  coordinates: z.optional(CoordinatesSchema),
  /** Knowledge-base URIs for the same place (GeoNames, Wikidata, OpenStreetMap). */
  sameAs: z.optional(list(HttpUrlSchema)),
  /** Where the article refers to the place; each mention's text must be `name` or an alias, unless its `form` is `pronoun` or `description`. */
  mentions: z.optional(list(MentionSpanSchema)),
});

/** A place the record declares once and refers to by id. */
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;

/** A reference to a place declared in the record's `places`. */
export const PlaceRefSchema = z.strictObject({
  /** Marks a reference to a declared place. */
  kind: z.literal("ref"),
  /** The id of the declared place. */
  place: IdSchema,
  /** Where the article names the place here, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
});

/**
 * Where a relative place lies from the place it is given against: near
 * it, off its coast, along it, one of the eight compass directions outside
 * it (`north-of`…), or in a part of it (`north-part`, "im Norden der
 * Stadt").
 */
export const RELATIVE_POSITIONS = [
  "near",
  "off",
  "along",
  "north-of",
  "north-east-of",
  "east-of",
  "south-east-of",
  "south-of",
  "south-west-of",
  "west-of",
  "north-west-of",
  "north-part",
  "east-part",
  "south-part",
  "west-part",
  "centre",
] as const;

/** Where a relative place lies from its anchor place. */
export type RelativePosition = (typeof RELATIVE_POSITIONS)[number];

/** A distance the article gives, with its honesty kept ("fifty kilometres", "some 20 km"). */
export const DistanceSchema = z.strictObject({
  /** How far. */
  quantity: QuantitySchema,
  /** The unit of length. */
  unit: z.enum(LENGTH_UNITS),
});

/** A distance. */
export type Distance = z.infer<typeof DistanceSchema>;

/** A place given relative to a declared place ("fifty kilometres south-east of the capital", "off the coast", "im Norden der Stadt"). */
export const RelativePlaceSchema = z.strictObject({
  /** Marks a relative place. */
  kind: z.literal("relative"),
  /** Where the place lies from `of`. */
  position: z.enum(RELATIVE_POSITIONS),
  /** The id of the declared place it is given against. */
  of: IdSchema,
  /** The distance, when the article gives one. */
  distance: z.optional(DistanceSchema),
  /** Where the article gives the whole location ("fifty kilometres south-east of the capital"). */
  span: z.optional(TextSpanSchema),
});

/** A place given relative to a declared place. */
export type RelativePlace = z.infer<typeof RelativePlaceSchema>;
/** A reference to a declared place. */
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

export const PlaceSchema = z.discriminatedUnion("kind", [
  CountryPlaceSchema,
  BorderPlaceSchema,
  NamedPlaceSchema,
  PlaceRefSchema,
  RelativePlaceSchema,
]);

/** A whole country. */
export type CountryPlace = z.infer<typeof CountryPlaceSchema>;
/** The border between two countries. */
export type BorderPlace = z.infer<typeof BorderPlaceSchema>;
/** A named sub-national place. */
export type NamedPlace = z.infer<typeof NamedPlaceSchema>;
/** A place an event happens in or a statistic covers. */
export type Place = z.infer<typeof PlaceSchema>;
