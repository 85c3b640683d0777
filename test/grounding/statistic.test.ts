import { describe, expect, it } from "vitest";
import { checkStatisticText, type Reading } from "../../src/grounding/statistic.js";
import type { Quantity, Unit } from "../../src/index.js";
import { languageProfile } from "../../src/text/languages/index.js";
import { digitFormat } from "../../src/text/number-format.js";

function reading(tag: string): Reading {
  return { tag, profile: languageProfile(tag), format: digitFormat(tag) };
}

const people: Unit = { kind: "count", noun: "people" };
const percent: Unit = { kind: "percent" };
const eur: Unit = { kind: "money", currency: "EUR" };
const usd: Unit = { kind: "money", currency: "USD" };
const zar: Unit = { kind: "money", currency: "ZAR" };
const exact = (value: number): Quantity => ({ kind: "exact", value });
const about = (value: number, hedge: string): Quantity => ({ kind: "approximate", value, hedge });
const bound = (
  value: number,
  relation: "more-than" | "at-least" | "fewer-than" | "at-most",
  hedge: string,
): Quantity => ({
  kind: "bound",
  value,
  relation,
  hedge,
});

function outcome(tag: string, text: string, quantity: Quantity, unit: Unit): string {
  const result = checkStatisticText(text, quantity, unit, reading(tag));
  return result.status === "mismatched" ? result.code : result.status;
}

describe("statistics: what the span must show (each case once passed and must not)", () => {
  it.each([
    // Numbers outside English.
    ["de", "rund 15.000", about(15, "rund"), people, "statistic_mismatch"],
    ["de", "4,2 Millionen Euro", exact(42), eur, "statistic_mismatch"],
    ["de", "60 Prozent", exact(6), percent, "statistic_mismatch"],
    ["fr", "812", exact(813), people, "statistic_mismatch"],
    ["de-CH", "12’700", exact(127), people, "statistic_mismatch"],
    ["en", "15.000", exact(15000), people, "statistic_mismatch"],
    // Scale words.
    ["en", "€1.8 million", exact(1.8), eur, "statistic_mismatch"],
    ["en", "an estimated 4.1 million", about(4.1, "an estimated"), people, "statistic_mismatch"],
    ["en", "$7 billion", exact(7), usd, "statistic_mismatch"],
    // Numbers in words.
    ["en", "eight", exact(9), people, "statistic_mismatch"],
    ["en", "twelve days", exact(13), { kind: "duration", unit: "day" }, "statistic_mismatch"],
    ["de", "acht Wochen", exact(9), { kind: "duration", unit: "week" }, "statistic_mismatch"],
    ["en", "one in four", exact(999), percent, "statistic_mismatch"],
    ["en", "nearly a quarter", about(90, "nearly"), percent, "statistic_mismatch"],
    ["en", "a year", exact(5), { kind: "duration", unit: "year" }, "statistic_mismatch"],
    // A span without the number.
    ["en", "Belarus", exact(3500), people, "statistic_mismatch"],
    ["en", "About", about(3500, "About"), people, "statistic_mismatch"],
    // Hedges dropped or turned round.
    ["en", "some 3,500", exact(3500), people, "hedge_mismatch"],
    ["en", "nearly 30%", exact(30), percent, "hedge_mismatch"],
    ["de", "rund 15.000", exact(15000), people, "hedge_mismatch"],
    ["en", "at least 2,000", exact(2000), people, "hedge_mismatch"],
    ["en", "an estimated 4.1 million", exact(4_100_000), people, "hedge_mismatch"],
    ["en", "at least 2,000", bound(2000, "at-most", "at least"), people, "hedge_mismatch"],
    ["de", "mindestens 2.000", bound(2000, "at-most", "mindestens"), people, "hedge_mismatch"],
    ["en", "fewer than 50", bound(50, "more-than", "fewer than"), people, "hedge_mismatch"],
    ["de", "bis zu 50", bound(50, "at-least", "bis zu"), people, "hedge_mismatch"],
    ["en", "some 3,500", about(3500, "e"), people, "hedge_mismatch"],
    ["en", "some 3,500", about(3500, "me"), people, "hedge_mismatch"],
    ["en", "Most", { kind: "vague", expression: "mo" }, percent, "hedge_mismatch"],
    ["en", "About 300", about(300, "ABOUT"), people, "hedge_mismatch"],
    ["en", "at least 2,000", about(2000, "at least"), people, "hedge_mismatch"],
    ["fr", "une vingtaine", exact(20), people, "hedge_mismatch"],
    // Units and currencies.
    ["en", "95 South African rand", exact(95), usd, "unit_mismatch"],
    ["en", "$3 to $5", { kind: "range", min: 3, max: 5 }, eur, "unit_mismatch"],
    ["de", "4,2 Millionen Euro", exact(4_200_000), usd, "unit_mismatch"],
    ["en", "67%", exact(67), people, "unit_mismatch"],
    ["en", "2,917", exact(2917), percent, "unit_mismatch"],
    ["en", "680-kilometre", exact(680), { kind: "length", unit: "m" }, "unit_mismatch"],
    ["de", "30 Minuten", exact(30), { kind: "duration", unit: "hour" }, "unit_mismatch"],
  ] as const)("%s %j as %j is %s", (tag, text, quantity, unit, expected) => {
    expect(outcome(tag, text, quantity, unit)).toBe(expected);
  });
});

