import { isSpace } from "../internal/text.js";

/** Characters that typeset the same thing differently, mapped to their plain form. */
const VARIANTS: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "\u0060": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00AD": "",
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(VARIANTS).join("")}]`, "g");

/**
 * Maps one UTF-16 code unit to its plain form: curly quotes and apostrophes
 * to straight ones, dashes and the minus sign to `-`, a soft hyphen to
 * nothing; every other code unit to itself.
 */
export function foldChar(char: string): string {
  return VARIANTS[char] ?? char;
}

const VARIANT_CODES = new Set(Object.keys(VARIANTS).map((char) => char.charCodeAt(0)));

/** Whether a code unit is white space to `\s` or a typographic variant: what folding changes, besides case. */
function foldsAway(code: number): boolean {
  return isSpace(code) || VARIANT_CODES.has(code);
}

/** Whether folding `text` only lower-cases it: no variant, no white space but single spaces between words. */
function onlyCase(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (space) return false;
      space = true;
    } else if (code < 0x21 || code === 0x60 || (code > 0x7e && foldsAway(code))) {
      return false;
    } else {
      space = false;
    }
  }
  return !space || text.length === 0;
}

/**
 * The plain form of a text for loose comparison: typographic variants
 * folded, runs of white space made one space, trimmed and lower-cased.
 */
export function foldText(text: string): string {
  // Most names are already plain: lower-casing them is all folding does.
  if (onlyCase(text)) return text.toLowerCase();
  return text.replace(VARIANT_PATTERN, foldChar).replace(/\s+/g, " ").trim().toLowerCase();
}
