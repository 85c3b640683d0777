import { toCardinal as deWords } from "n2words/de-DE";
import { toCardinal as enWords } from "n2words/en-US";
import { toCardinal as esWords } from "n2words/es-ES";
import { toCardinal as frWords } from "n2words/fr-FR";
import { describe, expect, it } from "vitest";
import { languageProfile } from "../../src/text/languages/index.js";
import { digitFormat, readDigits } from "../../src/text/number-format.js";
import { readNumbers } from "../../src/text/numbers.js";

function read(tag: string, text: string, currency = false): number[] {
  const format = digitFormat(tag);
  if (format === undefined) throw new Error(`no format for ${tag}`);
  return readNumbers(text, languageProfile(tag), format, currency).map((r) => Number(r.value.toPrecision(12)));
}

describe("readDigits", () => {
  it("reads separators as each language writes them", () => {
    const de = digitFormat("de");
    const en = digitFormat("en");
    const fr = digitFormat("fr");
    const ch = digitFormat("de-CH");
    const mx = digitFormat("es-MX");
    if (!de || !en || !fr || !ch || !mx) throw new Error("Intl knows these locales");
    expect(readDigits("15.000", de)).toBe(15000);
    expect(readDigits("15.000", en)).toBe(15);
    expect(readDigits("4,2", de)).toBe(4.2);
    expect(readDigits("1,500", en)).toBe(1500);
    expect(readDigits("12\u00A0700", fr)).toBe(12700);
    expect(readDigits("12\u202F700", fr)).toBe(12700);
    expect(readDigits("12’700", ch)).toBe(12700);
    expect(readDigits("4.2", mx)).toBe(4.2);
  });

  it("refuses digits a language cannot write that way", () => {
    const en = digitFormat("en");
    if (!en) throw new Error("Intl knows en");
    expect(readDigits("1,5", en)).toBeUndefined();
    expect(readDigits("1,50,000", en)).toBeUndefined();
  });

  it("has no format for a language the platform does not know", () => {
    expect(digitFormat("zz")).toBeUndefined();
  });
});

describe("readNumbers", () => {
  it.each([
    ["en", "some 3,500", [3500]],
    ["en", "an estimated 4.1 million", [4_100_000]],
    ["en", "eight", [8]],
    ["en", "twelve days", [12]],
    ["en", "a year", [1]],
    ["en", "a dozen", [12]],
    ["en", "two dozen", [24]],
    ["en", "one hundred and twenty-five thousand", [125_000]],
    ["en", "between 300 and 400", [300, 400]],
    ["en", "one in four", [0.25]],
    ["en", "fewer than one in twenty", [0.05]],
    ["en", "nearly a quarter", [0.25]],
    ["en", "three quarters", [0.75]],
    ["en", "half a million", [500_000]],
    ["en", "twice", [2]],
    ["en", "-3%", [-3]],
    ["en", "the 2019-2021 period", [2019, 2021]],
    ["de", "rund 15.000", [15_000]],
    ["de", "4,2 Millionen Euro", [4_200_000]],
    ["de", "4,2 Mio. €", [4_200_000]],
    ["de", "2 Mrd.", [2_000_000_000]],
    ["de", "acht Wochen", [8]],
    ["de", "eine Woche", [1]],
    ["de", "zweihundertfünfundzwanzig", [225]],
    ["de", "dreitausendvierhundert", [3400]],
    ["de", "einer von vier", [0.25]],
    ["de", "zwei Drittel", [0.666666666667]],
    ["de", "zwischen 200 und 250", [200, 250]],
    ["fr", "812 morts", [812]],
    ["fr", "12\u00A0700", [12_700]],
    ["fr", "2,1 milliards de francs", [2_100_000_000]],
    ["fr", "trois", [3]],
    ["fr", "quatre-vingt-dix-neuf", [99]],
    ["fr", "soixante-dix-sept", [77]],
    ["fr", "vingt et un", [21]],
    ["fr", "deux mille trois cents", [2300]],
    ["fr", "une vingtaine", [20]],
    ["fr", "la moitié", [0.5]],
    ["fr", "un sur quatre", [0.25]],
    ["es", "3.000 millones de pesos", [3_000_000_000]],
    ["es", "mil millones", [1_000_000_000]],
    ["es", "un millón", [1_000_000]],
    ["es", "ciento setenta y uno", [171]],
    ["es", "dos mil trescientos", [2300]],
    ["es", "uno de cada cuatro", [0.25]],
    ["es", "dos tercios", [0.666666666667]],
    ["es-MX", "4.2 millones", [4_200_000]],
    ["it", "4,2 milioni", [4_200_000]],
  ])("%s %j reads %j", (tag, text, values) => {
    expect(read(tag, text)).toEqual(values);
  });

  it("always applies a scale word: never the bare number beside the scaled one", () => {
    expect(read("en", "$7 billion", true)).toEqual([7e9]);
    expect(read("en", "€1.8 million", true)).toEqual([1.8e6]);
  });

  it("reads a one-letter scale only beside a currency", () => {
    expect(read("en-GB", "£5m", true)).toEqual([5e6]);
    expect(read("en-GB", "5 m")).toEqual([5]);
  });

  it("marks approximate round numbers and shares", () => {
    const format = digitFormat("fr");
    if (!format) throw new Error("Intl knows fr");
    const [round] = readNumbers("une vingtaine", languageProfile("fr"), format);
    expect(round).toMatchObject({ value: 20, approximate: true, fraction: false });
    const [share] = readNumbers("la moitié", languageProfile("fr"), format);
    expect(share).toMatchObject({ value: 0.5, fraction: true });
  });

  // n2words spells numbers out; reading its words back must give the number.
  it.each([
    ["en", enWords],
    ["de", deWords],
    ["fr", frWords],
    ["es", esWords],
  ] as const)("reads back every number %s spells, 0 to 2,000 and round ones above", (tag, spell) => {
    const values = [
      ...Array.from({ length: 2001 }, (_, i) => i),
      3400,
      15_000,
      21_000,
      99_999,
      250_000,
      1_000_000,
      2_500_000,
    ];
    const wrong = values.filter((value) => {
      const got = read(tag, spell(value));
      return got.length !== 1 || got[0] !== value;
    });
    expect(wrong.map((value) => `${value}: ${spell(value)}`)).toEqual([]);
  });
});
