import { MARKER_WORDS, MARKER_WORDS_CLDR, MARKER_WORDS_ICU } from "../text/generated/marker-words.js";
import { presetMarkerWords } from "../text/markers.js";

/**
 * Lets grounding use the marker words generated at build time instead of
 * building them from `Intl` (hundreds of formatters, the largest part of a
 * start), when this platform has the ICU and CLDR data they were generated
 * with; on any other, the words come from `Intl` as in the library.
 *
 * @param versions - The platform's versions (`process.versions`).
 * @returns Whether the generated words are used.
 */
export function useGeneratedTables(versions: Readonly<Record<string, string | undefined>>): boolean {
  if (versions.icu !== MARKER_WORDS_ICU || versions.cldr !== MARKER_WORDS_CLDR) return false;
  presetMarkerWords(MARKER_WORDS);
  return true;
}
