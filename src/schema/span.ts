import * as z from "zod/mini";
import { IdSchema } from "./ids.js";
import { RECORD_LIMITS, text } from "./limits.js";

/**
 * The parts of an article a span can point into: the `body` (the default),
 * the `headline`, the `dateline` ("LIMA"), the `byline` and the text of a
 * `correction` note. Each is a field of the {@link Article}.
 */
export const ARTICLE_PARTS = ["body", "headline", "dateline", "byline", "correction"] as const;

/** A part of an article a span can point into. */
export type ArticlePart = (typeof ARTICLE_PARTS)[number];

const Offset = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

/**
 * A stretch of the article's text (the body, unless `part` says otherwise): half-open `[start, end)` offsets counted
 * in **UTF-16 code units** (the unit of JavaScript's `String.prototype.slice`
 * and `length`), like the W3C Web Annotation `TextPositionSelector`.
 * `validateRecord` checks `0 <= start < end <= body.length`, and that
 * `exact`, when given, is the text `body.slice(start, end)`.
 *
 * A span points into the body unless `part` names another part of the
 * article: the headline, the dateline, the byline or a correction note
 * (with `correction`, the note's id); offsets then count from the start of
 * that text.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */
export const TextSpanSchema = z.strictObject({
  /** Offset of the first code unit, counted in UTF-16 code units from the start of the text `part` names (`article.body` by default). */
  start: Offset,
  /** Offset just past the last code unit (exclusive), in UTF-16 code units. */
  end: Offset,
  /** The text found at `[start, end)` of that part; when given, it must match it exactly. */
  exact: z.optional(text(RECORD_LIMITS.bodyLength, 1)),
  /** The part of the article the offsets count into: `body` when absent; `headline`, `dateline`, `byline` or `correction`. */
  part: z.optional(z.enum(ARTICLE_PARTS)),
  /** With `part: "correction"`, the id of the correction note (in `article.corrections`) the span points into. */
  correction: z.optional(IdSchema),
});

/** A half-open `[start, end)` stretch of the article's body (or of the part `part` names), in UTF-16 code units. */
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * A span whose words are given verbatim: the words of a direct quotation or
 * of a quoted fragment. `exact` is required, so that grounding can prove the
 * words stand in the body where the span says.
 */
export const VerbatimSpanSchema = z.extend(TextSpanSchema, {
  /** The quoted words exactly as the body has them, without the quotation marks. */
  exact: text(RECORD_LIMITS.bodyLength, 1),
});

/** A span whose words are given verbatim in `exact`. */
export type VerbatimSpan = z.infer<typeof VerbatimSpanSchema>;

/**
 * How a mention refers to its actor or place: by its `name`, by an `alias`
 * (both checked against the names the record gives), by a `pronoun` ("she",
 * "er", "elle", "ella"; checked against the language's pronouns) or by a
 * `description` ("the minister", "die Brücke", "the move"; its `exact` words
 * are what is compared). A mention without `form` is a name or an alias.
 * Pronoun and description mentions record coreference without becoming
 * names: `findActorByName` never answers them.
 */
export const MENTION_FORMS = ["name", "alias", "pronoun", "description"] as const;

/** How a mention refers to its actor or place. */
export type MentionForm = (typeof MENTION_FORMS)[number];

/** A span where the article mentions an actor or a place, and how it refers to it. */
export const MentionSpanSchema = z.extend(TextSpanSchema, {
  /** How the words refer: `name` or `alias` (the default), `pronoun` or `description`. */
  form: z.optional(z.enum(MENTION_FORMS)),
});

/** A span where the article mentions an actor or a place. */
export type MentionSpan = z.infer<typeof MentionSpanSchema>;
