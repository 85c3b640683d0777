/**
 * Word lists indexed by their first code unit, so that a text is searched
 * for a whole list in one pass over its offsets instead of one `indexOf`
 * per entry: a statistic's span is short and a language's lists are long
 * (dozens of hedges, rate and direction words), so the cost follows the
 * text, not the list.
 *
 * @module
 */

import { isAsciiDigit, isAsciiLetter, isGeneralPunctuation, isLatinLetter, WORD_CHARACTER } from "../internal/text.js";

/** Whether the code unit at `at` is a letter, a digit or a mark, as `/[\p{L}\p{N}\p{M}]/u` reads one code unit. */
export function isWordCharAt(text: string, at: number): boolean {
  // Past either end of the text there is no character, and no word.
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code >= 0x80) {
    return isLatinLetter(code) || (!isGeneralPunctuation(code) && WORD_CHARACTER().test(text.charAt(at)));
  }
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** A word list indexed by first code unit: for each, the entries that start with it as `[words, position in the list]`. */
export interface WordIndex {
  readonly byFirst: ReadonlyMap<number, readonly (readonly [string, number])[]>;
  /** The same buckets for the ASCII code units, by code unit: an array is read faster than a map. */
  readonly ascii: readonly (readonly (readonly [string, number])[] | undefined)[];
  /** Whether the list holds an empty entry, which stands everywhere: such a list is searched entry by entry. */
  readonly hasEmpty: boolean;
}

const indexes = new WeakMap<readonly string[], WordIndex>();

/**
 * The index of a word list, built once per list (the lists of a language
 * profile are constants, so each is indexed once per process).
 *
 * @param list - The words, as they are to be matched.
 * @returns The list indexed by first code unit, entries in list order.
 */
export function indexWords(list: readonly string[]): WordIndex {
  const found = indexes.get(list);
  if (found !== undefined) return found;
  const byFirst = new Map<number, [string, number][]>();
  let hasEmpty = false;
  list.forEach((words, i) => {
    if (words === "") {
      hasEmpty = true;
      return;
    }
    const first = words.charCodeAt(0);
    const bucket = byFirst.get(first);
    if (bucket === undefined) byFirst.set(first, [[words, i]]);
    else bucket.push([words, i]);
  });
  const ascii = Array.from({ length: 0x80 }, (_, code) => byFirst.get(code));
  const index: WordIndex = { byFirst, ascii, hasEmpty };
  indexes.set(list, index);
  return index;
}

/** One entry of a list found in a text: which entry, and where. */
export interface IndexedMatch {
  /** The entry's words. */
  readonly words: string;
  /** The entry's position in its list. */
  readonly entry: number;
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/**
 * Every entry of an indexed list that stands in a folded text at word
 * boundaries (no letter, digit or mark before it; none after it, unless it
 * ends in an apostrophe, as an elided "plus d'" runs into its word), in
 * order of offset, then of the list. The same matches as one `indexOf`
 * loop per entry with `atWordBoundaries`, overlapping ones too, for a list
 * with no empty entry.
 *
 * @param folded - The text, folded as the list is.
 * @param index - The list, from {@link indexWords}.
 * @returns The matches, by offset, then by list order.
 */
export function findIndexed(folded: string, index: WordIndex): IndexedMatch[] {
  const out: IndexedMatch[] = [];
  const { byFirst, ascii } = index;
  let wordBefore = false;
  for (let at = 0; at < folded.length; at++) {
    const wasWord = wordBefore;
    wordBefore = isWordCharAt(folded, at);
    if (wasWord) continue;
    const code = folded.charCodeAt(at);
    const bucket = code < 0x80 ? ascii[code] : byFirst.get(code);
    if (bucket === undefined) continue;
    for (let b = 0; b < bucket.length; b++) {
      const candidate = bucket[b];
      if (candidate === undefined) continue;
      const words = candidate[0];
      const entry = candidate[1];
      if (!folded.startsWith(words, at)) continue;
      const end = at + words.length;
      const last = folded.charCodeAt(end - 1);
      if (isWordCharAt(folded, end) && last !== 0x27 && last !== 0x2019) continue;
      out.push({ words, entry, start: at, end });
    }
  }
  return out;
}
