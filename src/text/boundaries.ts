import {
  isAsciiDigit,
  isAsciiLetter,
  isGeneralPunctuation,
  isLatinLetter,
  lazyRegExp,
  WORD_CHARACTER,
} from "../internal/text.js";

const UNSPACED = lazyRegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`,
  "u",
);
const DIGIT = lazyRegExp(String.raw`\p{Nd}`, "u");
const NUMBER_MARK = /[.,'’\u00A0\u202F]/;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(language: string): Intl.Segmenter | undefined {
  let found = segmenters.get(language);
  if (found === undefined) {
    try {
      found = new Intl.Segmenter(language, { granularity: "word" });
    } catch {
      found = null;
    }
    segmenters.set(language, found);
  }
  return found ?? undefined;
}

/** The ASCII characters of `NUMBER_MARK`. */
function isAsciiMark(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x27;
}

/** The ASCII characters of `WORD_CHARACTER`: letters and digits. */
function isAsciiWordChar(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/**
 * Whether a code unit is neither a word character nor a number mark, so
 * that no word or number is cut next to it: ASCII white space and
 * punctuation other than `.` `,` `'`, and the common quotation marks,
 * dashes and ellipsis of the languages read (“ ” „ ‘ « » ‹ › – — …; not ’,
 * which joins digits as "1’000").
 */
function isPlainSeparator(code: number): boolean {
  if (code < 0x80) return !isAsciiWordChar(code) && !isAsciiMark(code);
  return (
    (code >= 0x2010 && code <= 0x2018) ||
    (code >= 0x201a && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a
  );
}

// The tests of one character below answer ASCII, Latin letters and General
// Punctuation without their regular expression, whose Unicode tables take a
// compilation at first use: a first record's grounding then compiles none.

/** `DIGIT().test(char)`. */
function isDigitChar(char: string): boolean {
  const code = char.charCodeAt(0);
  // Past either end of the text, `char` is "" and `code` NaN: no digit, and no expression built to say so.
  if (!(code >= 0x80)) return isAsciiDigit(code);
  return !isLatinLetter(code) && !isGeneralPunctuation(code) && DIGIT().test(char);
}

/** `WORD_CHARACTER().test(char)`. */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (!(code >= 0x80)) return isAsciiWordChar(code);
  return isLatinLetter(code) || (!isGeneralPunctuation(code) && WORD_CHARACTER().test(char));
}

/** `UNSPACED().test(char)`: no script written without spaces has a character below U+0E00 (Thai's block). */
function isUnspacedChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x0e00 && !isGeneralPunctuation(code) && UNSPACED().test(char);
}

/** The whole character (one or two code units) that ends just before `offset`. */
function charBefore(text: string, offset: number): string {
  const code = text.charCodeAt(offset - 1);
  return code >= 0xdc00 && code <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text.charAt(offset - 1);
}

/** The whole character that starts at `offset`. */
function charAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Whether an offset falls inside a word of a text, so that a span starting
 * or ending there cuts the word: "Chile" in "Chilean", "300" in "3000" or
 * in "3,000". Between two letters of a script written without spaces
 * (Chinese, Japanese, Thai…), `Intl.Segmenter` decides where words end.
 *
 * @param text - The text, typically an article's body.
 * @param offset - An offset in UTF-16 code units.
 * @param language - The text's BCP 47 language tag, for the segmenter.
 * @returns `true` when the offset lies inside a word or a number.
 */
export function insideWord(text: string, offset: number, language: string): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const b = text.charCodeAt(offset - 1);
  const a = text.charCodeAt(offset);
  // Between two ASCII characters no script without spaces is involved: decide without regular expressions.
  if (b < 0x80 && a < 0x80) {
    if (isAsciiDigit(b) && isAsciiMark(a) && isDigitChar(text.charAt(offset + 1))) return true;
    if (isAsciiMark(b) && isAsciiDigit(a) && isDigitChar(text.charAt(offset - 2))) return true;
    return isAsciiWordChar(b) && isAsciiWordChar(a);
  }
  // A quotation mark, a dash or a space on either side: no regular expression needed either.
  if (isPlainSeparator(b) || isPlainSeparator(a)) return false;
  const before = charBefore(text, offset);
  const after = charAt(text, offset);
  // A number's marks join its digits: "3,500", "15.000", "12 700".
  if (isDigitChar(before) && NUMBER_MARK.test(after) && isDigitChar(text.charAt(offset + 1))) return true;
  if (NUMBER_MARK.test(before) && isDigitChar(after) && isDigitChar(text.charAt(offset - 2))) return true;
  if (!isWordChar(before) || !isWordChar(after)) return false;
  if (!isUnspacedChar(before) && !isUnspacedChar(after)) return true;
  const words = segmenter(language);
  if (words === undefined) return true;
  const from = Math.max(0, offset - 32);
  const window = text.slice(from, Math.min(text.length, offset + 32));
  for (const segment of words.segment(window)) {
    if (from + segment.index === offset) return false;
    if (from + segment.index > offset) break;
  }
  return true;
}
