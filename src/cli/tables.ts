import {
  CURRENCY_CODES,
  DIGIT_FORMATS,
  LOCALE_TAGS,
  MARKER_WORDS_CLDR,
  MARKER_WORDS_ICU,
  MARKER_WORDS_JSON,
} from "../text/generated/marker-words.js";
import { presetCurrencyCodes, presetMarkerWords } from "../text/markers.js";
import { presetDigitFormats } from "../text/number-format.js";

/**
 * Lets grounding use the tables generated at build time (marker words,
 * digit marks and scale words, locale and currency codes) instead of asking
 * `Intl` (hundreds of formatters, and the loading of its locale data: the
 * largest part of a start), when this platform has the ICU and CLDR data
 * they were generated with; on any other, everything comes from `Intl` as
 * in the library.
 *
 * @param versions - The platform's versions (`process.versions`).
 * @returns Whether the generated tables are used.
 */
export function useGeneratedTables(versions: Readonly<Record<string, string | undefined>>): boolean {
  if (versions.icu !== MARKER_WORDS_ICU || versions.cldr !== MARKER_WORDS_CLDR) return false;
  presetMarkerWords(MARKER_WORDS_JSON);
  presetCurrencyCodes(CURRENCY_CODES);
  presetDigitFormats({ locales: LOCALE_TAGS, formats: DIGIT_FORMATS });
  return true;
}
