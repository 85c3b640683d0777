import * as z from "zod/mini";
import { CurrencyCodeSchema } from "./currency.js";
import { LabelSchema } from "./ids.js";

/**
 * How honest a number is about itself: `exact` ("680"), `approximate` with
 * its hedge ("some 3,500"), a `bound` ("more than 200"), a `range` ("between
 * 300 and 400"), `vague` ("several hundred", "most") with the bounds a
 * reader can infer, or a `ratio` ("one in four", "a quarter", "twice").
 */
export const QUANTITY_KINDS = ["exact", "approximate", "bound", "range", "vague", "ratio"] as const;

/** The kind of a {@link Quantity}. */
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** Which side of its value a {@link BoundQuantity} lies: more than, at least, fewer than, at most. */
export const BOUND_RELATIONS = ["more-than", "at-least", "fewer-than", "at-most"] as const;

/** Which side of its value a bound lies. */
export type BoundRelation = (typeof BOUND_RELATIONS)[number];

const Value = z.number();

/** A number the article gives without hedging ("680-kilometre"). */
export const ExactQuantitySchema = z.strictObject({
  /** Marks an exact number. */
  kind: z.literal("exact"),
  /** The number, in the unit's base (a money amount in whole currency units: €2.5 million is 2500000). */
  value: Value,
});

/** A number the article hedges ("some 3,500", "about", "nearly 40%"). */
export const ApproximateQuantitySchema = z.strictObject({
  /** Marks an approximate number. */
  kind: z.literal("approximate"),
  /** The number as given, without the hedge, scaled by its scale word ("an estimated 4.1 million" → 4100000). */
  value: Value,
  /** The hedge as the span writes it ("some", "About", "rund", "plus de"); lower case is accepted too. */
  hedge: LabelSchema,
});

/** A number given as a bound ("more than 200", "at least 12", "up to 50"). */
export const BoundQuantitySchema = z.strictObject({
  /** Marks a bound. */
  kind: z.literal("bound"),
  /** The bounding number. */
  value: Value,
  /** Which side of `value` the true number lies. */
  relation: z.enum(BOUND_RELATIONS),
  /** The words of the bound as the span writes them ("more than", "Up to", "mindestens", "jusqu'à"); lower case is accepted too. */
  hedge: LabelSchema,
});

/** Two numbers the true one lies between ("between 300 and 400"). */
export const RangeQuantitySchema = z.strictObject({
  /** Marks a range. */
  kind: z.literal("range"),
  /** The low end (inclusive); `validateRecord` checks `min <= max`. */
  min: Value,
  /** The high end (inclusive). */
  max: Value,
  /** A hedge on the whole range, when the article gives one ("roughly"). */
  hedge: z.optional(LabelSchema),
});

/**
 * A quantity given in words with no number ("several hundred", "most", "a
 * third", "dozens"), with the bounds a reader can infer, where they can be.
 */
export const VagueQuantitySchema = z.strictObject({
  /** Marks a vague quantity. */
  kind: z.literal("vague"),
  /** The quantity words as the span writes them ("several hundred", "Most", "des centaines"); lower case is accepted too. */
  expression: LabelSchema,
  /** The lowest value the words allow, when it can be inferred ("several hundred" → 300); a limit the words may exclude ("most" → 50, meaning more than half). */
  min: z.optional(Value),
  /** The highest value the words allow, when it can be inferred ("several hundred" → 999). */
  max: z.optional(Value),
});

/**
 * A ratio as the article gives it, without turning it into a percentage:
 * "one in four adults" (1/4), "a quarter" (1/4), "two thirds" (2/3),
 * "twice the price" (2/1), "fewer than one in twenty" (1/20 with the bound
 * `fewer-than`), "nearly a quarter" (1/4 with the hedge "nearly"). Its unit
 * is a `proportion`.
 */
