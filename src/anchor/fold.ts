import { isSpace } from "../internal/text.js";

/**
 * The ways a quote may differ from the article's words and still be found
 * loosely: `white space` (runs of spaces, tabs, line breaks and no-break
 * spaces, and space around the quote), `quotation marks` (curly or straight
 * quotes and apostrophes, guillemets, primes), `dashes` (hyphens, dashes and
 * the minus sign), `soft hyphens` (ignored) and `case` (upper or lower).
 */
export const FOLDINGS = ["white space", "quotation marks", "dashes", "soft hyphens", "case"] as const;

/** One way a quote may differ from the article's words and still be found loosely. */
export type Folding = (typeof FOLDINGS)[number];

const QUOTES: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "\u0060": "'",
  "\u2039": "'",
  "\u203A": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

const DASHES = new Set([
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
  "\uFE58",
  "\uFE63",
  "\uFF0D",
]);

const SOFT_HYPHEN = "\u00AD";

/** A code unit in lower case when that is still one code unit, itself otherwise. */
function lower(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  const folded = char.toLowerCase();
  return folded.length === 1 ? folded : char;
}

/** A code unit's loose form (one code unit, or `""` for a soft hyphen), white space aside. */
function foldUnit(char: string): string {
  if (char === SOFT_HYPHEN) return "";
  const quote = QUOTES[char];
  if (quote !== undefined) return quote;
  if (DASHES.has(char)) return "-";
  return lower(char);
}

/** A text in loose form, with where each loose code unit came from. */
export interface FoldedText {
  /** The loose text: every run of white space one space, variants folded, lower case. */
  readonly text: string;
  /** For each loose code unit, the offset of the first original code unit it stands for. */
  readonly starts: Int32Array;
  /** For each loose code unit, the offset just past the last original code unit it stands for. */
  readonly ends: Int32Array;
}

/**
 * Folds a text for loose search, in one pass: O(length) time, two
 * `Int32Array`s of its length.
 */
export function foldWithOffsets(text: string): FoldedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      parts.push(" ");
      starts[length] = i;
      ends[length] = j;
      length++;
      i = j - 1;
      continue;
    }
    const folded = foldUnit(text.charAt(i));
    if (folded === "") continue;
    parts.push(folded);
    starts[length] = i;
    ends[length] = i + 1;
    length++;
  }
  return { text: parts.join(""), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** A text in loose form, trimmed: how a quote, prefix or suffix is looked for. */
export function foldText(text: string): string {
  return foldWithOffsets(text).text.trim();
}

/**
 * Which foldings make `quote` read as `found` (the article's words at a
 * loose match), in the order of {@link FOLDINGS}. Runs in O(length).
 *
 * @param quote - The words as the draft gives them.
 * @param found - The article's words at the match.
 */
export function foldingsBetween(quote: string, found: string): Folding[] {
  const needed = new Set<Folding>();
  const trimmed = quote.trim();
  if (trimmed !== quote) needed.add("white space");
  let i = 0;
  let j = 0;
  while (i < trimmed.length || j < found.length) {
    const a = trimmed.charAt(i);
    const b = found.charAt(j);
    if (a === SOFT_HYPHEN || b === SOFT_HYPHEN) {
      needed.add("soft hyphens");
      if (a === SOFT_HYPHEN) i++;
      if (b === SOFT_HYPHEN) j++;
      continue;
    }
    const aSpace = i < trimmed.length && isSpace(trimmed.charCodeAt(i));
    const bSpace = j < found.length && isSpace(found.charCodeAt(j));
    if (aSpace && bSpace) {
      const i0 = i;
      const j0 = j;
      while (i < trimmed.length && isSpace(trimmed.charCodeAt(i))) i++;
      while (j < found.length && isSpace(found.charCodeAt(j))) j++;
      if (trimmed.slice(i0, i) !== found.slice(j0, j)) needed.add("white space");
      continue;
    }
    if (i >= trimmed.length || j >= found.length) break;
    if (a !== b) {
      if (QUOTES[a] !== undefined || QUOTES[b] !== undefined) needed.add("quotation marks");
      else if (DASHES.has(a) || DASHES.has(b)) needed.add("dashes");
      else needed.add("case");
      if (foldUnit(a) !== foldUnit(b) && lower(foldUnit(a)) === lower(foldUnit(b))) needed.add("case");
    }
    i++;
    j++;
  }
  // What is left over on either side can only be white space and soft hyphens.
  for (const rest of [trimmed.slice(i), found.slice(j)]) {
    if (rest.includes(SOFT_HYPHEN)) needed.add("soft hyphens");
    if (rest.replaceAll(SOFT_HYPHEN, "") !== "") needed.add("white space");
  }
  return FOLDINGS.filter((folding) => needed.has(folding));
}
