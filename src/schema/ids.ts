import * as z from "zod/mini";
import { RECORD_LIMITS, text } from "./limits.js";
import { ID_PATTERN, LABEL_EDGES } from "./patterns.js";
import { HOST_TOO_LONG, hasShortHost, MAX_HOST_LENGTH } from "./url-host.js";

/**
 * An identifier of a fact within one record: an actor, an event, a quote or a
 * statistic. Letters, digits and single separators (`-`, `_`, `.`, `:`),
 * at most 128 characters, so that ids survive URLs, file names and JSON
 * paths: `"lukashenko"`, `"ev-border-closure"`, `"Q42"`.
 */
export const IdSchema = z.string().check(
  z.maxLength(128),
  z.regex(ID_PATTERN, {
    error: "Ids are letters and digits joined by single '-', '_', '.' or ':', such as \"ev-border-closure\".",
  }),
);

/** An identifier of a fact within one record. */
export type Id = z.infer<typeof IdSchema>;

export { LABEL_EDGES, WHITE_SPACE } from "./patterns.js";

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
  z.check<string>(
    (ctx) => {
      if (hasShortHost(ctx.value)) return;
      ctx.issues.push({
        code: "invalid_format",
        format: "regex",
        input: ctx.value,
        message: HOST_TOO_LONG,
      });
    },
    // Names the check for the shape checker generated at build time, which cannot read a function.
    { params: { shapeCheck: "short-host", maximum: MAX_HOST_LENGTH, message: HOST_TOO_LONG } },
  ),
);

/** An absolute `http` or `https` URI. */
export type HttpUrl = z.infer<typeof HttpUrlSchema>;
