import { atWordBoundaries, foldWords } from "./hedges.js";
import type { ChangeWay, LanguageProfile, RateTimeUnit } from "./languages/types.js";
import { findIndexed, indexWords } from "./word-index.js";

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

/** Lists this short are searched entry by entry: indexing a list made for one search costs more than it saves. */
const SHORT_LIST = 4;

/** {@link findWords} in a text folded already, so that a text searched for several lists is folded once. */
function findFolded(text: string, folded: string, list: readonly string[]): WordMatch[] {
  const found: WordMatch[] = [];
  const index = list.length > SHORT_LIST ? indexWords(list) : undefined;
  if (index !== undefined && !index.hasEmpty) {
    const matches = findIndexed(folded, index);
    // By offset already; at one offset the longer first, then the list's order.
    if (matches.length > 1) matches.sort((a, b) => a.start - b.start || b.end - a.end || a.entry - b.entry);
    for (const { words, start, end } of matches) found.push({ words, written: text.slice(start, end), start, end });
    return found;
  }
  for (const words of list) {
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      const end = at + words.length;
      if (atWordBoundaries(folded, at, end)) found.push({ words, written: text.slice(at, end), start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entries of several word lists as one, each with the key of the list it came from, in the order of the lists. */
interface Combined<K> {
  readonly words: readonly string[];
  readonly keys: readonly K[];
  /** Each entry's list, as a number in the order of the lists. */
  readonly lists: readonly number[];
}

function combine<K>(lists: readonly (readonly [K, readonly string[]])[]): Combined<K> {
  const words: string[] = [];
  const keys: K[] = [];
  const order: number[] = [];
  lists.forEach(([key, list], n) => {
    for (const entry of list) {
      words.push(entry);
      keys.push(key);
      order.push(n);
    }
  });
  return { words, keys, lists: order };
}

/**
 * The matches of several lists in a text, each with its list's key, in the
 * order of one search per list (each by offset, longer first at one
 * offset), the lists' results then sorted by offset: by offset, then list,
 * then longer first, then the list's order.
 */
function findCombined<K>(text: string, folded: string, combined: Combined<K>): (WordMatch & { readonly key: K })[] {
  const out: (WordMatch & { readonly key: K })[] = [];
  const matches = findIndexed(folded, indexWords(combined.words));
  const { lists, keys } = combined;
  if (matches.length > 1) {
    matches.sort(
      (a, b) =>
        a.start - b.start || (lists[a.entry] ?? 0) - (lists[b.entry] ?? 0) || b.end - a.end || a.entry - b.entry,
    );
  }
  for (const { words, entry, start, end } of matches) {
    const key = keys[entry];
    if (key !== undefined) out.push({ words, written: text.slice(start, end), start, end, key });
  }
  return out;
}

const timeRateLists = new WeakMap<LanguageProfile["timeRates"], Combined<RateTimeUnit>>();
const directionLists = new WeakMap<LanguageProfile["directions"], Combined<ChangeWay>>();

const WAYS = ["increase", "decrease", "unchanged"] as const;

/** A rate's words name a time, not a rate, when a number follows them ("im Jahr 2020", "a day 10 years ago"). */
function beforeNumber(text: string, end: number): boolean {
  return /^[\s\u00A0\u202F]*\d/.test(text.slice(end));
}

/** The rate words per unit of time a text shows, each with its unit ("a month" → month). */
export function findTimeRates(text: string, profile: LanguageProfile): (WordMatch & { readonly unit: RateTimeUnit })[] {
  const out: (WordMatch & { readonly unit: RateTimeUnit })[] = [];
  const folded = foldWords(text);
  let combined = timeRateLists.get(profile.timeRates);
  if (combined === undefined) {
    combined = combine(Object.entries(profile.timeRates) as [RateTimeUnit, readonly string[]][]);
    timeRateLists.set(profile.timeRates, combined);
  }
  if (!indexWords(combined.words).hasEmpty) {
    for (const { words, written, start, end, key } of findCombined(text, folded, combined)) {
      // Field by field: spreading into a literal with more fields takes V8's slow path.
      if (!beforeNumber(text, end)) out.push({ words, written, start, end, unit: key });
    }
    return out;
  }
  for (const [unit, list] of Object.entries(profile.timeRates) as [RateTimeUnit, readonly string[]][]) {
    for (const match of findFolded(text, folded, list)) {
      if (!beforeNumber(text, match.end)) out.push({ ...match, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The direction words of a change a text shows, each with its direction ("rose" → increase). */
export function findDirections(text: string, profile: LanguageProfile): (WordMatch & { readonly way: ChangeWay })[] {
  const out: (WordMatch & { readonly way: ChangeWay })[] = [];
  const folded = foldWords(text);
  let combined = directionLists.get(profile.directions);
  if (combined === undefined) {
    combined = combine(WAYS.map((way) => [way, profile.directions[way]] as const));
    directionLists.set(profile.directions, combined);
  }
  if (!indexWords(combined.words).hasEmpty) {
    for (const { words, written, start, end, key } of findCombined(text, folded, combined)) {
      out.push({ words, written, start, end, way: key });
    }
    return out;
  }
  for (const way of WAYS) {
    for (const match of findFolded(text, folded, profile.directions[way])) out.push({ ...match, way });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a text, folded, is one of the language's pronouns ("She", "er", "l’"). */
export function isPronoun(text: string, profile: LanguageProfile): boolean {
  const folded = foldWords(text.trim());
  return profile.pronouns.includes(folded);
}
