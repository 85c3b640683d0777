import * as z from "zod/mini";
import type { JsonSchemaDocument, JsonValue } from "../interop/json-schema.js";
import { SCHEMA_DOCS } from "../interop/schema-docs.js";
import { namedSchemas } from "../schema/named.js";
import { MentionSpanSchema, TextSpanSchema, VerbatimSpanSchema } from "../schema/span.js";
import { draftTwins } from "./derive.js";
import {
  DraftFactsSchema,
  DraftMentionSpanSchema,
  DraftRecordSchema,
  DraftSpanSchema,
  DraftVerbatimSpanSchema,
  draftFactsRecordSchema,
  MentionQuoteSchema,
  TextQuoteSchema,
} from "./draft.js";
import { EXTRACTOR_RULES, type ExtractorRules, type ExtractorTarget } from "./extractor-rules.js";

/** A JSON Schema object for a structured-output engine, deeply read-only. */
export type ExtractorJsonSchema = { readonly [keyword: string]: JsonValue };

/** The `$id` of the JSON Schema of a draft record, the file `schema/news-draft.json` the package ships. */
export const DRAFT_JSON_SCHEMA_ID = "https://unpkg.com/news-schema/schema/news-draft.json";

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The record schemas that become named `$defs`, by the name the record's JSON Schema gives them. */
function recordSchemaNames(): ReadonlyMap<z.ZodMiniType, string> {
  return new Map(namedSchemas());
}

const QUOTE_DOCS = {
  description:
    "Words of the article's body, copied exactly as the body writes them (without surrounding quotation marks), that stand for a stretch of it; anchorRecord finds them and fills in the offsets. Words of the headline, the dateline, the byline or a correction note name that part (part, and correction for a note) and are looked for there only. When the same words occur more than once in their text, also inside longer words, give some words just before them (prefix) or after them (suffix), or which occurrence is meant.",
  properties: {
    exact: "The words, copied from the body (or the part named by `part`) as they are written.",
    prefix: "Words just before `exact` in its text, to tell apart two places it occurs; null when not needed.",
    suffix: "Words just after `exact` in its text, to tell apart two places it occurs; null when not needed.",
    occurrence:
      "Which occurrence of `exact` is meant, counting from 1 in the order of its text, among those that fit `prefix` and `suffix`; null when not needed.",
    part: 'The part of the article the words stand in: "headline", "dateline", "byline" or "correction"; null for the body.',
    correction: 'With part "correction", the id of the correction note the words stand in; null otherwise.',
  },
} as const;

const MENTION_QUOTE_DOCS = {
  description: `${QUOTE_DOCS.description} A mention also says how its words refer to the actor or place (form).`,
  properties: {
    ...QUOTE_DOCS.properties,
    form: 'How the words refer: "name" or "alias" (null means one of these), "pronoun" ("she", "er", "elle", "ella") or "description" ("the minister", "die Brücke"). A short pronoun stands at many places: give a prefix, a suffix or an occurrence.',
  },
} as const;

/** Registers the draft twin of every named record schema under the record schema's name. */
function registryFor(
  derived: z.ZodMiniType,
  extra: readonly (readonly [z.ZodMiniType, string])[],
): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const twins = draftTwins(derived);
  const taken = new Set<z.ZodMiniType>();
  for (const [schema, name] of extra) {
    registry.add(schema, { id: name });
    taken.add(schema);
  }
  for (const [original, name] of recordSchemaNames()) {
    const twin = twins.get(original);
    if (twin === undefined || taken.has(twin)) continue;
    registry.add(twin, { id: name });
    taken.add(twin);
  }
  return registry;
}

function describe(
  definition: unknown,
  docs: { description?: string; properties: Readonly<Record<string, string>> },
): void {
  if (!isNode(definition)) return;
  if (docs.description !== undefined) definition.description = docs.description;
  const properties = definition.properties;
  if (!isNode(properties)) return;
  for (const [key, text] of Object.entries(docs.properties)) {
    const property = properties[key];
    if (isNode(property)) properties[key] = { ...property, description: text };
  }
}