export const RatioQuantitySchema = z.strictObject({
  /** Marks a ratio. */
  kind: z.literal("ratio"),
  /** The part ("one" in "one in four"; 2 in "twice"). */
  numerator: Value,
  /** The whole ("four" in "one in four"; 1 for a multiple such as "twice"); greater than zero. */
  denominator: Value.check(z.positive()),
  /** A hedge or the words of a bound, as the span writes them ("nearly", "fewer than", "fast"). */
  hedge: z.optional(LabelSchema),
  /** With a bound's words in `hedge`: which side of the ratio the true one lies. */
  relation: z.optional(z.enum(BOUND_RELATIONS)),
});

/** A quantity that keeps the article's honesty: exact, approximate, a bound, a range, vague or a ratio. */
export const QuantitySchema = z.discriminatedUnion("kind", [
  ExactQuantitySchema,
  ApproximateQuantitySchema,
  BoundQuantitySchema,
  RangeQuantitySchema,
  VagueQuantitySchema,
  RatioQuantitySchema,
]);

/** A number given without hedging. */
export type ExactQuantity = z.infer<typeof ExactQuantitySchema>;
/** A hedged number. */
export type ApproximateQuantity = z.infer<typeof ApproximateQuantitySchema>;
/** A number given as a bound. */
export type BoundQuantity = z.infer<typeof BoundQuantitySchema>;
/** Two numbers the true one lies between. */
export type RangeQuantity = z.infer<typeof RangeQuantitySchema>;
/** A quantity given in words. */
export type VagueQuantity = z.infer<typeof VagueQuantitySchema>;
/** A ratio: one in four, a quarter, twice. */
export type RatioQuantity = z.infer<typeof RatioQuantitySchema>;
/** A quantity: exact, approximate, a bound, a range, vague or a ratio. */
export type Quantity = z.infer<typeof QuantitySchema>;

/** The kinds of {@link Unit}. */
export const UNIT_KINDS = [
  "count",
  "percent",
  "money",
  "length",
  "area",
  "mass",
  "duration",
  "volume",
  "temperature",
  "magnitude",
  "points",
  "age",
  "proportion",
] as const;

/** The kind of a {@link Unit}. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Units of length. */
export const LENGTH_UNITS = ["m", "km", "mi", "mm", "cm", "ft"] as const;
/** Units of area. */
export const AREA_UNITS = ["m2", "ha", "km2", "sq-mi"] as const;
/** Units of mass (`t` is the metric tonne). */
export const MASS_UNITS = ["kg", "t", "g", "mg", "lb"] as const;
/** Units of volume (`l` is the litre, `m3` the cubic metre, `barrel` the oil barrel of 159 litres). */
export const VOLUME_UNITS = ["ml", "l", "hl", "m3", "barrel"] as const;
/** Units of temperature. */
export const TEMPERATURE_UNITS = ["celsius", "fahrenheit"] as const;
/** Scales of an earthquake's magnitude: `moment` (Mw, what agencies give today), `richter`, or `unspecified` when the article names none. */
export const MAGNITUDE_SCALES = ["moment", "richter", "unspecified"] as const;
/** Units of duration. */
export const DURATION_UNITS = ["second", "minute", "hour", "day", "week", "month", "year"] as const;

/** A unit of length, as `LengthUnitSchema` names it. */
export type LengthUnitName = (typeof LENGTH_UNITS)[number];
/** A unit of area. */
export type AreaUnitName = (typeof AREA_UNITS)[number];
/** A unit of mass. */
export type MassUnitName = (typeof MASS_UNITS)[number];
/** A unit of volume. */
export type VolumeUnitName = (typeof VOLUME_UNITS)[number];
/** A unit of temperature. */
export type TemperatureUnitName = (typeof TEMPERATURE_UNITS)[number];
/** A scale of an earthquake's magnitude. */
export type MagnitudeScale = (typeof MAGNITUDE_SCALES)[number];
/** A unit of duration. */
export type DurationUnitName = (typeof DURATION_UNITS)[number];

