import * as z from "zod/mini";
import { CountryCodeSchema } from "./country.js";
import { HttpUrlSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { TextSpanSchema } from "./span.js";

/** The kinds of {@link Place}: a whole country, the border between two countries, or a named place. */
export const PLACE_KINDS = ["country", "border", "named"] as const;

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
export const PlaceSchema = z.discriminatedUnion("kind", [CountryPlaceSchema, BorderPlaceSchema, NamedPlaceSchema]);

/** A whole country. */
export type CountryPlace = z.infer<typeof CountryPlaceSchema>;
/** The border between two countries. */
export type BorderPlace = z.infer<typeof BorderPlaceSchema>;
/** A named sub-national place. */
export type NamedPlace = z.infer<typeof NamedPlaceSchema>;
/** A place an event happens in or a statistic covers. */
export type Place = z.infer<typeof PlaceSchema>;
