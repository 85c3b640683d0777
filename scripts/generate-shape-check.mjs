#!/usr/bin/env node
// Writes src/validation/generated/record-shape.ts: a checker of the record's
// shape generated from the zod schemas in src/schema, so that `validateShape`
// neither loads nor compiles zod. Each schema becomes one function that does,
// in order, what zod 4's parser does for it (the helpers it calls are in
// src/validation/shape-runtime.ts), reports the same issues and returns how
// many it reported, so that its caller prefixes their paths without keeping
// count itself. The kinds of
// schema the record uses are the ones written here; any other stops the
// generator with an error, so that a schema change cannot slip past it.
// test/validation/generated-shape.test.ts fails when the file is stale and
// when its issues differ from zod's. `--check` writes nothing and exits 1
// when the file is stale.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importSources, writeOrCheck } from "./generated-file.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "src", "validation", "generated", "record-shape.ts");

/** zod's message when neither a check nor its schema gives one and no locale is loaded. */
const GENERIC = "Invalid input";

/** The checks that zod runs only on a value with a `length` (their default `when`). */
const LENGTH_CHECKS = new Set(["max_length", "min_length", "length_equals"]);

/** The text of a schema's or check's own message, which must not depend on the issue. */
function ownError(def) {
  if (def.error === undefined) return undefined;
  const read = (issue) => {
    const message = def.error(issue);
    return typeof message === "string" ? message : message?.message;
  };
  const a = read({ code: "invalid_type", path: [] });
  const b = read({ code: "too_big", path: ["x"] });
  if (typeof a !== "string" || a !== b) throw new Error("A message that depends on the issue cannot be generated.");
  return a;
}

/** Whether a value passes a schema's type test when it is `undefined`. */
function acceptsUndefined(schema) {
  const def = schema._zod.def;
  if (def.type === "optional") return true;
  if (def.type === "literal") return def.values.includes(undefined);
  if (def.type === "enum") return Object.values(def.entries).includes(undefined);
  return false;
}

class Generator {
  /** @param {readonly (readonly [RegExp, string])[]} patternTests */
  constructor(patternTests) {
    this.patternTests = patternTests;
    /** @type {string[]} */
    this.constants = [];
    /** @type {Map<string, string>} */
    this.constantNames = new Map();
    /** @type {string[]} */
    this.functions = [];
    /** @type {Map<object, string>} */
    this.functionNames = new Map();
    /** @type {Map<string, string>} */
    this.bodies = new Map();
    /** @type {Set<string>} */
    this.imports = new Set();
  }

  /** A module-level constant holding `code`, shared by every use of the same code. */
  constant(prefix, code, type) {
    const key = `${prefix}:${code}`;
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(key, name);
    this.constants.push(`const ${name}${type === undefined ? "" : `: ${type}`} = ${code};`);
    return name;
  }

  message(text) {
    return this.constant("M", JSON.stringify(text ?? GENERIC));
  }

  use(name) {
    this.imports.add(name);
    return name;
  }

  /**
   * The name of the function that checks values against `schema`. Schemas
   * that check the same way (each `text(…)` call makes its own) share one.
   */
  check(schema) {
    const known = this.functionNames.get(schema);
    if (known !== undefined) return known;
    const body = this.body(schema)
      .map((line) => `  ${line}`)
      .join("\n");
    let name = this.bodies.get(body);
    if (name === undefined) {
      name = `c${this.bodies.size}`;
      this.bodies.set(body, name);
      this.functions.push(`function ${name}(v: unknown, out: ShapeIssue[]): number {\n${body}\n}`);
    }
    this.functionNames.set(schema, name);
    return name;
  }

  /**
   * The name of a function with the lines given as its body, shared by every
   * checker that needs the same lines (the same rule for a value that is not
   * an array, say).
   */
  shared(lines) {
    const body = lines.map((line) => `  ${line}`).join("\n");
    let name = this.bodies.get(body);
    if (name === undefined) {
      name = `c${this.bodies.size}`;
      this.bodies.set(body, name);
      this.functions.push(`function ${name}(v: unknown, out: ShapeIssue[]): number {\n${body}\n}`);
    }
    return name;
  }

