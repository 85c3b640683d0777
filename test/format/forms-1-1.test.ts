// The helpers' words for the forms of record format 1.1 (ratios, the new
// units, rates, changes, estimates, uncertainty; addressees, channels,
// nesting, refusals, denials, unnamed actors), in English, German, French
// and Spanish, on small invented articles. Every expected sentence is
// written by hand.
import { describe, expect, it } from "vitest";
import {
  describeQuote,
  describeStatistic,
  formatQuantity,
  type NewsRecord,
  type Quantity,
  type Quote,
  type Statistic,
  summarizeRecord,
  type Unit,
} from "../../src/index.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

type Language = "en" | "de" | "fr" | "es";

/** A span of `text` in `body`, found by its words (the first after `from`). */
function at(body: string, text: string, from = 0): { start: number; end: number; exact: string } {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`test article: "${text}" is not in the body`);
  return { start, end: start + text.length, exact: text };
}

/** The words of each article, by language: who is who and what is said. */
const ARTICLES: Record<
  Language,
  {
    body: string;
    hale: string;
    afp: string;
    orbis: string;
    union: string;
    aide: string;
    spokesperson: string;
    reports: string;
    quoted: string;
    toldVerb: string;
    statementVerb: string;
    statement: string;
    outerVerb: string;
    outer: string;
    nestedVerb: string;
    nested: string;
    refusal: string;
    denialVerb: string;
    denial: string;
  }
> = {
  en: {
    body: "Carmaker Orbis will cut 300 jobs. “We were not consulted,” union leader Mary Hale told AFP in an interview. The company said in a statement that the cuts were needed. Hale said an aide to the minister had told her that officials expected more closures. Tom Reed declined to comment. Orbis denied reports that it planned to close the plant, which the union United Metalworkers had warned of.",
    hale: "Mary Hale",
    afp: "AFP",
    orbis: "Orbis",
    union: "United Metalworkers",
    aide: "an aide to the minister",
    spokesperson: "Tom Reed",
    reports: "reports",
    quoted: "We were not consulted",
    toldVerb: "told",
    statementVerb: "said",
    statement: "the cuts were needed",
    outerVerb: "said",
    outer: "an aide to the minister had told her that officials expected more closures",
    nestedVerb: "had told",
    nested: "officials expected more closures",
    refusal: "declined to comment",
    denialVerb: "denied",
    denial: "it planned to close the plant",
  },
  de: {
    body: "Der Autobauer Orbis streicht 300 Stellen. „Wir wurden nicht gefragt“, sagte Gewerkschafterin Anna Keller der AFP in einem Interview. Orbis teilte in einer Erklärung mit, die Kürzungen seien nötig. Keller sagte, ein Mitarbeiter des Ministers habe ihr gesagt, die Behörden rechneten mit weiteren Schließungen. Petra Lang wollte sich nicht äußern. Orbis bestritt Berichte, die Schließung des Werks zu planen, wovor die IG Metall gewarnt hatte.",
    hale: "Anna Keller",
    afp: "AFP",
    orbis: "Orbis",
    union: "IG Metall",
    aide: "ein Mitarbeiter des Ministers",
    spokesperson: "Petra Lang",
    reports: "Berichte",
    quoted: "Wir wurden nicht gefragt",
    toldVerb: "sagte",
    statementVerb: "teilte mit",
    statement: "die Kürzungen seien nötig",
    outerVerb: "sagte",
    outer: "ein Mitarbeiter des Ministers habe ihr gesagt, die Behörden rechneten mit weiteren Schließungen",
    nestedVerb: "hatte gesagt",
    nested: "die Behörden rechneten mit weiteren Schließungen",
    refusal: "wollte sich nicht äußern",
    denialVerb: "bestritt",
    denial: "die Schließung des Werks zu planen",
  },
  fr: {
    body: "Le constructeur Orbis supprime 300 emplois. « Nous n’avons pas été consultés », a déclaré la syndicaliste Marie Dubois dans un entretien à l’AFP. Orbis a indiqué dans un communiqué que les suppressions étaient nécessaires. Dubois a dit qu’un collaborateur du ministre lui avait dit que les autorités s’attendaient à d’autres fermetures. Paul Martin n’a pas souhaité s’exprimer. Orbis a démenti prévoir de fermer l’usine, comme l’affirmait la CGT.",
    hale: "Marie Dubois",
    afp: "AFP",
    orbis: "Orbis",
    union: "CGT",
    aide: "un collaborateur du ministre",
    spokesperson: "Paul Martin",
    reports: "des informations",
    quoted: "Nous n’avons pas été consultés",
    toldVerb: "a déclaré",
    statementVerb: "a indiqué",
    statement: "les suppressions étaient nécessaires",
    outerVerb: "a dit",
    outer: "qu’un collaborateur du ministre lui avait dit que les autorités s’attendaient à d’autres fermetures",
    nestedVerb: "avait dit",
    nested: "les autorités s’attendaient à d’autres fermetures",
    refusal: "n’a pas souhaité s’exprimer",
    denialVerb: "a démenti",
    denial: "prévoir de fermer l’usine",
  },
  es: {
    body: "El fabricante Orbis suprimirá 300 empleos. «No nos consultaron», dijo la sindicalista Lucía Pérez en una entrevista a EFE. Orbis indicó en un comunicado que los recortes eran necesarios. Pérez dijo que un colaborador del ministro le había dicho que las autoridades esperaban más cierres. Ana Ruiz declinó hacer comentarios. Orbis negó planear cerrar la planta, como afirmaba la UGT.",
    hale: "Lucía Pérez",
    afp: "EFE",
    orbis: "Orbis",
    union: "UGT",
    aide: "un colaborador del ministro",
    spokesperson: "Ana Ruiz",
    reports: "informaciones",
    quoted: "No nos consultaron",
    toldVerb: "dijo",
    statementVerb: "indicó",
    statement: "los recortes eran necesarios",
    outerVerb: "dijo",
    outer: "que un colaborador del ministro le había dicho que las autoridades esperaban más cierres",
    nestedVerb: "había dicho",
    nested: "las autoridades esperaban más cierres",
    refusal: "declinó hacer comentarios",
    denialVerb: "negó",
    denial: "planear cerrar la planta",
  },
};

