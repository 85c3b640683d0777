import * as z from "zod/mini";
import { PartialDateSchema } from "./date.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { RECORD_LIMITS, text } from "./limits.js";

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

/** The article a record breaks down: its metadata and the body every span points into. */
export const ArticleSchema = z.strictObject({
  /** The article's id; it also names the record. */
  id: IdSchema,
  /** The headline, when the source has one. */
  headline: z.optional(LabelSchema),
  /** When the article was published, to the precision known. */
  publishedAt: PartialDateSchema,
  /** The language of the body, as a BCP 47 tag. */
  language: LanguageTagSchema,
  /** The name of the publisher, when known. */
  publisher: z.optional(LabelSchema),
  /** The article's address, when known. */
  url: z.optional(HttpUrlSchema),
  /** The text of the article, at most 1,000,000 UTF-16 code units; every span is a UTF-16 offset range into it. */
  body: text(RECORD_LIMITS.bodyLength, 1),
});

/** The article a record breaks down. */
export type Article = z.infer<typeof ArticleSchema>;
