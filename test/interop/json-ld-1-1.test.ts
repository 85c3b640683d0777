// The JSON-LD of the forms of record format 1.1, on a small invented
// article: each node checked against what schema.org says of it, the whole
// graph against the vocabulary and through the jsonld package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { type JsonLdGraph, toJsonLd } from "../../src/interop/json-ld.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { readVocabulary, vocabularyProblems } from "../support/schema-org.js";

const BODY =
  "Cologne closed the Mülheim bridge on Monday, 3 km north of the city centre. Traffic fell by a quarter, city officials said. Mayor Dr. Anna Berger (CDU) told dpa in an interview that repairs would cost €1.8 million a month. The engineering firm Baulicht declined to comment. An estimated 58% (95% CI 49–66%) of drivers changed route.";

function at(text: string, part?: "headline" | "correction", correction?: string) {
  const source = part === "headline" ? HEADLINE : part === "correction" ? CORRECTION : BODY;
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`test article: "${text}" not found`);
  return {
    start,
    end: start + text.length,
    exact: text,
    ...(part === undefined ? {} : { part }),
    ...(correction === undefined ? {} : { correction }),
  };
}
const HEADLINE = "Cologne shuts Mülheim bridge";
const CORRECTION = "An earlier version gave the cost as €1.8 million a year.";

const record: NewsRecord = {
  schemaVersion: "1.1",
  article: {
    id: "cologne-bridge",
    headline: HEADLINE,
    language: "en",
    publisher: "Rhine Wire",
    dateModified: "2026-05-06",
    agencies: ["dpa"],
    authors: ["Luis Soto"],
    byline: "By Luis Soto",
    dateline: "COLOGNE",
    image: "https://news.example/bridge.jpg",
    corrections: [{ id: "corr-1", date: "2026-05-06", text: CORRECTION, changes: ["st-cost"] }],
    body: BODY,
  },
  actors: [
    {
      id: "cologne",
      kind: "territory",
      name: "Cologne",
      territoryType: "city",
      country: "DE",
      subdivision: "DE-NW",
      place: "pl-cologne",
      mentions: [at("Cologne")],
    },
    {
      id: "bridge",
      kind: "object",
      name: "Mülheim bridge",
      objectType: "infrastructure",
      mentions: [at("Mülheim bridge")],
    },
    { id: "cdu", kind: "organization", name: "CDU", organizationType: "political-party", mentions: [at("CDU")] },
    {
      id: "berger",
      kind: "person",
      name: "Anna Berger",
      honorific: "Dr.",
      affiliations: [{ relation: "member", of: "cdu", span: at("(CDU)") }],
      mentions: [at("Anna Berger")],
    },
    { id: "dpa", kind: "organization", name: "dpa", organizationType: "news-agency", mentions: [at("dpa")] },
    { id: "baulicht", kind: "organization", name: "Baulicht", organizationType: "company", mentions: [at("Baulicht")] },
    { id: "officials", kind: "group", name: "city officials", groupType: "officials", unnamed: true },
  ],
  places: [
    {
      id: "pl-cologne",
      name: "Cologne",
      placeType: "city",
      country: "DE",
      coordinates: { latitude: 50.94, longitude: 6.96 },
      sameAs: ["https://www.wikidata.org/wiki/Q365"],
    },
    { id: "pl-bridge", name: "Mülheim bridge", placeType: "bridge", within: "pl-cologne", aliases: ["the bridge"] },
  ],
  events: [
    {
      id: "ev-closure",
      eventType: "closure",
      status: "occurred",
      summary: "Cologne closed the Mülheim bridge",
      participants: [
        { actor: "cologne", role: "agent" },
        { actor: "bridge", role: "target" },
      ],
      places: [
        { role: "location", place: { kind: "ref", place: "pl-bridge" } },
        {
          role: "location",
          place: {
            kind: "relative",
            position: "north-of",
            of: "pl-cologne",
            distance: { quantity: { kind: "exact", value: 3 }, unit: "km" },
            span: at("3 km north of the city centre"),
          },
        },
      ],
      spans: [at("Cologne closed the Mülheim bridge")],
    },
  ],
  quotes: [
    {
      id: "q-berger",
      mode: "indirect",
      speaker: { kind: "actor", actor: "berger" },
      verb: "told",
      addressee: "dpa",
      channel: { type: "interview" },
      content: at("repairs would cost €1.8 million a month"),
    },
    {
      id: "q-refusal",
      mode: "refusal",
      speaker: { kind: "actor", actor: "baulicht" },
      refusal: at("declined to comment"),
    },
  ],
  statistics: [
    {
      id: "st-traffic",
      measure: "traffic over the bridge",
      quantity: { kind: "ratio", numerator: 1, denominator: 4 },
      unit: { kind: "proportion" },
      change: { direction: "decrease" },
      reportedBy: "officials",
      span: at("by a quarter"),
    },
    {
      id: "st-cost",
      measure: "cost of repairs",
      quantity: { kind: "exact", value: 1.8e6 },
      unit: { kind: "money", currency: "EUR" },
      per: { kind: "time", unit: "month" },
      reportedIn: "q-berger",
      span: at("€1.8 million a month"),
    },
    {
      id: "st-drivers",
      measure: "drivers who changed route",
      quantity: { kind: "exact", value: 58 },
      unit: { kind: "percent" },
      of: { text: "drivers", span: at("drivers") },
      estimate: { kind: "estimate", words: "An estimated" },
      uncertainty: { kind: "interval", min: 49, max: 66, level: 95, span: at("95% CI 49–66%") },
      span: at("58%"),
    },
  ],
};

