/**
 * The quotation marks languages use, each opening mark with the closing
 * marks it pairs with: “ ” and ‘ ’ (English), „ “ and ‚ ‘ (German), « »
 * and ‹ › (French, Spanish), » « and › ‹ (German, Danish), ” ” (Swedish,
 * Finnish), 「 」 and 『 』 (Chinese, Japanese), and straight " and '.
 */
export const QUOTATION_MARKS: Readonly<Record<string, string>> = {
  "\u201C": "\u201D\u201C",
  "\u2018": "\u2019\u2018",
  "\u201E": "\u201C\u201D",
  "\u201A": "\u2018\u2019",
  "\u00AB": "\u00BB",
  "\u2039": "\u203A",
  "\u00BB": "\u00AB\u00BB",
  "\u203A": "\u2039\u203A",
  "\u201D": "\u201D",
  "\u300C": "\u300D",
  "\u300E": "\u300F",
  '"': '"',
  "'": "'",
};

const CLOSING = new Set(Object.values(QUOTATION_MARKS).join(""));
const SPACE = /[\s\u00A0\u202F\u2009]/;
/** Punctuation that may stand between quoted words and their closing mark, or be left out of the span. */
const TRAILING = /[.,;:!?…]/;

/** Why quoted words do not stand between quotation marks. */
export type QuotationProblem = "includes-marks" | "no-opening-mark" | "no-closing-mark" | "marks-do-not-pair";

/**
 * Checks that `[start, end)` of a text is quoted: an opening quotation mark
 * before it and a closing mark that pairs with it after it, with white
 * space (the no-break spaces inside French guillemets) and trailing
 * punctuation allowed between the words and their marks, and the marks
 * themselves outside the span.
 *
 * @param text - The article's body.
 * @param start - The span's start, in UTF-16 code units.
 * @param end - The span's end.
 * @returns `undefined` when the words stand between paired marks, or what is wrong.
 */
export function quotationProblem(text: string, start: number, end: number): QuotationProblem | undefined {
  let before = start - 1;
  while (before >= 0 && SPACE.test(text.charAt(before))) before--;
  let after = end;
  while (after < text.length && (SPACE.test(text.charAt(after)) || TRAILING.test(text.charAt(after)))) after++;
  const opening = text.charAt(before);
  const closing = text.charAt(after);
  const closers = Object.hasOwn(QUOTATION_MARKS, opening) ? QUOTATION_MARKS[opening] : undefined;
  if (closers === undefined) {
    const first = text.charAt(start);
    const last = text.charAt(end - 1);
    return Object.hasOwn(QUOTATION_MARKS, first) && CLOSING.has(last) ? "includes-marks" : "no-opening-mark";
  }
  if (!CLOSING.has(closing)) return "no-closing-mark";
  return closers.includes(closing) ? undefined : "marks-do-not-pair";
}
