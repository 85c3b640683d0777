import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { formatQuantity, type Quantity, type Unit } from "../../src/index.js";

const people: Unit = { kind: "count", noun: "people" };
const eur: Unit = { kind: "money", currency: "EUR" };
const km: Unit = { kind: "length", unit: "km" };
const percent: Unit = { kind: "percent" };

describe("formatQuantity in English", () => {
  it.each<[string, Quantity, Unit]>([
    ["some 3,500 people", { kind: "approximate", value: 3500, hedge: "some" }, people],
    ["between 300 and 400 workers", { kind: "range", min: 300, max: 400 }, { kind: "count", noun: "workers" }],
    [
      "several hundred migrants",
      { kind: "vague", expression: "several hundred", min: 300, max: 999 },
      { kind: "count", noun: "migrants" },
    ],
    ["680 km", { kind: "exact", value: 680 }, km],
    ["nearly 40%", { kind: "approximate", value: 40, hedge: "nearly" }, percent],
    ["€2.5 million", { kind: "exact", value: 2_500_000 }, eur],
    ["more than 200 people", { kind: "bound", value: 200, relation: "more-than", hedge: "more than" }, people],
    ["roughly 30 to 40%", { kind: "range", min: 30, max: 40, hedge: "roughly" }, percent],
    ["between €2 million and €3 million", { kind: "range", min: 2e6, max: 3e6 }, eur],
    ["most (more than 50%)", { kind: "vague", expression: "most", min: 50, max: 100 }, percent],
    ["most (no figure given)", { kind: "vague", expression: "most" }, percent],
    ["a large part (10% to 40%)", { kind: "vague", expression: "a large part", min: 10, max: 40 }, percent],
    ["a small share (at most 5%)", { kind: "vague", expression: "a small share", max: 5 }, percent],
    ["dozens of kilometers", { kind: "vague", expression: "dozens" }, km],
    ["millions of euros", { kind: "vague", expression: "millions" }, eur],
    ["a year", { kind: "exact", value: 1 }, { kind: "duration", unit: "year" }],
    [
      "more than an hour",
      { kind: "bound", value: 1, relation: "more-than", hedge: "more than" },
      { kind: "duration", unit: "hour" },
    ],
    ["1 site", { kind: "exact", value: 1 }, { kind: "count", noun: "sites" }],
    ["1 ship", { kind: "exact", value: 1 }, { kind: "count", noun: "ships" }],
    [
      "at least 1 arrest",
      { kind: "bound", value: 1, relation: "at-least", hedge: "at least" },
      { kind: "count", noun: "arrests" },
    ],
    ["1 person", { kind: "exact", value: 1 }, people],
    ["1 city", { kind: "exact", value: 1 }, { kind: "count", noun: "cities" }],
    ["1 bus", { kind: "exact", value: 1 }, { kind: "count", noun: "buses" }],
    ["1 news agency", { kind: "exact", value: 1 }, { kind: "count", noun: "news agencies" }],
    ["months", { kind: "vague", expression: "months" }, { kind: "duration", unit: "month" }],
    ["several weeks", { kind: "vague", expression: "several" }, { kind: "duration", unit: "week" }],
    [
      "three decades",
      { kind: "vague", expression: "three decades", min: 30, max: 39 },
      { kind: "duration", unit: "year" },
    ],
    ["dozens of people", { kind: "vague", expression: "dozens" }, people],
    ["3.4 million tonnes", { kind: "exact", value: 3_400_000 }, { kind: "mass", unit: "t" }],
    ["some 3.4 million tonnes", { kind: "approximate", value: 3_400_000, hedge: "some" }, { kind: "mass", unit: "t" }],
    ["2 million square kilometres", { kind: "exact", value: 2e6 }, { kind: "area", unit: "km2" }],
    ["1.5 million kilometers", { kind: "exact", value: 1.5e6 }, km],
    ["3 weeks", { kind: "exact", value: 3 }, { kind: "duration", unit: "week" }],
    ["12 ha", { kind: "exact", value: 12 }, { kind: "area", unit: "ha" }],
    ["1,200 km²", { kind: "exact", value: 1200 }, { kind: "area", unit: "km2" }],
    ["about 40 t", { kind: "approximate", value: 40, hedge: "about" }, { kind: "mass", unit: "t" }],
    ["€250,000", { kind: "exact", value: 250_000 }, eur],
    ["€2.50", { kind: "exact", value: 2.5 }, eur],
    ["$1.2 billion", { kind: "exact", value: 1.2e9 }, { kind: "money", currency: "USD" }],
    ["2.5 million people", { kind: "exact", value: 2.5e6 }, people],
    ["0.75 km", { kind: "exact", value: 0.75 }, km],
  ])("writes %j", (expected, quantity, unit) => {
    expect(formatQuantity(quantity, unit)).toBe(expected);
  });

  it("keeps every digit of a large number that its scale word would round", () => {
    expect(formatQuantity({ kind: "exact", value: 2_537_912 }, people)).toBe("2,537,912 people");
    expect(formatQuantity({ kind: "exact", value: 2_537_912 }, eur)).toBe("€2,537,912");
  });

  it("writes every statistic of the seed record with its hedge", () => {
    const written = seed.statistics.map((s) => formatQuantity(s.quantity, s.unit));
    expect(written).toEqual([
      "several hundred migrants",
      "mainly (more than 50%)",
      "some 3,500 people",
      "680 km",
      "most (more than 50%)",
      "a year",
      "large parts (no figure given)",
    ]);
  });
});