/** A record of one article: its actors, its six quotes and the statistics given. */
function record(language: Language, statistics: Statistic[] = []): NewsRecord {
  const a = ARTICLES[language];
  const { body } = a;
  const quotes: Quote[] = [
    {
      id: "q-told",
      mode: "direct",
      speaker: { kind: "actor", actor: "hale" },
      verb: a.toldVerb,
      addressee: "afp",
      channel: { type: "interview" },
      quoted: [at(body, a.quoted)],
    },
    {
      id: "q-statement",
      mode: "indirect",
      speaker: { kind: "actor", actor: "orbis" },
      verb: a.statementVerb,
      channel: { type: "statement" },
      content: at(body, a.statement),
    },
    {
      id: "q-outer",
      mode: "indirect",
      speaker: { kind: "actor", actor: "hale" },
      verb: a.outerVerb,
      content: at(body, a.outer),
    },
    {
      id: "q-nested",
      mode: "indirect",
      speaker: { kind: "actor", actor: "aide" },
      verb: a.nestedVerb,
      addressee: "hale",
      within: "q-outer",
      content: at(body, a.nested),
    },
    {
      id: "q-refusal",
      mode: "refusal",
      speaker: { kind: "actor", actor: "spokesperson" },
      refusal: at(body, a.refusal),
    },
    {
      id: "q-denial",
      mode: "indirect",
      speaker: { kind: "actor", actor: "orbis" },
      verb: a.denialVerb,
      denies: { claimant: language === "en" ? "reports" : "union" },
      content: at(body, a.denial),
    },
  ];
  return {
    schemaVersion: "1.1",
    article: { id: `forms-${language}`, language, publisher: "Wire", body },
    actors: [
      { id: "hale", kind: "person", name: a.hale, mentions: [at(body, a.hale)] },
      {
        id: "afp",
        kind: "organization",
        name: a.afp,
        organizationType: "news-agency",
        mentions: [at(body, a.afp)],
      },
      { id: "orbis", kind: "organization", name: a.orbis, organizationType: "company" },
      {
        id: "union",
        kind: "organization",
        name: a.union,
        organizationType: "trade-union",
        mentions: [at(body, a.union)],
      },
      { id: "aide", kind: "person", name: a.aide, unnamed: true, mentions: [at(body, a.aide)] },
      { id: "spokesperson", kind: "person", name: a.spokesperson },
      { id: "reports", kind: "organization", name: a.reports, unnamed: true, organizationType: "news-outlet" },
    ],
    events: [],
    quotes,
    statistics,
  };
}

