// The marker words generated at build time (src/text/generated) must be
// what `Intl` gives on the platform they name, and grounding must read the
// same markers with them as without them, in every language, those not in
// the tables included.
import { afterEach, describe, expect, it } from "vitest";
import { useGeneratedTables } from "../../src/cli/tables.js";
import { MARKER_WORDS, MARKER_WORDS_CLDR, MARKER_WORDS_ICU } from "../../src/text/generated/marker-words.js";
import { de } from "../../src/text/languages/de.js";
import { en } from "../../src/text/languages/en.js";
import { es } from "../../src/text/languages/es.js";
import { fr } from "../../src/text/languages/fr.js";
import type { LanguageProfile } from "../../src/text/languages/types.js";
import { findMarkers, intlMarkerWords, presetMarkerWords } from "../../src/text/markers.js";

afterEach(() => presetMarkerWords(undefined));

const samePlatform = process.versions.icu === MARKER_WORDS_ICU && process.versions.cldr === MARKER_WORDS_CLDR;

describe("generated marker words", () => {
  it("are what Intl gives on this platform, or are not used on another", () => {
    if (samePlatform) {
      for (const [locale, words] of Object.entries(MARKER_WORDS)) {
        expect(intlMarkerWords(locale), `${locale}: run node scripts/generate-text-tables.mjs`).toEqual(words);
      }
      expect(useGeneratedTables(process.versions)).toBe(true);
    } else {
      expect(useGeneratedTables(process.versions)).toBe(false);
    }
  });

  it("are not used on a platform with other ICU data", () => {
    expect(useGeneratedTables({ icu: "0.1", cldr: MARKER_WORDS_CLDR })).toBe(false);
    expect(useGeneratedTables({ icu: MARKER_WORDS_ICU, cldr: "0.1" })).toBe(false);
    expect(useGeneratedTables({})).toBe(false);
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
      presetMarkerWords(MARKER_WORDS);
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
});
