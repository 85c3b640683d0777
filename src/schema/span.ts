import * as z from "zod/mini";
import { RECORD_LIMITS, text } from "./limits.js";

const Offset = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

/**
 * A stretch of the article's body: half-open `[start, end)` offsets counted
 * in **UTF-16 code units** (the unit of JavaScript's `String.prototype.slice`
 * and `length`), like the W3C Web Annotation `TextPositionSelector`.
 * `validateRecord` checks `0 <= start < end <= body.length`, and that
 * `exact`, when given, is the text `body.slice(start, end)`.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */
export const TextSpanSchema = z.strictObject({
  /** Offset of the first code unit, counted in UTF-16 code units from the start of `article.body`. */
  start: Offset,
  /** Offset just past the last code unit (exclusive), in UTF-16 code units. */
  end: Offset,
  /** The text found at `[start, end)`; when given, it must match the body exactly. */
  exact: z.optional(text(RECORD_LIMITS.bodyLength, 1)),
});

/** A half-open `[start, end)` stretch of `article.body`, in UTF-16 code units. */
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