describe("formatQuantity in other locales", () => {
  it("writes numbers, units and currencies the German way, with the record's German words", () => {
    const de = { locale: "de" };
    const menschen: Unit = { kind: "count", noun: "Menschen" };
    expect(formatQuantity({ kind: "approximate", value: 3500, hedge: "rund" }, menschen, de)).toBe(
      "rund 3.500 Menschen",
    );
    expect(formatQuantity({ kind: "approximate", value: 40, hedge: "fast" }, percent, de)).toBe("fast 40\u00A0%");
    expect(formatQuantity({ kind: "exact", value: 2_500_000 }, eur, de)).toBe("2,5 Millionen Euro");
    expect(formatQuantity({ kind: "exact", value: 0.75 }, km, de)).toMatch(/^0,75\skm$/);
    expect(formatQuantity({ kind: "exact", value: 1 }, { kind: "duration", unit: "year" }, de)).toBe("ein Jahr");
    expect(formatQuantity({ kind: "range", min: 200, max: 250 }, { kind: "count", noun: "Beschäftigte" }, de)).toBe(
      "zwischen 200 und 250 Beschäftigte",
    );
    expect(
      formatQuantity({ kind: "range", min: 200, max: 250, hedge: "rund" }, { kind: "count", noun: "Beschäftigte" }, de),
    ).toBe("rund 200 bis 250 Beschäftigte");
    expect(formatQuantity({ kind: "vague", expression: "dutzende" }, km, de)).toBe("dutzende Kilometer");
    expect(formatQuantity({ kind: "exact", value: 1 }, { kind: "count", noun: "Personen" }, de)).toBe("1 Person");
    // No rule turns "Schiffe" back into "Schiff" safely: the record's noun stays.
    expect(formatQuantity({ kind: "exact", value: 1 }, { kind: "count", noun: "Schiffe" }, de)).toBe("1 Schiffe");
  });

  it("words hedges and bounds afresh when the record's words are in another language", () => {
    const de = { locale: "de", wordsLanguage: "en" };
    const menschen: Unit = { kind: "count", noun: "Menschen" };
    expect(formatQuantity({ kind: "approximate", value: 1.8e6, hedge: "about" }, eur, de)).toBe(
      "etwa 1,8 Millionen Euro",
    );
    expect(formatQuantity({ kind: "bound", value: 200, relation: "more-than", hedge: "more than" }, menschen, de)).toBe(
      "mehr als 200 Menschen",
    );
    expect(
      formatQuantity({ kind: "range", min: 200, max: 250, hedge: "roughly" }, menschen, {
        locale: "fr",
        wordsLanguage: "en",
      }),
    ).toBe("environ 200 à 250 Menschen");
    expect(
      formatQuantity({ kind: "bound", value: 5, relation: "at-most", hedge: "up to" }, percent, {
        locale: "es",
        wordsLanguage: "en-GB",
      }),
    ).toBe("como máximo 5\u00A0%");
    // Same language: the record's own hedge.
    expect(
      formatQuantity({ kind: "bound", value: 50, relation: "at-most", hedge: "up to" }, percent, {
        wordsLanguage: "en",
      }),
    ).toBe("up to 50%");
  });

  it("takes a list of locales, best first, and English when the list is empty", () => {
    const q: Quantity = { kind: "exact", value: 3500 };
    expect(formatQuantity(q, people, { locale: ["de-CH", "de"] })).toBe(
      `${new Intl.NumberFormat("de-CH").format(3500)} people`,
    );
    expect(formatQuantity(q, people, { locale: [] })).toBe("3,500 people");
    expect(formatQuantity(q, people, { locale: ["not a locale!", "fr"] })).toBe("3\u202F500 people");
  });

  it("writes other languages in English throughout, numbers included, rather than mixing two", () => {
    for (const locale of ["ja", "ar-EG", "ru", "pt-BR"]) {
      expect(formatQuantity({ kind: "approximate", value: 1_234_567.5, hedge: "about" }, people, { locale })).toBe(
        "about 1,234,567.5 people",
      );
    }
  });

  it("never throws: a bad locale falls back to English, a bad quantity or unit is named", () => {
    const q: Quantity = { kind: "exact", value: 3500 };
    for (const locale of ["not a locale!", "", "x", null, 42, {}, ["", 7]]) {
      expect(formatQuantity(q, people, { locale } as never)).toBe("3,500 people");
    }
    expect(formatQuantity(q, people, { locale: "de_DE" })).toBe("3.500 people");
    expect(formatQuantity(q, people, null as never)).toBe("3,500 people");
    const unknownKind = formatQuantity({ kind: "fraction", value: 3 } as never, people);
    expect(unknownKind).toBe(
      'Not a well-formed quantity at kind: Expected "kind" to be one of "exact", "approximate", "bound", "range", "vague", "ratio".',
    );
    expect(typeof formatQuantity(undefined as never, undefined as never)).toBe("string");
    expect(formatQuantity(q, { kind: "weight" } as never)).toMatch(/^Not a well-formed unit at kind/);
  });
});

describe("values a JavaScript caller may pass", () => {
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error("boom");
      },
    },
  );
  it("answers in words, never throws, when a getter of the quantity, the unit or the options throws", () => {
    const quantity = { kind: "exact", value: 3 } as const;
    const unit = { kind: "percent" } as const;
    expect(formatQuantity(throwing as Quantity, unit)).toMatch(/^Not a well-formed quantity: .*boom/);
    expect(formatQuantity(quantity, throwing as Unit)).toMatch(/^Not a well-formed unit: .*boom/);
    expect(formatQuantity(quantity, unit, throwing)).toBe("3%");
  });
});