function describeDefs(document: Node): void {
  const defs = document.$defs;
  if (!isNode(defs)) return;
  for (const [name, definition] of Object.entries(defs)) {
    const docs = name === "TextQuote" ? QUOTE_DOCS : name === "MentionQuote" ? MENTION_QUOTE_DOCS : SCHEMA_DOCS[name];
    if (docs !== undefined) describe(definition, docs);
  }
}

function sortDefs(document: Node): void {
  const defs = document.$defs;
  if (!isNode(defs)) return;
  document.$defs = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((key) => [key, defs[key]]),
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const DRAFT_DESCRIPTION =
  "A news-schema draft record: a record whose spans may be given by their words (TextQuote: exact, and where needed prefix, suffix or occurrence, and the part of the article they stand in) instead of offsets, and whose optional fields may be null. anchorRecord (or `npx news-schema anchor`) turns it into a record with offsets and checks it; this schema checks the shape only.";

let draftCached: JsonSchemaDocument | undefined;

/**
 * The JSON Schema (draft 2020-12) of a draft record, generated from
 * `DraftRecordSchema`; the package ships it as
 * `news-schema/schema/news-draft.json`. Like the record's JSON Schema, it
 * checks the shape only; `anchorRecord` places the quotes and checks the
 * rest. The document is built on the first call and frozen.
 *
 * @returns The schema document, deeply frozen.
 * @example
 * ```ts
 * import { draftJsonSchema } from "news-schema";
 *
 * draftJsonSchema().title; // => "DraftRecord"
 * ```
 */
export function draftJsonSchema(): JsonSchemaDocument {
  if (draftCached !== undefined) return draftCached;
  const registry = registryFor(DraftRecordSchema, [
    [TextQuoteSchema, "TextQuote"],
    [DraftSpanSchema, "DraftSpan"],
    [DraftVerbatimSpanSchema, "DraftVerbatimSpan"],
    [MentionQuoteSchema, "MentionQuote"],
    [DraftMentionSpanSchema, "DraftMentionSpan"],
    [TextSpanSchema, "TextSpan"],
    [VerbatimSpanSchema, "VerbatimSpan"],
    [MentionSpanSchema, "MentionSpan"],
  ]);
  const generated = z.toJSONSchema(DraftRecordSchema, {
    target: "draft-2020-12",
    metadata: registry,
    unrepresentable: "throw",
    io: "input",
  }) as Node;
  const { $schema, ...rest } = generated;
  const document: Node = {
    $schema,
    $id: DRAFT_JSON_SCHEMA_ID,
    title: "DraftRecord",
    description: DRAFT_DESCRIPTION,
    ...rest,
  };
  describeDefs(document);
  describe(document, { properties: SCHEMA_DOCS.NewsRecord?.properties ?? {} });
  document.description = DRAFT_DESCRIPTION;
  sortDefs(document);
  draftCached = deepFreeze(document as unknown as JsonSchemaDocument);
  return draftCached;
}

/** Whether a regular expression uses only what every engine's regex dialect reads. */
function isPortablePattern(pattern: string): boolean {
  return !/\(\?[=!<]|\\[1-9]|\\u[dD][89abAB]|\\u[dD][c-fC-F]|\\b/.test(pattern);
}

/** Rewrites one schema node, and the nodes under it, to a target's rules. */
function conform(node: unknown, rules: ExtractorRules, isRoot = false): unknown {
  if (Array.isArray(node)) return node.map((item) => conform(item, rules));
  if (!isNode(node)) return node;
  let source: Node = { ...node };
  if (source.oneOf !== undefined) {
    source.anyOf = source.oneOf;
    delete source.oneOf;
  }
  if (source.const !== undefined && !rules.keywords.includes("const")) {
    source.enum = [source.const];
    delete source.const;
  }
  // Several patterns come as an allOf; keep the first portable one.
  if (Array.isArray(source.allOf)) {
    const patterns = source.allOf
      .map((part) => (isNode(part) && typeof part.pattern === "string" ? part.pattern : undefined))
      .filter((pattern) => pattern !== undefined && (!rules.portablePatterns || isPortablePattern(pattern)));
    if (source.allOf.every((part) => isNode(part) && Object.keys(part).join() === "pattern")) {
      delete source.allOf;
      if (patterns[0] !== undefined && source.pattern === undefined) source.pattern = patterns[0];
    }
  }
  if (typeof source.pattern === "string" && rules.portablePatterns && !isPortablePattern(source.pattern)) {
    delete source.pattern;
  }
  if (typeof source.format === "string" && !rules.formats.includes(source.format)) delete source.format;
  if (Array.isArray(source.prefixItems) && !rules.keywords.includes("prefixItems")) {
    const [first, ...others] = source.prefixItems;
    const same = others.every((item) => JSON.stringify(item) === JSON.stringify(first));
    if (!same) throw new Error("A tuple of different items has no form without prefixItems.");
    source = { ...source, items: first, minItems: source.prefixItems.length, maxItems: source.prefixItems.length };
    delete source.prefixItems;
  }
  if (source.items === false) delete source.items;
  // Length bounds are anchorRecord's and validateRecord's to check; a grammar of a million-character bound helps no engine.
  delete source.minLength;
  delete source.maxLength;
  if (typeof source.$ref === "string" && !rules.refSiblings) {
    source = Object.fromEntries(Object.entries(source).filter(([key]) => key.startsWith("$")));
  }
  const out: Node = {};
  for (const [key, value] of Object.entries(source)) {
    if (!isRoot && !rules.keywords.includes(key)) continue;
    if (key === "properties" && isNode(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, conform(child, rules)]));
    } else if (key === "$defs" && isNode(value)) {
      out.$defs = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, conform(child, rules)]));
    } else if (key === "required" || key === "enum" || typeof value !== "object" || value === null) {
      out[key] = value;
    } else {
      out[key] = conform(value, rules);
    }
  }
  if (isNode(out.properties)) {
    if (rules.allRequired) out.required = Object.keys(out.properties);
    if (rules.closedObjects) out.additionalProperties = false;
  }
  return out;
}

