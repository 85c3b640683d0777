import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import { type JsonLdGraph, toJsonLd } from "../../src/interop/json-ld.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { validRecordArb } from "../support/arbitraries.js";

/** schema.org as schema-dts declares it: each interface with its parents and its own properties. */
function readVocabulary(): Map<string, { parents: string[]; properties: Set<string> }> {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve("schema-dts").replace(/schema\.js$/, "schema.d.ts"), "utf8");
  const interfaces = new Map<string, { parents: string[]; properties: Set<string> }>();
  let current: { parents: string[]; properties: Set<string> } | undefined;
  for (const line of text.split("\n")) {
    const head = /^(?:export )?interface (\w+)(?: extends (.+))? \{$/.exec(line);
    if (head?.[1] !== undefined) {
      const parents = (head[2] ?? "").split(",").map((p) => p.trim().replace(/^Partial<(\w+)>$/, "$1"));
      current = { parents, properties: new Set() };
      interfaces.set(head[1], current);
      continue;
    }
    if (line.startsWith("}")) current = undefined;
    const property = /^ {4}"([^"]+)"\??:/.exec(line);
    if (current !== undefined && property?.[1] !== undefined) current.properties.add(property[1]);
  }
  return interfaces;
}

function propertiesOf(
  vocabulary: ReturnType<typeof readVocabulary>,
  name: string,
  out = new Set<string>(),
): Set<string> | undefined {
  const entry = vocabulary.get(name);
  if (entry === undefined) return undefined;
  for (const property of entry.properties) out.add(property);
  for (const parent of entry.parents) if (parent !== "") propertiesOf(vocabulary, parent, out);
  return out;
}

/** Every `@type` and property used in a graph, as "Type.property" strings that schema.org lacks. */
function unknownTerms(graph: JsonLdGraph, vocabulary: ReturnType<typeof readVocabulary>): string[] {
  const unknown: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const type = (node as Record<string, unknown>)["@type"];
    const keys = Object.keys(node);
    if (typeof type === "string") {
      const known = propertiesOf(vocabulary, `${type}Leaf`);
      if (known === undefined) unknown.push(type);
      for (const key of keys) if (!key.startsWith("@") && known?.has(key) !== true) unknown.push(`${type}.${key}`);
    } else if (keys.some((key) => key !== "@id")) {
      unknown.push(`untyped node with ${keys.join(", ")}`);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(graph["@graph"]);
  return unknown;
}

describe("toJsonLd", () => {
  const graph = toJsonLd(belarusLithuaniaBorder);
  const nodes = graph["@graph"];
  const byId = (id: string) => nodes.find((node) => node["@id"] === id);

  it("gives a NewsArticle about the main event, mentioning the actors", () => {
    expect(graph["@context"]).toBe("https://schema.org");
    const article = nodes[0];
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      "@id": "_:article",
      identifier: "belarus-lithuania-border-2021-08-05",
      datePublished: "2021-08-05",
      inLanguage: "en",
      about: { "@id": "_:event.ev-border-closure" },
    });
    expect(byId("_:event.ev-border-closure")).toMatchObject({ "@type": "Event", startDate: "2021-08-05" });
    const mentions = article?.["@type"] === "NewsArticle" ? (article.mentions ?? []) : [];
    expect(mentions).toContainEqual({ "@id": "_:actor.belarus" });
    expect(mentions).toContainEqual({ "@id": "_:actor.lukashenko" });
    expect(mentions).toContainEqual({ "@id": "_:actor.eu" });
  });

  it("types actors as Country, Person and Organization, with sameAs where known", () => {
    expect(byId("_:actor.belarus")).toMatchObject({
      "@type": "Country",
      name: "Belarus",
      identifier: "BY",
      sameAs: ["http://www.wikidata.org/entity/Q184"],
      alternateName: ["Minsk", "the country"],
    });
    expect(byId("_:actor.lukashenko")).toMatchObject({
      "@type": "Person",
      jobTitle: ["President"],
      nationality: { "@id": "_:actor.belarus" },
    });
    expect(byId("_:actor.eu")).toMatchObject({
      "@type": "Organization",
      sameAs: ["http://www.wikidata.org/entity/Q458"],
    });
    expect(byId("_:actor.belta")).toMatchObject({ "@type": "NewsMediaOrganization" });
  });

  it("gives quotations with their creator and words", () => {
    expect(byId("_:quote.q-no-one-may-cross")).toEqual({
      "@type": "Quotation",
      "@id": "_:quote.q-no-one-may-cross",
      text: "From today, no one will be allowed to cross the border from any side, neither from the south nor from the west,",
      creator: { "@id": "_:actor.lukashenko" },
      dateCreated: "2021-08-05",
      isPartOf: { "@id": "_:article" },
    });
  });

  it("gives statistics as observations with value, or bounds, and the hedge in the description", () => {
    expect(byId("_:statistic.st-apprehended")).toMatchObject({
      "@type": "Observation",
      value: 3500,
      description: "some 3500",
      unitText: "people",
      observationPeriod: "2021/2021-08-05",
    });
    expect(byId("_:statistic.st-recent-entries")).toMatchObject({
      minValue: 300,
      maxValue: 999,
      description: "several hundred",
      observationPeriod: "../2021-08-05",
    });
    expect(byId("_:statistic.st-border-length")).toMatchObject({ value: 680, unitText: "km" });
    expect(byId("_:statistic.st-border-length")).not.toHaveProperty("description");
  });

  it("uses only types and properties that schema.org has, as schema-dts declares them", () => {
    const vocabulary = readVocabulary();
    expect(vocabulary.get("NewsArticleLeaf")).toBeDefined();
    // The check itself must be able to fail.
    expect(
      unknownTerms(
        { "@context": "https://schema.org", "@graph": [{ "@type": "Madeup", "@id": "x" } as never] },
        vocabulary,
      ),
    ).toEqual(["Madeup"]);
    expect(unknownTerms(graph, vocabulary)).toEqual([]);
    fc.assert(
      fc.property(validRecordArb, (record) => {
        expect(unknownTerms(toJsonLd(record), vocabulary)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("is plain JSON, and the same record always gives the same bytes", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        const text = JSON.stringify(toJsonLd(record));
        expect(JSON.parse(text)).toEqual(toJsonLd(record));
        expect(JSON.stringify(toJsonLd(structuredClone(record)))).toBe(text);
      }),
      { numRuns: 200 },
    );
    const copy = JSON.parse(JSON.stringify(belarusLithuaniaBorder));
    expect(JSON.stringify(toJsonLd(copy))).toBe(JSON.stringify(graph));
  });

  it("leaves out `about` when the record has no events", () => {
    const record = { ...structuredClone(belarusLithuaniaBorder), events: [] };
    expect(toJsonLd(record)["@graph"][0]).not.toHaveProperty("about");
  });
});

describe("toJsonLd on a value that is not a record", () => {
  it("returns a graph with no nodes instead of throwing", () => {
    for (const input of [null, 3, { schemaVersion: "1.0" }]) {
      expect(toJsonLd(input as unknown as NewsRecord)).toEqual({ "@context": "https://schema.org", "@graph": [] });
    }
  });
});
