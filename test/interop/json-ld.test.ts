import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import { type JsonLdGraph, serializeJsonLd, toJsonLd } from "../../src/interop/json-ld.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { validateRecord } from "../../src/validation/validate.js";
import { validRecordArb } from "../support/arbitraries.js";
import { readVocabulary, vocabularyProblems } from "../support/schema-org.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

function load(language: string): NewsRecord {
  const result = validateRecord(
    JSON.parse(readFileSync(join(FIXTURES, "records", `out-${language}-plant-closure.json`), "utf8")),
  );
  if (!result.success) throw new Error(`fixture out-${language} is invalid`);
  return result.data;
}

type Node = Record<string, unknown>;

/** Every node of a graph, top-level and nested, by `@id`. */
function nodesById(graph: JsonLdGraph): Map<string, Node> {
  const out = new Map<string, Node>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") {
      const node = value as Node;
      if (typeof node["@id"] === "string" && typeof node["@type"] === "string") out.set(node["@id"], node);
      Object.values(node).forEach(walk);
    }
  };
  walk(graph["@graph"]);
  return out;
}

const seedGraph = toJsonLd(belarusLithuaniaBorder);
const seedNodes = nodesById(seedGraph);
const en = toJsonLd(load("en"));
const enNodes = nodesById(en);
const fr = toJsonLd(load("fr"));
const frNodes = nodesById(fr);

describe("toJsonLd: the article", () => {
  it("gives a NewsArticle about the main event, with the events nested in it and none at the top", () => {
    const article = seedGraph["@graph"][0];
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      "@id": "_:article",
      identifier: "belarus-lithuania-border-2021-08-05",
      datePublished: "2021-08-05",
      inLanguage: "en",
      about: { "@type": "Event", "@id": "_:event.ev-border-closure", startDate: "2021-08-05" },
    });
    expect(seedGraph["@graph"].filter((node) => ["Event", "Claim"].includes(node["@type"] as string))).toEqual([]);
    const mentions = article?.["@type"] === "NewsArticle" ? (article.mentions ?? []) : [];
    expect(mentions).toContainEqual({ "@id": "_:actor.lukashenko" });
    expect(mentions.filter((m) => "@type" in m)).toHaveLength(belarusLithuaniaBorder.events.length - 1);
  });

  it("tags the article's words with its language, and gives Google's article fields the record has", () => {
    const article = fr["@graph"][0];
    expect(article).toMatchObject({
      inLanguage: "fr",
      url: "https://news.example/fr/orbis",
      mainEntityOfPage: "https://news.example/fr/orbis",
      publisher: { "@type": "Organization", name: "Le Courrier du Nord" },
    });
    expect(article).not.toHaveProperty("headline");
    expect(article?.["@type"] === "NewsArticle" && article.articleBody).toEqual({
      "@value": load("fr").article.body,
      "@language": "fr",
    });
    expect(en["@graph"][0]).toMatchObject({ headline: { "@value": "Orbis to close Leeds plant", "@language": "en" } });
  });
});