function quote(r: NewsRecord, id: string): Quote {
  const found = r.quotes.find((q) => q.id === id);
  if (found === undefined) throw new Error(`test record: no quote ${id}`);
  return found;
}

describe("describeQuote: addressees, channels, nesting, refusals and denials", () => {
  const expected: Record<Language, Record<string, string>> = {
    en: {
      "q-told": "Mary Hale told AFP in an interview: “We were not consulted”.",
      "q-statement": "Orbis said in a statement that the cuts were needed.",
      "q-nested":
        "An aide to the minister had told Mary Hale that officials expected more closures (as reported by Mary Hale).",
      "q-refusal": "Tom Reed declined to comment.",
      "q-denial": "Orbis denied that it planned to close the plant (denying a claim by reports).",
    },
    de: {
      "q-told": "Anna Keller sagte gegenüber AFP in einem Interview: „Wir wurden nicht gefragt“.",
      "q-statement": "Orbis teilte in einer Erklärung mit, die Kürzungen seien nötig.",
      "q-nested":
        "Ein Mitarbeiter des Ministers hatte gegenüber Anna Keller gesagt, die Behörden rechneten mit weiteren Schließungen (nach Darstellung von Anna Keller).",
      "q-refusal": "Petra Lang wollte sich nicht äußern.",
      "q-denial": "Orbis bestritt, die Schließung des Werks zu planen (Dementi einer Behauptung von IG Metall).",
    },
    fr: {
      "q-told": `Marie Dubois a déclaré dans un entretien à l’AFP${NBSP}: «${NNBSP}Nous n’avons pas été consultés${NNBSP}».`,
      "q-statement": "Orbis a indiqué dans un communiqué que les suppressions étaient nécessaires.",
      "q-nested":
        "Un collaborateur du ministre avait dit à Marie Dubois que les autorités s’attendaient à d’autres fermetures (selon le récit de Marie Dubois).",
      "q-refusal": "Paul Martin n’a pas souhaité s’exprimer.",
      "q-denial": "Orbis a démenti prévoir de fermer l’usine (démenti d’une affirmation de la CGT).",
    },
    es: {
      "q-told": "Lucía Pérez dijo en una entrevista a EFE: «No nos consultaron».",
      "q-statement": "Orbis indicó en un comunicado que los recortes eran necesarios.",
      "q-nested":
        "Un colaborador del ministro había dicho a Lucía Pérez que las autoridades esperaban más cierres (según el relato de Lucía Pérez).",
      "q-refusal": "Ana Ruiz declinó hacer comentarios.",
      "q-denial": "Orbis negó planear cerrar la planta (desmentido de una afirmación de la UGT).",
    },
  };

  it.each(["en", "de", "fr", "es"] as const)("writes each form in %s, in the article's language", (language) => {
    const r = record(language);
    for (const [id, sentence] of Object.entries(expected[language])) {
      expect(describeQuote(r, quote(r, id))).toBe(sentence);
    }
  });

  it("never says an addressee is a source: “told AFP”, not “according to AFP”", () => {
    const r = record("en");
    const told = describeQuote(r, quote(r, "q-told"));
    expect(told).toContain("told AFP");
    expect(told).not.toMatch(/according to/i);
    // The same agency as a relay is a source.
    const relayed = { ...quote(r, "q-statement"), via: ["afp"] };
    expect(describeQuote(r, relayed)).toBe("Orbis said in a statement, according to AFP, that the cuts were needed.");
  });

  it("puts the addressee with the verb and the date after it", () => {
    const r = record("en");
    const dated: Quote = { ...quote(r, "q-told"), saidAt: { kind: "date", date: "2026-05-04" } };
    expect(describeQuote(r, dated)).toBe("Mary Hale told AFP in an interview on May 4, 2026: “We were not consulted”.");
    const de = record("de");
    const datedDe: Quote = { ...quote(de, "q-statement"), saidAt: { kind: "date", date: "2026-05-04" } };
    expect(describeQuote(de, datedDe)).toBe(
      "Orbis teilte am 4. Mai 2026 in einer Erklärung mit, die Kürzungen seien nötig.",
    );
  });

  it("gives a refusal's date and relay in parentheses, and its own verb in another language", () => {
    const r = record("en");
    const refusal: Quote = {
      ...quote(r, "q-refusal"),
      saidAt: { kind: "date", date: "2026-05-04" },
      via: ["afp"],
    };
    expect(describeQuote(r, refusal)).toBe("Tom Reed declined to comment (on May 4, 2026; according to AFP).");
    expect(describeQuote(r, quote(r, "q-refusal"), { locale: "de" })).toBe("Tom Reed lehnte eine Stellungnahme ab.");
    expect(describeQuote(r, quote(r, "q-refusal"), { locale: "fr" })).toBe("Tom Reed n’a pas souhaité s’exprimer.");
    expect(describeQuote(r, quote(r, "q-refusal"), { locale: "es" })).toBe("Tom Reed declinó hacer comentarios.");
  });

  it("names an unnamed speaker by the article's description, without an article taken from the body", () => {
    const r = record("en");
    const own: Quote = { ...quote(r, "q-nested"), within: undefined } as Quote;
    delete (own as { within?: string }).within;
    expect(describeQuote(r, own)).toBe(
      "An aide to the minister had told Mary Hale that officials expected more closures.",
    );
  });

  it("joins the stretches of an interrupted indirect quote", () => {
    const body = "The tablets would cost $3 to $5 each, the firm said, a fraction of the current price.";
    const r: NewsRecord = {
      ...record("en"),
      article: { id: "tablets", language: "en", body },
      actors: [{ id: "firm", kind: "organization", name: "Medix", organizationType: "company" }],
      quotes: [
        {
          id: "q",
          mode: "indirect",
          speaker: { kind: "actor", actor: "firm" },
          verb: "said",
          content: at(body, "The tablets would cost $3 to $5 each,"),
          continuation: [at(body, "a fraction of the current price")],
        },
      ],
    };
    expect(describeQuote(r, quote(r, "q"))).toBe(
      "Medix said that the tablets would cost $3 to $5 each … a fraction of the current price.",
    );
  });
});

