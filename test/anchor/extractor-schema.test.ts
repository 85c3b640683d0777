import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import { draftJsonSchema, extractorJsonSchema } from "../../src/anchor/draft-json-schema.js";
import { EXTRACTOR_RULES, EXTRACTOR_TARGETS, type ExtractorRules } from "../../src/anchor/extractor-rules.js";
import { recordJsonSchema } from "../../src/interop/json-schema.js";
import { repositoryRecordFiles } from "../support/records.js";

const ROOT = join(import.meta.dirname, "..", "..");

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === "object" && !Array.isArray(value);

/** Every schema node of a document with its JSON pointer; names under `properties` and `$defs` are not nodes. */
function nodesOf(schema: unknown, pointer = "#"): { pointer: string; node: Node }[] {
  if (!isNode(schema)) return [];
  const out = [{ pointer, node: schema }];
  for (const [key, value] of Object.entries(schema)) {
    if ((key === "properties" || key === "$defs") && isNode(value)) {
      for (const [name, child] of Object.entries(value)) out.push(...nodesOf(child, `${pointer}/${key}/${name}`));
    } else if (Array.isArray(value) && key !== "enum" && key !== "required") {
      value.forEach((child, i) => {
        out.push(...nodesOf(child, `${pointer}/${key}/${i}`));
      });
    } else if (isNode(value)) {
      out.push(...nodesOf(value, `${pointer}/${key}`));
    }
  }
  return out;
}

function resolve(document: Node, node: Node): Node {
  if (typeof node.$ref !== "string") return node;
  const name = node.$ref.replace("#/$defs/", "");
  const defs = document.$defs;
  const target = isNode(defs) ? defs[name] : undefined;
  if (!isNode(target)) throw new Error(`unresolved ${node.$ref}`);
  return resolve(document, target);
}

/** The deepest nesting of objects, following `$ref`s: 1 for a flat object. */
function objectDepth(document: Node, node: Node, seen: readonly Node[] = []): number {
  const here = resolve(document, node);
  if (seen.includes(here)) throw new Error("recursive schema");
  const children: Node[] = [];
  for (const key of ["anyOf", "oneOf", "prefixItems"]) {
    const list = here[key];
    if (Array.isArray(list)) children.push(...list.filter(isNode));
  }
  if (isNode(here.items)) children.push(here.items);
  const properties = isNode(here.properties) ? Object.values(here.properties).filter(isNode) : [];
  const isObject = properties.length > 0;
  const deepest = Math.max(
    0,
    ...children.map((child) => objectDepth(document, child, [...seen, here])),
    ...properties.map((child) => objectDepth(document, child, [...seen, here])),
  );
  return deepest + (isObject ? 1 : 0);
}

