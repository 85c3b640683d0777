// The regular expressions of the schemas that the shape checker generated at
// build time replaces with loops (src/validation/shape-runtime.ts), apart from
// zod so that the checker can name them without loading the schemas.

/** The letters, digits and single separators of an id (see `IdSchema`). */
export const ID_PATTERN = /^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$/;

// Matches text with no lone surrogate. Unrolled so that it runs in linear
// time with a constant stack, with or without the `u` flag.
export const WELL_FORMED = /^[^\uD800-\uDFFF]*(?:[\uD800-\uDBFF][\uDC00-\uDFFF][^\uD800-\uDFFF]*)*$/;

/**
 * The characters a label may not start or end with, as the body of a regex
 * character class: ECMAScript's `\s` (Unicode's White_Space, and U+FEFF)
 * and U+0085 (NEXT LINE), written out so that the class means the same in
 * every regex dialect (Python's `\s` adds U+001C to U+001F, Go's has only
 * ASCII). The characters are literal, not `\u` escapes, which Go rejects.
 */
export const WHITE_SPACE = "\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Text that does not start or end with {@link WHITE_SPACE}. */
export const LABEL_EDGES = new RegExp(`^(?:[^${WHITE_SPACE}](?:[\\s\\S]*[^${WHITE_SPACE}])?)?$`);

// A day that exists in the Gregorian calendar: February 29th in leap years only.
const DAY =
  "(?:(?:[0-9][0-9][2468][048]|[0-9][0-9][13579][26]|[0-9][0-9]0[48]|[02468][048]00|[13579][26]00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))";
// A time of day with its UTC offset.
const TIME =
  "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";

/** A year, a month, a day, or a day and a time with its offset, in ISO 8601 form (see `PartialDateSchema`). */
export const PARTIAL_DATE = new RegExp(`^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|${DAY}(?:${TIME})?)$`);
