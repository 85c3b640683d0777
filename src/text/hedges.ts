import type { HedgeWord, LanguageProfile } from "./languages/types.js";
import { findIndexed, indexWords, isWordCharAt } from "./word-index.js";

/** A hedge found in a text: its words as the text writes them, where, and what it says. */
export interface HedgeMatch extends HedgeWord {
  /** The hedge's words exactly as the text writes them ("About"). */
  readonly written: string;
  /** Offset of its first code unit. */
  readonly start: number;
  /** Offset just past its last code unit. */
  readonly end: number;
}

/** Lower case with straight apostrophes: the form a lexicon is keyed by. */
export function foldWords(text: string): string {
  // A statistic's span is folded by each of its searches in turn, between the words looked for in it:
  // the last two texts folded are remembered.
  if (text === recent[0]) return recent[1];
  if (text === recent[2]) return recent[3];
  const lower = text.toLowerCase();
  // Most texts have no typographic apostrophe: then lower-casing is all folding does.
  const folded =
    lower.indexOf("\u2019") < 0 && lower.indexOf("\u02BC") < 0 ? lower : lower.replace(/[\u2019\u02BC]/g, "'");
  recent[2] = recent[0];
  recent[3] = recent[1];
  recent[0] = text;
  recent[1] = folded;
  return folded;
}

/** The last two texts folded and their folded forms: text, folded, text before, its folded form. */
const recent: [string, string, string, string] = ["", "", "", ""];

/** Whether `[start, end)` of `text` stands at word boundaries (an elided "plus d'" may run into its word). */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return !isWordCharAt(text, start - 1) && (!isWordCharAt(text, end) || last === 0x27 || last === 0x2019);
}

/**
 * Every hedge of a language that stands in a text at word boundaries,
 * compared in lower case with apostrophes folded: "About 300" holds
 * "about", "jusqu’à" holds "jusqu'à"; "some" does not hold "me".
 *
 * @param text - The text to search, typically a statistic's span.
 * @param profile - The language's tables.
 * @returns The hedges found, in the order of the lexicon.
 */
export function findHedges(text: string, profile: LanguageProfile): HedgeMatch[] {
  const folded = foldWords(text);
  const index = indexWords(hedgeWords(profile.hedges));
  if (!index.hasEmpty) {
    const matches = findIndexed(folded, index);
    // The index gives them by offset; the lexicon's order comes first.
    if (matches.length > 1) matches.sort((a, b) => a.entry - b.entry || a.start - b.start);
    const found: HedgeMatch[] = [];
    for (const { entry, start, end } of matches) {
      const hedge = profile.hedges[entry];
      // Written field by field: spreading the entry into a literal with more fields takes V8's slow path.
      if (hedge !== undefined) {
        found.push({ words: hedge.words, classes: hedge.classes, written: text.slice(start, end), start, end });
      }
    }
    return found;
  }
  const found: HedgeMatch[] = [];
  for (const hedge of profile.hedges) {
    for (let at = folded.indexOf(hedge.words); at >= 0; at = folded.indexOf(hedge.words, at + 1)) {
      const end = at + hedge.words.length;
      if (atWordBoundaries(folded, at, end)) {
        found.push({ ...hedge, written: text.slice(at, end), start: at, end });
      }
    }
  }
  return found;
}

const hedgeLists = new WeakMap<readonly HedgeWord[], readonly string[]>();

/** The words of a lexicon's hedges, in its order, listed once per lexicon. */
function hedgeWords(hedges: readonly HedgeWord[]): readonly string[] {
  let words = hedgeLists.get(hedges);
  if (words === undefined) {
    words = hedges.map((hedge) => hedge.words);
    hedgeLists.set(hedges, words);
  }
  return words;
}

/** The lexicon entry of a hedge as a record writes it ("About", "jusqu’à"), or `undefined`. */
export function lookupHedge(hedge: string, profile: LanguageProfile): HedgeWord | undefined {
  const folded = foldWords(hedge);
  return profile.hedges.find((entry) => entry.words === folded);
}
