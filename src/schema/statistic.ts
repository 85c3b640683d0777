import * as z from "zod/mini";
import { TimeRefSchema } from "./date.js";
import { IdSchema, LabelSchema } from "./ids.js";
import { PlaceSchema } from "./place.js";
import { QuantitySchema, UnitSchema } from "./quantity.js";
import { TextSpanSchema } from "./span.js";

/**
 * A number the article reports, with its honesty kept: what is measured, how
 * much (exact, hedged, a range or vague), in what unit, over what period and
 * place, who reports it, and where the article says it.
 */
export const StatisticSchema = z.strictObject({
  /** The statistic's id, unique within the record. */
  id: IdSchema,
  /** What is measured, in a short phrase ("people apprehended crossing the border"). */
  measure: LabelSchema,
  /** How much, with the article's hedging kept. */
  quantity: QuantitySchema,
  /** What the quantity counts or measures. */
  unit: UnitSchema,
  /** The id of the actor the number is about (the group counted, the state measured). */
  subject: z.optional(IdSchema),
  /** The period the number covers ("this year so far"). */
  period: z.optional(TimeRefSchema),
  /** The place the number covers. */
  place: z.optional(PlaceSchema),
  /** The id of the actor the article gives as the number's source. */
  reportedBy: z.optional(IdSchema),
  /** Where the article gives the quantity: its hedge, number and any unit joined to it ("some 3,500", "680-kilometre"). */
  span: z.optional(TextSpanSchema),
});

/** A number the article reports, with its hedging, unit, period, place and source. */
export type Statistic = z.infer<typeof StatisticSchema>;