  body(schema) {
    const def = schema._zod.def;
    const error = ownError(def);
    switch (def.type) {
      case "string":
        return this.typed(schema, `typeof v !== "string"`, "string", error);
      case "number":
        return this.typed(schema, `typeof v !== "number" || !Number.isFinite(v)`, "number", error);
      case "boolean":
        return this.typed(schema, `typeof v !== "boolean"`, "boolean", error);
      case "enum":
      case "literal": {
        this.noChecks(def);
        const values = def.type === "enum" ? Object.values(def.entries) : def.values;
        if (!values.every((value) => typeof value === "string"))
          throw new Error("Only string enums and literals are generated.");
        const list = this.constant("V", JSON.stringify(values), "readonly string[]");
        const test =
          values.length <= 4
            ? values.map((value) => `v !== ${JSON.stringify(value)}`).join(" && ")
            : `!${this.constant("S", `new Set<unknown>(${list})`, "ReadonlySet<unknown>")}.has(v)`;
        return [`return ${test} ? ${this.use("valueIssue")}(out, ${list}, ${this.message(error)}) : 0;`];
      }
      case "object":
        return this.object(schema, error);
      case "array":
        return this.array(schema, error);
      case "tuple":
        return this.tuple(schema, error);
      case "union":
        return this.union(schema, error);
      case "optional": {
        this.noChecks(def);
        if (schema._zod.optin !== "optional") throw new Error("Only plain optional schemas are generated.");
        return [`return v === undefined ? 0 : ${this.check(def.innerType)}(v, out);`];
      }
      default:
        throw new Error(
          `No shape check is generated for zod's "${def.type}" schemas; extend scripts/generate-shape-check.mjs.`,
        );
    }
  }

  noChecks(def) {
    if (def.checks !== undefined && def.checks.length > 0)
      throw new Error(`Checks on a ${def.type} schema are not generated.`);
  }

  /** A scalar type test, then the schema's checks as zod runs them. */
  typed(schema, failing, expected, error) {
    const checks = [...(schema._zod.traits.has("$ZodCheck") ? [schema] : []), ...(schema._zod.def.checks ?? [])];
    const lines = [];
    const push = `${this.use("typeIssue")}(out, "${expected}", ${this.message(error)})`;
    if (checks.length === 0) return [`return ${failing} ? ${push} : 0;`];
    const passing = this.passing(checks, expected);
    // A value of the right type that passes every check has no issue: one test, no bookkeeping.
    const right = expected === "string" ? `typeof v === "string"` : `typeof v === "number" && Number.isFinite(v)`;
    if (passing !== undefined) lines.push(`if (${right} && ${passing}) return 0;`);
    lines.push("const s = out.length;", `if (${failing}) ${push};`);
    lines.push(...this.checks(checks, error), "return out.length - s;");
    return lines;
  }

  /**
   * A test that, for a value of the right type, implies every check passes
   * (it may be stricter than the checks: a value it fails goes through them
   * one by one); `undefined` when a check has no such test.
   */
  passing(checks, expected) {
    const tests = [];
    for (const check of checks) {
      const def = check._zod.def;
      switch (def.check) {
        case "max_length":
          tests.push(`(v as string).length <= ${def.maximum}`);
          break;
        case "min_length":
          // On a string, at least one code unit is at least one code point; no length is under zero.
          if (expected === "string" && def.minimum === 1) tests.push("(v as string).length !== 0");
          else if (def.minimum > 0) tests.push(`${this.use("fitsMinLength")}(v, ${def.minimum})`);
          break;
        case "string_format":
          tests.push(this.patternTest(def));
          break;
        case "greater_than":
          tests.push(`(v as number) ${def.inclusive ? ">=" : ">"} ${def.value}`);
          break;
        case "less_than":
          tests.push(`(v as number) ${def.inclusive ? "<=" : "<"} ${def.value}`);
          break;
        case "number_format":
          if (def.format !== "safeint") return undefined;
          tests.push("Number.isSafeInteger(v)");
          break;
        case "custom":
          if (def.params?.shapeCheck === "max-code-units") tests.push(`(v as string).length <= ${def.params.maximum}`);
          else if (def.params?.shapeCheck === "short-host")
            tests.push(`${this.use("hostFits")}(v as string, ${def.params.maximum})`);
          else return undefined;
          break;
        default:
          return undefined;
      }
    }
    if (expected !== "string" && expected !== "number") return undefined;
    // A bound given twice (a maximum in code points and one in code units, say) is tested once.
    return [...new Set(tests)].join(" && ") || "true";
  }

