import { describe, expect, it } from "vitest";
import { ArticleSchema, LanguageTagSchema } from "../../src/schema/article.js";
import { COUNTRY_CODES, CountryCodeSchema } from "../../src/schema/country.js";
import { CURRENCY_CODES, CurrencyCodeSchema } from "../../src/schema/currency.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "../../src/schema/ids.js";
import { TextSpanSchema, VerbatimSpanSchema } from "../../src/schema/span.js";

describe("IdSchema", () => {
  it.each(["belarus", "ev-border-closure", "Q42", "a.b:c_d", "x1"])("accepts %s", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });
  it.each(["", "-lead", "trail-", "two--dashes", "has space", "ünï", "a".repeat(129)])("rejects %j", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
});

describe("LabelSchema", () => {
  it("accepts text and rejects empty or padded text", () => {
    expect(LabelSchema.safeParse("Alexander Lukashenko").success).toBe(true);
    expect(LabelSchema.safeParse("x").success).toBe(true);
    expect(LabelSchema.safeParse("").success).toBe(false);
    expect(LabelSchema.safeParse(" padded").success).toBe(false);
    expect(LabelSchema.safeParse("padded\n").success).toBe(false);
  });
});

describe("CountryCodeSchema", () => {
  it("holds the 249 assigned ISO 3166-1 alpha-2 codes and XK, once each, in upper case", () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });
  it("accepts BY, LT and Kosovo's XK, whose name the platform knows; rejects lower case, unassigned and other user-assigned codes", () => {
    expect(CountryCodeSchema.safeParse("BY").success).toBe(true);
    expect(CountryCodeSchema.safeParse("LT").success).toBe(true);
    expect(CountryCodeSchema.safeParse("XK").success).toBe(true);
    expect(new Intl.DisplayNames("en", { type: "region" }).of("XK")).toBe("Kosovo");
    for (const bad of ["by", "Lt", "XX", "XA", "QM", "AA", "ZZ", "UK", "BYS", ""]) {
      expect(CountryCodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("CurrencyCodeSchema", () => {
  it("holds unique upper-case three-letter codes", () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
  it("accepts EUR and BYN, rejects eur and unknown codes", () => {
    expect(CurrencyCodeSchema.safeParse("EUR").success).toBe(true);
    expect(CurrencyCodeSchema.safeParse("BYN").success).toBe(true);
    expect(CurrencyCodeSchema.safeParse("eur").success).toBe(false);
    expect(CurrencyCodeSchema.safeParse("ABC").success).toBe(false);
  });
});

describe("LanguageTagSchema", () => {
  it.each(["en", "en-GB", "be", "zh-Hant-TW", "sr-Latn", "es-419", "de-CH-1996"])("accepts %s", (tag) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(true);
  });
  it.each(["", "english", "EN", "en_GB", "en-", "e"])("rejects %j", (tag) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(false);
  });
});

describe("HttpUrlSchema", () => {
  it("accepts http and https URLs only", () => {
    expect(HttpUrlSchema.safeParse("https://www.wikidata.org/wiki/Q184").success).toBe(true);
    expect(HttpUrlSchema.safeParse("http://www.wikidata.org/entity/Q184").success).toBe(true);
    expect(HttpUrlSchema.safeParse("ftp://example.org/x").success).toBe(false);
    expect(HttpUrlSchema.safeParse("mailto:news@example.org").success).toBe(false);
    expect(HttpUrlSchema.safeParse("not a url").success).toBe(false);
  });
  it("takes a host name of up to 253 characters, the most DNS allows", () => {
    const host = (length: number): string => `${"a".repeat(63)}.`.repeat(4).slice(0, length - 4) + ".com";
    expect(host(253)).toHaveLength(253);
    expect(HttpUrlSchema.safeParse(`https://${host(253)}/`).success).toBe(true);
    expect(HttpUrlSchema.safeParse(`https://${host(253)}:8080/x`).success).toBe(true);
    const long = HttpUrlSchema.safeParse(`https://${host(254)}/`);
    expect(long.error?.issues.map((issue) => issue.code)).toEqual(["invalid_format"]);
  });
});

describe("the portable forms of the text patterns", () => {
  it.each(["x\n", "x\u0085", "\u0085x", "x\u00a0", "x\ufeff", "x\u2028", "x\u3000", " x", "x\t"])(
    "refuse a label that starts or ends with white space: %j",
    (text) => {
      expect(LabelSchema.safeParse(text).success).toBe(false);
    },
  );
  it.each(["a\nb", "a\u0085b", "x\u001c", "x\u200b", "Alexander Lukashenko"])(
    "accept a label with white space inside, or ending in a character that is not white space: %j",
    (text) => {
      expect(LabelSchema.safeParse(text).success).toBe(true);
    },
  );
  it.each(["ev-1\n", "\u0661\u0662", "x\u0663"])("refuse an id with a newline or digits outside ASCII: %j", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
  it.each(["en-\u0664\u0661\u0669", "en\n"])(
    "refuse a language tag with digits outside ASCII or a newline: %j",
    (tag) => {
      expect(LanguageTagSchema.safeParse(tag).success).toBe(false);
    },
  );
});

describe("TextSpanSchema and VerbatimSpanSchema", () => {
  it("takes non-negative integer offsets and an optional exact text", () => {
    expect(TextSpanSchema.safeParse({ start: 0, end: 7 }).success).toBe(true);
    expect(TextSpanSchema.safeParse({ start: 0, end: 7, exact: "Belarus" }).success).toBe(true);
    expect(TextSpanSchema.safeParse({ start: -1, end: 7 }).success).toBe(false);
    expect(TextSpanSchema.safeParse({ start: 0.5, end: 7 }).success).toBe(false);
    expect(TextSpanSchema.safeParse({ start: "0", end: 7 }).success).toBe(false);
    expect(TextSpanSchema.safeParse({ start: 0, end: 7, text: "Belarus" }).success).toBe(false);
  });
  it("requires exact on a verbatim span", () => {
    expect(VerbatimSpanSchema.safeParse({ start: 0, end: 7 }).success).toBe(false);
    expect(VerbatimSpanSchema.safeParse({ start: 0, end: 7, exact: "Belarus" }).success).toBe(true);
  });
});

describe("ArticleSchema", () => {
  const article = { id: "a", publishedAt: "2021-08-05", language: "en", body: "Text." };
  it("needs no headline, publisher or url", () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });
  it("rejects an empty body and a misspelt optional field", () => {
    expect(ArticleSchema.safeParse({ ...article, body: "" }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...article, headlne: "Typo" }).success).toBe(false);
  });
});
