import { describe, expect, it } from "vitest";
import { languageProfile } from "../../src/text/languages/index.js";
import type { LanguageProfile } from "../../src/text/languages/types.js";
import { findDirections, findTimeRates, findWords, isPronoun } from "../../src/text/lexicon.js";

function profile(tag: string): LanguageProfile {
  const found = languageProfile(tag);
  if (found === undefined) throw new Error(`no profile for ${tag}`);
  return found;
}

describe("findWords", () => {
  it("finds words at word boundaries only, case and apostrophes folded", () => {
    expect(findWords("Up 9% from last year", ["up"]).map((m) => m.written)).toEqual(["Up"]);
    expect(findWords("setup costs", ["up"])).toEqual([]);
    expect(findWords("à l’heure", ["à l'heure"]).map((m) => [m.start, m.end])).toEqual([[0, 9]]);
  });
});

describe("findTimeRates", () => {
  it.each([
    ["en", "€1.8 million a month", "month"],
    ["en", "paid monthly", "month"],
    ["de", "15.000 Pendler täglich", "day"],
    ["de", "300 Euro im Monat", "month"],
    ["fr", "2 millions d'euros par mois", "month"],
    ["fr", "un budget annuel de 3 millions", "year"],
    ["es", "300 euros al mes", "month"],
    ["es", "ayudas mensuales de 200 euros", "month"],
  ])("%s %j gives a rate per %s", (tag, text, unit) => {
    expect(findTimeRates(text, profile(tag)).map((m) => m.unit)).toContain(unit);
  });

  it("reads no rate where a number follows the words: a date, not a rate", () => {
    expect(findTimeRates("im Jahr 2020", profile("de"))).toEqual([]);
    expect(findTimeRates("300 Euro im Jahr", profile("de")).map((m) => m.unit)).toEqual(["year"]);
  });
});

describe("findDirections", () => {
  it.each([
    ["en", "rose 3.1%", "increase"],
    ["en", "fell by a quarter", "decrease"],
    ["en", "unchanged at 4%", "unchanged"],
    ["de", "um 4 Prozent gestiegen", "increase"],
    ["de", "ein Minus von 2 Prozent", "decrease"],
    ["fr", "en hausse de 9 %", "increase"],
    ["fr", "un recul de 2 %", "decrease"],
    ["es", "subió un 3 %", "increase"],
    ["es", "una caída del 8 %", "decrease"],
  ])("%s %j goes %s", (tag, text, way) => {
    expect(findDirections(text, profile(tag)).map((m) => m.way)).toEqual([way]);
  });
});

describe("isPronoun", () => {
  it.each([
    ["en", "She", true],
    ["en", "Berger", false],
    ["de", "Er", true],
    ["de", "Müller", false],
    ["fr", "elle", true],
    ["fr", "l’", true],
    ["fr", "Durand", false],
    ["es", "Ella", true],
    ["es", "García", false],
  ])("%s %j: %s", (tag, text, expected) => {
    expect(isPronoun(text, profile(tag))).toBe(expected);
  });
});
