import { describe, expect, it } from "vitest";
import {
  type Actor,
  checkGrounding,
  type GroundingEntry,
  type NewsEvent,
  type NewsRecord,
  type PlaceEntry,
  type Quote,
  regroundRecord,
  type Statistic,
} from "../../src/index.js";

/** The offsets of the first `text` in `source` (after `from`), with its exact words; throws when absent. */
function at(source: string, text: string, from = 0): { start: number; end: number; exact: string } {
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(text)} is not in ${JSON.stringify(source)}`);
  return { start, end: start + text.length, exact: text };
}

/** The same offsets without `exact`: what a span carries when only its position is recorded. */
function bare(source: string, text: string): { start: number; end: number } {
  const { start, end } = at(source, text);
  return { start, end };
}

interface Facts {
  readonly actors?: Actor[];
  readonly events?: NewsEvent[];
  readonly quotes?: Quote[];
  readonly statistics?: Statistic[];
  readonly places?: PlaceEntry[];
  readonly article?: Partial<NewsRecord["article"]>;
}

function record(language: string, body: string, facts: Facts = {}): NewsRecord {
  return {
    schemaVersion: "1.1",
    article: { id: "invented", publishedAt: "2025-03-01", language, body, ...facts.article },
    actors: facts.actors ?? [],
    events: facts.events ?? [],
    quotes: facts.quotes ?? [],
    statistics: facts.statistics ?? [],
    ...(facts.places === undefined ? {} : { places: facts.places }),
  };
}

/** A record of one statistic whose span is `spanText` in `body`. */
function statistic(language: string, body: string, spanText: string, fields: Partial<Statistic>): NewsRecord {
  const base: Statistic = {
    id: "st-1",
    measure: "figure",
    quantity: { kind: "exact", value: 0 },
    unit: { kind: "count", noun: "people" },
    span: at(body, spanText),
  };
  return record(language, body, { statistics: [{ ...base, ...fields }] });
}

function entryAt(report: { entries: readonly GroundingEntry[] }, path: readonly (string | number)[]): GroundingEntry {
  const found = report.entries.find((e) => e.path.join(".") === path.join("."));
  if (found === undefined) throw new Error(`no entry at ${path.join(".")}`);
  return found;
}

/** The status of the entry at `path`, or its code when it is mismatched. */
function outcome(r: NewsRecord, path: readonly (string | number)[] = ["statistics", 0, "span"]): string {
  const entry = entryAt(checkGrounding(r), path);
  return entry.status === "mismatched" ? (entry.code ?? "mismatched") : entry.status;
}

const proportion = { kind: "proportion" } as const;
const ratio = (numerator: number, denominator: number, more: { hedge?: string; relation?: "fewer-than" } = {}) =>
  ({ kind: "ratio", numerator, denominator, ...more }) as const;
const exact = (value: number) => ({ kind: "exact", value }) as const;

describe("rule 3: a ratio reads as its share", () => {
  it.each([
    ["en", "One in four adults had no doctor.", "One in four", ratio(1, 4), "grounded"],
    ["en", "One in four adults had no doctor.", "One in four", ratio(1, 5), "statistic_mismatch"],
    ["en", "Rents are nearly a quarter higher.", "nearly a quarter", ratio(1, 4, { hedge: "nearly" }), "grounded"],
    ["en", "Rents are nearly a quarter higher.", "nearly a quarter", ratio(1, 4), "hedge_mismatch"],
    [
      "en",
      "Fewer than one in twenty buses ran.",
      "Fewer than one in twenty",
      ratio(1, 20, { hedge: "Fewer than", relation: "fewer-than" }),
      "grounded",
    ],
    ["en", "Tickets cost twice the old price.", "twice", ratio(2, 1), "grounded"],
    ["en", "Tickets cost twice the old price.", "twice", ratio(3, 1), "statistic_mismatch"],
    ["en", "25 of every 100 trains were late.", "25 of every 100", ratio(25, 100), "grounded"],
    ["en", "25% of trains were late.", "25%", ratio(1, 4), "unit_mismatch"],
    ["de", "Einer von vier Erwachsenen hat keinen Hausarzt.", "Einer von vier", ratio(1, 4), "grounded"],
    ["de", "Einer von vier Erwachsenen hat keinen Hausarzt.", "Einer von vier", ratio(1, 3), "statistic_mismatch"],
    ["fr", "Un adulte sur quatre n'a pas de médecin.", "Un adulte sur quatre", ratio(1, 4), "statistic_mismatch"],
    ["fr", "Un sur quatre n'a pas de médecin.", "Un sur quatre", ratio(1, 4), "grounded"],
    ["fr", "Un sur quatre n'a pas de médecin.", "Un sur quatre", ratio(1, 2), "statistic_mismatch"],
    ["es", "Uno de cada cuatro adultos no tiene médico.", "Uno de cada cuatro", ratio(1, 4), "grounded"],
    ["es", "Uno de cada cuatro adultos no tiene médico.", "Uno de cada cuatro", ratio(1, 5), "statistic_mismatch"],
  ])("%s %j at %j", (language, body, spanText, quantity, expected) => {
    expect(outcome(statistic(language, body, spanText, { quantity, unit: proportion }))).toBe(expected);
  });
});

describe("rule 4: the new units", () => {
  const celsius = { kind: "temperature", unit: "celsius" } as const;
  const fahrenheit = { kind: "temperature", unit: "fahrenheit" } as const;
  it.each([
    ["en", "It reached 38 °C on Monday.", "38 °C", exact(38), celsius, "grounded"],
    ["en", "It reached 38 °C on Monday.", "38 °C", exact(38), fahrenheit, "unit_mismatch"],
    ["en", "It reached 101°F on Monday.", "101°F", exact(101), fahrenheit, "grounded"],
    ["en", "It reached 101°F on Monday.", "101°F", exact(101), celsius, "unit_mismatch"],
    ["en", "A 54-year-old driver was hurt.", "54-year-old", exact(54), { kind: "age", unit: "year" }, "grounded"],
    ["en", "A 54-year-old driver was hurt.", "54-year-old", exact(54), celsius, "unit_mismatch"],
    ["en", "The index lost 120 points.", "120 points", exact(120), { kind: "points" }, "grounded"],
    ["en", "The index lost 120 points.", "120 points", exact(120), { kind: "percent" }, "unit_mismatch"],
    ["en", "Crews cleared 5 pounds of debris.", "5 pounds", exact(5), { kind: "mass", unit: "lb" }, "grounded"],
    ["en", "Crews cleared 5 pounds of debris.", "5 pounds", exact(5), { kind: "mass", unit: "kg" }, "unit_mismatch"],
    ["de", "Es fielen 5 cm Schnee.", "5 cm", exact(5), { kind: "length", unit: "cm" }, "grounded"],
    ["de", "Es fielen 5 cm Schnee.", "5 cm", exact(5), { kind: "length", unit: "mm" }, "unit_mismatch"],
    ["de", "Es fielen 40 Liter pro Quadratmeter.", "40 Liter", exact(40), { kind: "volume", unit: "l" }, "grounded"],
    [
      "de",
      "Es fielen 40 Liter pro Quadratmeter.",
      "40 Liter",
      exact(40),
      { kind: "volume", unit: "ml" },
      "unit_mismatch",
    ],
    [
      "de",
      "Ein Beben der Stärke 5,4 erschütterte die Stadt.",
      "Stärke 5,4",
      exact(5.4),
      { kind: "magnitude", scale: "unspecified" },
      "grounded",
    ],
    [
      "de",
      "Ein Beben der Stärke 5,4 erschütterte die Stadt.",
      "Stärke 5,4",
      exact(5.4),
      { kind: "age", unit: "year" },
      "unit_mismatch",
    ],
    ["fr", "Il est tombé 12 mm de pluie.", "12 mm", exact(12), { kind: "length", unit: "mm" }, "grounded"],
    ["fr", "Il est tombé 12 mm de pluie.", "12 mm", exact(12), { kind: "length", unit: "cm" }, "unit_mismatch"],
    [
      "fr",
      "Un séisme de magnitude 6,1 a frappé.",
      "magnitude 6,1",
      exact(6.1),
      { kind: "magnitude", scale: "moment" },
      "grounded",
    ],
    ["fr", "Un séisme de magnitude 6,1 a frappé.", "magnitude 6,1", exact(6.1), { kind: "points" }, "unit_mismatch"],
    [
      "es",
      "Se vertieron 300 barriles de crudo.",
      "300 barriles",
      exact(300),
      { kind: "volume", unit: "barrel" },
      "grounded",
    ],
    [
      "es",
      "Se vertieron 300 barriles de crudo.",
      "300 barriles",
      exact(300),
      { kind: "volume", unit: "hl" },
      "unit_mismatch",
    ],
    [
      "es",
      "Un hombre de 54 años de edad murió.",
      "54 años de edad",
      exact(54),
      { kind: "age", unit: "year" },
      "grounded",
    ],
    ["es", "Un hombre de 54 años de edad murió.", "54 años de edad", exact(54), fahrenheit, "unit_mismatch"],
    ["es", "Se alcanzaron 44 °C en Sevilla.", "44 °C", exact(44), celsius, "grounded"],
    ["es", "Se alcanzaron 44 °C en Sevilla.", "44 °C", exact(44), { kind: "length", unit: "cm" }, "unit_mismatch"],
  ] as const)("%s %j at %j", (language, body, spanText, quantity, unit, expected) => {
    expect(outcome(statistic(language, body, spanText, { quantity, unit }))).toBe(expected);
  });
});

describe("rule 5: rates", () => {
  const eur = { kind: "money", currency: "EUR" } as const;
  const month = { kind: "time", unit: "month" } as const;
  it.each([
    ["en", "The club pays €1.8 million a month.", "€1.8 million a month", exact(1.8e6), eur, month, "grounded"],
    [
      "en",
      "The club pays €1.8 million a month.",
      "€1.8 million a month",
      exact(1.8e6),
      eur,
      { kind: "time", unit: "week" },
      "rate_mismatch",
    ],
    [
      "en",
      "The club pays €1.8 million a month.",
      "€1.8 million a month",
      exact(1.8e6),
      eur,
      undefined,
      "rate_mismatch",
    ],
    ["en", "The club pays €1.8 million a month.", "€1.8 million", exact(1.8e6), eur, month, "rate_mismatch"],
    [
      "de",
      "Rund 15.000 Pendler täglich nutzen die Brücke.",
      "Rund 15.000 Pendler täglich",
      { kind: "approximate", value: 15000, hedge: "Rund" },
      { kind: "count", noun: "commuters" },
      { kind: "time", unit: "day" },
      "grounded",
    ],
    [
      "de",
      "Rund 15.000 Pendler täglich nutzen die Brücke.",
      "Rund 15.000 Pendler täglich",
      { kind: "approximate", value: 15000, hedge: "Rund" },
      { kind: "count", noun: "commuters" },
      month,
      "rate_mismatch",
    ],
    [
      "de",
      "Rund 15.000 Pendler täglich nutzen die Brücke.",
      "Rund 15.000 Pendler täglich",
      { kind: "approximate", value: 15000, hedge: "Rund" },
      { kind: "count", noun: "commuters" },
      undefined,
      "rate_mismatch",
    ],
    [
      "fr",
      "La ville verse 2 millions d'euros par mois.",
      "2 millions d'euros par mois",
      exact(2e6),
      eur,
      month,
      "grounded",
    ],
    [
      "fr",
      "La ville verse 2 millions d'euros par mois.",
      "2 millions d'euros par mois",
      exact(2e6),
      eur,
      { kind: "time", unit: "year" },
      "rate_mismatch",
    ],
    ["es", "Cada familia recibe 300 euros al mes.", "300 euros al mes", exact(300), eur, month, "grounded"],
    ["es", "Cada familia recibe 300 euros al mes.", "300 euros al mes", exact(300), eur, undefined, "rate_mismatch"],
    [
      "es",
      "El bono cuesta 40 euros por persona.",
      "40 euros por persona",
      exact(40),
      eur,
      { kind: "item", noun: "person" },
      "grounded",
    ],
    // An article before the number is not a per-item marker: only one after it rates the amount.
    [
      "en",
      "A sum of €4,100 was paid.",
      "A sum of €4,100",
      exact(4100),
      eur,
      { kind: "item", noun: "person" },
      "rate_mismatch",
    ],
    ["en", "It costs €40 a person.", "€40 a person", exact(40), eur, { kind: "item", noun: "person" }, "grounded"],
    [
      "es",
      "El bono cuesta 40 euros en total.",
      "40 euros",
      exact(40),
      eur,
      { kind: "item", noun: "person" },
      "rate_mismatch",
    ],
  ] as const)("%s %j at %j", (language, body, spanText, quantity, unit, per, expected) => {
    const fields: Partial<Statistic> = per === undefined ? { quantity, unit } : { quantity, unit, per };
    expect(outcome(statistic(language, body, spanText, fields))).toBe(expected);
  });

  it("checks a rate's own span, and only its per-item word", () => {
    const body = "The tablets would cost $3 to $5 a tablet, the firm said.";
    const fields = (rateSpan: string): Partial<Statistic> => ({
      quantity: { kind: "range", min: 3, max: 5 },
      unit: { kind: "money", currency: "USD" },
      per: { kind: "item", noun: "tablet", span: at(body, rateSpan) },
    });
    const good = statistic("en", body, "$3 to $5", fields("a tablet"));
    expect(outcome(good)).toBe("grounded");
    expect(outcome(good, ["statistics", 0, "per", "span"])).toBe("grounded");
    const wrong = statistic("en", body, "$3 to $5", fields("the firm"));
    expect(outcome(wrong, ["statistics", 0, "per", "span"])).toBe("rate_mismatch");
  });

  it("reads no rate in a duration or in a year that follows the words", () => {
    const body = "Im Jahr 2024 kamen 300 Besucher.";
    expect(outcome(statistic("de", body, "Im Jahr 2024 kamen 300", { quantity: exact(300) }))).not.toBe(
      "rate_mismatch",
    );
    const year = "A year of protests followed.";
    const duration = { kind: "duration", unit: "year" } as const;
    expect(outcome(statistic("en", year, "A year", { quantity: exact(1), unit: duration }))).toBe("grounded");
  });
});

describe("rule 6: changes", () => {
  const percent = { kind: "percent" } as const;
  it.each([
    ["en", "Fares rose 3.1% in May.", "rose 3.1%", "increase", "grounded"],
    ["en", "Fares rose 3.1% in May.", "rose 3.1%", "decrease", "change_mismatch"],
    ["en", "Fares rose 3.1% in May.", "rose 3.1%", undefined, "change_mismatch"],
    ["en", "Fares rose 3.1% in May.", "3.1%", "increase", "unchecked"],
    ["de", "Die Mieten sind um 4 Prozent gestiegen.", "um 4 Prozent gestiegen", "increase", "grounded"],
    ["de", "Die Mieten sind um 4 Prozent gestiegen.", "um 4 Prozent gestiegen", "decrease", "change_mismatch"],
    ["de", "Die Mieten sind um 4 Prozent gestiegen.", "um 4 Prozent gestiegen", undefined, "change_mismatch"],
    ["fr", "Les ventes sont en baisse de 4 %.", "baisse de 4 %", "decrease", "grounded"],
    ["fr", "Les ventes sont en baisse de 4 %.", "baisse de 4 %", "increase", "change_mismatch"],
    ["fr", "Les ventes sont en baisse de 4 %.", "baisse de 4 %", undefined, "change_mismatch"],
    ["es", "El paro cayó un 4 % en marzo.", "cayó un 4 %", "decrease", "grounded"],
    ["es", "El paro cayó un 4 % en marzo.", "cayó un 4 %", "increase", "change_mismatch"],
    ["es", "El paro cayó un 4 % en marzo.", "cayó un 4 %", undefined, "change_mismatch"],
  ] as const)("%s %j at %j, recorded %s", (language, body, spanText, direction, expected) => {
    const fields: Partial<Statistic> = { quantity: exact(4), unit: percent };
    const value = body.includes("3.1") ? 3.1 : 4;
    const r = statistic(language, body, spanText, {
      ...fields,
      quantity: exact(value),
      ...(direction === undefined ? {} : { change: { direction } }),
    });
    expect(outcome(r)).toBe(expected);
  });

  it("reads a change's own span, and takes a bound's words for no change", () => {
    const body = "Deaths fell by 58% compared with the control group.";
    const change = (words: string, direction: "increase" | "decrease") => ({
      quantity: exact(58),
      unit: { kind: "percent" } as const,
      change: {
        direction,
        span: at(body, words),
        comparedWith: { text: "the control group", span: at(body, "the control group") },
      },
    });
    expect(checkGrounding(statistic("en", body, "58%", change("fell by", "decrease"))).totals.coverage).toBe(1);
    expect(
      outcome(statistic("en", body, "58%", change("fell by", "increase")), ["statistics", 0, "change", "span"]),
    ).toBe("change_mismatch");
    const upTo = "Up to 50 people were hurt.";
    const bound = { kind: "bound", value: 50, relation: "at-most", hedge: "Up to" } as const;
    expect(outcome(statistic("en", upTo, "Up to 50", { quantity: bound }))).toBe("grounded");
  });

  it("compares a phrase's span with its text", () => {
    const body = "Nearly 30% of its members voted.";
    const of = (words: string) => ({ text: "its members", span: at(body, words) });
    const about = { kind: "approximate", value: 30, hedge: "Nearly" } as const;
    const good = statistic("en", body, "Nearly 30%", {
      quantity: about,
      unit: { kind: "percent" },
      of: of("its members"),
    });
    expect(outcome(good, ["statistics", 0, "of", "span"])).toBe("grounded");
    const wrong = statistic("en", body, "Nearly 30%", {
      quantity: about,
      unit: { kind: "percent" },
      of: of("members voted"),
    });
    expect(outcome(wrong, ["statistics", 0, "of", "span"])).toBe("span_text_mismatch");
  });
});

describe("rule 7: estimate words", () => {
  it.each([
    ["en", "An estimated 4,100 people fled.", "An estimated 4,100", "an estimated", "grounded"],
    ["en", "An estimated 4,100 people fled.", "An estimated 4,100", "a forecast", "estimate_mismatch"],
    ["de", "Voraussichtlich 300 Gäste kommen.", "Voraussichtlich 300", "voraussichtlich", "grounded"],
    ["de", "Voraussichtlich 300 Gäste kommen.", "Voraussichtlich 300", "schätzungsweise", "estimate_mismatch"],
    ["fr", "Un bilan provisoire de 812 morts.", "bilan provisoire de 812", "bilan provisoire", "grounded"],
    ["fr", "Un bilan provisoire de 812 morts.", "bilan provisoire de 812", "estimation", "estimate_mismatch"],
    ["es", "Una previsión de 2.000 visitantes.", "previsión de 2.000", "previsión", "grounded"],
    ["es", "Una previsión de 2.000 visitantes.", "previsión de 2.000", "estimación", "estimate_mismatch"],
  ])("%s %j at %j, words %j", (language, body, spanText, words, expected) => {
    const value = Number(spanText.replace(/\D/g, ""));
    const quantity = spanText.startsWith("An estimated")
      ? ({ kind: "approximate", value, hedge: "An estimated" } as const)
      : exact(value);
    const r = statistic(language, body, spanText, { quantity, estimate: { kind: "estimate", words } });
    expect(outcome(r)).toBe(expected);
  });

  it("reads the words in the estimate's own span", () => {
    const body = "Officials said, in a preliminary count, that 812 homes were lost.";
    const r = (words: string) =>
      statistic("en", body, "812", {
        quantity: exact(812),
        estimate: { kind: "preliminary", words: "preliminary count", span: at(body, words) },
      });
    expect(outcome(r("preliminary count"), ["statistics", 0, "estimate", "span"])).toBe("grounded");
    expect(outcome(r("Officials said"), ["statistics", 0, "estimate", "span"])).toBe("estimate_mismatch");
  });
});

describe("rule 8: uncertainty", () => {
  const percent = { kind: "percent" } as const;
  it.each([
    [
      "en",
      "Efficacy was 58% (95% CI 49% to 66%).",
      "95% CI 49% to 66%",
      { kind: "interval", min: 49, max: 66, level: 95 },
      "grounded",
    ],
    [
      "en",
      "Efficacy was 58% (95% CI 49% to 66%).",
      "95% CI 49% to 66%",
      { kind: "interval", min: 48, max: 66, level: 95 },
      "statistic_mismatch",
    ],
    [
      "en",
      "Efficacy was 58% (95% CI 49% to 66%).",
      "95% CI 49% to 66%",
      { kind: "interval", min: 49, max: 66, level: 90 },
      "statistic_mismatch",
    ],
    [
      "de",
      "Die SPD liegt bei 58 Prozent, plus/minus 3 Prozentpunkte.",
      "plus/minus 3 Prozentpunkte",
      { kind: "margin", value: 3 },
      "grounded",
    ],
    [
      "de",
      "Die SPD liegt bei 58 Prozent, plus/minus 3 Prozentpunkte.",
      "plus/minus 3 Prozentpunkte",
      { kind: "margin", value: 2 },
      "statistic_mismatch",
    ],
    [
      "fr",
      "Le oui obtient 58 %, avec une marge d'erreur de 3,1 points.",
      "marge d'erreur de 3,1 points",
      { kind: "margin", value: 3.1 },
      "grounded",
    ],
    [
      "fr",
      "Le oui obtient 58 %, avec une marge d'erreur de 3,1 points.",
      "marge d'erreur de 3,1 points",
      { kind: "margin", value: 3 },
      "statistic_mismatch",
    ],
    [
      "es",
      "El sí logra un 58 %, con un margen de error de 2,5 puntos.",
      "margen de error de 2,5 puntos",
      { kind: "margin", value: 2.5 },
      "grounded",
    ],
    [
      "es",
      "El sí logra un 58 %, con un margen de error de 2,5 puntos.",
      "margen de error de 2,5 puntos",
      { kind: "margin", value: 3 },
      "statistic_mismatch",
    ],
  ] as const)("%s %j: %j", (language, body, words, uncertainty, expected) => {
    const r = statistic(language, body, "58", {
      quantity: exact(58),
      unit: percent,
      span: bare(body, body.includes("58%") ? "58%" : "58 "),
    });
    r.statistics[0] = { ...r.statistics[0], uncertainty: { ...uncertainty, span: at(body, words) } } as Statistic;
    expect(outcome(r, ["statistics", 0, "uncertainty", "span"])).toBe(expected);
  });

  it("reads an uncertainty with no span of its own in the statistic's span", () => {
    const body = "Efficacy was 58% (95% CI 49% to 66%).";
    const r = statistic("en", body, "58%", {
      quantity: exact(58),
      unit: percent,
      uncertainty: { kind: "interval", min: 49, max: 66 },
    });
    expect(outcome(r)).toBe("statistic_mismatch");
  });
});

describe("rule 2: mentions by form", () => {
  const person = (name: string, mentions: Actor["mentions"]): Actor => ({
    id: "p-1",
    kind: "person",
    name,
    ...(mentions === undefined ? {} : { mentions }),
  });
  it.each([
    ["en", "Anna Berger spoke. She said no.", "Anna Berger", "She", "pronoun", "grounded"],
    ["en", "Anna Berger spoke. Berger said no.", "Anna Berger", "Berger", "pronoun", "pronoun_mismatch"],
    ["de", "Anna Berger sprach. Sie sagte nein.", "Anna Berger", "Sie", "pronoun", "grounded"],
    ["de", "Anna Berger sprach. Berger sagte nein.", "Anna Berger", "Berger", "pronoun", "pronoun_mismatch"],
    ["fr", "Claire Durand a parlé. Elle a dit non.", "Claire Durand", "Elle", "pronoun", "grounded"],
    ["fr", "Claire Durand a parlé. Durand a dit non.", "Claire Durand", "Durand", "pronoun", "pronoun_mismatch"],
    ["es", "Lucía García habló. Ella dijo que no.", "Lucía García", "Ella", "pronoun", "grounded"],
    ["es", "Lucía García habló. García dijo que no.", "Lucía García", "García", "pronoun", "pronoun_mismatch"],
    ["it", "Anna Rossi ha parlato. Lei ha detto no.", "Anna Rossi", "Lei", "pronoun", "unchecked"],
    ["en", "Anna Berger spoke. The minister said no.", "Anna Berger", "The minister", "description", "grounded"],
    ["en", "Anna Berger spoke. The minister said no.", "Anna Berger", "The minister", "name", "mention_mismatch"],
  ] as const)("%s: %j as a %s", (language, body, name, words, form, expected) => {
    const r = record(language, body, {
      actors: [person(name, [at(body, name), { ...at(body, words, body.indexOf(".")), form }])],
    });
    expect(outcome(r, ["actors", 0, "mentions", 1])).toBe(expected);
  });

  it("leaves a description with no exact words unchecked", () => {
    const body = "Anna Berger spoke. The minister said no.";
    const r = record("en", body, {
      actors: [
        person("Anna Berger", [at(body, "Anna Berger"), { ...bare(body, "The minister"), form: "description" }]),
      ],
    });
    expect(entryAt(checkGrounding(r), ["actors", 0, "mentions", 1])).toMatchObject({
      status: "unchecked",
      reason: "no exact text",
    });
  });

  it("checks a declared place's mentions and references by its name and aliases, and counts the place", () => {
    const body = "Der Hafen von Kiel ist gesperrt. Im Hafen stehen Schiffe still.";
    const place = (mention: string): PlaceEntry => ({
      id: "pl-port",
      name: "Hafen von Kiel",
      aliases: ["Hafen"],
      placeType: "port",
      mentions: [at(body, "Hafen von Kiel"), at(body, mention, 20)],
    });
    const event = (words: string): NewsEvent => ({
      id: "ev-1",
      eventType: "closure",
      status: "occurred",
      summary: "The port of Kiel is closed.",
      places: [{ role: "location", place: { kind: "ref", place: "pl-port", span: at(body, words) } }],
      spans: [at(body, "Der Hafen von Kiel ist gesperrt")],
    });
    const good = checkGrounding(record("de", body, { places: [place("Hafen")], events: [event("Hafen von Kiel")] }));
    expect(good.totals.coverage).toBe(1);
    expect(good.entries.filter((e) => e.kind === "place")).toHaveLength(2);
    const wrong = record("de", body, { places: [place("Schiffe")], events: [event("gesperrt")] });
    expect(outcome(wrong, ["places", 0, "mentions", 1])).toBe("mention_mismatch");
    expect(outcome(wrong, ["events", 0, "places", 0, "place", "span"])).toBe("mention_mismatch");
    const silent = checkGrounding(
      record("de", body, { places: [{ id: "pl-port", name: "Hafen von Kiel", placeType: "port" }] }),
    );
    expect(entryAt(silent, ["places", 0]).status).toBe("no_span");
  });
});

describe("rule 1: spans into other parts of the article", () => {
  const headline = "Plus de 800 morts après le séisme";
  const body = "Le séisme a fait plus de 800 morts selon le dernier bilan.";
  const bound = { kind: "bound", value: 800, relation: "more-than", hedge: "Plus de" } as const;
  it("checks a statistic in the headline against the headline", () => {
    const good = record("fr", body, {
      article: { headline },
      statistics: [
        {
          id: "st-1",
          measure: "deaths",
          quantity: bound,
          unit: { kind: "count", noun: "deaths" },
          span: { ...at(headline, "Plus de 800"), part: "headline" },
        },
      ],
    });
    expect(outcome(good)).toBe("grounded");
    const offsetsOfBody = { ...at(body, "plus de 800"), exact: "Plus de 800", part: "headline" } as const;
    const wrong = record("fr", body, {
      article: { headline },
      statistics: [
        {
          id: "st-1",
          measure: "deaths",
          quantity: bound,
          unit: { kind: "count", noun: "deaths" },
          span: offsetsOfBody,
        },
      ],
    });
    expect(outcome(wrong)).toBe("span_text_mismatch");
    // The message names the text it read: the headline, not the body.
    expect(entryAt(checkGrounding(wrong), ["statistics", 0, "span"]).message).toMatch(/^The headline reads /);
  });

  it("reports a span into a part the article lacks as out of range, never as grounded", () => {
    for (const part of ["headline", "dateline", "byline"] as const) {
      const r = record("fr", body, {
        actors: [
          { id: "a-1", kind: "group", groupType: "other", name: "morts", mentions: [{ start: 0, end: 5, part }] },
        ],
      });
      const entry = entryAt(checkGrounding(r), ["actors", 0, "mentions", 0]);
      expect(entry.status).toBe("out_of_range");
      expect(entry.message).toContain(part);
    }
  });

  it("reads the dateline, the byline and a correction's text", () => {
    const article = {
      dateline: "LIMA (dpa)",
      byline: "Por Ana Soto",
      corrections: [{ id: "c-1", text: "Una versión anterior daba 80 muertos; fueron 800." }],
    };
    const spanish = "El sismo dejó 800 muertos en Lima.";
    const r = (correction: string) =>
      record("es", spanish, {
        article,
        actors: [
          {
            id: "p-1",
            kind: "person",
            name: "Ana Soto",
            mentions: [{ ...at("Por Ana Soto", "Ana Soto"), part: "byline" }],
          },
        ],
        places: [
          {
            id: "pl-lima",
            name: "Lima",
            placeType: "city",
            mentions: [at(spanish, "Lima"), { ...at("LIMA (dpa)", "LIMA"), part: "dateline" }],
          },
        ],
        statistics: [
          {
            id: "st-1",
            measure: "deaths",
            quantity: exact(800),
            unit: { kind: "count", noun: "deaths" },
            span: { ...at(article.corrections[0]?.text ?? "", "800"), part: "correction", correction },
          },
        ],
      });
    expect(checkGrounding(r("c-1")).totals.coverage).toBe(1);
    expect(outcome(r("c-2"))).toBe("out_of_range");
  });
});

describe("rule 9: refusals, continuations, channels, affiliations and relative places", () => {
  const body =
    "The tablets would cost $3 to $5 each, the firm said in a statement, a fraction of the price. Its rival declined to comment.";
  const quotes = (continuation: Quote extends infer Q ? Q : never, refusalWords: string): Quote[] => [
    continuation,
    {
      id: "q-2",
      mode: "refusal",
      speaker: { kind: "actor", actor: "o-2" },
      refusal: { ...at(body, "declined to comment"), exact: refusalWords },
    },
  ];
  const indirect = (
    continuationSpan: { start: number; end: number; exact?: string },
    channel: { start: number; end: number; exact?: string },
  ): Quote => ({
    id: "q-1",
    mode: "indirect",
    speaker: { kind: "actor", actor: "o-1" },
    channel: { type: "statement", span: channel },
    content: at(body, "The tablets would cost $3 to $5 each"),
    continuation: [continuationSpan],
  });
  const actors: Actor[] = [
    {
      id: "o-1",
      kind: "organization",
      organizationType: "company",
      name: "the firm",
      mentions: [at(body, "the firm")],
    },
    {
      id: "o-2",
      kind: "organization",
      organizationType: "company",
      name: "Its rival",
      mentions: [at(body, "Its rival")],
    },
  ];
  it("grounds each span by its exact words", () => {
    const r = record("en", body, {
      actors,
      quotes: quotes(indirect(at(body, "a fraction of the price"), at(body, "in a statement")), "declined to comment"),
    });
    expect(checkGrounding(r).entries.filter((e) => e.status !== "grounded")).toEqual([]);
  });

  it("rejects wrong words and leaves spans with no exact words unchecked", () => {
    const wrongRefusal = record("en", body, {
      actors,
      quotes: quotes(indirect(at(body, "a fraction of the price"), at(body, "in a statement")), "refused to comment"),
    });
    expect(outcome(wrongRefusal, ["quotes", 1, "refusal"])).toBe("quote_mismatch");
    const shifted = { ...at(body, "a fraction of the price"), exact: "fraction of the price" };
    const noExact = record("en", body, {
      actors,
      quotes: quotes(indirect(shifted, bare(body, "in a statement")), "declined to comment"),
    });
    expect(outcome(noExact, ["quotes", 0, "continuation", 0])).toBe("span_text_mismatch");
    expect(outcome(noExact, ["quotes", 0, "channel", "span"])).toBe("unchecked");
  });

  it("checks an affiliation span and a relative place's distance", () => {
    const text = "Anna Berger (CDU) inspected the dam fifty kilometres south-east of the capital.";
    const r = (value: number, unit: "km" | "m") =>
      record("en", text, {
        actors: [
          {
            id: "p-1",
            kind: "person",
            name: "Anna Berger",
            mentions: [at(text, "Anna Berger")],
            affiliations: [{ relation: "member", of: "o-1", span: at(text, "(CDU)") }],
          },
          {
            id: "o-1",
            kind: "organization",
            organizationType: "political-party",
            name: "CDU",
            mentions: [at(text, "CDU")],
          },
        ],
        places: [{ id: "pl-cap", name: "the capital", placeType: "city", mentions: [at(text, "the capital")] }],
        events: [
          {
            id: "ev-1",
            eventType: "inspection",
            status: "occurred",
            summary: "Berger inspected the dam.",
            spans: [at(text, "Anna Berger (CDU) inspected the dam")],
            places: [
              {
                role: "location",
                place: {
                  kind: "relative",
                  position: "south-east-of",
                  of: "pl-cap",
                  distance: { quantity: exact(value), unit },
                  span: bare(text, "fifty kilometres south-east of the capital"),
                },
              },
            ],
          },
        ],
      });
    expect(checkGrounding(r(50, "km")).entries.filter((e) => e.status !== "grounded")).toEqual([]);
    expect(outcome(r(40, "km"), ["events", 0, "places", 0, "place", "span"])).toBe("statistic_mismatch");
    expect(outcome(r(50, "m"), ["events", 0, "places", 0, "place", "span"])).toBe("unit_mismatch");
  });
});

describe("rule 10: event qualifiers", () => {
  const event = (body: string, spanText: string | undefined, qualifiers: string[]): NewsEvent => ({
    id: "ev-1",
    eventType: "migration",
    status: "occurred",
    summary: "An event.",
    qualifiers,
    ...(spanText === undefined ? {} : { spans: [at(body, spanText)] }),
  });
  it.each([
    ["en", "Belarus appeared to allow migrants to cross.", "appeared to", "openly"],
    ["de", "Die Regierung soll die Grenze geöffnet haben.", "soll", "offen"],
    ["fr", "Le gouvernement aurait ouvert la frontière.", "aurait", "ouvertement"],
    ["es", "El gobierno habría abierto la frontera.", "habría", "abiertamente"],
  ])("%s: %j grounded, %j not", (language, body, good, bad) => {
    const spanText = body.slice(0, -1);
    expect(
      outcome(record(language, body, { events: [event(body, spanText, [good])] }), ["events", 0, "qualifiers", 0]),
    ).toBe("grounded");
    expect(
      outcome(record(language, body, { events: [event(body, spanText, [bad])] }), ["events", 0, "qualifiers", 0]),
    ).toBe("hedge_mismatch");
    expect(
      outcome(record(language, body, { events: [event(body, undefined, [good])] }), ["events", 0, "qualifiers", 0]),
    ).toBe("unchecked");
  });
});

describe("rule 11: a relative place's distance in German", () => {
  it("reads a hedged distance", () => {
    const body = "Das Dorf liegt rund 20 Kilometer nördlich von Linz.";
    const r = (hedge: string) =>
      record("de", body, {
        places: [{ id: "pl-linz", name: "Linz", placeType: "city", mentions: [at(body, "Linz")] }],
        statistics: [
          {
            id: "st-1",
            measure: "villagers",
            quantity: exact(1),
            unit: { kind: "count", noun: "villages" },
            place: {
              kind: "relative",
              position: "north-of",
              of: "pl-linz",
              distance: { quantity: { kind: "approximate", value: 20, hedge }, unit: "km" },
              span: at(body, "rund 20 Kilometer nördlich von Linz"),
            },
          },
        ],
      });
    expect(outcome(r("rund"), ["statistics", 0, "place", "span"])).toBe("grounded");
    expect(outcome(r("knapp"), ["statistics", 0, "place", "span"])).toBe("hedge_mismatch");
  });
});

describe("regrounding and spans into other parts", () => {
  it("moves body spans and leaves a headline span as it is", () => {
    const headline = "Streik legt den Hafen lahm";
    const body = "Der Hafen steht still.";
    const r = record("de", body, {
      article: { headline },
      places: [
        {
          id: "pl-port",
          name: "Hafen",
          placeType: "port",
          mentions: [at(body, "Hafen"), { ...at(headline, "Hafen"), part: "headline" }],
        },
      ],
    });
    const result = regroundRecord(r, `Am Montag: ${body}`);
    if (!result.success) throw new Error("expected a well-formed record");
    expect(result.spans).toBe(2);
    expect(result.moved).toBe(1);
    expect(result.record.places?.[0]?.mentions?.[1]).toEqual({ ...at(headline, "Hafen"), part: "headline" });
    expect(checkGrounding(result.record).totals.coverage).toBe(1);
  });
});