/** Every way a schema breaks the written rules of an engine, as sentences; `[]` when it keeps them all. */
function breaches(document: Node, rules: ExtractorRules): string[] {
  const out: string[] = [];
  const nodes = nodesOf(document);
  const defs = isNode(document.$defs) ? document.$defs : {};
  if (rules.rootObject && (document.type !== "object" || document.anyOf !== undefined))
    out.push("root is not an object");
  let properties = 0;
  let enumValues = 0;
  let names = Object.keys(defs).reduce((sum, name) => sum + name.length, 0);
  for (const { pointer, node } of nodes) {
    for (const key of Object.keys(node)) if (!rules.keywords.includes(key)) out.push(`${pointer}: keyword ${key}`);
    if (typeof node.format === "string" && !rules.formats.includes(node.format))
      out.push(`${pointer}: format ${node.format}`);
    if (typeof node.pattern === "string") {
      if (rules.portablePatterns && /\(\?[=!<]|\\[1-9]|\\u[dD][89a-fA-F]|\\b/.test(node.pattern))
        out.push(`${pointer}: pattern not portable`);
      expect(() => new RegExp(node.pattern as string)).not.toThrow();
    }
    if (typeof node.$ref === "string") {
      resolve(document, node);
      if (!rules.refSiblings && Object.keys(node).some((key) => !key.startsWith("$")))
        out.push(`${pointer}: $ref with siblings`);
    }
    if (isNode(node.properties)) {
      const keys = Object.keys(node.properties);
      properties += keys.length;
      names += keys.reduce((sum, key) => sum + key.length, 0);
      const required = Array.isArray(node.required) ? node.required : [];
      if (rules.allRequired && keys.some((key) => !required.includes(key)))
        out.push(`${pointer}: property not required`);
      if (rules.closedObjects && node.additionalProperties !== false) out.push(`${pointer}: object not closed`);
    }
    if (Array.isArray(node.enum)) {
      enumValues += node.enum.length;
      const strings = node.enum.filter((value): value is string => typeof value === "string");
      const length = strings.reduce((sum, value) => sum + value.length, 0);
      names += length;
      if (
        rules.largeEnumValues !== undefined &&
        rules.maxLargeEnumLength !== undefined &&
        strings.length > rules.largeEnumValues &&
        length > rules.maxLargeEnumLength
      )
        out.push(`${pointer}: large enumeration too long`);
    }
    if (node.type === "object" && !isNode(node.properties) && pointer !== "#")
      out.push(`${pointer}: object without properties`);
  }
  if (rules.maxProperties !== undefined && properties > rules.maxProperties) out.push(`${properties} properties`);
  if (rules.maxEnumValues !== undefined && enumValues > rules.maxEnumValues) out.push(`${enumValues} enum values`);
  if (rules.maxNamesLength !== undefined && names > rules.maxNamesLength) out.push(`${names} characters of names`);
  const depth = objectDepth(document, document);
  if (rules.maxObjectDepth !== undefined && depth > rules.maxObjectDepth) out.push(`${depth} levels of objects`);
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The text a span's offsets count into: the body, or the part of the article it names. */
function textOf(article: { [key: string]: Json }, span: { [key: string]: Json }): string {
  if (span.part === undefined || span.part === "body") return String(article.body);
  if (span.part === "correction") {
    const notes = Array.isArray(article.corrections) ? article.corrections : [];
    const note = notes.find((c) => isNode(c) && c.id === span.correction);
    if (!isNode(note) || typeof note.text !== "string") throw new Error(`no correction ${String(span.correction)}`);
    return note.text;
  }
  const text = article[String(span.part)];
  if (typeof text !== "string") throw new Error(`no ${String(span.part)}`);
  return text;
}

/**
 * The facts of a record as an extraction program returns them: spans by
 * their words (with the part of the article they stand in, and a mention's
 * form), the article left out.
 */
function factsOf(record: { [key: string]: Json }): Json {
  const article = record.article as { [key: string]: Json };
  const strip = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== "object") return node;
    if (typeof node.start === "number" && typeof node.end === "number") {
      const { start, end, exact: _exact, ...rest } = node;
      const text = textOf(article, node);
      const exact = text.slice(start, end);
      const starts: number[] = [];
      for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
      return { ...rest, exact, occurrence: starts.length === 1 ? null : starts.indexOf(start) + 1 };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
  };
  const { schemaVersion: _version, article: _article, ...facts } = record;
  return strip(facts);
}

/** Fills every property the schema has and the value lacks with `null`, as an API that requires every field returns it. */
function withNulls(document: Node, value: Json, schema: Node): Json {
  const flatten = (node: Node): Node[] => {
    const here = resolve(document, node);
    return Array.isArray(here.anyOf) ? here.anyOf.filter(isNode).flatMap(flatten) : [here];
  };
  const options = flatten(schema);
  if (Array.isArray(value)) {
    const items = options.find((option) => isNode(option.items))?.items;
    return isNode(items) ? value.map((item) => withNulls(document, item, items)) : value;
  }
  if (value === null || typeof value !== "object") return value;
  const fits = (option: Node): boolean => {
    if (!isNode(option.properties)) return false;
    const props = option.properties;
    return (
      Object.keys(value).every((key) => key in props) &&
      Object.entries(props).every(([key, p]) => {
        const values = resolve(document, p as Node).enum;
        return !(key in value) || !Array.isArray(values) || values.includes(value[key]);
      })
    );
  };
  const chosen = options.find(fits);
  if (chosen === undefined || !isNode(chosen.properties)) return value;
  const props = chosen.properties;
  return Object.fromEntries(
    Object.entries(props).map(([key, p]) => [
      key,
      key in value ? withNulls(document, value[key] ?? null, p as Node) : null,
    ]),
  );
}

function records(): { name: string; record: { [key: string]: Json } }[] {
  // Parsed JSON, as before: each file holds one record object.
  return repositoryRecordFiles().map(({ file, value }) => ({ name: file, record: value as { [key: string]: Json } }));
}

describe.each(EXTRACTOR_TARGETS)("the draft JSON Schema for %s", (target) => {
  const schema = extractorJsonSchema(target) as unknown as Node;
  const rules = EXTRACTOR_RULES[target];

  it("keeps every written rule of the engine", () => {
    expect(breaches(schema, rules)).toEqual([]);
  });

  it("is the committed file, byte for byte (run npm run generate:json-schema)", () => {
    const committed = readFileSync(join(ROOT, "schema", `news-draft-facts.${target}.json`), "utf8");
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it.each(records())(
    "accepts the facts of $name as an extraction program returns them, and they anchor back",
    ({ record }) => {
      const ajv = new Ajv2020({ strict: false });
      const validate = ajv.compile(schema);
      const facts = rules.allRequired ? withNulls(schema, factsOf(record), schema) : factsOf(record);
      expect(validate(facts) ? [] : validate.errors).toEqual([]);
      const result = anchorRecord({
        schemaVersion: record.schemaVersion,
        article: record.article,
        ...(facts as object),
      });
      expect(result.success ? [] : result.issues).toEqual([]);
      if (result.success) expect(result.data).toEqual(record);
    },
  );

  it("rejects offsets in place of words", () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema);
    const [first] = records();
    if (first === undefined) throw new Error("no record");
    const facts = factsOf(first.record) as { actors: { mentions?: Json[] }[] };
    const actor = facts.actors.find((a) => Array.isArray(a.mentions) && a.mentions.length > 0);
    if (actor?.mentions === undefined) throw new Error("no mention");
    actor.mentions[0] = { start: 0, end: 7, exact: "Belarus" };
    expect(validate(rules.allRequired ? withNulls(schema, facts as Json, schema) : facts)).toBe(false);
  });
});

describe("an enumeration too large for an engine's limit", () => {
  it("gives way, largest first, to a pattern that every one of its values fits and others do not", () => {
    const full = extractorJsonSchema("llguidance") as unknown as Node;
    const fitted = extractorJsonSchema("openai") as unknown as Node;
    const listed = (document: Node): Map<string, unknown[]> => {
      const out = new Map<string, unknown[]>();
      for (const [name, definition] of Object.entries(isNode(document.$defs) ? document.$defs : {})) {
        for (const { pointer, node } of nodesOf(definition, name)) {
          if (Array.isArray(node.enum) && node.enum.length > 1) out.set(pointer, node.enum);
        }
      }
      return out;
    };
    const before = listed(full);
    const after = listed(fitted);
    const dropped = [...before].filter(([pointer]) => !after.has(pointer));
    // The one list too many for OpenAI's 1,000 values: the CAMEO codes.
    expect(dropped.map(([pointer]) => pointer)).toEqual(["CameoCode/properties/code"]);
    const largestKept = Math.max(...[...after.values()].map((values) => values.length));
    for (const [pointer, values] of dropped) {
      expect(values.length).toBeGreaterThan(largestKept);
      const node = nodesOf(fitted.$defs).find((entry) => entry.pointer === `#/${pointer}`)?.node;
      const pattern = new RegExp(String(node?.pattern));
      expect(values.filter((value) => !pattern.test(String(value)))).toEqual([]);
      expect(["1a", "12345", "", " 14"].filter((value) => pattern.test(value))).toEqual([]);
      expect(node?.description).toMatch(/One of \d+ values .*validateRecord checks the value/);
    }
  });
});

describe("the rule checker", () => {
  it("catches a schema that breaks the rules", () => {
    const broken: Node = {
      type: "object",
      properties: {
        a: { type: "string", oneOf: [{ const: "x" }], format: "uri" },
        b: { $ref: "#/$defs/B", description: "b" },
      },
      required: ["a"],
      $defs: { B: { type: "string", pattern: "^(?=x)" } },
    };
    expect(breaches(broken, EXTRACTOR_RULES.openai)).toEqual(
      expect.arrayContaining([
        "#/properties/a: keyword oneOf",
        "#/properties/a: format uri",
        "#: property not required",
        "#: object not closed",
        "#/$defs/B: pattern not portable",
      ]),
    );
    expect(breaches(broken, EXTRACTOR_RULES.gemini)).toContain("#/properties/b: $ref with siblings");
  });
});

describe("draftJsonSchema", () => {
  it("names in $defs every exported record schema the record reaches, as the record's JSON Schema does", () => {
    const recordDefs = Object.keys(recordJsonSchema().$defs as object);
    const draftDefs = Object.keys(draftJsonSchema().$defs as object);
    expect(recordDefs.filter((name) => !draftDefs.includes(name))).toEqual([]);
    const factsDefs = Object.keys(extractorJsonSchema("llguidance")?.$defs as object);
    // The facts give spans by their words only, and leave out the article and what only it holds.
    const spans = ["TextSpan", "VerbatimSpan", "MentionSpan", "Article", "LanguageTag", "Correction"];
    expect(recordDefs.filter((name) => !factsDefs.includes(name) && !spans.includes(name))).toEqual([]);
  });

  it("is the committed schema/news-draft.json, byte for byte (run npm run generate:json-schema)", () => {
    const committed = readFileSync(join(ROOT, "schema", "news-draft.json"), "utf8");
    expect(committed).toBe(`${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
  });

  it.each(records())("accepts $name as it is, and with its spans given by their words", ({ record }) => {
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(draftJsonSchema());
    expect(validate(record) ? [] : validate.errors).toEqual([]);
    const draft = { schemaVersion: record.schemaVersion, article: record.article, ...(factsOf(record) as object) };
    expect(validate(draft) ? [] : validate.errors).toEqual([]);
  });
});

describe("extractorJsonSchema on a target it does not know", () => {
  it("answers undefined instead of throwing", () => {
    // As a JavaScript caller might pass them.
    const call = extractorJsonSchema as (target: unknown) => unknown;
    expect(call("claude")).toBeUndefined();
    expect(call(undefined)).toBeUndefined();
    expect(call("__proto__")).toBeUndefined();
  });
});