describe("statistics: what the span shows and holds", () => {
  it.each([
    ["en", "some 3,500", about(3500, "some"), people],
    ["en", "About 300", about(300, "About"), people],
    ["en", "About 300", about(300, "about"), people],
    ["en", "€1.8 million", exact(1_800_000), eur],
    ["en", "an estimated 4.1 million", about(4_100_000, "an estimated"), people],
    ["en", "one in four", exact(25), percent],
    ["en", "nearly a quarter", about(25, "nearly"), percent],
    ["en", "fewer than one in twenty", bound(5, "fewer-than", "fewer than"), percent],
    ["en", "a year", exact(1), { kind: "duration", unit: "year" }],
    ["en", "680-kilometre", exact(680), { kind: "length", unit: "km" }],
    ["en", "95 South African rand", exact(95), zar],
    ["en", "R95", exact(95), zar],
    ["en", "$3 to $5", { kind: "range", min: 3, max: 5 }, usd],
    ["en", "nearly 30%", about(30, "nearly"), percent],
    ["en", "nearly 30%", bound(30, "fewer-than", "nearly"), percent],
    ["en-GB", "£5m", exact(5_000_000), { kind: "money", currency: "GBP" }],
    ["de", "rund 15.000", about(15_000, "rund"), people],
    ["de", "4,2 Millionen Euro", exact(4_200_000), eur],
    ["de", "60 Prozent", exact(60), percent],
    ["de", "acht Wochen", exact(8), { kind: "duration", unit: "week" }],
    ["de", "bis zu 50", bound(50, "at-most", "bis zu"), people],
    ["de", "zwischen 200 und 250", { kind: "range", min: 200, max: 250 }, people],
    ["de-CH", "12’700", exact(12_700), people],
    ["fr", "12\u00A0700", exact(12_700), people],
    ["fr", "2,1 milliards de francs", exact(2_100_000_000), { kind: "money", currency: "CHF" }],
    ["fr", "plus de 800", bound(800, "more-than", "plus de"), people],
    ["fr", "jusqu’à 30 %", bound(30, "at-most", "jusqu'à"), percent],
    ["fr", "une vingtaine", about(20, "une vingtaine"), people],
    ["fr", "la moitié", exact(50), percent],
    ["es", "unos 3.000 millones de pesos", about(3_000_000_000, "unos"), { kind: "money", currency: "MXN" }],
    ["es", "más de 40 por ciento", bound(40, "more-than", "más de"), percent],
    ["es", "uno de cada cuatro", exact(25), percent],
    ["es", "tres días", exact(3), { kind: "duration", unit: "day" }],
    ["en", "Most", { kind: "vague", expression: "most" }, percent],
    ["en", "several hundred", { kind: "vague", expression: "several hundred", min: 300, max: 999 }, people],
  ] as const)("%s %j as %j holds", (tag, text, quantity, unit) => {
    expect(checkStatisticText(text, quantity, unit, reading(tag))).toEqual({ status: "grounded" });
  });
});

describe("statistics: what cannot be checked is unchecked, never grounded", () => {
  it("leaves a hedge outside the lexicon unchecked, with the reason", () => {
    expect(checkStatisticText("a good 300", about(300, "a good"), people, reading("en"))).toMatchObject({
      status: "unchecked",
      reason: "hedge not in lexicon",
    });
  });

  it("reads digits in any language Intl knows, but not its hedges", () => {
    expect(checkStatisticText("4,2 milioni", exact(4_200_000), people, reading("it"))).toMatchObject({
      status: "unchecked",
      reason: "language not read",
    });
    expect(checkStatisticText("4,2 milioni", exact(42), people, reading("it"))).toMatchObject({
      status: "mismatched",
      code: "statistic_mismatch",
    });
    expect(checkStatisticText("circa 300", about(300, "circa"), people, reading("it"))).toMatchObject({
      status: "unchecked",
    });
  });

  it("leaves numbers in words of an unread language unchecked", () => {
    expect(checkStatisticText("otto", exact(8), people, reading("it"))).toMatchObject({ status: "unchecked" });
  });

  it("leaves a language Intl does not know unchecked", () => {
    expect(checkStatisticText("300", exact(300), people, reading("zz"))).toMatchObject({
      status: "unchecked",
      reason: "no number format",
    });
  });
});
