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
    ["roughly between 30 and 40%", { kind: "range", min: 30, max: 40, hedge: "roughly" }, percent],
    ["between €2 million and €3 million", { kind: "range", min: 2e6, max: 3e6 }, eur],
    ["most", { kind: "vague", expression: "most", min: 50, max: 100 }, percent],
    ["dozens of kilometers", { kind: "vague", expression: "dozens" }, km],
    ["millions of euros", { kind: "vague", expression: "millions" }, eur],
    ["1 year", { kind: "exact", value: 1 }, { kind: "duration", unit: "year" }],
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
      "some 3,500 people",
      "680 km",
      "most",
      "1 year",
      "large parts",
    ]);
  });
});

describe("formatQuantity in other locales", () => {
  it("writes numbers, units and currencies the German way and keeps the record's words", () => {
    const de = { locale: "de" };
    expect(formatQuantity({ kind: "approximate", value: 3500, hedge: "some" }, people, de)).toBe("some 3.500 people");
    expect(formatQuantity({ kind: "approximate", value: 40, hedge: "nearly" }, percent, de)).toBe("nearly 40\u00A0%");
    expect(formatQuantity({ kind: "exact", value: 2_500_000 }, eur, de)).toBe("2,5 Millionen\u00A0€");
    expect(formatQuantity({ kind: "exact", value: 0.75 }, km, de)).toMatch(/^0,75\skm$/);
    expect(formatQuantity({ kind: "exact", value: 1 }, { kind: "duration", unit: "year" }, de)).toBe("1 Jahr");
  });

  it("agrees with Intl.NumberFormat for any locale", () => {
    for (const locale of ["fr", "en-IN", "ar-EG", "ja"]) {
      const expected = `${new Intl.NumberFormat(locale).format(1234567.5)} people`;
      expect(formatQuantity({ kind: "exact", value: 1_234_567.5 }, people, { locale })).toBe(expected);
    }
  });

  it("takes a list of locales, best first, and English when the list is empty", () => {
    const q: Quantity = { kind: "exact", value: 3500 };
    expect(formatQuantity(q, people, { locale: ["de-CH", "de"] })).toBe(
      `${new Intl.NumberFormat("de-CH").format(3500)} people`,
    );
    expect(formatQuantity(q, people, { locale: [] })).toBe("3,500 people");
  });

  it("throws a RangeError for a locale that is not a language tag, as Intl does", () => {
    expect(() => formatQuantity({ kind: "exact", value: 1 }, people, { locale: "not a locale!" })).toThrow(RangeError);
  });
});
