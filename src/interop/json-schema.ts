import * as z from "zod/mini";
import { $ZodDiscriminatedUnion } from "zod/v4/core";
import { LABEL_EDGES, WHITE_SPACE } from "../schema/ids.js";
import { WELL_FORMED } from "../schema/limits.js";
import { namedSchemas } from "../schema/named.js";
import { NewsRecordSchema, SCHEMA_VERSION } from "../schema/record.js";
import { SCHEMA_DOCS } from "./schema-docs.js";

/**
 * The `$id` of the JSON Schema of a `NewsRecord`: the address of the
 * file `schema/news-record.json` that the package ships.
 */
export const RECORD_JSON_SCHEMA_ID = "https://unpkg.com/news-schema/schema/news-record.json";

/** A JSON value, as `JSON.parse` returns it. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON Schema document (draft 2020-12), deeply read-only. */
export interface JsonSchemaDocument {
  /** The dialect: `"https://json-schema.org/draft/2020-12/schema"`. */
  readonly $schema: string;
  /** The URI that names the document, {@link RECORD_JSON_SCHEMA_ID}. */
  readonly $id: string;
  /** A short name for what the document describes. */
  readonly title: string;
  /** What the document describes and what it leaves to `validateRecord`. */
  readonly description: string;
  /** Every other keyword of the schema: `type`, `properties`, `$defs`, … */
  readonly [keyword: string]: JsonValue;
}

/** What the JSON Schema cannot check. A function, not a constant: a concatenation at the top level would keep the schemas in every bundle that imports the package. */
function limits(): string {
  return (
    "News-schema record format " +
    SCHEMA_VERSION +
    ". This JSON Schema checks the shape only: types, required and unknown fields, formats and enumerations. " +
    "Its patterns are written in the subset of ECMA-262 that reads the same in Python's re, PCRE and Go's RE2 " +
    "(ASCII classes such as [0-9], white space listed character by character, no lookaround, no \\u escapes); " +
    "as Python's and PCRE's \"$\" also match before a final newline, a pattern that allows no newline comes with " +
    '"not": {"pattern": "\\n"}. ' +
    "It cannot check that ids are unique and references resolve to the right kind of fact, that spans lie inside " +
    "article.body with start < end and do not split a surrogate pair, that quoted words and numbers stand in the body " +
    "at their spans (grounding), that ranges and intervals are in order, or that a border joins two different " +
    "countries. Use validateRecord from the news-schema package, or `npx news-schema validate`, for those."
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Carries the TSDoc of the zod schemas (generated into `SCHEMA_DOCS` from
 * their source) into `description`s: of each named schema, and of each of
 * its properties. Property schemas are copied first, as zod may share one
 * object between two properties.
 */
function describe(schema: Node, name: string, lead?: string): void {
  const docs = SCHEMA_DOCS[name];
  if (docs === undefined) return;
  const description = [docs.description, lead].filter((text) => text !== undefined).join("\n\n");
  if (description !== "") schema.description = description;
  const properties = schema.properties;
  if (!isNode(properties)) return;
  for (const [key, text] of Object.entries(docs.properties)) {
    const property = properties[key];
    if (isNode(property)) properties[key] = { ...property, description: text };
  }
}

/** The `$defs` name of each named schema. */
function defNames(): Map<z.ZodMiniType, string> {
  return new Map(namedSchemas().map(([schema, name]) => [schema, name]));
}

/**
 * Rewrites the patterns zod wrote from the schemas' regexes into forms that
 * mean the same in every regex dialect a JSON Schema validator may use
 * (ECMA-262, Python's `re`, PCRE, Go's RE2):
 * - the well-formed UTF-16 check is dropped: JSON Schema sees strings as
 *   code points, and a lone surrogate is not one (`validateRecord` checks it);
 * - a label's "no white space at either end" becomes two patterns under
 *   `not`, as a positive pattern ending in `$` would accept a final newline
 *   in Python and PCRE;
 * - every other anchored pattern allows no newline anywhere, which
 *   `"not": { "pattern": "\n" }` says in every dialect.
 */
function portablePatterns(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) portablePatterns(child);
    return;
  }
  if (!isNode(node)) return;
  const patterns = [node, ...(Array.isArray(node.allOf) ? node.allOf.filter(isNode) : [])];
  const kept = patterns.filter((holder) => holder.pattern !== WELL_FORMED.source);
  for (const holder of patterns) if (!kept.includes(holder)) delete holder.pattern;
  if (Array.isArray(node.allOf)) {
    const rest = node.allOf.filter((entry) => !isNode(entry) || Object.keys(entry).length > 0);
    const labels = rest.filter((entry) => isNode(entry) && entry.pattern === LABEL_EDGES.source);
    const others = rest.filter((entry) => !labels.includes(entry));
    if (labels.length > 0) {
      node.not = { anyOf: [{ pattern: `^[${WHITE_SPACE}]` }, { pattern: `[${WHITE_SPACE}]$` }] };
    }
    if (
      others.length === 1 &&
      isNode(others[0]) &&
      typeof others[0].pattern === "string" &&
      node.pattern === undefined
    ) {
      node.pattern = others[0].pattern;
      delete node.allOf;
    } else if (others.length === 0) delete node.allOf;
    else node.allOf = others;
  }
  if (typeof node.pattern === "string" && node.pattern.endsWith("$") && node.not === undefined) {
    node.not = { pattern: "\\n" };
  }
  for (const [key, child] of Object.entries(node)) if (key !== "not") portablePatterns(child);
}