type Node = Record<string, unknown>;
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

const graph = toJsonLd(record);
const nodes = nodesById(graph);

describe("toJsonLd on record format 1.1: the article", () => {
  it("gives wire credits, authors, byline, dateline, image, dateModified and no datePublished when unknown", () => {
    const article = graph["@graph"][0];
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      dateModified: "2026-05-06",
      author: [
        { "@type": "Person", name: "Luis Soto" },
        { "@type": "NewsMediaOrganization", name: "dpa" },
      ],
      creditText: "By Luis Soto",
      dateline: "COLOGNE",
      image: "https://news.example/bridge.jpg",
    });
    expect(article).not.toHaveProperty("datePublished");
  });

  it("gives each correction as a CorrectionComment about the facts it changes", () => {
    expect(graph["@graph"][0]).toMatchObject({
      correction: [
        {
          "@type": "CorrectionComment",
          "@id": "_:correction.corr-1",
          text: { "@value": CORRECTION, "@language": "en" },
          datePublished: "2026-05-06",
          about: [{ "@id": "_:statistic.st-cost" }],
        },
      ],
    });
  });
});

describe("toJsonLd on record format 1.1: actors and places", () => {
  it("gives a territory as an AdministrativeArea with its ISO 3166-2 code, and its government where it acts", () => {
    expect(nodes.get("_:actor.cologne")).toMatchObject({
      "@type": "AdministrativeArea",
      name: "Cologne",
      identifier: "DE-NW",
      containedInPlace: { "@type": "Country", identifier: "DE" },
    });
  });

  it("gives an object by the closest schema.org type, with its kind in English", () => {
    expect(nodes.get("_:actor.bridge")).toMatchObject({
      "@type": "Place",
      name: "Mülheim bridge",
      description: { "@value": "An object (infrastructure).", "@language": "en" },
    });
  });

  it("gives an unnamed actor no name: its description, in the article's language", () => {
    const officials = nodes.get("_:actor.officials");
    expect(officials).not.toHaveProperty("name");
    expect(officials).toMatchObject({ description: { "@value": "city officials", "@language": "en" } });
  });

  it("gives a person's honorific and party membership", () => {
    expect(nodes.get("_:actor.berger")).toMatchObject({
      "@type": "Person",
      honorificPrefix: "Dr.",
      memberOf: [{ "@id": "_:actor.cdu" }],
    });
  });

  it("declares places once, typed, contained, with coordinates, and refers to them by id", () => {
    expect(nodes.get("_:place.pl-cologne")).toMatchObject({
      "@type": "City",
      name: "Cologne",
      geo: { "@type": "GeoCoordinates", latitude: 50.94, longitude: 6.96 },
      sameAs: ["https://www.wikidata.org/wiki/Q365"],
      containedInPlace: { "@type": "Country", identifier: "DE" },
    });
    expect(nodes.get("_:place.pl-bridge")).toMatchObject({
      "@type": "Bridge",
      alternateName: ["the bridge"],
      containedInPlace: { "@id": "_:place.pl-cologne" },
    });
    const closure = nodes.get("_:event.ev-closure");
    expect(closure?.location).toEqual([
      { "@id": "_:place.pl-bridge" },
      {
        "@type": "Place",
        name: { "@value": "3 km north of Cologne", "@language": "en" },
        description: { "@value": "3 km north of the city centre", "@language": "en" },
      },
    ]);
  });
});

