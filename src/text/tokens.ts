/**
 * Splitting a text into the tokens numbers are read from, in one pass over
 * its code units: what the regular expression
 * `/(\d+(?:[.,'’]\d+|[ \u00A0\u202F\u2009]\d{3}(?!\d))*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*\.?)|([^\s])/gu`
 * matches, without building a match array per token.
 *
 * @module
 */
import {
  isAsciiDigit,
  isAsciiLetter,
  isGeneralPunctuation,
  isLatinLetter,
  isSpace,
  lazyRegExp,
} from "../internal/text.js";

/** A token of a text: a run of digits with its marks, a word, or one other character. */
export interface Token {
  readonly kind: "digits" | "word" | "other";
  /** The token's text; words lower case with straight apostrophes. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LETTER_OR_MARK = lazyRegExp(String.raw`^[\p{L}\p{M}]$`, "u");

/** The length in code units of the character at `at`: 2 for a surrogate pair, else 1. */
function charLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The length of the letter or mark (`\p{L}`, `\p{M}`) at `at`, or 0 when there is none. */
function letterLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0;
  if (isLatinLetter(code)) return 1;
  if (isGeneralPunctuation(code)) return 0;
  const length = charLength(text, at);
  return LETTER_OR_MARK().test(text.slice(at, at + length)) ? length : 0;
}

/** The end of a run of letters and marks that starts at `at`. */
function letterRun(text: string, at: number): number {
  let end = at;
  for (let length = letterLength(text, end); length > 0; length = letterLength(text, end)) end += length;
  return end;
}

/** The end of a run of ASCII digits that starts at `at`. */
function digitRun(text: string, at: number): number {
  let end = at;
  while (isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Whether a code unit groups thousands in a number: a space, a no-break space, a narrow one or a thin one. */
function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** Whether a code unit is an apostrophe words may hold: straight or typographic. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** The end of a number's digits and marks that starts with a digit at `at`: "3,500", "4.2", "12 700". */
function numberEnd(text: string, at: number): number {
  let end = digitRun(text, at);
  for (;;) {
    const code = text.charCodeAt(end);
    if ((code === 0x2e || code === 0x2c || isApostrophe(code)) && isAsciiDigit(text.charCodeAt(end + 1))) {
      end = digitRun(text, end + 1);
    } else if (
      isGroupSpace(code) &&
      isAsciiDigit(text.charCodeAt(end + 1)) &&
      isAsciiDigit(text.charCodeAt(end + 2)) &&
      isAsciiDigit(text.charCodeAt(end + 3)) &&
      !isAsciiDigit(text.charCodeAt(end + 4))
    ) {
      end += 4;
    } else {
      return end;
    }
  }
}

/** The end of a word that starts with a letter or mark at `at`: "l’an", "vingt", "Mio.". */
function wordEnd(text: string, at: number): number {
  let end = letterRun(text, at);
  while (isApostrophe(text.charCodeAt(end)) && letterLength(text, end + 1) > 0) end = letterRun(text, end + 1);
  return text.charCodeAt(end) === 0x2e ? end + 1 : end;
}

/**
 * Splits a text into runs of digits (with the marks that group and divide
 * them: "3,500", "4,2", "12 700"), words (letters and marks, joined by
 * apostrophes, with a full stop that may end an abbreviation: "Mio.") and
 * single other characters, skipping white space, with their offsets.
 * Words are given lower case with straight apostrophes.
 *
 * @param text - The text to split, typically a statistic's span.
 * @returns The tokens, in text order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isAsciiDigit(code)) {
      const end = numberEnd(text, at);
      tokens.push({ kind: "digits", text: text.slice(at, end), start: at, end });
      at = end;
    } else if (letterLength(text, at) > 0) {
      const end = wordEnd(text, at);
      const word = text.slice(at, end);
      const lower = word.toLowerCase();
      const folded = lower.indexOf("\u2019") < 0 ? lower : lower.replaceAll("\u2019", "'");
      tokens.push({ kind: "word", text: folded, start: at, end });
      at = end;
    } else if (isSpace(code)) {
      at++;
    } else {
      const end = at + charLength(text, at);
      tokens.push({ kind: "other", text: text.slice(at, end), start: at, end });
      at = end;
    }
  }
  return tokens;
}
