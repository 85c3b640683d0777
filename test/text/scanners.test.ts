// The one-pass scanners grounding reads a span with give the answers of the
// code they replaced: the tokenizer the regular expression's tokens, the
// word lists searched by first letter the matches of one `indexOf` loop per
// entry, in the same order, and digits read without regular expressions the
// numbers the regular expressions read. Compared on every span of every record the
// repository holds and on generated strings in English, German, French and
// Spanish.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atWordBoundaries, findHedges, foldWords } from "../../src/text/hedges.js";
import { languageProfile } from "../../src/text/languages/index.js";
import type { LanguageProfile, RateTimeUnit } from "../../src/text/languages/types.js";
import { findDirections, findTimeRates, findWords } from "../../src/text/lexicon.js";
import { type DigitFormat, type DigitMarks, digitFormat, readDigits } from "../../src/text/number-format.js";
import { tokenize } from "../../src/text/tokens.js";
import { repositoryRecordFiles } from "../support/records.js";

/** The tokenizer as written before: one regular expression. */
function tokenizeReference(text: string): { kind: string; text: string; start: number; end: number }[] {
  const TOKEN =
    /(\d+(?:[.,'’]\d+|[ \u00A0\u202F\u2009]\d{3}(?!\d))*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*\.?)|([^\s])/gu;
  const tokens: { kind: string; text: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [raw, digits, word] = match;
    const start = match.index;
    if (digits !== undefined) tokens.push({ kind: "digits", text: digits, start, end: start + digits.length });
    else if (word !== undefined) {
      tokens.push({ kind: "word", text: word.toLowerCase().replaceAll("’", "'"), start, end: start + word.length });
    } else tokens.push({ kind: "other", text: raw, start, end: start + raw.length });
  }
  return tokens;
}

/** One `indexOf` loop per entry, as the word lists were searched before. */
function findFoldedReference(text: string, folded: string, list: readonly string[]) {
  const found: { words: string; written: string; start: number; end: number }[] = [];
  for (const words of list) {
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      const end = at + words.length;
      if (atWordBoundaries(folded, at, end)) found.push({ words, written: text.slice(at, end), start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findHedgesReference(text: string, profile: LanguageProfile) {
  const folded = foldWords(text);
  const found: object[] = [];
  for (const hedge of profile.hedges) {
    for (let at = folded.indexOf(hedge.words); at >= 0; at = folded.indexOf(hedge.words, at + 1)) {
      const end = at + hedge.words.length;
      if (atWordBoundaries(folded, at, end)) found.push({ ...hedge, written: text.slice(at, end), start: at, end });
    }
  }
  return found;
}

function findTimeRatesReference(text: string, profile: LanguageProfile) {
  const out: { start: number; unit?: string; way?: string }[] = [];
  const folded = foldWords(text);
  for (const [unit, list] of Object.entries(profile.timeRates) as [RateTimeUnit, readonly string[]][]) {
    for (const match of findFoldedReference(text, folded, list)) {
      if (!/^[\s\u00A0\u202F]*\d/.test(text.slice(match.end))) out.push({ ...match, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function findDirectionsReference(text: string, profile: LanguageProfile) {
  const out: { start: number; unit?: string; way?: string }[] = [];
  const folded = foldWords(text);
  for (const way of ["increase", "decrease", "unchanged"] as const) {
    for (const match of findFoldedReference(text, folded, profile.directions[way])) out.push({ ...match, way });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text of every span of every record the repository holds, with the record's language. */
function recordTexts(): { language: string; text: string }[] {
  const out: { language: string; text: string }[] = [];
  for (const { value: record } of repositoryRecordFiles()) {
    if (typeof record !== "object" || record === null || !("article" in record)) continue;
    const article = record.article as { language?: unknown; body?: unknown };
    if (typeof article.body !== "string" || typeof article.language !== "string") continue;
    const { body, language } = article;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === "object" && node !== null) {
        const { start, end } = node as { start?: unknown; end?: unknown };
        if (typeof start === "number" && typeof end === "number" && start < end && end <= body.length) {
          out.push({ language, text: body.slice(start, end) });
        }
        Object.values(node).forEach(visit);
      }
    };
    visit(record);
    // Whole sentences too: longer texts, with more words of each list.
    for (const sentence of body.split(/(?<=[.!?])\s+/)) out.push({ language, text: sentence });
  }
  return out;
}

const LANGUAGES = ["en", "de", "fr", "es"] as const;

function profileOf(tag: string): LanguageProfile {
  const profile = languageProfile(tag);
  if (profile === undefined) throw new Error(`no profile for ${tag}`);
  return profile;
}

/** Strings made of a language's list words, digits, marks, spaces, apostrophes and letters of other scripts. */
function phrases(profile: LanguageProfile): fc.Arbitrary<string> {
  const words = [
    ...profile.hedges.map((hedge) => hedge.words),
    ...Object.values(profile.timeRates).flat(),
    ...Object.values(profile.directions).flat(),
    ...profile.itemRates,
    ...Object.keys(profile.cardinals).slice(0, 20),
  ];
  const pieces = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((word) => word.toUpperCase()),
    fc.constantFrom(...words).map((word) => word.replaceAll("'", "\u2019")),
    fc.constantFrom(" ", "  ", "\u00A0", "\u202F", "\u2009", "\t", "\n", "-", "'", "\u2019", "\u02BC", ".", ",", "%"),
    fc.constantFrom("3", "500", "1,200", "3.5", "12 700", "4\u00A0200", "1'000", "2020", "7"),
    fc.constantFrom("é", "ß", "İ", "e\u0301", "\u{1D400}", "😀", "\uD800", "\uDC00", "日本", "x", "s", "n"),
  );
  return fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));
}

describe("the tokenizer", () => {
  it("gives the regular expression's tokens on every span and sentence of every record", () => {
    for (const { text } of recordTexts()) expect(tokenize(text)).toEqual(tokenizeReference(text));
  });

  it("gives the regular expression's tokens on generated strings in each language", () => {
    for (const tag of LANGUAGES) {
      fc.assert(
        fc.property(phrases(profileOf(tag)), (text) => {
          expect(tokenize(text)).toEqual(tokenizeReference(text));
        }),
        { numRuns: 400 },
      );
    }
  });

  it("gives the regular expression's tokens on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeReference(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("word lists searched by first letter", () => {
  const agree = (text: string, profile: LanguageProfile): void => {
    expect(findHedges(text, profile)).toEqual(findHedgesReference(text, profile));
    expect(findTimeRates(text, profile)).toEqual(findTimeRatesReference(text, profile));
    expect(findDirections(text, profile)).toEqual(findDirectionsReference(text, profile));
    expect(findWords(text, profile.itemRates)).toEqual(findFoldedReference(text, foldWords(text), profile.itemRates));
  };

  it("find what one search per entry finds, in the same order, on every span and sentence of every record", () => {
    let read = 0;
    for (const { language, text } of recordTexts()) {
      const profile = languageProfile(language);
      if (profile === undefined) continue;
      agree(text, profile);
      read++;
    }
    expect(read).toBeGreaterThan(500);
  });

  it("find what one search per entry finds on generated strings in each language", () => {
    for (const tag of LANGUAGES) {
      const profile = profileOf(tag);
      fc.assert(
        fc.property(phrases(profile), (text) => agree(text, profile)),
        { numRuns: 300 },
      );
    }
  });
});

/** Digits read with the regular expressions, as before. */
function readDigitsReference(written: string, format: DigitFormat): number | undefined {
  const readWith = (marks: DigitMarks): number | undefined => {
    const at = written.lastIndexOf(marks.decimal);
    const whole = at < 0 ? written : written.slice(0, at);
    const fraction = at < 0 ? "" : written.slice(at + 1);
    if (at >= 0 && !/^\d+$/.test(fraction)) return undefined;
    if (!/^\d+$/.test(whole)) {
      const mark = marks.groups.find((group) => whole.includes(group));
      if (mark === undefined) return undefined;
      const groups = whole.split(mark);
      const [first, ...rest] = groups;
      if (first === undefined || !/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) {
        return undefined;
      }
      return Number(`${groups.join("")}${at < 0 ? "" : `.${fraction}`}`);
    }
    return Number(`${whole}${at < 0 ? "" : `.${fraction}`}`);
  };
  for (const marks of format.marks) {
    const value = readWith(marks);
    if (value !== undefined) return value;
  }
  return undefined;
}

describe("digits read without regular expressions", () => {
  it("read what the regular expressions read, in each language and region", () => {
    const written = fc
      .array(fc.constantFrom(..."0123456789", ".", ",", "'", "\u2019", " ", "\u00A0", "\u202F", "\u2009", "x"), {
        maxLength: 14,
      })
      .map((parts) => parts.join(""));
    for (const tag of [...LANGUAGES, "de-CH", "fr-CH", "es-MX", "en-ZA", "it", "ja"]) {
      const format = digitFormat(tag);
      if (format === undefined) throw new Error(`no format for ${tag}`);
      fc.assert(
        fc.property(written, (text) => {
          expect(readDigits(text, format)).toBe(readDigitsReference(text, format));
        }),
        { numRuns: 500 },
      );
      const grouped = [
        "1234,567",
        "1234.567",
        "12,34",
        "1,2345",
        "1,234,567",
        "1,234,",
        ",123",
        "1 234 567",
        "1’234’5",
      ];
      for (const text of ["3,500", "15.000", "4,2", "12 700", "1’000", "2020", "1,5", "1.234,5", "0012", ...grouped]) {
        expect(readDigits(text, format)).toBe(readDigitsReference(text, format));
      }
    }
  });
});