describe("formatQuantity: ratios and the new units", () => {
  const proportion: Unit = { kind: "proportion" };
  const ratio = (numerator: number, denominator: number, hedge?: string, relation?: "fewer-than" | "more-than") =>
    ({
      kind: "ratio",
      numerator,
      denominator,
      ...(hedge === undefined ? {} : { hedge }),
      ...(relation === undefined ? {} : { relation }),
    }) as Quantity;
  const exact = (value: number): Quantity => ({ kind: "exact", value });

  it.each<[Language, Quantity, string]>([
    ["en", ratio(1, 4), "one in four"],
    ["en", ratio(1, 20, "fewer than", "fewer-than"), "fewer than one in 20"],
    ["en", ratio(1, 4, "nearly"), "nearly one in four"],
    ["en", ratio(2, 1), "twice"],
    ["en", ratio(3, 1), "3 times"],
    ["de", ratio(1, 4), "1 von 4"],
    ["de", ratio(1, 20, "weniger als", "fewer-than"), "weniger als 1 von 20"],
    ["de", ratio(2, 1, "fast"), "fast das Doppelte"],
    ["de", ratio(1.5, 1), "das 1,5-Fache"],
    ["fr", ratio(1, 4), "1 sur 4"],
    ["fr", ratio(2, 1, "plus de", "more-than"), "plus du double"],
    ["fr", ratio(3, 1), "le triple"],
    ["es", ratio(1, 4), "1 de cada 4"],
    ["es", ratio(2, 1, "más de", "more-than"), "más del doble"],
    ["es", ratio(1, 4, "casi"), "casi 1 de cada 4"],
  ])("writes a ratio in %s: %j → %s", (locale, quantity, expected) => {
    expect(formatQuantity(quantity, proportion, { locale })).toBe(expected);
  });

  it("words a ratio's hedge afresh from its bound when the record's words are in another language", () => {
    expect(
      formatQuantity(ratio(1, 20, "fewer than", "fewer-than"), proportion, { locale: "de", wordsLanguage: "en" }),
    ).toBe("weniger als 1 von 20");
    expect(formatQuantity(ratio(1, 4, "nearly"), proportion, { locale: "fr", wordsLanguage: "en" })).toBe(
      "environ 1 sur 4",
    );
  });

  it.each<[Language, Quantity, Unit, string]>([
    ["en", exact(38), { kind: "temperature", unit: "celsius" }, "38°C"],
    ["en", exact(100), { kind: "temperature", unit: "fahrenheit" }, "100°F"],
    ["en", exact(6.1), { kind: "magnitude", scale: "moment" }, "magnitude 6.1"],
    ["en", exact(6.1), { kind: "magnitude", scale: "richter" }, "6.1 on the Richter scale"],
    [
      "en",
      { kind: "approximate", value: 6, hedge: "about" },
      { kind: "magnitude", scale: "unspecified" },
      "about magnitude 6",
    ],
    [
      "en",
      { kind: "range", min: 5.8, max: 6.1 },
      { kind: "magnitude", scale: "moment" },
      "magnitude between 5.8 and 6.1",
    ],
    ["en", exact(120), { kind: "points", of: "DAX" }, "120 points (DAX)"],
    ["en", exact(1), { kind: "points" }, "1 point"],
    ["en", exact(54), { kind: "age", unit: "year" }, "54 years old"],
    ["en", exact(6), { kind: "age", unit: "month" }, "6 months old"],
    ["en", exact(3e6), { kind: "volume", unit: "barrel" }, "3 million barrels"],
    ["en", exact(1), { kind: "volume", unit: "barrel" }, "1 barrel"],
    ["en", exact(2), { kind: "volume", unit: "m3" }, "2 m³"],
    ["en", exact(12), { kind: "length", unit: "mm" }, "12 mm"],
    ["en", exact(30), { kind: "length", unit: "cm" }, "30 cm"],
    ["en", exact(5), { kind: "length", unit: "ft" }, "5 ft"],
    ["en", exact(250), { kind: "mass", unit: "g" }, "250 g"],
    ["en", exact(500), { kind: "mass", unit: "mg" }, "500 mg"],
    ["en", exact(3), { kind: "mass", unit: "lb" }, "3 lb"],
    ["de", exact(38), { kind: "temperature", unit: "celsius" }, "38 °C"],
    ["de", exact(6.1), { kind: "magnitude", scale: "moment" }, "Stärke 6,1"],
    ["de", exact(6.1), { kind: "magnitude", scale: "richter" }, "Stärke 6,1 auf der Richterskala"],
    ["de", exact(120), { kind: "points" }, "120 Punkte"],
    ["de", exact(1), { kind: "points" }, "1 Punkt"],
    ["de", exact(54), { kind: "age", unit: "year" }, "54 Jahre alt"],
    ["de", exact(3e6), { kind: "volume", unit: "barrel" }, "3 Millionen Barrel"],
    ["de", exact(2e6), { kind: "volume", unit: "m3" }, "2 Millionen Kubikmeter"],
    ["fr", exact(6.1), { kind: "magnitude", scale: "moment" }, "magnitude 6,1"],
    ["fr", exact(120), { kind: "points" }, "120 points"],
    ["fr", exact(54), { kind: "age", unit: "year" }, "54 ans"],
    ["fr", exact(3e6), { kind: "volume", unit: "barrel" }, "3 millions de barils"],
    ["es", exact(6.1), { kind: "magnitude", scale: "richter" }, "magnitud 6,1 en la escala de Richter"],
    ["es", exact(120), { kind: "points" }, "120 puntos"],
    ["es", exact(54), { kind: "age", unit: "year" }, "54 años"],
    ["es", exact(3e6), { kind: "volume", unit: "barrel" }, "3 millones de barriles"],
  ])("writes in %s %j %j as %s", (locale, quantity, unit, expected) => {
    expect(formatQuantity(quantity, unit, { locale })).toBe(expected);
  });

  it("makes a Spanish hedge agree with the scale word that becomes the head noun, and only then", () => {
    const tonnes: Unit = { kind: "mass", unit: "t" };
    expect(formatQuantity({ kind: "approximate", value: 3.4e6, hedge: "unas" }, tonnes, { locale: "es" })).toBe(
      "unos 3,4 millones de toneladas",
    );
    expect(formatQuantity({ kind: "approximate", value: 340_000, hedge: "unas" }, tonnes, { locale: "es" })).toBe(
      `unas 340.000 t`,
    );
    expect(
      formatQuantity(
        { kind: "approximate", value: 2e6, hedge: "algunas" },
        { kind: "count", noun: "personas" },
        { locale: "es" },
      ),
    ).toBe("algunos 2 millones de personas");
  });
});

