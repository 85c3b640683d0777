import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findHedges, lookupHedge } from "../../src/text/hedges.js";
import { languageProfile } from "../../src/text/languages/index.js";
import type { HedgeClass, LanguageProfile } from "../../src/text/languages/types.js";
import { findMarkers } from "../../src/text/markers.js";

function profile(tag: string): LanguageProfile {
  const found = languageProfile(tag);
  if (found === undefined) throw new Error(`no profile for ${tag}`);
  return found;
}

describe("hedge lexicon", () => {
  it.each([
    ["en", "some 3,500", "some", "approximate"],
    ["en", "About 300", "About", "approximate"],
    ["en", "an estimated 4.1 million", "an estimated", "approximate"],
    ["en", "at least 2,000", "at least", "at-least"],
    ["en", "more than 200", "more than", "more-than"],
    ["en", "fewer than 50", "fewer than", "fewer-than"],
    ["en", "up to 50", "up to", "at-most"],
    ["de", "rund 15.000", "rund", "approximate"],
    ["de", "etwa 60 Prozent", "etwa", "approximate"],
    ["de", "mindestens 40", "mindestens", "at-least"],
    ["de", "mehr als drei", "mehr als", "more-than"],
    ["de", "weniger als 2.800", "weniger als", "fewer-than"],
    ["de", "bis zu 2 Millionen", "bis zu", "at-most"],
    ["fr", "environ 1,5 million", "environ", "approximate"],
    ["fr", "près de 62 %", "près de", "approximate"],
    ["fr", "plus de 2 000", "plus de", "more-than"],
    ["fr", "au moins 800", "au moins", "at-least"],
    ["fr", "moins de deux mois", "moins de", "fewer-than"],
    ["fr", "jusqu’à 150", "jusqu’à", "at-most"],
    ["es", "unos 750.000", "unos", "approximate"],
    ["es", "alrededor del 60 por ciento", "alrededor del", "approximate"],
    ["es", "más de 400", "más de", "more-than"],
    ["es", "al menos 23", "al menos", "at-least"],
    ["es", "menos de un minuto", "menos de", "fewer-than"],
    ["es", "hasta 48 horas", "hasta", "at-most"],
  ] as const)("%s %j holds %j, which is %s", (tag, text, written, hedgeClass: HedgeClass) => {
    const found = findHedges(text, profile(tag));
    expect(found.map((hedge) => hedge.written)).toContain(written);
    expect(lookupHedge(written, profile(tag))?.classes).toContain(hedgeClass);
  });

  it("finds hedges only at word boundaries", () => {
    expect(findHedges("sometimes 3,500", profile("en"))).toEqual([]);
    expect(findHedges("Rundfunk 300", profile("de"))).toEqual([]);
    expect(findHedges("hastalavista 3", profile("es"))).toEqual([]);
  });

  it("classes each hedge of each language at least once as every direction", () => {
    for (const tag of ["en", "de", "fr", "es"]) {
      const classes = new Set(profile(tag).hedges.flatMap((hedge) => hedge.classes));
      expect([...classes].sort()).toEqual(["approximate", "at-least", "at-most", "fewer-than", "more-than"]);
    }
  });
});

describe("markers of currencies, percent and units", () => {
  const shown = (tag: string, text: string): string[] =>
    findMarkers(text, tag, languageProfile(tag)).map((marker) => `${marker.kind}:${marker.written}`);

  it.each([
    ["en", "€1.8 million", ["currency:€"]],
    ["en", "95 South African rand", ["currency:South African rand"]],
    ["en", "R95", ["currency:R"]],
    ["en", "CHF 2.1 billion", ["currency:CHF"]],
    ["de", "4,2 Millionen Euro", ["currency:Euro"]],
    ["de", "60 Prozent", ["percent:Prozent"]],
    ["fr", "30 %", ["percent:%"]],
    ["fr", "2,1 milliards de francs", ["currency:francs"]],
    ["es", "15 por ciento", ["percent:por ciento"]],
    ["es", "3.000 millones de pesos", ["currency:pesos"]],
    ["en", "680-kilometre", ["unit:kilometre"]],
    ["de", "30 Minuten", ["unit:Minuten"]],
    ["es", "tres días", ["unit:días"]],
    ["en", "up to 12 km", ["unit:km"]],
    ["es", "entre 8 y 12", []],
    ["en", "all 3,500 people", []],
  ] as const)("%s %j shows %j", (tag, text, markers) => {
    expect(shown(tag, text)).toEqual(markers);
  });

  it("finds a currency code wherever three capitals stand alone, and nowhere else", () => {
    const codes = new Set(Intl.supportedValuesOf("currency"));
    const alone = /(?<![\p{L}\p{N}])[A-Z]{3}(?![\p{L}\p{N}])/gu;
    const textArb = fc
      .array(fc.constantFrom("EUR", "CHF", "NATO", "E", "U", "R", "Z", " ", "5", "é", "-", ".", "Ü", "😀"), {
        maxLength: 10,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(textArb, (text) => {
        const found = findMarkers(text, "en", languageProfile("en"))
          .filter((marker) => marker.kind === "currency" && codes.has(marker.written))
          .map((marker) => [marker.written, marker.start]);
        const expected = [...text.matchAll(alone)]
          .filter((match) => codes.has(match[0]))
          .map((match) => [match[0], match.index]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    expect(shown("en", "NATO and EUR 5")).toEqual(["currency:EUR"]);
  });

  it("names every currency a dollar sign may stand for", () => {
    const [dollar] = findMarkers("$3", "en", languageProfile("en"));
    expect(dollar?.codes).toContain("USD");
    expect(dollar?.codes).toContain("AUD");
    expect(dollar?.codes).not.toContain("EUR");
  });
});