/** A count of things or people; `noun` is what is counted, in the plural ("people", "migrants"). */
export const CountUnitSchema = z.strictObject({
  /** Marks a count. */
  kind: z.literal("count"),
  /** What is counted, as a plural English noun ("people", "workers"). */
  noun: LabelSchema,
});

/** A share in percent (0–100 for a part of a whole; changes may exceed that). */
export const PercentUnitSchema = z.strictObject({
  /** Marks a percentage. */
  kind: z.literal("percent"),
});

/** An amount of money in a currency, in whole units of that currency. */
export const MoneyUnitSchema = z.strictObject({
  /** Marks money. */
  kind: z.literal("money"),
  /** The ISO 4217 code of the currency. */
  currency: CurrencyCodeSchema,
});

/** A length. */
export const LengthUnitSchema = z.strictObject({
  /** Marks a length. */
  kind: z.literal("length"),
  /** The unit of length. */
  unit: z.enum(LENGTH_UNITS),
});

/** An area. */
export const AreaUnitSchema = z.strictObject({
  /** Marks an area. */
  kind: z.literal("area"),
  /** The unit of area. */
  unit: z.enum(AREA_UNITS),
});

/** A mass. */
export const MassUnitSchema = z.strictObject({
  /** Marks a mass. */
  kind: z.literal("mass"),
  /** The unit of mass (`t` is the metric tonne). */
  unit: z.enum(MASS_UNITS),
});

/** A span of time ("a year of protests"). */
export const DurationUnitSchema = z.strictObject({
  /** Marks a duration. */
  kind: z.literal("duration"),
  /** The unit of time. */
  unit: z.enum(DURATION_UNITS),
});

/** A volume ("40 litres of rain per square metre"). */
export const VolumeUnitSchema = z.strictObject({
  /** Marks a volume. */
  kind: z.literal("volume"),
  /** The unit of volume. */
  unit: z.enum(VOLUME_UNITS),
});

/** A temperature ("38 °C"). */
export const TemperatureUnitSchema = z.strictObject({
  /** Marks a temperature. */
  kind: z.literal("temperature"),
  /** The scale of the temperature. */
  unit: z.enum(TEMPERATURE_UNITS),
});

/** An earthquake's magnitude ("a magnitude 6.1 quake", "Stärke 5,4"). */
export const MagnitudeUnitSchema = z.strictObject({
  /** Marks a magnitude. */
  kind: z.literal("magnitude"),
  /** The magnitude scale the article gives, or `unspecified`. */
  scale: z.enum(MAGNITUDE_SCALES),
});

/** Points on an index or in a score ("the DAX lost 120 points", "won by 3 points"). */
export const PointsUnitSchema = z.strictObject({
  /** Marks points. */
  kind: z.literal("points"),
  /** What the points are of, in a short phrase ("DAX", "the match"). */
  of: z.optional(LabelSchema),
});

/** A person's age ("aged 54", "54-year-old", "im Alter von 54 Jahren"). */
export const AgeUnitSchema = z.strictObject({
  /** Marks an age. */
  kind: z.literal("age"),
  /** The unit the age is given in; years unless the article says months, weeks or days. */
  unit: z.enum(["year", "month", "week", "day"]),
});

/** A proportion with no dimension: the unit of a `ratio` quantity ("one in four", "twice"). */
export const ProportionUnitSchema = z.strictObject({
  /** Marks a proportion. */
  kind: z.literal("proportion"),
});

/** What a quantity counts or measures. */
export const UnitSchema = z.discriminatedUnion("kind", [
  CountUnitSchema,
  PercentUnitSchema,
  MoneyUnitSchema,
  LengthUnitSchema,
  AreaUnitSchema,
  MassUnitSchema,
  DurationUnitSchema,
  VolumeUnitSchema,
  TemperatureUnitSchema,
  MagnitudeUnitSchema,
  PointsUnitSchema,
  AgeUnitSchema,
  ProportionUnitSchema,
]);

/** What a quantity counts or measures. */
export type Unit = z.infer<typeof UnitSchema>;
