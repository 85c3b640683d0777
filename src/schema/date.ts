import * as z from "zod/mini";
import { PARTIAL_DATE } from "./patterns.js";

/**
 * How much of a date is known, from the form of a {@link PartialDate}:
 * `year` (`2021`), `month` (`2021-08`), `day` (`2021-08-05`) or `time`
 * (`2021-08-05T14:30:00+03:00`).
 */
export const DATE_PRECISIONS = ["year", "month", "day", "time"] as const;

/** How much of a date is known. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date known to the precision the article gives, in ISO 8601 form: a year
 * (`2021`), a month (`2021-08`), a day (`2021-08-05`) or a date-time with its
 * UTC offset (`2021-08-05T14:30:00+03:00`, `…Z`). The precision is the form
 * itself; a year-only date does not stand for January 1st. Days must exist
 * in the calendar (`2021-02-30` is rejected, `2024-02-29` accepted), and a
 * date-time without an offset is rejected because its instant is unknown.
 *
 * @see https://www.iso.org/iso-8601-date-and-time-format.html
 */
export const PartialDateSchema = z.string().check(
  z.regex(PARTIAL_DATE, {
    error: "Expected an ISO 8601 date that exists: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss]±hh:mm (or Z).",
  }),
);

/** A date known to the precision the article gives, in ISO 8601 form. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** The kinds of {@link TimeRef}: a single (partial) date or an interval. */
export const TIME_REF_KINDS = ["date", "interval"] as const;

/** The kind of a {@link TimeRef}. */
export type TimeRefKind = (typeof TIME_REF_KINDS)[number];

/** When something happened, on one (partial) date: "on Thursday" → `2021-08-05`. */
export const DateRefSchema = z.strictObject({
  /** Marks a single date. */
  kind: z.literal("date"),
  /** The date, to the precision the article gives. */
  date: PartialDateSchema,
});

/**
 * When something happened, over an interval whose ends may be open: "this
 * year so far" is `2021` to the publication day, "in recent weeks" has only
 * an end. At least one end is required; `start` must not be after `end`
 * (both checked by `validateRecord`).
 */
export const IntervalRefSchema = z.strictObject({
  /** Marks an interval. */
  kind: z.literal("interval"),
  /** The first date the interval covers; absent when the article leaves it open. */
  start: z.optional(PartialDateSchema),
  /** The last date the interval covers; absent when the article leaves it open. */
  end: z.optional(PartialDateSchema),
});

/** When something happened: one partial date, or an interval with open or partial ends. */
export const TimeRefSchema = z.discriminatedUnion("kind", [DateRefSchema, IntervalRefSchema]);

/** When something happened, on one partial date. */
export type DateRef = z.infer<typeof DateRefSchema>;
/** When something happened, over an interval. */
export type IntervalRef = z.infer<typeof IntervalRefSchema>;
/** When something happened: one partial date, or an interval. */
export type TimeRef = z.infer<typeof TimeRefSchema>;