  /**
   * zod's `runChecks`: a check with a `when` (the length checks) runs unless an
   * issue so far stops everything (`continue: false`) and the value has a
   * length; any other check runs only while no issue so far stops later checks.
   */
  checks(checks, schemaError) {
    const lines = [];
    for (const check of checks) {
      const def = check._zod.def;
      const length = LENGTH_CHECKS.has(def.check);
      if (def.when !== undefined && !length)
        throw new Error(`A "${def.check}" check with its own condition cannot be generated.`);
      const guard = length
        ? `(out.length === s || !${this.use("explicitlyAborted")}(out, s)) && ${this.use("hasLength")}(v)`
        : `out.length === s || !${this.use("aborted")}(out, s)`;
      // A check's own message, else its schema's (for a number format, the check is the schema).
      const message = this.message(ownError(def) ?? schemaError);
      const go = def.abort === true ? "false" : "true";
      let body;
      switch (def.check) {
        case "max_length":
          body = `if (!${this.use("fitsMaxLength")}(v, ${def.maximum})) ${this.use("tooBig")}(out, ${this.use("lengthOrigin")}(v), ${def.maximum}, true, ${go}, ${message});`;
          break;
        case "min_length":
          body = `if (!${this.use("fitsMinLength")}(v, ${def.minimum})) ${this.use("tooSmall")}(out, ${this.use("lengthOrigin")}(v), ${def.minimum}, true, ${go}, ${message});`;
          break;
        case "string_format":
          body = `if (!${this.patternTest(def)}) ${this.use("formatIssue")}(out, ${JSON.stringify(def.format)}, ${go}, ${message});`;
          break;
        case "greater_than":
        case "less_than": {
          const small = def.check === "greater_than";
          if (typeof def.value !== "number") throw new Error("Only numeric bounds are generated.");
          const op = small ? (def.inclusive ? ">=" : ">") : def.inclusive ? "<=" : "<";
          body = `if (!((v as number) ${op} ${def.value})) ${this.use(small ? "tooSmall" : "tooBig")}(out, "number", ${def.value}, ${def.inclusive}, ${go}, ${message});`;
          break;
        }
        case "number_format": {
          if (def.format !== "safeint") throw new Error(`The number format "${def.format}" is not generated.`);
          // A safe integer is inside the format's range, so zod's range tests after these never fail.
          body = [
            `if (!Number.isInteger(v)) out.push({ code: "invalid_type", expected: "int", format: "safeint", continue: false, path: [], message: ${message} });`,
            `else if (!Number.isSafeInteger(v)) out.push((v as number) > 0`,
            `  ? { code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, inclusive: true, continue: ${go}, path: [], message: ${message} }`,
            `  : { code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, inclusive: true, continue: ${go}, path: [], message: ${message} });`,
          ].join("\n  ");
          break;
        }
        case "custom":
          body = this.custom(def, schemaError);
          break;
        default:
          throw new Error(
            `No code is generated for zod's "${def.check}" check; extend scripts/generate-shape-check.mjs.`,
          );
      }
      lines.push(`if (${guard}) {`, `  ${body}`, "}");
    }
    return lines;
  }

  /**
   * The test of a string format's pattern: the function of shape-runtime.ts
   * that tests what it tests (`PATTERN_TESTS`), or the pattern itself, made
   * from its source escaped as a string (a regex literal would hold the
   * pattern's control characters raw) and reset first when it keeps state.
   */
  patternTest(def) {
    if (!(def.pattern instanceof RegExp)) throw new Error(`The "${def.format}" format has no pattern to generate.`);
    const { source, flags, global, sticky } = def.pattern;
    const known = this.patternTests.find(([pattern]) => pattern.source === source && pattern.flags === flags);
    if (known !== undefined) return `${this.use(known[1])}(v as string)`;
    const pattern = this.constant("R", `new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)})`);
    return global || sticky
      ? `((${pattern}.lastIndex = 0), ${pattern}.test(v as string))`
      : `${pattern}.test(v as string)`;
  }

  /** The library's own checks, which name themselves in `params.shapeCheck`. */
  custom(def, schemaError) {
    const name = def.params?.shapeCheck;
    switch (name) {
      case "max-code-units":
        // An issue without a message takes its schema's.
        return `if ((v as string).length > ${def.params.maximum}) ${this.use("tooBig")}(out, "string", ${def.params.maximum}, true, false, ${this.message(schemaError)});`;
      case "short-host":
        // Its maximum and message are in its params: the generated code does not import the schemas' modules.
        return `if (!${this.use("hostFits")}(v as string, ${def.params.maximum})) out.push({ code: "invalid_format", format: "regex", path: [], message: ${this.message(def.params.message)} });`;
      default:
        throw new Error(`A custom check without a known params.shapeCheck (${String(name)}) cannot be generated.`);
    }
  }