/** A regular expression every value of a string enumeration fits: their characters, their lengths. */
function shapePattern(values: readonly string[]): string {
  const chars = new Set([...values.join("")]);
  const ranges = [
    ["0", "9", /[0-9]/],
    ["A", "Z", /[A-Z]/],
    ["a", "z", /[a-z]/],
  ] as const;
  let set = "";
  for (const [from, to, test] of ranges) {
    if ([...chars].some((char) => test.test(char))) set += `${from}-${to}`;
  }
  for (const char of [...chars].sort()) {
    if (!ranges.some(([, , test]) => test.test(char))) set += /[\\\][^-]/.test(char) ? `\\${char}` : char;
  }
  const lengths = values.map((value) => value.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return `^[${set}]{${min === max ? min : `${min},${max}`}}$`;
}

/**
 * Keeps an engine's limit on enumeration values in all
 * (`maxEnumValues`): while the schema has more, the largest enumeration
 * left gives up its list for a pattern of its values' shape (where the
 * engine reads `pattern`) and a description that says so. The value is
 * still checked by `validateRecord`.
 */
function fitEnumerations(document: unknown, rules: ExtractorRules): void {
  const limit = rules.maxEnumValues;
  if (limit === undefined) return;
  const lists: { node: Node; values: readonly unknown[] }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    if (!isNode(node)) return;
    if (Array.isArray(node.enum)) lists.push({ node, values: node.enum });
    for (const [key, value] of Object.entries(node)) if (key !== "enum") walk(value);
  };
  walk(document);
  let total = lists.reduce((sum, list) => sum + list.values.length, 0);
  // Largest first; a stable sort keeps the document's order among equals.
  for (const { node, values } of [...lists].sort((a, b) => b.values.length - a.values.length)) {
    if (total <= limit) break;
    const strings = values.filter((value): value is string => typeof value === "string");
    if (strings.length !== values.length || strings.length < 2) continue;
    delete node.enum;
    if (rules.keywords.includes("pattern")) node.pattern = shapePattern(strings);
    const examples = strings
      .slice(0, 3)
      .map((value) => JSON.stringify(value))
      .join(", ");
    const said = typeof node.description === "string" ? `${node.description} ` : "";
    node.description = `${said}One of ${strings.length} values (${examples}, …), not listed here to keep within the engine's limit on enumeration values; validateRecord checks the value.`;
    total -= values.length;
  }
}

