import {
  CURRENCY_CODES,
  DIGIT_FORMATS,
  LOCALE_TAGS,
  MARKER_WORDS_CLDR,
  MARKER_WORDS_ICU,
  MARKER_WORDS_JSON,
} from "../text/generated/marker-words.js";
import { type LocaleMarkerWords, presetCurrencyCodes, presetMarkerWords } from "../text/markers.js";
import { type DigitFormatData, presetDigitFormats } from "../text/number-format.js";
import type { TextTables } from "./table-cache.js";

/** Whether the tables generated at build time hold what `Intl` gives on a platform with these versions. */
function generatedFits(versions: Readonly<Record<string, string | undefined>>): boolean {
  return versions.icu === MARKER_WORDS_ICU && versions.cldr === MARKER_WORDS_CLDR;
}

/**
 * Lets grounding use tables computed ahead of time instead of asking `Intl`
 * (hundreds of formatters, and the loading of its locale data: the largest
 * part of a start): the tables generated at build time (marker words, digit
 * marks and scale words, locale and currency codes) when this platform has
 * the ICU and CLDR data they were generated with, and `cached`,
 * tables an earlier run on this platform built from `Intl` (see
 * table-cache.ts), for the locales and tags they hold besides. Whatever
 * neither holds is asked of `Intl`, as in the library.
 *
 * @param versions - The platform's versions (`process.versions`).
 * @param cached - Tables an earlier run on the same `Intl` data built, or `undefined`.
 * @returns Which tables are used: `generated` (with or without cached ones), `cached` alone, or `intl` (none).
 */
export function useTables(
  versions: Readonly<Record<string, string | undefined>>,
  cached: TextTables | undefined,
): "generated" | "cached" | "intl" {
  const generated = generatedFits(versions);
  if (!generated && cached === undefined) return "intl";
  const words: Record<string, LocaleMarkerWords | string> = { ...cached?.markerWords };
  const locales: Record<string, string> = { ...cached?.locales };
  const formats: Record<string, DigitFormatData> = { ...cached?.formats };
  if (generated) {
    Object.assign(words, MARKER_WORDS_JSON);
    Object.assign(locales, LOCALE_TAGS);
    Object.assign(formats, DIGIT_FORMATS);
  }
  presetMarkerWords(words);
  presetCurrencyCodes(generated ? CURRENCY_CODES : cached?.currencyCodes);
  presetDigitFormats({ locales, formats });
  return generated ? "generated" : "cached";
}
