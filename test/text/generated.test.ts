// The marker words generated at build time (src/text/generated) must be
// what `Intl` gives on the platform they name, and grounding must read the
// same markers with them as without them, in every language, those not in
// the tables included.
import { afterEach, describe, expect, it } from "vitest";
import { useTables } from "../../src/cli/tables.js";
import {
  CURRENCY_CODES,
  DIGIT_FORMATS,
  LOCALE_TAGS,
  MARKER_WORDS_CLDR,
  MARKER_WORDS_ICU,
  MARKER_WORDS_JSON,
} from "../../src/text/generated/marker-words.js";
import { de } from "../../src/text/languages/de.js";
import { en } from "../../src/text/languages/en.js";
import { es } from "../../src/text/languages/es.js";
import { fr } from "../../src/text/languages/fr.js";
import type { LanguageProfile } from "../../src/text/languages/types.js";
import { findMarkers, intlMarkerWords, presetCurrencyCodes, presetMarkerWords } from "../../src/text/markers.js";
import {
  canonicalLocale,
  digitFormat,
  digitFormatData,
  presetDigitFormats,
  readDigits,
} from "../../src/text/number-format.js";

afterEach(() => {
  presetMarkerWords(undefined);
  presetCurrencyCodes(undefined);
  presetDigitFormats(undefined);
});

const samePlatform = process.versions.icu === MARKER_WORDS_ICU && process.versions.cldr === MARKER_WORDS_CLDR;

describe("generated marker words", () => {
  it("are what Intl gives on this platform, or are not used on another", () => {
    if (samePlatform) {
      for (const [locale, words] of Object.entries(MARKER_WORDS_JSON)) {
        expect(intlMarkerWords(locale), `${locale}: run node scripts/generate-text-tables.mjs`).toEqual(
          JSON.parse(words),
        );
      }
      for (const [tag, locale] of Object.entries(LOCALE_TAGS)) expect(canonicalLocale(tag), tag).toBe(locale);
      for (const [tag, format] of Object.entries(DIGIT_FORMATS)) expect(digitFormatData(tag), tag).toEqual(format);
      expect(CURRENCY_CODES).toEqual(Intl.supportedValuesOf("currency"));
      expect(useTables(process.versions, undefined)).toBe("generated");
    } else {
      expect(useTables(process.versions, undefined)).toBe("intl");
    }
  });

  it("are not used on a platform with other ICU data", () => {
    expect(useTables({ icu: "0.1", cldr: MARKER_WORDS_CLDR }, undefined)).toBe("intl");
    expect(useTables({ icu: MARKER_WORDS_ICU, cldr: "0.1" }, undefined)).toBe("intl");
    expect(useTables({}, undefined)).toBe("intl");
  });

  const texts: readonly [string, LanguageProfile | undefined, string][] = [
    ["en", en, "Fares rose 12% to US$4.50, or £3.20, on a 35 km route taking 40 minutes."],
    ["en-GB", en, "The council spent £5m, about 6 million euros, on 120 tonnes of salt."],
    ["de", de, "Die Stadt zahlt 3,5 Millionen Euro und 12 Prozent mehr für 40 Kilometer Straße."],
    ["fr", fr, "La région verse 2,4 millions de francs suisses, soit 15 % de plus, pour 8 heures."],
    ["es", es, "El Gobierno destina 900 millones de pesos mexicanos, un 7 % más, a 300 kilómetros."],
    ["it", undefined, "Il comune spende 4 milioni di euro, il 9% in più, per 20 chilometri."],
    ["nl", undefined, "De gemeente betaalt € 2 miljoen, 5 procent meer, voor 30 km weg."],
  ];

  it("find the same markers as Intl, in the languages they hold and in those they do not", () => {
    for (const [tag, profile, text] of texts) {
      presetMarkerWords(undefined);
      const fromIntl = findMarkers(text, tag, profile);
      presetMarkerWords(MARKER_WORDS_JSON);
      const fromTables = findMarkers(text, tag, profile);
      expect(fromTables, tag).toEqual(fromIntl);
      expect(
        fromIntl.some((marker) => marker.kind === "currency"),
        tag,
      ).toBe(true);
    }
  });

  it("fall back to Intl for a locale they do not hold", () => {
    const empty = { symbols: [], currencies: [], units: [], percent: [] };
    presetMarkerWords({ en: empty, "en-GB": empty });
    const italian = findMarkers("Il biglietto costa 3 euro.", "it", undefined);
    expect(italian.map((marker) => [...marker.codes])).toContainEqual(["EUR"]);
    // English (American and British) comes from the preset, here empty: only the fixed words remain.
    const english = findMarkers("It costs 3 US dollars.", "en", en);
    expect(english.map((marker) => marker.written)).not.toContain("US dollars");
  });

  it("read digits and scale words as Intl does, and fall back to Intl for a tag they do not hold", () => {
    const written = ["15.000", "15,000", "4,2", "1.5", "12\u00a0700", "3,5", "2.345,67", "1’200"];
    const tags = [...Object.keys(DIGIT_FORMATS), "de-CH", "it", "pt-BR"];
    const fromIntl = tags.map((tag) => {
      const format = digitFormat(tag);
      return [tag, format, written.map((text) => (format === undefined ? undefined : readDigits(text, format)))];
    });
    presetDigitFormats({ locales: LOCALE_TAGS, formats: DIGIT_FORMATS });
    const fromTables = tags.map((tag) => {
      const format = digitFormat(tag);
      return [tag, format, written.map((text) => (format === undefined ? undefined : readDigits(text, format)))];
    });
    expect(fromTables).toEqual(fromIntl);
    // A preset only answers for its tags: an empty one leaves German to Intl, an edited one is what answers.
    presetDigitFormats({ locales: { de: "de" }, formats: { de: { marks: [], scales: [], letterScales: [] } } });
    expect(digitFormat("de")?.marks).toEqual([]);
    expect(digitFormat("fr")).toEqual(fromIntl.find(([tag]) => tag === "fr")?.[1]);
  });

  it("find currency codes with the listed codes as with Intl's", () => {
    const text = "The loan, EUR 5 million and 300 million ZAR, was repaid; the ABC and XYZ were not.";
    const fromIntl = findMarkers(text, "en", en);
    presetCurrencyCodes(CURRENCY_CODES);
    expect(findMarkers(text, "en", en)).toEqual(fromIntl);
    expect(fromIntl.filter((marker) => marker.written === "EUR" || marker.written === "ZAR")).toHaveLength(2);
    presetCurrencyCodes(["XYZ"]);
    expect(findMarkers(text, "en", en).map((marker) => marker.written)).toContain("XYZ");
  });
});
