/**
 * The structured-output engines the package publishes a draft JSON Schema
 * for: OpenAI's Structured Outputs (`strict: true`), Google Gemini's
 * `responseJsonSchema`, and the open-source constrained-decoding library
 * llguidance (used by llama.cpp, vLLM, SGLang and others).
 */
export const EXTRACTOR_TARGETS = ["openai", "gemini", "llguidance"] as const;

/** A structured-output engine with a published draft JSON Schema. */
export type ExtractorTarget = (typeof EXTRACTOR_TARGETS)[number];

/**
 * The subset of JSON Schema a structured-output engine accepts, as its
 * documentation states it. The draft JSON Schema for the engine is
 * generated to these rules and a test checks it against them.
 */
export interface ExtractorRules {
  /** The engine's name. */
  readonly name: string;
  /** Where the rules are documented. */
  readonly sources: readonly string[];
  /** When the rules were read from those sources. */
  readonly checked: string;
  /** The keywords the engine accepts; every other keyword is left out of its schema. */
  readonly keywords: readonly string[];
  /** The values of `format` the engine accepts; others are left out. */
  readonly formats: readonly string[];
  /** Whether `pattern` must avoid lookaround, back-references and escapes of UTF-16 surrogates. */
  readonly portablePatterns: boolean;
  /** Whether the root must be an object (not `anyOf`). */
  readonly rootObject: boolean;
  /** Whether every property must be listed in `required` (absent values are `null`). */
  readonly allRequired: boolean;
  /** Whether every object must say `additionalProperties: false`. */
  readonly closedObjects: boolean;
  /** Whether a schema with `$ref` may carry other keywords (other than `$`-keywords). */
  readonly refSiblings: boolean;
  /** The most levels of nested objects, counted through `$ref`s; `undefined` when not limited. */
  readonly maxObjectDepth?: number;
  /** The most object properties in all; `undefined` when not limited. */
  readonly maxProperties?: number;
  /** The most enumeration values in all, each `$defs` entry counted once; `undefined` when not limited. */
  readonly maxEnumValues?: number;
  /** The most characters of property names, `$defs` names and enumeration values together; `undefined` when not limited. */
  readonly maxNamesLength?: number;
  /** Past this many values in one string enumeration, their lengths may add up to at most `maxLargeEnumLength`. */
  readonly largeEnumValues?: number;
  /** See `largeEnumValues`. */
  readonly maxLargeEnumLength?: number;
}

/**
 * The documented rules of each engine in {@link EXTRACTOR_TARGETS}. Where an
 * engine accepts a keyword but the draft has no need of it (`minLength`,
 * say), the generated schema may still leave it out: the checks it would
 * make are `anchorRecord`'s and `validateRecord`'s.
 */
export const EXTRACTOR_RULES: Readonly<Record<ExtractorTarget, ExtractorRules>> = {
  openai: {
    name: "OpenAI Structured Outputs (strict mode)",
    sources: ["https://platform.openai.com/docs/guides/structured-outputs#supported-schemas"],
    checked: "2026-12",
    keywords: [
      "type",
      "properties",
      "required",
      "additionalProperties",
      "items",
      "enum",
      "anyOf",
      "$ref",
      "$defs",
      "description",
      "pattern",
      "format",
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "multipleOf",
      "minItems",
      "maxItems",
    ],
    formats: ["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"],
    portablePatterns: true,
    rootObject: true,
    allRequired: true,
    closedObjects: true,
    refSiblings: true,
    maxObjectDepth: 10,
    maxProperties: 5_000,
    maxEnumValues: 1_000,
    maxNamesLength: 120_000,
    largeEnumValues: 250,
    maxLargeEnumLength: 15_000,
  },
  gemini: {
    name: "Google Gemini API, responseJsonSchema",
    sources: [
      "https://ai.google.dev/gemini-api/docs/structured-output#json-schema",
      "https://ai.google.dev/api/generate-content#FIELDS.response_json_schema",
    ],
    checked: "2026-12",
    keywords: [
      "$id",
      "$defs",
      "$ref",
      "$anchor",
      "type",
      "format",
      "title",
      "description",
      "enum",
      "items",
      "prefixItems",
      "minItems",
      "maxItems",
      "minimum",
      "maximum",
      "anyOf",
      "properties",
      "additionalProperties",
      "required",
      "propertyOrdering",
    ],
    formats: ["date-time", "date", "time"],
    portablePatterns: true,
    rootObject: true,
    allRequired: false,
    closedObjects: false,
    refSiblings: false,
  },
  llguidance: {
    name: "llguidance (JSON Schema to grammar)",
    sources: ["https://github.com/guidance-ai/llguidance/blob/main/docs/json_schema.md"],
    checked: "2026-12",
    keywords: [
      "anyOf",
      "$ref",
      "$defs",
      "const",
      "enum",
      "type",
      "items",
      "prefixItems",
      "minItems",
      "maxItems",
      "properties",
      "additionalProperties",
      "required",
      "minLength",
      "maxLength",
      "pattern",
      "format",
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "description",
      "title",
    ],
    formats: ["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"],
    portablePatterns: true,
    rootObject: false,
    allRequired: false,
    closedObjects: false,
    refSiblings: true,
  },
};