const extractorCache = new Map<ExtractorTarget, ExtractorJsonSchema>();

/**
 * The JSON Schema of `DraftFactsSchema` (what an extraction program fills
 * for one article: actors, events, quotes, statistics, each span given by
 * its words) written to the documented rules of a structured-output engine
 * ({@link EXTRACTOR_RULES}): for OpenAI every property required and
 * `null` for an absent value, `additionalProperties: false` everywhere,
 * `anyOf` for unions; for Gemini no keyword beside a `$ref`; for every
 * engine only the keywords and formats it accepts. Checks that JSON Schema
 * cannot make, or that an engine does not accept (lengths, lone
 * surrogates, ids that resolve, words that stand in the body), stay with
 * `anchorRecord` and `validateRecord`. The package ships each as
 * `news-schema/schema/news-draft-facts.<target>.json`.
 *
 * @param target - The engine: `"openai"`, `"gemini"` or `"llguidance"`.
 * @returns The schema document, deeply frozen, built once per target;
 *   `undefined` for a target that is none of these.
 * @example
 * ```ts
 * import { extractorJsonSchema } from "news-schema";
 *
 * const schema = extractorJsonSchema("openai");
 * schema?.additionalProperties; // => false
 * ```
 */
export function extractorJsonSchema(target: ExtractorTarget): ExtractorJsonSchema | undefined {
  if (typeof target !== "string" || !Object.hasOwn(EXTRACTOR_RULES, target)) return undefined;
  return buildExtractorJsonSchema(target as ExtractorTarget);
}

function buildExtractorJsonSchema(target: ExtractorTarget): ExtractorJsonSchema {
  const cached = extractorCache.get(target);
  if (cached !== undefined) return cached;
  const rules = EXTRACTOR_RULES[target];
  const registry = registryFor(draftFactsRecordSchema(), [
    [TextQuoteSchema, "TextQuote"],
    [MentionQuoteSchema, "MentionQuote"],
  ]);
  const generated = z.toJSONSchema(DraftFactsSchema, {
    target: "draft-2020-12",
    metadata: registry,
    unrepresentable: "throw",
    io: "input",
  }) as Node;
  const { $schema: _dialect, ...rest } = generated;
  describeDefs(rest);
  describe(rest, { properties: SCHEMA_DOCS.NewsRecord?.properties ?? {} });
  const document = conform(rest, rules, true) as Record<string, JsonValue>;
  fitEnumerations(document, rules);
  const description = `The facts of one news article, for ${rules.name}: every person, state, organization, group, territory and object it names, every event it reports, every quote it carries, every number it gives, and the places it declares. Every span is given by the article's words, copied exactly; never by offsets. Add schemaVersion "1.1" and the article to make a news-schema draft record, and run anchorRecord (or \`npx news-schema anchor\`) on it.`;
  const ordered: Record<string, JsonValue> = { title: "DraftFacts", description, ...document };
  const kept = Object.fromEntries(Object.entries(ordered).filter(([key]) => rules.keywords.includes(key)));
  sortDefs(kept);
  const frozen: ExtractorJsonSchema = deepFreeze(kept);
  extractorCache.set(target, frozen);
  return frozen;
}