  object(schema, error) {
    const def = schema._zod.def;
    this.noChecks(def);
    const lines = [
      `if (!${this.use("isObject")}(v)) return ${this.use("typeIssue")}(out, "object", ${this.message(error)});`,
      "const s = out.length;",
      "let n: number;",
    ];
    const keys = Object.keys(def.shape);
    if (Object.getOwnPropertySymbols(def.shape).length > 0) throw new Error("Symbol keys are not generated.");
    const optionalValue = keys.some((key) => def.shape[key]._zod.def.type === "optional");
    if (optionalValue) lines.push("let x: unknown;");
    for (const key of keys) {
      if (key === "__proto__") continue;
      const field = def.shape[key];
      const k = JSON.stringify(key);
      const prefix = `${this.use("prefix")}(out, n, ${k});`;
      if (field._zod.def.type === "optional") {
        this.noChecks(field._zod.def);
        if (field._zod.optin !== "optional") throw new Error("Only plain optional fields are generated.");
        lines.push(
          `x = v[${k}];`,
          `if (x !== undefined && (n = ${this.check(field._zod.def.innerType)}(x, out)) !== 0) ${prefix}`,
        );
      } else if (acceptsUndefined(field)) {
        lines.push(
          `if ((n = ${this.check(field)}(v[${k}], out)) !== 0) ${prefix}`,
          `else if (!(${k} in v)) out.push({ code: "invalid_type", expected: "nonoptional", path: [${k}], message: ${this.message(undefined)} });`,
        );
      } else {
        lines.push(`if ((n = ${this.check(field)}(v[${k}], out)) !== 0) ${prefix}`);
      }
    }
    const catchall = def.catchall?._zod.def.type;
    if (catchall === "never") {
      // A switch over the known keys: V8 compares them as interned strings, about twice as fast as a Set's lookup.
      lines.push(
        "let unknown: string[] | undefined;",
        "for (const key in v) {",
        "  switch (key) {",
        ...keys.map((key) => `    case ${JSON.stringify(key)}:`),
        "      break;",
        "    default:",
        "      (unknown ??= []).push(key);",
        "  }",
        "}",
        `if (unknown !== undefined) out.push({ code: "unrecognized_keys", keys: unknown, continue: true, path: [], message: ${this.message(error)} });`,
      );
    } else if (catchall !== undefined) {
      throw new Error(`An object with a "${catchall}" catch-all is not generated.`);
    }
    lines.push("return out.length - s;");
    return lines;
  }

