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
 * The characters a label may not start or end with, as the body of a regex
 * character class: ECMAScript's `\s` (Unicode's White_Space, and U+FEFF)
 * and U+0085 (NEXT LINE), written out so that the class means the same in
 * every regex dialect (Python's `\s` adds U+001C to U+001F, Go's has only
 * ASCII). The characters are literal, not `\u` escapes, which Go rejects.
 */
export const WHITE_SPACE = "\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Text that does not start or end with {@link WHITE_SPACE}. */
export const LABEL_EDGES = new RegExp(`^(?:[^${WHITE_SPACE}](?:[\\s\\S]*[^${WHITE_SPACE}])?)?$`);

/**
 * A non-empty line of text written by an annotator: a name, a label, a
 * description, of at most 2,000 UTF-16 code units and with no lone
 * surrogate. Leading or trailing white space is rejected, not trimmed, so
 * that what is stored is what was checked.
 */
export const LabelSchema = text(RECORD_LIMITS.textLength, 1).check(
  z.regex(LABEL_EDGES, { error: "Text must not start or end with white space." }),
);

/** A non-empty line of text written by an annotator. */
export type Label = z.infer<typeof LabelSchema>;

// RFC 3986 with the scheme `http` or `https`, a DNS name as host, an optional
// port up to 65535, and percent-encoded paths, queries and fragments. A regex
// rather than `z.url()`, whose WHATWG parser and JSON Schema's `format: "uri"`
// disagree (on spaces, bare `%`, ports): one pattern reads the same in zod
// and in every JSON Schema validator, in the dialect every regex engine
// shares (no `\d`, no lookaround). The host's length, which that dialect
// cannot bound, is a separate check.
export const HTTP_URL =
  /^https?:\/\/(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}(?::(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/** The longest host name DNS allows, in characters. */
const MAX_HOST_LENGTH = 253;

/** Whether the host of a URL that matches {@link HTTP_URL} is at most {@link MAX_HOST_LENGTH} characters. */
function hasShortHost(url: string): boolean {
  const start = url.indexOf("//") + 2;
  const end = url.slice(start).search(/[/?#:]|$/);
  return end <= MAX_HOST_LENGTH;
}

/**
 * An absolute `http` or `https` URI, such as a knowledge-base entry for
 * `sameAs` or the address of an article: a DNS host name (no user info, no IP
 * address), an optional port, and a path, query and fragment already
 * percent-encoded as RFC 3986 requires (`%20`, not a space).
 *
 * @see https://www.rfc-editor.org/rfc/rfc3986
 */
export const HttpUrlSchema = z.string().check(
  z.regex(HTTP_URL, {
    error:
      'Expected an absolute http(s) URI with a domain name, percent-encoded, such as "https://www.wikidata.org/wiki/Q184".',
    abort: true,
  }),
  z.check<string>((ctx) => {
    if (hasShortHost(ctx.value)) return;
    ctx.issues.push({
      code: "invalid_format",
      format: "regex",
      input: ctx.value,
      message: `A host name has at most ${MAX_HOST_LENGTH} characters.`,
    });
  }),
);

/** An absolute `http` or `https` URI. */
export type HttpUrl = z.infer<typeof HttpUrlSchema>;
