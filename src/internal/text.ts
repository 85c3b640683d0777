import type { Article } from "../schema/article.js";
import type { TextSpan } from "../schema/span.js";
import type { ReadonlyDeep } from "./readonly-deep.js";

/** Whether a code unit is an ASCII digit, 0 to 9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a code unit is an ASCII letter, A to Z or a to z. */
export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/**
 * A regular expression made at its first use rather than when its module
 * loads: one with Unicode property escapes (`\p{L}`) costs a fraction of a
 * millisecond to build even if never run, which a short-lived process such
 * as the command line pays for each. The one expression is shared, so the
 * flags must keep it stateless: no `g` or `y`.
 *
 * @param source - The pattern.
 * @param flags - Its flags.
 * @returns A function that gives the one regular expression, made once.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => {
    made ??= new RegExp(source, flags);
    return made;
  };
}

/** A letter, a digit or a mark (`[\p{L}\p{N}\p{M}]`): what a word is made of, as the word-boundary tests read it. */
export const WORD_CHARACTER = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}]`, "u");

/**
 * Whether a code unit is a letter of Latin-1 or Latin Extended-A or -B
 * (U+00C0 to U+024F, less × and ÷): each is a letter (`\p{L}`) and no
 * digit, the letters the languages read write most beside ASCII's. Tests of
 * a character take it before a Unicode property regular expression, which
 * costs a compilation at its first use, as in a short-lived process.
 */
export function isLatinLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/**
 * Whether a code unit is in the General Punctuation block (U+2000 to
 * U+206F: spaces, dashes, quotation marks, the ellipsis): none is a letter,
 * a mark or a number. A shortcut beside {@link isLatinLetter}.
 */
export function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/** The code units JavaScript's `\s` matches. */
export function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether an offset falls between the two halves of a surrogate pair, cutting a character in two. */
export function splitsPair(body: string, offset: number): boolean {
  if (offset <= 0 || offset >= body.length) return false;
  const before = body.charCodeAt(offset - 1);
  const after = body.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Whether a span is a non-empty stretch of the body: `0 <= start < end <= body.length`. */
export function spanInBody(body: string, span: ReadonlyDeep<TextSpan>): boolean {
  return span.start >= 0 && span.start < span.end && span.end <= body.length;
}

/** Whether a span points into the article's body (its `part` is absent or `body`). */
export function inBody(span: ReadonlyDeep<TextSpan>): boolean {
  return span.part === undefined || span.part === "body";
}

/**
 * The text of the article part a span points into: the body, the headline,
 * the dateline, the byline or the text of the correction the span names;
 * `undefined` when the article lacks that part (or that correction).
 */
export function partText(article: ReadonlyDeep<Article>, span: ReadonlyDeep<TextSpan>): string | undefined {
  switch (span.part) {
    case undefined:
    case "body":
      return article.body;
    case "headline":
      return article.headline;
    case "dateline":
      return article.dateline;
    case "byline":
      return article.byline;
    case "correction":
      return article.corrections?.find((correction) => correction.id === span.correction)?.text;
  }
}
