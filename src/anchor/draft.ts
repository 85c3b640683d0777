import * as z from "zod/mini";
import { IdSchema } from "../schema/ids.js";
import { RECORD_LIMITS, text } from "../schema/limits.js";
import { type NewsRecord, NewsRecordSchema } from "../schema/record.js";
import { ARTICLE_PARTS, MENTION_FORMS, MentionSpanSchema, TextSpanSchema, VerbatimSpanSchema } from "../schema/span.js";
import { type DraftOf, deriveDraftSchema } from "./derive.js";

/**
 * A stretch of the article's body given by its words instead of offsets,
 * like the W3C Web Annotation `TextQuoteSelector`: the words themselves
 * (`exact`) and, where they occur more than once, some words just before
 * (`prefix`) or after (`suffix`) them, or which occurrence is meant.
 * Words of another part of the article — the headline, the dateline, the
 * byline or a correction note — name it in `part` (and the note's id in
 * `correction`), as a span does; they are then looked for in that part's
 * text only. `anchorRecord` turns it into a span with offsets, or reports
 * why it cannot.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export const TextQuoteSchema = z.strictObject({
  /** The words of the span as the article writes them, without surrounding quotation marks. */
  exact: text(RECORD_LIMITS.bodyLength, 1),
  /** Words just before `exact` in the article, to tell apart two places it occurs; `null` or `""` when not needed. */
  prefix: z.optional(z.nullable(text(RECORD_LIMITS.textLength))),
  /** Words just after `exact` in the article, to tell apart two places it occurs; `null` or `""` when not needed. */
  suffix: z.optional(z.nullable(text(RECORD_LIMITS.textLength))),
  /** Which occurrence of `exact` is meant, counting from 1 in the order of the body, among those that fit `prefix` and `suffix`; `null` when not needed. */
  occurrence: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(RECORD_LIMITS.bodyLength)))),
  /** The part of the article the words stand in: `headline`, `dateline`, `byline` or `correction`; `null` for the body. */
  part: z.optional(z.nullable(z.enum(ARTICLE_PARTS))),
  /** With `part: "correction"`, the id of the correction note the words stand in; `null` otherwise. */
  correction: z.optional(z.nullable(IdSchema)),
});

/** A stretch of the article's body given by its words. */
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** A span of a draft: offsets (a {@link TextSpan}) or a {@link TextQuote}. */
export const DraftSpanSchema = z.union([TextSpanSchema, TextQuoteSchema]);

/** A span of a draft: offsets or words. */
export type DraftSpan = z.infer<typeof DraftSpanSchema>;

/** A verbatim span of a draft: offsets with their words (a `VerbatimSpan`) or a {@link TextQuote}. */
export const DraftVerbatimSpanSchema = z.union([VerbatimSpanSchema, TextQuoteSchema]);

/** A verbatim span of a draft: offsets with their words, or words alone. */
export type DraftVerbatimSpan = z.infer<typeof DraftVerbatimSpanSchema>;

/**
 * A mention of an actor or a place given by its words: a {@link TextQuote}
 * with the mention's `form` (`name`, `alias`, `pronoun` or `description`).
 */
export const MentionQuoteSchema = z.extend(TextQuoteSchema, {
  /** How the words refer: `name` or `alias` (the default), `pronoun` ("she", "er") or `description` ("the minister"); `null` when a name or an alias. */
  form: z.optional(z.nullable(z.enum(MENTION_FORMS))),
});

/** A mention given by its words. */
export type MentionQuote = z.infer<typeof MentionQuoteSchema>;

/** A mention in a draft: offsets (a `MentionSpan`) or a {@link MentionQuote}. */
export const DraftMentionSpanSchema = z.union([MentionSpanSchema, MentionQuoteSchema]);

/** A mention in a draft: offsets or words. */
export type DraftMentionSpan = z.infer<typeof DraftMentionSpanSchema>;

/**
 * A news record as a producer that cannot count offsets gives it: the same
 * model as `NewsRecordSchema`, derived from it, where every span may be a
 * {@link TextQuote} instead of offsets and every optional field may be
 * `null` (as structured-output APIs, which require every field, return it)
 * as well as absent. `anchorRecord` turns a draft into a checked record.
 */
export const DraftRecordSchema = /* @__PURE__ */ deriveDraftSchema(
  NewsRecordSchema,
  /* @__PURE__ */ new Map<z.ZodMiniType, z.ZodMiniType>([
    [TextSpanSchema, DraftSpanSchema],
    [VerbatimSpanSchema, DraftVerbatimSpanSchema],
    [MentionSpanSchema, DraftMentionSpanSchema],
  ]),
) as z.ZodMiniType<DraftRecord>;

/** A news record whose spans may be given by their words. */
export type DraftRecord = DraftOf<NewsRecord, TextQuote>;

let factsRecord: z.ZodMiniType | undefined;

/** The whole record derived with quote-only spans, which {@link DraftFactsSchema} is cut from; built once. */
export function draftFactsRecordSchema(): z.ZodMiniType {
  factsRecord ??= deriveDraftSchema(
    NewsRecordSchema,
    new Map<z.ZodMiniType, z.ZodMiniType>([
      [TextSpanSchema, TextQuoteSchema],
      [VerbatimSpanSchema, TextQuoteSchema],
      [MentionSpanSchema, MentionQuoteSchema],
    ]),
  );
  return factsRecord;
}

/**
 * What an extraction program fills for one article: the facts of a draft
 * record (actors, events, quotes, statistics, provenance) with every span
 * given by its words only, never by offsets. The article is not part of
 * it: the program is given the article's text and should not copy it back;
 * add `schemaVersion` and `article` to make a {@link DraftRecord}. The
 * JSON Schemas for structured-output APIs are generated from this schema.
 */
export const DraftFactsSchema = /* @__PURE__ */ z.omit(draftFactsRecordSchema() as typeof NewsRecordSchema, {
  schemaVersion: true,
  article: true,
}) as unknown as z.ZodMiniType<DraftFacts>;

/** The facts of a draft record, every span given by its words. */
export type DraftFacts = Omit<DraftOf<NewsRecord, TextQuote, false>, "schemaVersion" | "article">;