describe("toJsonLd on record format 1.1: quotes and statistics", () => {
  it("names the addressee as the act's recipient, never as a relay", () => {
    expect(nodes.get("_:quote.q-berger")).not.toHaveProperty("isBasedOn");
    expect(nodes.get("_:quote.q-berger.act")).toMatchObject({
      "@type": "CommunicateAction",
      agent: { "@id": "_:actor.berger" },
      recipient: { "@id": "_:actor.dpa" },
    });
    expect(nodes.get("_:quote.q-berger")).toMatchObject({
      description: {
        "@value": "Anna Berger told dpa in an interview that repairs would cost €1.8 million a month.",
        "@language": "en",
      },
    });
  });

  it("gives a refusal no words of the speaker: only its sentence, and an act named by the article's words", () => {
    const refusal = nodes.get("_:quote.q-refusal");
    expect(refusal).not.toHaveProperty("text");
    expect(refusal).not.toHaveProperty("abstract");
    expect(refusal).toMatchObject({ description: { "@value": "Baulicht declined to comment.", "@language": "en" } });
    expect(nodes.get("_:quote.q-refusal.act")).toMatchObject({
      name: { "@value": "declined to comment", "@language": "en" },
    });
  });

  it("gives a ratio its value and terms, and a change its direction", () => {
    const traffic = nodes.get("_:statistic.st-traffic");
    expect(traffic).toMatchObject({ value: 0.25, unitText: "proportion" });
    expect(traffic?.additionalProperty).toEqual([
      { "@type": "PropertyValue", propertyID: "numerator", value: 1 },
      { "@type": "PropertyValue", propertyID: "denominator", value: 4 },
      { "@type": "PropertyValue", propertyID: "changeDirection", value: "decrease" },
    ]);
  });

  it("gives a rate's unit of time, and the quote that gives the number as its source", () => {
    const cost = nodes.get("_:statistic.st-cost");
    expect(cost).toMatchObject({ value: 1.8e6, unitText: "EUR", subjectOf: { "@id": "_:quote.q-berger" } });
    expect(cost?.additionalProperty).toEqual([{ "@type": "PropertyValue", propertyID: "per", value: "month" }]);
  });

  it("gives a confidence interval as marginOfError with its level, an estimate and a share's whole", () => {
    const drivers = nodes.get("_:statistic.st-drivers");
    expect(drivers).toMatchObject({
      value: 58,
      marginOfError: {
        "@type": "QuantitativeValue",
        minValue: 49,
        maxValue: 66,
        additionalProperty: [{ "@type": "PropertyValue", propertyID: "confidenceLevel", value: 95 }],
      },
    });
    expect(drivers?.additionalProperty).toEqual([
      {
        "@type": "PropertyValue",
        propertyID: "shareOf",
        value: "drivers",
        description: { "@value": "drivers", "@language": "en" },
      },
      {
        "@type": "PropertyValue",
        propertyID: "estimate",
        value: "estimate",
        description: { "@value": "An estimated", "@language": "en" },
      },
    ]);
  });
});

describe("toJsonLd on record format 1.1 against schema.org", () => {
  it("uses every property within its domain and every value within its range", () => {
    expect(vocabularyProblems(graph, readVocabulary())).toEqual([]);
  });

  it("expands with the jsonld package: every key a schema.org term", async () => {
    const context = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "fixtures", "jsonld", "schema-org-context.json"), "utf8"),
    );
    const documentLoader = async (url: string) => {
      if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`offline: refused ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: context };
    };
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(graph)), { documentLoader });
    const predicates = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) {
          if (!key.startsWith("@")) predicates.add(key);
          walk(child);
        }
      }
    };
    walk(expanded);
    expect([...predicates].filter((p) => !p.startsWith("https://schema.org/"))).toEqual([]);
    for (const term of [
      "correction",
      "creditText",
      "dateline",
      "marginOfError",
      "recipient",
      "honorificPrefix",
      "geo",
    ]) {
      expect(predicates).toContain(`https://schema.org/${term}`);
    }
  });
});
