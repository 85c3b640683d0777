import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { describeQuote, type NewsRecord, type Quote } from "../../src/index.js";
import { makeRecord, spanOf } from "../support/records.js";

describe("describeQuote on the seed record", () => {
  const described = seed.quotes.map((quote) => describeQuote(seed, quote));

  it("says who said what, when and through whom, for a direct quote relayed by an agency", () => {
    expect(described[0]).toBe(
      "Alexander Lukashenko said on August 5, 2021, according to Belta: “From today, no one will be allowed to cross the border from any side, neither from the south nor from the west”.",
    );
  });

  it("reports indirect and mixed quotes in the writer's words", () => {
    expect(described.slice(1)).toEqual([
      "The European Union accuses Belarus of deliberately allowing migrants to cross its border towards the European Union.",
      "Alexander Lukashenko threatened to allow refugees from countries such as Syria, Iraq and Afghanistan to enter the bloc.",
      "Alexander Lukashenko said that it would be a “threat” to Belarus if migrants were collected at the crossing points and then “deported to the territory of Belarus under threat of armed force”.",
    ]);
  });

  it("writes dates in the locale asked for", () => {
    const [first] = seed.quotes;
    expect(describeQuote(seed, first, { locale: "en-GB" })).toContain("said on 5 August 2021, according to Belta");
  });
});

describe("describeQuote on invented records", () => {
  const body =
    "“We will not back down,” an official who asked not to be named told AFP, citing Reuters. Smith said so.";
  const official = spanOf(body, "We will not back down,");
  const record = makeRecord(body, {
    actors: [
      { id: "afp", kind: "organization", name: "AFP", organizationType: "news-agency" },
      { id: "reuters", kind: "organization", name: "Reuters", organizationType: "news-agency" },
      { id: "smith", kind: "person", name: "Jane Smith" },
    ],
  });

  it("describes an anonymous source, and a chain of relays from the last to the first", () => {
    const quote: Quote = {
      id: "q",
      mode: "direct",
      speaker: { kind: "anonymous", description: "an official who asked not to be named" },
      via: ["reuters", "afp"],
      verb: "told",
      saidAt: { kind: "interval", start: "2024-02", end: "2024-03-01" },
      quoted: [official],
    };
    expect(describeQuote(record, quote)).toBe(
      "An official who asked not to be named said from February 2024 to March 1, 2024, according to AFP, citing Reuters: “We will not back down”.",
    );
  });

  it("joins the fragments of a quotation broken by the writer, and says 'said' when the verb is missing", () => {
    const quote: Quote = {
      id: "q",
      mode: "direct",
      speaker: { kind: "actor", actor: "smith" },
      quoted: [official, spanOf(body, "Smith said so")],
    };
    expect(describeQuote(record, quote)).toBe("Jane Smith said: “We will not back down … Smith said so”.");
  });

  it("names a speaker it cannot find by the id, rather than failing", () => {
    const quote: Quote = {
      id: "q",
      mode: "indirect",
      speaker: { kind: "actor", actor: "ghost" },
      verb: "said",
      saidAt: { kind: "date", date: "2023" },
      content: spanOf(body, "Smith said so"),
    };
    expect(describeQuote(record, quote)).toBe("Ghost said in 2023 that Smith said so.");
  });
});

describe("describeQuote on input that is not a quote", () => {
  it("says so instead of throwing", () => {
    expect(describeQuote(seed, JSON.parse('{"mode":"direct"}') as Quote)).toMatch(/^Not a well-formed quote at /);
    expect(describeQuote(null as unknown as NewsRecord, JSON.parse("{}") as Quote)).toMatch(
      /^Not a well-formed news record/,
    );
  });
});

describe("describeQuote: where the date and the relay go, in each language", () => {
  const inLanguage = (language: string, body: string, facts: Parameters<typeof makeRecord>[1]): NewsRecord => {
    const record = makeRecord(body, facts);
    record.article.language = language;
    return record;
  };
  const eu = {
    id: "eu",
    kind: "organization" as const,
    name: "European Union",
    organizationType: "intergovernmental" as const,
  };
  const afp = { id: "afp", kind: "organization" as const, name: "AFP", organizationType: "news-agency" as const };

  it("puts the date and relay in front of reported words that a verb's object opens", () => {
    const body = "The EU accused Belarus of sending migrants.";
    const quote: Quote = {
      id: "q",
      mode: "indirect",
      speaker: { kind: "actor", actor: "eu" },
      verb: "accused",
      via: ["afp"],
      saidAt: { kind: "date", date: "2024-05-04" },
      content: spanOf(body, "Belarus of sending migrants"),
    };
    expect(describeQuote(inLanguage("en", body, { actors: [eu, afp] }), quote)).toBe(
      "On May 4, 2024, according to AFP, European Union accused Belarus of sending migrants.",
    );
  });

  it("writes intervals and open periods with each language's prepositions", () => {
    const body = "Smith said it rained.";
    const smith = { id: "smith", kind: "person" as const, name: "Jane Smith" };
    const quote = (saidAt: Quote["saidAt"]): Quote => ({
      id: "q",
      mode: "direct",
      speaker: { kind: "actor", actor: "smith" },
      ...(saidAt === undefined ? {} : { saidAt }),
      quoted: [spanOf(body, "it rained")],
    });
    const cases: [string, Quote["saidAt"], string][] = [
      [
        "de",
        { kind: "interval", start: "2024-05-11", end: "2024-05-20" },
        "Jane Smith sagte vom 11. Mai 2024 bis zum 20. Mai 2024: „it rained“.",
      ],
      ["de", { kind: "interval", end: "2024-07" }, "Jane Smith sagte bis Juli 2024: „it rained“."],
      ["de", { kind: "date", date: "2024" }, "Jane Smith sagte im Jahr 2024: „it rained“."],
      [
        "fr",
        { kind: "interval", start: "2024-08", end: "2024-09-05" },
        "Jane Smith a déclaré d’août 2024 au 5 septembre 2024\u00A0: «\u202Fit rained\u202F».",
      ],
      ["fr", { kind: "interval", start: "2021" }, "Jane Smith a déclaré depuis 2021\u00A0: «\u202Fit rained\u202F»."],
      [
        "es",
        { kind: "interval", start: "2024-05-11", end: "2024-05-20" },
        "Jane Smith dijo del 11 de mayo de 2024 al 20 de mayo de 2024: «it rained».",
      ],
      ["es", { kind: "interval", end: "2024-07-01" }, "Jane Smith dijo hasta el 1 de julio de 2024: «it rained»."],
      ["en", { kind: "interval", start: "2024-05" }, "Jane Smith said since May 2024: “it rained”."],
    ];
    for (const [locale, saidAt, expected] of cases) {
      expect(describeQuote(makeRecord(body, { actors: [smith] }), quote(saidAt), { locale })).toBe(expected);
    }
  });
});
