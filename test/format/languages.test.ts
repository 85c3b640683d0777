// The helpers' words on invented articles in English, German, French and
// Spanish (test/fixtures/records/out-*.json), compared with sentences
// written by hand in each language.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  checkGrounding,
  describeQuote,
  formatQuantity,
  type NewsRecord,
  summarizeRecord,
  validateRecord,
} from "../../src/index.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

function load(language: "en" | "de" | "fr" | "es"): NewsRecord {
  const file = join(import.meta.dirname, "..", "fixtures", "records", `out-${language}-plant-closure.json`);
  const result = validateRecord(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`fixture out-${language} is invalid: ${result.issues[0]?.message}`);
  return result.data;
}

function quoteAt(record: NewsRecord, index: number): NewsRecord["quotes"][number] {
  const quote = record.quotes[index];
  if (quote === undefined) throw new Error(`fixture: no quote ${index}`);
  return quote;
}

/** What each helper should say of each fixture, written by hand. */
const EXPECTED = {
  en: {
    summary: [
      "“Orbis to close Leeds plant” (Northern Wire, May 5, 2026)",
      "Main event: Orbis will close its Leeds plant by July (status: announced; date: until July 2026).",
      "It names 8 actors and reports 5 events, 6 quotes, and 6 statistics.",
      "Grounding: 100% (25 of 25 facts grounded; 29 of 29 spans hold).",
    ],
    quotes: [
      "United Metalworkers said that between 200 and 250 workers will lose their jobs.",
      "Mary Hale said on May 4, 2026: “We were told nothing”.",
      "An aide to Hale had said that officials expected the closure to cost about £1.8 million.",
      "Orbis announced on May 4, 2026, according to Reuters, that the board would decide whether to approve the sale.",
      "According to West Yorkshire Police, at least 1 arrest was made at a protest outside the plant.",
      "Orbis denied that it had planned the closure for months.",
    ],
    quantities: [
      "between 200 and 250 workers",
      "about £1.8 million",
      "at least 1 arrest",
      "some 3.4 million tonnes",
      "three decades",
      "mainly (more than 50%)",
    ],
  },
  de: {
    summary: [
      "„Orbis schließt Werk in Bochum“ (Ruhr-Kurier, 5. Mai 2026)",
      "Hauptereignis: Orbis schließt sein Werk in Bochum bis Juli (Status: angekündigt; Datum: bis Juli 2026).",
      "Der Datensatz nennt 8 Akteure und enthält 5 Ereignisse, 6 Zitate und 6 Statistiken.",
      `Verankerung: 100${NBSP}% (25 von 25 Fakten belegt; 29 von 29 Textstellen stimmen).`,
    ],
    quotes: [
      "IG Metall sagte, zwischen 200 und 250 Beschäftigte verlieren ihre Arbeit.",
      "Anna Keller sagte am 4. Mai 2026: „Uns wurde nichts gesagt“.",
      "Ein Mitarbeiter Kellers hatte gesagt, Beamte rechneten mit Kosten von etwa 1,8 Millionen Euro.",
      "Orbis kündigte am 4. Mai 2026 laut dpa an, der Vorstand werde über den Verkauf entscheiden.",
      "Laut Polizei wurde bei einem Protest vor dem Werk mindestens 1 Person festgenommen.",
      "Orbis bestritt, die Schließung seit Monaten geplant zu haben.",
    ],
    quantities: [
      "zwischen 200 und 250 Beschäftigte",
      "etwa 1,8 Millionen Euro",
      "mindestens 1 Person",
      "rund 3,4 Millionen Tonnen",
      "drei Jahrzehnten",
      `vor allem (mehr als 50${NBSP}%)`,
    ],
  },
  fr: {
    summary: [
      `Article sans titre du Courrier du Nord du 5 mai 2026${NBSP}: «${NNBSP}Le constructeur Orbis fermera son usine de Lille d’ici juillet, a annoncé…${NNBSP}»`,
      `Événement principal${NBSP}: Orbis fermera son usine de Lille d’ici juillet (statut${NBSP}: annoncé${NNBSP}; date${NBSP}: jusqu’en juillet 2026).`,
      "La fiche nomme 8 acteurs et rapporte 5 événements, 6 citations et 6 statistiques.",
      `Ancrage${NBSP}: 100${NBSP}% (25 sur 25 faits ancrés${NNBSP}; 29 sur 29 passages vérifiés).`,
    ],
    quotes: [
      "La CGT a déclaré qu’entre 200 et 250 salariés perdront leur emploi.",
      `Marie Dubois a déclaré le 4 mai 2026${NBSP}: «${NNBSP}On ne nous a rien dit${NNBSP}».`,
      "Un collaborateur de Dubois avait dit que les autorités estimaient le coût à environ 1,8 million d’euros.",
      "Orbis a annoncé le 4 mai 2026, selon l’AFP, que le conseil déciderait s’il approuve la vente.",
      "Selon la police, au moins 1 personne a été interpellée lors d’une manifestation devant l’usine.",
      "Orbis a démenti avoir planifié la fermeture depuis des mois.",
    ],
    quantities: [
      "entre 200 et 250 salariés",
      "environ 1,8 million d’euros",
      "au moins 1 personne",
      "quelque 3,4 millions de tonnes",
      "trois décennies",
      `principalement (plus de 50${NBSP}%)`,
    ],
  },
  es: {
    summary: [
      "Artículo sin titular de Diario del Ebro del 5 de mayo de 2026: «El fabricante Orbis cerrará su planta de Zaragoza antes de julio, anunció…»",
      "Acontecimiento principal: Orbis cerrará su planta de Zaragoza antes de julio (estado: anunciado; fecha: hasta julio de 2026).",
      "La ficha nombra 8 actores y recoge 5 acontecimientos, 6 citas y 6 estadísticas.",
      `Anclaje: 100${NBSP}% (25 de 25 hechos anclados; 29 de 29 fragmentos verificados).`,
    ],
    quotes: [
      "La UGT dijo que entre 200 y 250 trabajadores perderán su empleo.",
      "Lucía Pérez dijo el 4 de mayo de 2026: «No nos dijeron nada».",
      "Un colaborador de Pérez había dicho que las autoridades calculaban un coste de unos 1,8 millones de euros.",
      "Orbis anunció el 4 de mayo de 2026, según EFE, que el consejo decidiría si aprueba la venta.",
      "Según la policía, al menos 1 persona fue detenida durante una protesta frente a la planta.",
      "Orbis negó haber planificado el cierre desde hacía meses.",
    ],
    quantities: [
      "entre 200 y 250 trabajadores",
      "unos 1,8 millones de euros",
      "al menos 1 persona",
      // The article's "unas 3.400.000 toneladas" agrees with "millones" once written with the scale word.
      "unos 3,4 millones de toneladas",
      "tres décadas",
      `principalmente (más de 50${NBSP}%)`,
    ],
  },
} as const;