  array(schema, error) {
    const def = schema._zod.def;
    const checks = def.checks ?? [];
    // zod's `capSize`: the leading length checks with an upper bound stop an array over it before its items are read.
    const caps = [];
    for (const check of checks) {
      const d = check._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check)) break;
      const max = d.maximum ?? d.length ?? d.size;
      if (max >= 0) caps.push(check);
    }
    for (const check of caps) {
      if (check._zod.def.check !== "max_length") throw new Error("Only maximum lengths cap an array here.");
    }
    // A value that is not an array: the type issue, then the checks that run on anything with a length.
    const notArray = this.shared([
      "const s = out.length;",
      `${this.use("typeIssue")}(out, "array", ${this.message(error)});`,
      ...this.checks(checks, error),
      "return out.length - s;",
    ]);
    const lines = [`if (!Array.isArray(v)) return ${notArray}(v, out);`];
    // The caps in their order: the first that the length is over reports, and the items are not read.
    for (const check of caps) {
      const d = check._zod.def;
      lines.push(
        `if (v.length > ${d.maximum}) return ${this.use("tooBig")}(out, "array", ${d.maximum}, true, false, ${this.message(ownError(d) ?? error)});`,
      );
    }
    const item = this.check(def.element);
    lines.push(
      "const s = out.length;",
      "for (let i = 0; i < v.length; i++) {",
      `  const n = ${item}(v[i], out);`,
      `  if (n !== 0) ${this.use("prefix")}(out, n, i);`,
      "}",
    );
    // Past the caps, an array's length is at most the smallest: a maximum no smaller, or a minimum of 0, cannot fail.
    const cap = caps.length > 0 ? Math.min(...caps.map((check) => check._zod.def.maximum)) : Number.POSITIVE_INFINITY;
    const failable = checks.filter((check) => {
      const d = check._zod.def;
      if (d.check === "max_length") return d.maximum < cap;
      if (d.check === "min_length") return d.minimum > 0;
      return true;
    });
    lines.push(...this.checks(failable, error), "return out.length - s;");
    return lines;
  }

  tuple(schema, error) {
    const def = schema._zod.def;
    this.noChecks(def);
    if (def.rest !== null && def.rest !== undefined) throw new Error("Tuples with a rest are not generated.");
    if (def.items.some((item) => item._zod.optin !== undefined || item._zod.optout !== undefined)) {
      throw new Error("Tuples with optional items are not generated.");
    }
    const n = def.items.length;
    const lines = [
      `if (!Array.isArray(v)) return ${this.use("typeIssue")}(out, "tuple", ${this.message(error)});`,
      `if (v.length < ${n}) return ${this.use("tooSmall")}(out, "array", ${n}, true, undefined, ${this.message(error)});`,
      "const s = out.length;",
      `if (v.length > ${n}) ${this.use("tooBig")}(out, "array", ${n}, true, undefined, ${this.message(error)});`,
      "let n: number;",
    ];
    def.items.forEach((item, i) => {
      lines.push(`if ((n = ${this.check(item)}(v[${i}], out)) !== 0) ${this.use("prefix")}(out, n, ${i});`);
    });
    lines.push("return out.length - s;");
    return lines;
  }

  union(schema, error) {
    const def = schema._zod.def;
    this.noChecks(def);
    if (typeof def.discriminator !== "string" || def.unionFallback) {
      throw new Error("Only discriminated unions without a fallback are generated.");
    }
    const key = JSON.stringify(def.discriminator);
    const values = [];
    const cases = [];
    for (const option of def.options) {
      const tag = option._zod.def.shape?.[def.discriminator];
      const tagDef = tag?._zod.def;
      const own =
        tagDef?.type === "literal"
          ? tagDef.values
          : tagDef?.type === "enum"
            ? Object.values(tagDef.entries)
            : undefined;
      if (own === undefined || !own.every((value) => typeof value === "string")) {
        throw new Error("Each option of a discriminated union needs a string literal or enum as its discriminator.");
      }
      const name = this.check(option);
      for (const value of own) {
        if (values.includes(value)) throw new Error(`The discriminator value ${value} is used twice.`);
        values.push(value);
        cases.push(`  case ${JSON.stringify(value)}:`);
      }
      cases.push(`    return ${name}(v, out);`);
    }
    const options = this.constant("V", JSON.stringify(values), "readonly string[]");
    return [
      `if (!${this.use("isObject")}(v)) return ${this.use("typeIssue")}(out, "object", ${this.message(error)});`,
      `switch (v[${key}]) {`,
      ...cases,
      "}",
      `out.push({ code: "invalid_union", discriminator: ${key}, options: ${options}, path: [${key}], message: ${this.message(error)} });`,
      "return 1;",
    ];
  }
}

/**
 * The generated module's text, for the record schema given. `patternTests`
 * pairs regular expressions of the schemas with the functions of
 * shape-runtime.ts that test the same (`PATTERN_TESTS`).
 */
export function generateShapeCheck(recordSchema, patternTests = []) {
  const generator = new Generator(patternTests);
  const entry = generator.check(recordSchema);
  const runtime = [...generator.imports].sort();
  return `// Generated by scripts/generate-shape-check.mjs from the zod schemas in src/schema: do not edit.
// Run \`npm run generate:shape-check\` after changing a schema.
import { ${runtime.join(", ")}, type ShapeIssue } from "../shape-runtime.js";

${generator.constants.join("\n")}

${generator.functions.join("\n\n")}

/**
 * The shape issues of a value, as zod's parser of \`NewsRecordSchema\` reports
 * them (same codes, paths, order and messages); none for a record of the
 * right shape. Reads the value only; throws only when reading it throws.
 */
export function recordShapeIssues(input: unknown): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  ${entry}(input, out);
  return out;
}
`;
}

/** The record schema and the pattern tests, read from the sources. */
function loadSources() {
  return importSources(root, [
    'export { NewsRecordSchema } from "./src/schema/record.ts";',
    'export { PATTERN_TESTS } from "./src/validation/shape-patterns.ts";',
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { NewsRecordSchema, PATTERN_TESTS } = await loadSources();
  writeOrCheck(target, generateShapeCheck(NewsRecordSchema, PATTERN_TESTS), "npm run generate:shape-check");
}