describe("describeStatistic: rates, changes, shares, estimates and uncertainty", () => {
  const eur: Unit = { kind: "money", currency: "EUR" };
  const percent: Unit = { kind: "percent" };
  const level: Statistic = { id: "st-level", measure: "price", quantity: { kind: "exact", value: 95 }, unit: eur };
  const stat = (id: string, fields: Omit<Statistic, "id" | "measure">): Statistic => ({ id, measure: id, ...fields });
  const ofWords: Record<Language, [string, string, string]> = {
    en: ["nearly", "its members", "the control group"],
    de: ["fast", "seiner Mitglieder", "der Kontrollgruppe"],
    fr: ["près de", "ses membres", "le groupe témoin"],
    es: ["casi", "sus miembros", "el grupo de control"],
  };
  const statistics = (language: Language): Statistic[] => {
    const [hedge, members, control] = ofWords[language];
    return [
      level,
      stat("rate", { quantity: { kind: "exact", value: 1.8e6 }, unit: eur, per: { kind: "time", unit: "month" } }),
      stat("per-person", {
        quantity: { kind: "range", min: 3, max: 5 },
        unit: eur,
        per: { kind: "item", noun: "person" },
      }),
      stat("up", {
        quantity: { kind: "exact", value: 9 },
        unit: percent,
        change: { direction: "increase", since: { kind: "date", date: "2024" } },
      }),
      stat("down-to", {
        quantity: { kind: "exact", value: 3.1 },
        unit: percent,
        change: { direction: "decrease", to: "st-level" },
      }),
      stat("quarter", {
        quantity: { kind: "ratio", numerator: 1, denominator: 4 },
        unit: { kind: "proportion" },
        change: { direction: "decrease" },
      }),
      stat("compared", {
        quantity: { kind: "exact", value: 58 },
        unit: percent,
        change: { direction: "decrease", comparedWith: { text: control } },
      }),
      stat("share", { quantity: { kind: "approximate", value: 30, hedge }, unit: percent, of: { text: members } }),
      stat("estimate", {
        quantity: { kind: "exact", value: 4100 },
        unit: { kind: "count", noun: { en: "people", de: "Menschen", fr: "personnes", es: "personas" }[language] },
        estimate: { kind: "estimate", words: "an estimated" },
      }),
      stat("interval", {
        quantity: { kind: "exact", value: 58 },
        unit: percent,
        uncertainty: { kind: "interval", min: 49, max: 66, level: 95 },
      }),
      stat("margin", {
        quantity: { kind: "exact", value: 48 },
        unit: percent,
        uncertainty: { kind: "margin", value: 3 },
      }),
      stat("unchanged", {
        quantity: { kind: "exact", value: 0 },
        unit: percent,
        change: { direction: "unchanged", since: { kind: "date", date: "2025-05-04" } },
      }),
    ];
  };

  const expected: Record<Language, Record<string, string>> = {
    en: {
      rate: "€1.8 million a month",
      "per-person": "between €3 and €5 per person",
      up: "up 9% from 2024",
      "down-to": "down 3.1% to €95",
      quarter: "down a quarter",
      compared: "down 58% compared with the control group",
      share: "nearly 30% of its members",
      estimate: "an estimated 4,100 people",
      interval: "58% (95% CI 49–66%)",
      margin: "48% (margin of error ±3%)",
      unchanged: "unchanged from May 4, 2025",
    },
    de: {
      rate: "1,8 Millionen Euro pro Monat",
      "per-person": `zwischen 3${NBSP}€ und 5${NBSP}€ pro Kopf`,
      up: `plus 9${NBSP}% gegenüber 2024`,
      "down-to": `minus 3,1${NBSP}% auf 95${NBSP}€`,
      quarter: "minus ein Viertel",
      compared: `minus 58${NBSP}% verglichen mit der Kontrollgruppe`,
      share: `fast 30${NBSP}% seiner Mitglieder`,
      estimate: "schätzungsweise 4.100 Menschen",
      interval: `58${NBSP}% (95${NBSP}%-KI 49–66${NBSP}%)`,
      margin: `48${NBSP}% (Fehlerspanne ±3${NBSP}%)`,
      unchanged: "unverändert gegenüber dem 4. Mai 2025",
    },
    fr: {
      rate: "1,8 million d’euros par mois",
      "per-person": `entre 3${NBSP}€ et 5${NBSP}€ par habitant`,
      up: `en hausse de 9${NBSP}% par rapport à 2024`,
      "down-to": `en baisse de 3,1${NBSP}% à 95${NBSP}€`,
      quarter: "en baisse d’un quart",
      compared: `en baisse de 58${NBSP}% par rapport au groupe témoin`,
      share: `près de 30${NBSP}% de ses membres`,
      estimate: `4${NNBSP}100 personnes selon les estimations`,
      interval: `58${NBSP}% (IC à 95${NBSP}%${NBSP}: 49–66${NBSP}%)`,
      margin: `48${NBSP}% (marge d’erreur ±3${NBSP}%)`,
      unchanged: "stable par rapport au 4 mai 2025",
    },
    es: {
      rate: "1,8 millones de euros al mes",
      "per-person": `entre 3${NBSP}€ y 5${NBSP}€ por persona`,
      up: `un aumento del 9${NBSP}% respecto a 2024`,
      "down-to": `un descenso del 3,1${NBSP}% hasta 95${NBSP}€`,
      quarter: "un descenso de un cuarto",
      compared: `un descenso del 58${NBSP}% en comparación con el grupo de control`,
      share: `casi 30${NBSP}% de sus miembros`,
      estimate: "4100 personas según las estimaciones",
      interval: `58${NBSP}% (IC del 95${NBSP}%: 49–66${NBSP}%)`,
      margin: `48${NBSP}% (margen de error ±3${NBSP}%)`,
      unchanged: "sin cambios respecto al 4 de mayo de 2025",
    },
  };

  it.each(["en", "de", "fr", "es"] as const)("writes each form in %s, in the article's language", (language) => {
    const r = record(language, statistics(language));
    for (const [id, words] of Object.entries(expected[language])) {
      const statistic = r.statistics.find((s) => s.id === id);
      if (statistic === undefined) throw new Error(`test record: no statistic ${id}`);
      expect([id, describeStatistic(r, statistic)]).toEqual([id, words]);
    }
  });

  it("writes forecasts, projections, targets and preliminary figures apart from estimates", () => {
    const r = record("en");
    const figure = (kind: "forecast" | "projection" | "target" | "preliminary") =>
      stat(kind, { quantity: { kind: "exact", value: 2e9 }, unit: eur, estimate: { kind, words: "could reach" } });
    expect(describeStatistic(r, figure("forecast"))).toBe("€2 billion (forecast)");
    expect(describeStatistic(r, figure("target"))).toBe("a target of €2 billion");
    expect(describeStatistic(r, figure("forecast"), { locale: "de" })).toBe("voraussichtlich 2 Milliarden Euro");
    expect(describeStatistic(r, figure("preliminary"), { locale: "fr" })).toBe(
      "2 milliards d’euros (chiffre provisoire)",
    );
    expect(describeStatistic(r, figure("projection"), { locale: "es" })).toBe("2 mil millones de euros (proyección)");
  });

  it("writes a rate per item with the record's English noun, in quotation marks outside English", () => {
    const r = record("en");
    const tablet = stat("tablet", {
      quantity: { kind: "range", min: 3, max: 5 },
      unit: { kind: "money", currency: "USD" },
      per: { kind: "item", noun: "tablet" },
    });
    expect(describeStatistic(r, tablet)).toBe("between $3 and $5 per tablet");
    expect(describeStatistic(r, tablet, { locale: "de" })).toBe(`zwischen 3${NBSP}$ und 5${NBSP}$ pro „tablet“`);
  });

  it("gives the article's phrase in quotation marks in a sentence of another language", () => {
    const r = record("en", statistics("en"));
    const share = r.statistics.find((s) => s.id === "share");
    if (share === undefined) throw new Error("test record: no share");
    expect(describeStatistic(r, share, { locale: "de" })).toBe(`etwa 30${NBSP}% von „its members“`);
  });

  it("names a statistic or record that is not well formed, and never throws", () => {
    const r = record("en");
    expect(describeStatistic(r, { id: "x" } as never)).toMatch(/^Not a well-formed statistic at /);
    expect(describeStatistic(null as never, level)).toMatch(/^Not a well-formed news record/);
    expect(describeStatistic(r, level, { locale: 42 } as never)).toBe("€95");
  });
});

describe("summarizeRecord without a publication date", () => {
  it.each<[Language, string]>([
    ["en", "“Orbis cuts jobs” (Wire)"],
    ["de", "„Orbis cuts jobs“ (Wire)"],
    ["fr", `«${NNBSP}Orbis cuts jobs${NNBSP}» (Wire)`],
    ["es", "«Orbis cuts jobs» (Wire)"],
  ])("names the publisher alone in %s", (language, line) => {
    const r = { ...record(language), quotes: [] };
    const titled: NewsRecord = { ...r, article: { ...r.article, headline: "Orbis cuts jobs" } };
    expect(summarizeRecord(titled).split("\n")[0]).toBe(line);
  });

  it("gives an untitled article by its publisher and first words", () => {
    expect(summarizeRecord({ ...record("en"), quotes: [] }).split("\n")[0]).toBe(
      "Untitled article by Wire: “Carmaker Orbis will cut 300 jobs.”",
    );
    expect(summarizeRecord({ ...record("de"), quotes: [] }).split("\n")[0]).toBe(
      "Artikel von Wire ohne Überschrift: „Der Autobauer Orbis streicht 300 Stellen.“",
    );
  });
});
