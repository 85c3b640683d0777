import * as z from "zod/mini";
import { PartialDateSchema } from "./date.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { list, RECORD_LIMITS, text } from "./limits.js";

/**
 * A BCP 47 language tag in its usual case (`en`, `en-GB`, `zh-Hant-TW`,
 * `sr-Latn`): a language subtag, then an optional script, region and variants.
 *
 * @see https://www.rfc-editor.org/info/bcp47
 */
export const LanguageTagSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/, {
    error: 'Expected a BCP 47 language tag such as "en", "en-GB" or "sr-Latn".',
  }),
);

/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof LanguageTagSchema>;

/**
 * A correction the publisher appended to the article: when, what it says,
 * and which of the record's facts it changes. Spans point into its text
 * with `part: "correction"` and `correction: id`.
 */
export const CorrectionSchema = z.strictObject({
  /** The correction's id, unique within the record. */
  id: IdSchema,
  /** When the correction was published, when the article says. */
  date: z.optional(PartialDateSchema),
  /** The correction note as the article prints it. */
  text: text(RECORD_LIMITS.textLength, 1),
  /** Ids of the record's facts (events, statistics, quotes, actors, places) that the correction changes. */
  changes: z.optional(list(IdSchema)),
});

/** A correction appended to the article. */
export type Correction = z.infer<typeof CorrectionSchema>;

/** The article a record breaks down: its metadata and the body every span points into. */
export const ArticleSchema = z.strictObject({
  /** The article's id; it also names the record. */
  id: IdSchema,
  /** The headline, when the source has one; spans with `part: "headline"` point into it. */
  headline: z.optional(LabelSchema),
  /** When the article was published, to the precision known; absent when unknown (dates are then not compared with it). */
  publishedAt: z.optional(PartialDateSchema),
  /** When the article was last changed, when known; not before `publishedAt`. */
  dateModified: z.optional(PartialDateSchema),
  /** The language of the body, as a BCP 47 tag. */
  language: LanguageTagSchema,
  /** The name of the publisher, when known. */
  publisher: z.optional(LabelSchema),
  /** The article's address, when known. */
  url: z.optional(HttpUrlSchema),
  /** The news agencies that wrote the story, when it is wire copy ("Reuters", "AFP", "ats"), apart from the `publisher` that published it. */
  agencies: z.optional(list(LabelSchema)),
  /** The authors' names, as credited. */
  authors: z.optional(list(LabelSchema)),
  /** The byline as printed ("By Anna Berger and Luis Soto"); spans with `part: "byline"` point into it. */
  byline: z.optional(LabelSchema),
  /** The dateline as printed ("LIMA", "BERLIN (dpa)"); spans with `part: "dateline"` point into it. */
  dateline: z.optional(LabelSchema),
  /** The address of the article's main image, for those who publish JSON-LD. */
  image: z.optional(HttpUrlSchema),
  /** Corrections the publisher appended, in the order printed. */
  corrections: z.optional(list(CorrectionSchema)),
  /** The text of the article, at most 1,000,000 UTF-16 code units; every span is a UTF-16 offset range into it. */
  body: text(RECORD_LIMITS.bodyLength, 1),
});

/** The article a record breaks down. */
export type Article = z.infer<typeof ArticleSchema>;
