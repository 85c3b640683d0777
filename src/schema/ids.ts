import * as z from "zod/mini";
import { RECORD_LIMITS, text } from "./limits.js";

/**
 * An identifier of a fact within one record: an actor, an event, a quote or a
 * statistic. Letters, digits and single separators (`-`, `_`, `.`, `:`),
 * at most 128 characters, so that ids survive URLs, file names and JSON
 * paths: `"lukashenko"`, `"ev-border-closure"`, `"Q42"`.
 */
export const IdSchema = z.string().check(
  z.maxLength(128),
  z.regex(/^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$/, {
    error: "Ids are letters and digits joined by single '-', '_', '.' or ':', such as \"ev-border-closure\".",
  }),
);

/** An identifier of a fact within one record. */
export type Id = z.infer<typeof IdSchema>;

/**
 * A non-empty line of text written by an annotator: a name, a label, a
 * description, of at most 2,000 UTF-16 code units and with no lone
 * surrogate. Leading or trailing white space is rejected, not trimmed, so
 * that what is stored is what was checked.
 */
export const LabelSchema = text(RECORD_LIMITS.textLength, 1).check(
  z.regex(/^(?:\S(?:[\s\S]*\S)?)?$/, { error: "Text must not start or end with white space." }),
);

/** A non-empty line of text written by an annotator. */
export type Label = z.infer<typeof LabelSchema>;

/**
 * An absolute `http` or `https` URI, such as a knowledge-base entry for
 * `sameAs` or the address of an article.
 */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** An absolute `http` or `https` URI. */
export type HttpUrl = z.infer<typeof HttpUrlSchema>;