describe("toJsonLd: quotes keep who said what, and only verbatim words are a Quotation's text", () => {
  it("gives a direct quote's words as its text", () => {
    expect(seedNodes.get("_:quote.q-no-one-may-cross")).toMatchObject({
      "@type": "Quotation",
      text: {
        "@value":
          "From today, no one will be allowed to cross the border from any side, neither from the south nor from the west",
        "@language": "en",
      },
      creator: { "@id": "_:actor.lukashenko" },
      dateCreated: "2021-08-05",
      isBasedOn: { "@type": "CreativeWork", author: { "@id": "_:actor.belta" } },
    });
  });

  it("gives an indirect quote no text: the paraphrase is its abstract, and its verb an act of saying", () => {
    const indirect = seedNodes.get("_:quote.q-eu-accuses-belarus");
    expect(indirect).not.toHaveProperty("text");
    expect(indirect).toMatchObject({
      abstract: {
        "@value": "Belarus of deliberately allowing migrants to cross its border towards the European Union",
        "@language": "en",
      },
      description: {
        "@value":
          "The European Union accuses Belarus of deliberately allowing migrants to cross its border towards the European Union.",
        "@language": "en",
      },
    });
    expect(seedNodes.get("_:quote.q-eu-accuses-belarus.act")).toMatchObject({
      "@type": "CommunicateAction",
      name: { "@value": "accuses", "@language": "en" },
      agent: { "@id": "_:actor.eu" },
      result: { "@id": "_:quote.q-eu-accuses-belarus" },
    });
  });

  it("gives a mixed quote only its quoted fragments as text", () => {
    expect(seedNodes.get("_:quote.q-deportation-threat")).toMatchObject({
      text: { "@value": "threat … deported to the territory of Belarus under threat of armed force" },
    });
  });

  it("does not credit a denial's claim as the speaker's words", () => {
    const denial = frNodes.get("_:quote.q-denial");
    expect(denial).not.toHaveProperty("text");
    expect(denial).toMatchObject({
      abstract: { "@value": "avoir planifié la fermeture depuis des mois", "@language": "fr" },
      description: { "@value": "Orbis a démenti avoir planifié la fermeture depuis des mois.", "@language": "fr" },
    });
    expect(frNodes.get("_:quote.q-denial.act")).toMatchObject({ name: { "@value": "a démenti", "@language": "fr" } });
  });

  it("tags the sentences it writes in English for an article in a language without phrases", () => {
    const record = load("en");
    record.article.language = "ja";
    const nodes = nodesById(toJsonLd(record));
    expect(nodes.get("_:quote.q-board")).toMatchObject({
      abstract: { "@language": "ja" },
      description: { "@language": "en" },
    });
  });

  it("keeps an anonymous source's affiliation and a chain of relays", () => {
    expect(enNodes.get("_:quote.q-aide")).toMatchObject({
      creator: {
        "@type": "Person",
        description: { "@value": "an aide to Hale", "@language": "en" },
        affiliation: { "@id": "_:actor.union" },
      },
    });
    const record = load("en");
    const quote = record.quotes.find((q) => q.id === "q-board");
    if (quote === undefined) throw new Error("fixture: q-board");
    quote.via = ["outlet", "agency"];
    expect(nodesById(toJsonLd(record)).get("_:quote.q-board")).toMatchObject({
      isBasedOn: {
        "@type": "CreativeWork",
        author: { "@id": "_:actor.agency" },
        isBasedOn: { "@type": "CreativeWork", author: { "@id": "_:actor.outlet" } },
      },
    });
  });

  it("gives a state that speaks as its government, never a Country as creator", () => {
    const record = JSON.parse(JSON.stringify(belarusLithuaniaBorder)) as NewsRecord;
    const [first] = record.quotes;
    if (first === undefined) throw new Error("seed: a quote");
    first.speaker = { kind: "actor", actor: "belarus" };
    const graph = toJsonLd(record);
    const nodes = nodesById(graph);
    expect(nodes.get("_:quote.q-no-one-may-cross")).toMatchObject({ creator: { "@id": "_:actor.belarus.government" } });
    expect(nodes.get("_:actor.belarus.government")).toMatchObject({
      "@type": "GovernmentOrganization",
      name: "Belarus",
      areaServed: { "@id": "_:actor.belarus" },
    });
  });
});

describe("toJsonLd: events keep their status, participants, links and places", () => {
  it("gives an event the article does not give as fact as a Claim with its status", () => {
    expect(enNodes.get("_:event.ev-planning")).toMatchObject({
      "@type": "Claim",
      creativeWorkStatus: "denied",
      appearance: { "@id": "_:article" },
      about: [
        { "@type": "Role", roleName: "agent", about: { "@id": "_:actor.orbis" } },
        {
          "@type": "Role",
          roleName: "cause",
          about: { "@id": "_:event.ev-closure" },
          description: { "@value": "many see as", "@language": "en" },
        },
      ],
    });
    for (const node of seedNodes.values()) {
      if (node["@type"] !== "Event") continue;
      const event = belarusLithuaniaBorder.events.find((e) => `_:event.${e.id}` === node["@id"]);
      expect(["occurred", "ongoing", "announced", "planned", "expected", "cancelled"]).toContain(event?.status);
    }
  });

  it("schedules an announced or planned event, with its participants, link, origin and destination", () => {
    expect(enNodes.get("_:event.ev-strike")).toEqual({
      "@type": "Event",
      "@id": "_:event.ev-strike",
      name: "The union plans a strike at the plant.",
      eventStatus: "https://schema.org/EventScheduled",
      startDate: "2026-05-11",
      endDate: "2026-05-20",
      about: [
        { "@type": "Role", roleName: "agent", about: { "@id": "_:actor.union" } },
        { "@type": "Role", roleName: "target", about: { "@id": "_:actor.orbis" } },
        { "@type": "Role", roleName: "response", about: { "@id": "_:event.ev-closure" } },
      ],
    });
    expect(enNodes.get("_:event.ev-transfer")).toMatchObject({
      location: [
        { "@type": "Role", roleName: "origin", location: { "@type": "Place", name: "Leeds" } },
        { "@type": "Role", roleName: "destination", location: { "@type": "Place", name: "Valencia" } },
      ],
    });
  });
});

