import type { HedgeWord, LanguageProfile } from "./languages/types.js";

/** A hedge found in a text: its words as the text writes them, where, and what it says. */
export interface HedgeMatch extends HedgeWord {
  /** The hedge's words exactly as the text writes them ("About"). */
  readonly written: string;
  /** Offset of its first code unit. */
  readonly start: number;
  /** Offset just past its last code unit. */
  readonly end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Lower case with straight apostrophes: the form a lexicon is keyed by. */
export function foldWords(text: string): string {
  return text.toLowerCase().replace(/[\u2019\u02BC]/g, "'");
}

/** Whether `[start, end)` of `text` stands at word boundaries (an elided "plus d'" may run into its word). */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const last = text.charAt(end - 1);
  return !WORD_CHAR.test(before) && (!WORD_CHAR.test(after) || last === "'" || last === "\u2019");
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

/** The lexicon entry of a hedge as a record writes it ("About", "jusqu’à"), or `undefined`. */
export function lookupHedge(hedge: string, profile: LanguageProfile): HedgeWord | undefined {
  const folded = foldWords(hedge);
  return profile.hedges.find((entry) => entry.words === folded);
}
