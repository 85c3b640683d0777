import { atWordBoundaries, foldWords } from "./hedges.js";
import type { ChangeWay, LanguageProfile, RateTimeUnit } from "./languages/types.js";

/** Words of a lexicon found in a text: the lexicon's form, where, and as written. */
export interface WordMatch {
  /** The lexicon's form of the words (lower case, straight apostrophes). */
  readonly words: string;
  /** The words as the text writes them. */
  readonly written: string;
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/**
 * Every entry of a word list that stands in a text at word boundaries,
 * compared in lower case with apostrophes folded, in text order. The cost
 * is the list's length times the text's: both are bounded (a list of a
 * language profile, a span's text).
 *
 * @param text - The text to search, typically a span's text.
 * @param list - The words, lower case with straight apostrophes.
 * @returns The matches, in text order; overlapping ones too.
 */
export function findWords(text: string, list: readonly string[]): WordMatch[] {
  return findFolded(text, foldWords(text), list);
}

/** {@link findWords} in a text folded already, so that a text searched for several lists is folded once. */
function findFolded(text: string, folded: string, list: readonly string[]): WordMatch[] {
  const found: WordMatch[] = [];
  for (const words of list) {
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      const end = at + words.length;
      if (atWordBoundaries(folded, at, end)) found.push({ words, written: text.slice(at, end), start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The rate words per unit of time a text shows, each with its unit ("a month" → month). */
export function findTimeRates(text: string, profile: LanguageProfile): (WordMatch & { readonly unit: RateTimeUnit })[] {
  const out: (WordMatch & { readonly unit: RateTimeUnit })[] = [];
  const folded = foldWords(text);
  for (const [unit, list] of Object.entries(profile.timeRates) as [RateTimeUnit, readonly string[]][]) {
    // "im Jahr 2020", "a day 10 years ago": words followed by a number name a time, not a rate.
    for (const match of findFolded(text, folded, list)) {
      if (!/^[\s\u00A0\u202F]*\d/.test(text.slice(match.end))) out.push({ ...match, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The direction words of a change a text shows, each with its direction ("rose" → increase). */
export function findDirections(text: string, profile: LanguageProfile): (WordMatch & { readonly way: ChangeWay })[] {
  const out: (WordMatch & { readonly way: ChangeWay })[] = [];
  const folded = foldWords(text);
  for (const way of ["increase", "decrease", "unchanged"] as const) {
    for (const match of findFolded(text, folded, profile.directions[way])) out.push({ ...match, way });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a text, folded, is one of the language's pronouns ("She", "er", "l’"). */
export function isPronoun(text: string, profile: LanguageProfile): boolean {
  const folded = foldWords(text.trim());
  return profile.pronouns.includes(folded);
}