describe("toJsonLd: actors", () => {
  it("types organizations as narrowly as schema.org allows, and keeps roles and membership", () => {
    expect(enNodes.get("_:actor.union")).toMatchObject({ "@type": "WorkersUnion" });
    expect(enNodes.get("_:actor.orbis")).toMatchObject({ "@type": "Corporation", location: { identifier: "GB" } });
    expect(enNodes.get("_:actor.party")).toMatchObject({ "@type": "PoliticalParty" });
    expect(enNodes.get("_:actor.police")).toMatchObject({ "@type": "GovernmentOrganization" });
    expect(enNodes.get("_:actor.agency")).toMatchObject({ "@type": "NewsMediaOrganization" });
    expect(enNodes.get("_:actor.leader")).toMatchObject({
      "@type": "Person",
      jobTitle: ["union leader", "member"],
      worksFor: [{ "@id": "_:actor.union" }],
      memberOf: [{ "@id": "_:actor.party" }],
      nationality: { "@type": "Country", identifier: "GB" },
    });
    expect(seedNodes.get("_:actor.belarus")).toMatchObject({ "@type": "Country", identifier: "BY" });
  });
});

describe("toJsonLd: statistics keep their honesty", () => {
  it("gives an approximate number as the article's words, the number apart and marked approximate", () => {
    expect(seedNodes.get("_:statistic.st-apprehended")).toMatchObject({
      "@type": "Observation",
      value: { "@value": "some 3,500", "@language": "en" },
      additionalProperty: [
        { "@type": "PropertyValue", propertyID: "approximateValue", value: 3500, description: { "@value": "some" } },
        { "@type": "PropertyValue", propertyID: "period", value: "2021/2021-08-05" },
      ],
      unitText: "people",
      observationDate: "2021-08-05",
      observationPeriod: "P217D",
    });
    expect(seedNodes.get("_:statistic.st-apprehended")).not.toHaveProperty("name");
  });

  it("tells 'more than' from 'at least', and keeps exact numbers exact", () => {
    const record = load("en");
    const [first, second] = record.statistics;
    if (first === undefined || second === undefined) throw new Error("fixture: statistics");
    first.quantity = { kind: "bound", value: 200, relation: "more-than", hedge: "more than" };
    second.quantity = { kind: "bound", value: 200, relation: "at-least", hedge: "at least" };
    const nodes = nodesById(toJsonLd(record));
    expect(nodes.get("_:statistic.st-jobs")).toMatchObject({
      minValue: 200,
      additionalProperty: [{ propertyID: "exclusiveMinimum", value: 200 }],
    });
    expect(nodes.get("_:statistic.st-cost")).toMatchObject({ minValue: 200 });
    const atLeast = nodes.get("_:statistic.st-cost")?.additionalProperty as { propertyID: string }[] | undefined;
    expect((atLeast ?? []).map((p) => p.propertyID)).not.toContain("exclusiveMinimum");
    expect(seedNodes.get("_:statistic.st-border-length")).toMatchObject({
      value: 680,
      unitText: "km",
      unitCode: "KMT",
    });
  });

  it("keeps the source, the subject and the place, and gives every observation a value", () => {
    expect(enNodes.get("_:statistic.st-jobs")).toMatchObject({
      minValue: 200,
      maxValue: 250,
      description: { "@value": "Between 200 and 250", "@language": "en" },
      observationAbout: [{ "@id": "_:actor.workers" }, { "@type": "Place", name: "Leeds" }],
      subjectOf: { "@type": "CreativeWork", author: { "@id": "_:actor.union" } },
    });
    expect(seedNodes.get("_:statistic.st-disputing-share")).toMatchObject({
      value: { "@value": "large parts", "@language": "en" },
    });
    fc.assert(
      fc.property(validRecordArb, (record) => {
        for (const node of toJsonLd(record)["@graph"]) {
          if (node["@type"] !== "Observation") continue;
          expect(node.value !== undefined || node.minValue !== undefined || node.maxValue !== undefined).toBe(true);
          if (node.observationPeriod !== undefined) expect(node.observationPeriod).toMatch(/^P\d+[YMD]$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("toJsonLd against the schema.org vocabulary", () => {
  const vocabulary = readVocabulary();

  it("uses every property within its domain and every value within its range", () => {
    // The check itself must be able to fail.
    expect(
      vocabularyProblems(
        {
          "@graph": [
            { "@type": "Madeup" },
            { "@type": "Quotation", creator: { "@type": "Country", identifier: "BY" } },
            { "@type": "Observation", observationPeriod: 3, madeUp: 1 },
          ],
        },
        vocabulary,
      ),
    ).toEqual([
      "unknown type Madeup",
      "Quotation.creator: Country is outside the range Organization | Person | IdReference",
      "Observation.observationPeriod: Number is outside the range Text",
      "Observation.madeUp is not a schema.org property of Observation",
    ]);
    for (const graph of [seedGraph, en, fr, toJsonLd(load("de")), toJsonLd(load("es"))]) {
      expect(vocabularyProblems(graph, vocabulary)).toEqual([]);
    }
    fc.assert(
      fc.property(validRecordArb, (record) => {
        expect(vocabularyProblems(toJsonLd(record), vocabulary)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("toJsonLd as JSON-LD", () => {
  const context = JSON.parse(readFileSync(join(FIXTURES, "jsonld", "schema-org-context.json"), "utf8"));
  const requested: string[] = [];
  /** Serves the schema.org context from a file; any other address is refused, so nothing reaches the network. */
  const documentLoader = async (url: string) => {
    requested.push(url);
    if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`offline: refused ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };

  it("expands with the jsonld package: every key to a schema.org term, the article's words with their language", async () => {
    for (const graph of [seedGraph, fr]) {
      const expanded = await jsonld.expand(JSON.parse(JSON.stringify(graph)), { documentLoader });
      const predicates = new Set<string>();
      const languages = new Set<string>();
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value !== null && typeof value === "object") {
          for (const [key, child] of Object.entries(value)) {
            if (!key.startsWith("@")) predicates.add(key);
            if (key === "@language" && typeof child === "string") languages.add(child);
            walk(child);
          }
        }
      };
      walk(expanded);
      const used = new Set<string>();
      const collect = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (value !== null && typeof value === "object") {
          for (const [key, child] of Object.entries(value)) {
            if (!key.startsWith("@")) used.add(`https://schema.org/${key}`);
            collect(child);
          }
        }
      };
      collect(graph["@graph"]);
      expect([...predicates].filter((p) => !p.startsWith("https://schema.org/"))).toEqual([]);
      expect([...used].filter((p) => !predicates.has(p))).toEqual([]);
      expect(languages.has(graph === fr ? "fr" : "en")).toBe(true);
    }
    expect(new Set(requested)).toEqual(new Set(["https://schema.org"]));
  });

  it("converts to RDF with the article's body as a language-tagged literal", async () => {
    const nquads = (await jsonld.toRDF(JSON.parse(JSON.stringify(fr)), {
      documentLoader,
      format: "application/n-quads",
    })) as unknown as string;
    expect(nquads).toContain('<https://schema.org/articleBody> "Le constructeur Orbis');
    expect(nquads).toMatch(/<https:\/\/schema\.org\/articleBody> "[^\n]*"@fr \./);
    expect(nquads).toContain("<https://schema.org/eventStatus> <https://schema.org/EventScheduled>");
  });
});

describe("toJsonLd as plain data", () => {
  it("is plain JSON, and the same record always gives the same bytes", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        const text = JSON.stringify(toJsonLd(record));
        expect(JSON.parse(text)).toEqual(toJsonLd(record));
        expect(JSON.stringify(toJsonLd(structuredClone(record)))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out `about` when the record has no events", () => {
    const record = { ...structuredClone(belarusLithuaniaBorder), events: [] };
    expect(toJsonLd(record)["@graph"][0]).not.toHaveProperty("about");
  });

  it("returns a graph with no nodes for a value that is not a record, instead of throwing", () => {
    const framed = (change: Record<string, unknown>) => ({ ...structuredClone(belarusLithuaniaBorder), ...change });
    for (const input of [
      null,
      3,
      { schemaVersion: "1.0" },
      framed({ actors: {} }),
      framed({ article: "Belarus closes its border" }),
      framed({ actors: [null] }),
      framed({ quotes: [{ id: "q-1", speaker: null }] }),
      framed({ events: [{ id: "ev-1", spans: 5 }] }),
      Object.defineProperty({}, "article", {
        enumerable: true,
        get() {
          throw new Error("a getter that throws");
        },
      }),
    ]) {
      expect(toJsonLd(input as unknown as NewsRecord)).toEqual({ "@context": "https://schema.org", "@graph": [] });
    }
  });
});

describe("serializeJsonLd", () => {
  it("leaves no character that could end a script element or open a comment, and reads back the same", () => {
    const hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 >";
    const text = serializeJsonLd({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}',
    );
    expect(JSON.parse(text)).toEqual({ name: hostile });
    fc.assert(
      fc.property(validRecordArb, fc.string(), (record, name) => {
        const graph = toJsonLd({ ...record, article: { ...record.article, publisher: `${name}</script>` } });
        const serialized = serializeJsonLd(graph);
        expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(serialized)).toEqual(graph);
      }),
      { numRuns: 100 },
    );
    expect(JSON.parse(serializeJsonLd(seedGraph, 2))).toEqual(seedGraph);
  });
});
