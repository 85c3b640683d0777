import * as z from "zod/mini";
import { TimeRefSchema } from "./date.js";
import { IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { PlaceSchema } from "./place.js";
import { DURATION_UNITS, QuantitySchema, UnitSchema } from "./quantity.js";
import { TextSpanSchema } from "./span.js";

/**
 * Something the article names in a phrase rather than as a fact of the
 * record: what a share is of ("of its members"), what a change is compared
 * with ("compared with the control group"). `text` is the article's words;
 * `actor` links the phrase to an actor when it is one.
 */
export const PhraseSchema = z.strictObject({
  /** The article's words, in its language ("its members", "der Kontrollgruppe"). */
  text: LabelSchema,
  /** The id of the actor the phrase names, when it names one. */
  actor: z.optional(IdSchema),
  /** Where the article writes the phrase; its words must be `text`. */
  span: z.optional(TextSpanSchema),
});

/** Something the article names in a phrase. */
export type Phrase = z.infer<typeof PhraseSchema>;

/** The kinds of {@link Rate}: per unit of time or per item. */
export const RATE_KINDS = ["time", "item"] as const;

/** The kind of a {@link Rate}. */
export type RateKind = (typeof RATE_KINDS)[number];

/** A quantity per unit of time ("€1.8 million a month", "15.000 Pendler täglich"). */
export const TimeRateSchema = z.strictObject({
  /** Marks a rate per unit of time. */
  kind: z.literal("time"),
  /** The unit of time: `month` for "a month", "monatlich", "par mois", "al mes". */
  unit: z.enum(DURATION_UNITS),
  /** Where the article gives the rate's words ("a month", "täglich"), when they stand apart from the quantity's span. */
  span: z.optional(TextSpanSchema),
});

/** A quantity per item ("$3 to $5 a tablet", "per capita", "pro Kopf", "par habitant"). */
export const ItemRateSchema = z.strictObject({
  /** Marks a rate per item. */
  kind: z.literal("item"),
  /** The item, as an English singular noun ("tablet", "person", "share"). */
  noun: LabelSchema,
  /** Where the article gives the rate's words ("a tablet", "pro Kopf"), when they stand apart from the quantity's span. */
  span: z.optional(TextSpanSchema),
});

/** What a quantity is given per: a unit of time or an item. */
export const RateSchema = z.discriminatedUnion("kind", [TimeRateSchema, ItemRateSchema]);

/** A rate per unit of time. */
export type TimeRate = z.infer<typeof TimeRateSchema>;
/** A rate per item. */
export type ItemRate = z.infer<typeof ItemRateSchema>;
/** What a quantity is given per. */
export type Rate = z.infer<typeof RateSchema>;

/** Which way a change goes: up ("rose", "gestiegen", "hausse"), down ("fell", "cut", "baisse") or not at all ("unchanged"). */
export const CHANGE_DIRECTIONS = ["increase", "decrease", "unchanged"] as const;

/** Which way a change goes. */
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/**
 * A statistic that is a change: "up 9% from last year", "rose 3.1% to 95
 * rand", "cut deaths by 58% compared with the control group", "fell by a
 * quarter". The statistic's quantity is the size of the change, always
 * positive; the direction says which way. The baseline is a period
 * (`since`), a value (`from`, another statistic) or a comparison group
 * (`comparedWith`); `to` is the level reached.
 */
export const ChangeSchema = z.strictObject({
  /** Which way the change goes. */
  direction: z.enum(CHANGE_DIRECTIONS),
  /** Where the article gives the direction's words ("rose", "fell by", "cut"), when they stand outside the statistic's span. */
  span: z.optional(TextSpanSchema),
  /** The period the change is measured from ("from last year": 2025). */
  since: z.optional(TimeRefSchema),
  /** The id of the statistic that gives the value before the change. */
  from: z.optional(IdSchema),
  /** The id of the statistic that gives the level after the change ("to 95 rand"). */
  to: z.optional(IdSchema),
  /** What the change is measured against, when it is a group rather than a time ("compared with the control group"). */
  comparedWith: z.optional(PhraseSchema),
});

/** A change: its direction and what it is measured against. */
export type Change = z.infer<typeof ChangeSchema>;

/** The kinds of {@link Uncertainty}: a confidence interval or a margin of error. */
export const UNCERTAINTY_KINDS = ["interval", "margin"] as const;

/** The kind of an {@link Uncertainty}. */
export type UncertaintyKind = (typeof UNCERTAINTY_KINDS)[number];

const Level = z.number().check(z.gt(0), z.lt(100));

/** A confidence interval the article gives ("58% (95% CI 49% to 66%)"), in the statistic's unit. */
export const IntervalUncertaintySchema = z.strictObject({
  /** Marks a confidence interval. */
  kind: z.literal("interval"),
  /** The interval's low end. */
  min: z.number(),
  /** The interval's high end. */
  max: z.number(),
  /** The confidence level in percent (95 for "95% CI"), when given. */
  level: z.optional(Level),
  /** Where the article gives the interval. */
  span: z.optional(TextSpanSchema),
});

/** A margin of error the article gives ("plus or minus 3 percentage points"), in the statistic's unit. */
export const MarginUncertaintySchema = z.strictObject({
  /** Marks a margin of error. */
  kind: z.literal("margin"),
  /** The margin, on either side of the value. */
  value: z.number().check(z.positive()),
  /** The confidence level in percent, when given. */
  level: z.optional(Level),
  /** Where the article gives the margin. */
  span: z.optional(TextSpanSchema),
});

/** How uncertain a measured number is: a confidence interval or a margin of error. */
export const UncertaintySchema = z.discriminatedUnion("kind", [IntervalUncertaintySchema, MarginUncertaintySchema]);

/** A confidence interval. */
export type IntervalUncertainty = z.infer<typeof IntervalUncertaintySchema>;
/** A margin of error. */
export type MarginUncertainty = z.infer<typeof MarginUncertaintySchema>;
/** How uncertain a measured number is. */
export type Uncertainty = z.infer<typeof UncertaintySchema>;

/**
 * What kind of figure a statistic is, when it is not a count or a
 * measurement of what happened: an `estimate` ("an estimated"), a
 * `preliminary` figure ("a preliminary count"), a `forecast` ("could
 * reach", "voraussichtlich"), a `projection` of a model or a `target` set
 * by someone ("aims to cut"). A forecast, projection or target may cover a
 * period after publication.
 */
export const ESTIMATE_KINDS = ["estimate", "preliminary", "forecast", "projection", "target"] as const;

/** What kind of figure a statistic is. */
export type EstimateKind = (typeof ESTIMATE_KINDS)[number];

/** Marks a statistic as an estimate, preliminary figure, forecast, projection or target, with the article's words for it. */
export const EstimateSchema = z.strictObject({
  /** What kind of figure the statistic is. */
  kind: z.enum(ESTIMATE_KINDS),
  /** The article's words that say so, as written ("an estimated", "voraussichtlich", "could reach"). */
  words: LabelSchema,
  /** Where the words stand, when outside the statistic's span. */
  span: z.optional(TextSpanSchema),
});

/** Marks a statistic as an estimate, forecast or the like. */
export type Estimate = z.infer<typeof EstimateSchema>;

/**
 * How one statistic relates to another: it is a `part-of` it (a subtotal of
 * a total), a `change-in` it (the change of a level), a `conversion-of` it
 * (the same amount in another currency, added by the newsroom: "(2.1
 * billion francs)") or `compared-with` it.
 */
export const STATISTIC_RELATIONS = ["part-of", "change-in", "conversion-of", "compared-with"] as const;

/** How one statistic relates to another. */
export type StatisticRelation = (typeof STATISTIC_RELATIONS)[number];

/** A link from a statistic to another statistic of the record. */
export const StatisticLinkSchema = z.strictObject({
  /** How this statistic relates to the other. */
  relation: z.enum(STATISTIC_RELATIONS),
  /** The id of the other statistic. */
  statistic: IdSchema,
});

/** A link from a statistic to another. */
export type StatisticLink = z.infer<typeof StatisticLinkSchema>;

/**
 * A number the article reports, with its honesty kept: what is measured, how
 * much (exact, hedged, a range, vague or a ratio), in what unit and per
 * what, over what period and place, of what whole, as a change or an
 * estimate, with what uncertainty, who reports it, and where the article
 * says it.
 */
export const StatisticSchema = z.strictObject({
  /** The statistic's id, unique within the record. */
  id: IdSchema,
  /** What is measured, in a short phrase ("people apprehended crossing the border"), in English or the article's language. */
  measure: LabelSchema,
  /** How much, with the article's hedging kept; for a change, its size (never negative: the direction is in `change`). */
  quantity: QuantitySchema,
  /** What the quantity counts or measures. */
  unit: UnitSchema,
  /** What the quantity is given per: a unit of time ("a month") or an item ("a tablet", "per capita"). */
  per: z.optional(RateSchema),
  /** Set when the statistic is a change: its direction and baseline. */
  change: z.optional(ChangeSchema),
  /** What a share or count is of, when the article says ("nearly 30% of its members"). */
  of: z.optional(PhraseSchema),
  /** A confidence interval or margin of error the article gives. */
  uncertainty: z.optional(UncertaintySchema),
  /** Set when the figure is an estimate, preliminary, a forecast, a projection or a target. */
  estimate: z.optional(EstimateSchema),
  /** The id of the actor the number is about (the group counted, the state measured). */
  subject: z.optional(IdSchema),
  /** The period the number covers ("this year so far"). */
  period: z.optional(TimeRefSchema),
  /** The place the number covers. */
  place: z.optional(PlaceSchema),
  /** The id of the actor the article gives as the number's source. */
  reportedBy: z.optional(IdSchema),
  /** The id of the quote (a statement, an interview) that gives the number. */
  reportedIn: z.optional(IdSchema),
  /** Links to other statistics: a part of, a change in, a conversion of, or compared with. */
  related: z.optional(list(StatisticLinkSchema)),
  /** Where the article gives the quantity: its hedge, number and any unit joined to it ("some 3,500", "680-kilometre"). */
  span: z.optional(TextSpanSchema),
});

/** A number the article reports, with its hedging, unit, rate, change, period, place and source. */
export type Statistic = z.infer<typeof StatisticSchema>;