/**
 * Writes each discriminated union as `if`/`then` on its discriminator
 * (`kind`, `mode`) instead of zod's `oneOf`, so that a generic validator
 * reports the field that is wrong inside the matching member, not "valid
 * under none of the given schemas"; a discriminator with an unknown value is
 * reported at the discriminator.
 */
function discriminate(defs: Node, names: Map<z.ZodMiniType, string>): void {
  for (const [schema, name] of names) {
    if (!(schema instanceof $ZodDiscriminatedUnion)) continue;
    const def = defs[name];
    if (!isNode(def) || !Array.isArray(def.oneOf)) continue;
    const key = schema._zod.def.discriminator;
    const branches: Node[] = [];
    const values: JsonValue[] = [];
    for (const option of schema._zod.def.options) {
      const optionName = names.get(option as z.ZodMiniType);
      const accepted = [...(option._zod.propValues?.[key] ?? [])];
      if (optionName === undefined || accepted.length === 0) return;
      for (const value of accepted) {
        if (typeof value !== "string") return;
        values.push(value);
      }
      branches.push({
        if: {
          properties: { [key]: accepted.length === 1 ? { const: accepted[0] } : { enum: accepted } },
          required: [key],
        },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, in plain data.
        then: { $ref: `#/$defs/${optionName}` },
      });
    }
    delete def.oneOf;
    def.type = "object";
    def.required = [key];
    def.properties = { [key]: { enum: values } };
    def.allOf = branches;
  }
}

function sortDefs(schema: Record<string, unknown>): void {
  const defs = schema.$defs;
  if (defs === null || typeof defs !== "object") return;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(defs).sort()) sorted[key] = (defs as Record<string, unknown>)[key];
  schema.$defs = sorted;
}

let cached: JsonSchemaDocument | undefined;

/**
 * The JSON Schema (draft 2020-12) of a `NewsRecord`, generated from
 * `NewsRecordSchema` with zod's `z.toJSONSchema`, so that it never says
 * anything the zod schema does not. Every record type and shared primitive is
 * a named entry of `$defs` (`#/$defs/Actor`, `#/$defs/TextSpan`, …). The same
 * document ships in the package as `news-schema/schema/news-record.json`.
 *
 * JSON Schema carries the **shape** only. It cannot express the rules that
 * `validateRecord` checks after the shape: unique ids and references that
 * resolve to the right kind of fact (`unresolved_reference`,
 * `wrong_reference_kind`, `reference_cycle`, …), spans inside the body and in
 * order (`span_out_of_range`, `span_reversed`, `span_splits_character`),
 * fragments inside their content, ordered ranges and intervals, a border
 * between two different countries, non-negative counts, and grounding (quoted
 * words, numbers and names stand in the body at their spans). Lengths differ
 * too: JSON Schema counts `maxLength` in code points, zod in UTF-16 code
 * units, so a label of more than 1000 astral characters can pass one and fail
 * the other. A record a JSON Schema validator accepts is well-formed, not
 * valid: run `validateRecord` or `npx news-schema validate` for the rest.
 *
 * The document is built on the first call and the same frozen object is
 * returned afterwards.
 *
 * @returns The schema document, deeply frozen.
 * @example
 * ```ts
 * import { recordJsonSchema } from "news-schema";
 *
 * const schema = recordJsonSchema();
 * schema.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * schema.title; // => "NewsRecord"
 * ```
 */
export function recordJsonSchema(): JsonSchemaDocument {
  if (cached !== undefined) return cached;
  const registry = z.registry<{ id: string; title: string; format?: string }>();
  for (const [schema, name] of namedSchemas()) {
    registry.add(schema, name === "HttpUrl" ? { id: name, title: name, format: "uri" } : { id: name, title: name });
  }
  const generated = z.toJSONSchema(NewsRecordSchema, {
    target: "draft-2020-12",
    metadata: registry,
    unrepresentable: "throw",
    io: "input",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const document: Record<string, unknown> = {
    $schema,
    $id: RECORD_JSON_SCHEMA_ID,
    title: "NewsRecord",
    description: limits(),
    ...rest,
  };
  describe(document, "NewsRecord", limits());
  portablePatterns(document);
  const defs = document.$defs;
  if (isNode(defs)) discriminate(defs, defNames());
  if (isNode(defs)) {
    for (const [name, def] of Object.entries(defs)) if (isNode(def)) describe(def, name);
  }
  sortDefs(document);
  cached = deepFreeze(document as unknown as JsonSchemaDocument);
  return cached;
}