describe.each(["en", "de", "fr", "es"] as const)("the helpers on an article in %s", (language) => {
  const record = load(language);
  const expected = EXPECTED[language];

  it("sum the record up in the article's language by default", () => {
    expect(summarizeRecord(record).split("\n")).toEqual(expected.summary);
    expect(summarizeRecord(record, { locale: language })).toBe(summarizeRecord(record));
  });

  it("describe each quote in the article's language, with its quotation marks and connecting words", () => {
    expect(record.quotes.map((quote) => describeQuote(record, quote))).toEqual(expected.quotes);
  });

  it("write each statistic in the article's language", () => {
    expect(record.statistics.map((s) => formatQuantity(s.quantity, s.unit, { locale: language }))).toEqual(
      expected.quantities,
    );
  });

  it("fall back to the article's language for a locale that cannot be used, and never throw", () => {
    for (const locale of ["not a locale!", "", null, 42, {}, []]) {
      expect(summarizeRecord(record, { locale } as never)).toBe(expected.summary.join("\n"));
      expect(describeQuote(record, quoteAt(record, 1), { locale } as never)).toBe(expected.quotes[1]);
    }
    expect(summarizeRecord(record, null as never)).toBe(expected.summary.join("\n"));
  });
});

describe("the helpers in another language than the article's", () => {
  it("read an underscore tag and write numbers, dates, plurals and lists in the locale asked for", () => {
    const { facts, spans } = checkGrounding(seed).totals;
    expect(summarizeRecord(seed, { locale: "de_DE" }).split("\n")).toEqual([
      "Artikel ohne Überschrift vom 5. August 2021: „Belarus plans to close parts of the country’s border with Lithuania in…“",
      "Hauptereignis: Belarus announces it will close parts of its border with Lithuania, to stop migrants who crossed into Lithuania from coming back (Status: angekündigt; Datum: 5. August 2021).",
      "Der Datensatz nennt 15 Akteure und enthält 19 Ereignisse, 4 Zitate und 7 Statistiken.",
      `Verankerung: 100${NBSP}% (${facts} von ${facts} Fakten belegt; ${spans} von ${spans} Textstellen stimmen).`,
    ]);
    const english = load("en");
    expect(summarizeRecord(english, { locale: "es" }).split("\n")[0]).toBe(
      "«Orbis to close Leeds plant» (Northern Wire, 5 de mayo de 2026)",
    );
  });

  it("use the language's own verb, and give reported words as the article's, in quotation marks", () => {
    const [direct, indirect, threat] = seed.quotes;
    expect(describeQuote(seed, direct, { locale: "fr" })).toBe(
      `Alexander Lukashenko a déclaré le 5 août 2021, selon Belta${NBSP}: «${NNBSP}From today, no one will be allowed to cross the border from any side, neither from the south nor from the west${NNBSP}».`,
    );
    expect(describeQuote(seed, indirect, { locale: "de" })).toBe(
      "European Union sagte, in den Worten des Artikels: „Belarus of deliberately allowing migrants to cross its border towards the European Union“.",
    );
    expect(describeQuote(seed, threat, { locale: "es" })).toBe(
      "Alexander Lukashenko dijo, en palabras del artículo: «to allow refugees from countries such as Syria, Iraq and Afghanistan to enter the bloc».",
    );
    const german = load("de");
    expect(describeQuote(german, quoteAt(german, 3), { locale: "en" })).toBe(
      "Orbis said on May 4, 2026, according to dpa, in the article’s words: “der Vorstand werde über den Verkauf entscheiden”.",
    );
  });

  it("write a language without phrases in English throughout, dates included", () => {
    expect(summarizeRecord(seed, { locale: "ja" })).toBe(summarizeRecord(seed, { locale: "en" }));
    expect(describeQuote(seed, seed.quotes[0], { locale: "pl" })).toBe(describeQuote(seed, seed.quotes[0]));
  });
});
