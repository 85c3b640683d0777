// The shortcuts grounding takes for plain text give the answers of the
// general code they stand in front of: folding a name that is already plain,
// and deciding a word boundary between two ASCII characters or next to a
// quotation mark, a dash or a space, and the character classes that let
// Latin letters and General Punctuation skip the Unicode property regular
// expressions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldChar, foldText } from "../../src/grounding/fold.js";
import { isGeneralPunctuation, isLatinLetter } from "../../src/internal/text.js";
import { insideWord } from "../../src/text/boundaries.js";

/** Folding as written before the shortcut: every text takes the general path. */
function foldReference(text: string): string {
  return text
    .replace(
      /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00AD]/g,
      foldChar,
    )
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The word-boundary test as written before the shortcut, for ASCII neighbours. */
function insideWordReference(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charAt(offset - 1);
  const after = text.charAt(offset);
  const digit = /\p{Nd}/u;
  const mark = /[.,'’\u00A0\u202F]/;
  if (digit.test(before) && mark.test(after) && digit.test(text.charAt(offset + 1))) return true;
  if (mark.test(before) && digit.test(after) && digit.test(text.charAt(offset - 2))) return true;
  const word = /[\p{L}\p{N}\p{M}]/u;
  return word.test(before) && word.test(after);
}

const CHARS = [
  ..."aZ09 .,'-_`\"",
  "\t",
  "\n",
  "\u00A0",
  "\u202F",
  "\u2009",
  "\u3000",
  "\uFEFF",
  "\u2019",
  "\u201C",
  "\u2013",
  "\u00AD",
  "\u00AB",
  "É",
  "ß",
  "İ",
  "٣",
  "🙂",
];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((chars) => chars.join(""));

describe("fast paths", () => {
  it("foldText gives the general folding's answer on any mix of plain and special characters", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(foldText(text)).toBe(foldReference(text));
      }),
      { numRuns: 5000 },
    );
    expect(foldText("The  Bloc")).toBe("the bloc");
    expect(foldText(" Minsk")).toBe("minsk");
    expect(foldText("Lukashenko’s")).toBe("lukashenko's");
  });

  it("insideWord gives the general test's answer between ASCII characters", () => {
    const asciiArb = fc
      .array(fc.constantFrom(..."aZ09 .,'-_\"", "\u00A0", "٣", "é"), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(asciiArb, fc.nat(9), (text, at) => {
        expect(insideWord(text, at, "en")).toBe(insideWordReference(text, at));
      }),
      { numRuns: 5000 },
    );
    expect(insideWord("3,500", 1, "en")).toBe(true);
    expect(insideWord("Chilean", 5, "en")).toBe(true);
    expect(insideWord("Chile an", 5, "en")).toBe(false);
  });

  it("insideWord gives the general test's answer next to quotation marks, dashes and spaces", () => {
    const marks = [..."“”„‘’‚‛‟«»‹›–—‐‑‒―…"];
    const mixedArb = fc
      .array(fc.constantFrom(..."aZ09 .,'-", "\u00A0", "\u202F", "٣", "é", "ß", "\u0301", ...marks), {
        minLength: 1,
        maxLength: 8,
      })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(mixedArb, fc.nat(9), (text, at) => {
        expect(insideWord(text, at, "de")).toBe(insideWordReference(text, at));
      }),
      { numRuns: 10000 },
    );
    // ’ joins digits ("1’000"), the other marks never do.
    expect(insideWord("1’000", 1, "de")).toBe(true);
    expect(insideWord("«1»000", 2, "fr")).toBe(false);
    expect(insideWord("„Ja“", 1, "de")).toBe(false);
    expect(insideWord("l’État", 2, "fr")).toBe(false);
  });

  it("isLatinLetter holds letters only, and isGeneralPunctuation no letter, mark or number", () => {
    let latin = 0;
    let punctuation = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isLatinLetter(code)) {
        latin++;
        expect(/^\p{L}$/u.test(char) && !/[\p{N}\p{M}]/u.test(char), char).toBe(true);
      }
      if (isGeneralPunctuation(code)) {
        punctuation++;
        expect(/[\p{L}\p{N}\p{M}]/u.test(char), `U+${code.toString(16)}`).toBe(false);
      }
    }
    expect([latin, punctuation]).toEqual([0x250 - 0xc0 - 2, 0x70]);
  });

  it("insideWord gives the general test's answer next to any character of a script written with spaces", () => {
    const unspaced =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    let compared = 0;
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if ((code >= 0xd800 && code <= 0xdfff) || unspaced.test(char)) continue;
      for (const text of [`a${char}b`, `1${char}5`, `${char}${char}`]) {
        for (const at of [1, 2]) {
          compared++;
          if (insideWord(text, at, "en") !== insideWordReference(text, at)) {
            expect(insideWord(text, at, "en"), `${JSON.stringify(text)} at ${at}`).toBe(insideWordReference(text, at));
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(200_000);
  });
});
