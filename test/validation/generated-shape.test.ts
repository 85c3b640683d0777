// The shape check generated at build time from the zod schemas
// (src/validation/generated/record-shape.ts) must report what zod's parser
// reports: the same issues, in the same order, worded the same, on every
// record of the repository and on every way a record can break. A value that
// passes is returned as it is, which is sound only while the schema has
// nothing that would make a parsed copy differ from its input (a default, a
// transform, a key that is dropped).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { generateShapeCheck } from "../../scripts/generate-shape-check.mjs";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { hasShortHost, MAX_HOST_LENGTH } from "../../src/schema/url-host.js";
import { recordShapeIssues } from "../../src/validation/generated/record-shape.js";
import { countedShapeIssues, validateShape } from "../../src/validation/shape.js";
import { PATTERN_TESTS } from "../../src/validation/shape-patterns.js";
import * as runtime from "../../src/validation/shape-runtime.js";
import { validateRecord } from "../../src/validation/validate.js";
import { validRecordArb } from "../support/arbitraries.js";
import { MUTATION_KINDS, mutate, pathsOf } from "../support/mutations.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

/** Every record the repository holds: the dataset, the invented records and the grounding corpus. */
const RECORDS: readonly [string, Json][] = [
  ["data/belarus-lithuania-border.json", readJson(join(ROOT, "data", "belarus-lithuania-border.json"))],
  ...["records", "grounding"].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((file) => file.endsWith(".json"))
      .map((file): [string, Json] => [`${folder}/${file}`, readJson(join(FIXTURES, folder, file))]),
  ),
];

/** The issues as users see them, and the raw ones (code, path, flags, bounds), from zod's parser. */
function fromZod(value: unknown): { worded: unknown; raw: unknown[] } {
  const parsed = NewsRecordSchema.safeParse(value);
  const issues = parsed.success ? [] : parsed.error.issues;
  return { worded: countedShapeIssues(issues, value), raw: issues.map(rawOf) };
}

/** The same, from the generated checker. */
function fromGenerated(value: unknown): { worded: unknown; raw: unknown[] } {
  const issues = recordShapeIssues(value);
  return { worded: countedShapeIssues(issues, value), raw: issues.map(rawOf) };
}

/** The fields both checkers must agree on, whatever else zod adds (the input, its schema). */
function rawOf(issue: object): unknown {
  const fields = ["code", "path", "message", "expected", "values", "keys", "format", "origin", "minimum", "maximum"];
  const record = issue as Record<string, unknown>;
  return Object.fromEntries(
    [...fields, "inclusive", "discriminator", "options"]
      .filter((field) => record[field] !== undefined)
      .map((field) => [field, record[field]]),
  );
}

function expectAgreement(value: unknown, name: string): void {
  const generated = fromGenerated(value);
  const zod = fromZod(value);
  expect(generated.raw, name).toEqual(zod.raw);
  expect(generated.worded, name).toEqual(zod.worded);
}

/** A copy of `record` with the value at the `at`-th path replaced by `next`. */
function replaceAt(record: Json, at: number, next: unknown): { value: unknown; where: string } {
  const copy = JSON.parse(JSON.stringify(record)) as Json;
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  const path = paths[at % paths.length] ?? [];
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const key = path[path.length - 1];
  if (key !== undefined) (parent as Record<string | number, unknown>)[key] = next;
  return { value: copy, where: path.join(".") };
}

/** Values zod treats in ways a hand-written check could miss. */
const EDGE_VALUES: readonly [string, () => unknown][] = [
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-0", () => -0],
  ["an unsafe integer", () => 2 ** 60],
  ["a fraction", () => 0.25],
  ["undefined", () => undefined],
  ["a long array", () => Array.from({ length: 10_001 }, () => "x")],
  ["an array of 129 items", () => Array.from({ length: 129 }, (_, i) => i)],
  [
    "an array with a hole",
    () => {
      const holes: unknown[] = [];
      holes[1] = "b";
      return holes;
    },
  ],
  ["an object with a length", () => ({ length: 3000 })],
  ["a string over the text limit", () => "x".repeat(2001)],
  ["a string of 1,001 surrogate pairs", () => "🙂".repeat(1001)],
  ["a string at the limit in code points", () => "🙂".repeat(2000)],
  ["a lone surrogate", () => "ab\ud800c"],
  ["an empty string", () => ""],
  ["white space at the edge", () => "\u00a0Lukashenko"],
  [
    "a host of 254 characters",
    () => `https://${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(66)}.com/`,
  ],
  ["an id of 129 characters", () => "a".repeat(129)],
  ["an inherited key", () => Object.create({ kind: "person", extra: 1 }) as object],
  ["an own __proto__", () => JSON.parse('{"__proto__": 1}') as object],
  ["a Date", () => new Date(0)],
  ["a bigint", () => 10n],
  ["a tuple of three", () => ["BY", "LT", "PL"]],
  ["a tuple of one", () => ["BY"]],
  ["a string for an array", () => "BY"],
  ["a long string for an array", () => "x".repeat(10_001)],
];

describe("the generated shape check", () => {
  it("is what the generator makes of the schemas today", () => {
    // Fails when a schema changed without `npm run generate:shape-check`.
    const file = readFileSync(join(ROOT, "src", "validation", "generated", "record-shape.ts"), "utf8");
    expect(generateShapeCheck(NewsRecordSchema, PATTERN_TESTS)).toBe(file);
  });

  it("agrees with zod's parser on every record of the repository", () => {
    expect(RECORDS.length).toBeGreaterThan(10);
    for (const [name, record] of RECORDS) {
      expect(recordShapeIssues(record), name).toEqual([]);
      expectAgreement(record, name);
    }
  });

  it("agrees with zod's parser on every kind of broken record", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORDS),
        fc.constantFrom(...MUTATION_KINDS),
        fc.nat(),
        fc.nat(),
        ([name, record], kind, at, n) => {
          const { value, description } = mutate(record, kind, at, n);
          expectAgreement(value, `${name}: ${description}`);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("agrees with zod's parser on any JSON value anywhere in a record", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORDS), fc.nat(), fc.jsonValue(), ([name, record], at, next) => {
        const { value, where } = replaceAt(record, at, next);
        expectAgreement(value, `${name}: ${where} set to ${JSON.stringify(next)}`);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with zod's parser on values at the edges of every check", () => {
    const [, seed] = RECORDS[0] ?? ["", null];
    // One path for each place in the schema (items of a list are one place), so that each edge meets every kind of field.
    const places = new Map<string, number>();
    pathsOf(seed)
      .slice(1)
      .forEach((path, i) => {
        const place = path.map((key) => (typeof key === "number" ? "*" : key)).join(".");
        if (!places.has(place)) places.set(place, i);
      });
    expect(places.size).toBeGreaterThan(100);
    for (const [label, make] of EDGE_VALUES) {
      for (const at of places.values()) {
        const { value, where } = replaceAt(seed, at, make());
        expectAgreement(value, `${where} set to ${label}`);
      }
    }
    for (const [label, make] of EDGE_VALUES) expectAgreement(make(), `the root set to ${label}`);
  });

  it("agrees with zod's parser on several breakages at once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORDS),
        fc.array(fc.tuple(fc.constantFrom(...MUTATION_KINDS), fc.nat(), fc.nat()), { minLength: 2, maxLength: 6 }),
        ([name, record], steps) => {
          let value: Json = record;
          for (const [kind, at, n] of steps) value = mutate(value, kind, at, n).value;
          expectAgreement(value, `${name}: ${JSON.stringify(steps)}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds generated valid records valid, as zod does", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        expect(recordShapeIssues(record)).toEqual([]);
        expect(NewsRecordSchema.safeParse(record).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is what validateShape and validateRecord answer with", () => {
    const broken = mutate(RECORDS[0]?.[1] ?? null, "wrong-type", 40, 1).value;
    const shape = validateShape(broken);
    expect(shape.success).toBe(false);
    if (!shape.success) expect({ issues: shape.issues, count: shape.issueCount }).toEqual(fromZod(broken).worded);
    for (const [name, record] of RECORDS) expect(validateShape(record).success, name).toBe(true);
  });
});

describe("the functions that stand in for the schemas' patterns", () => {
  const tests = runtime as unknown as Record<string, (text: string) => boolean>;
  const samples = [
    "",
    "a",
    " ",
    "ev-border-closure",
    "a--b",
    "-a",
    "a-",
    "a:b.c_d-e",
    "Q42",
    "é",
    "\u0085x",
    "x\u0085",
    "x\u200b",
    "\ufeffx",
    "x\u3000",
    "\u2028",
    "a\nb",
    "\ud83d\ude42",
    "\ud83d",
    "\ude42",
    "a\ud83db",
    "\ude42\ud83d",
    "\ud83d\ud83d\ude42",
    "2021",
    "2021-08",
    "2021-8",
    "2021-13",
    "2021-00",
    "2021-08-05",
    "2021-02-29",
    "2024-02-29",
    "1900-02-29",
    "2000-02-29",
    "2021-04-31",
    "2021-12-31",
    "2021-08-05T14:30Z",
    "2021-08-05T14:30:00+03:00",
    "2021-08-05T14:30:00.123456789-11:59",
    "2021-08-05T14:30:00.1234567890Z",
    "2021-08-05T14:30:00.Z",
    "2021-08-05T24:00Z",
    "2021-08-05T14:60Z",
    "2021-08-05T14:30:60Z",
    "2021-08-05T14:30",
    "2021-08-05T14:30+24:00",
    "2021-08-05T14:30+03:60",
    "2021-08-05T14:30+0300",
    "2021-08-05T14:30.5Z",
    "2021-08-05t14:30Z",
    "2021-08-05 14:30Z",
    "2021-08-05Z",
    "２０２１",
  ];

  /** Text shaped like dates, times and offsets, valid or nearly so. */
  const dateLike = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.constantFrom("", ":00", ":59", ":60", ":07.5", ":07.123456789", ":07.1234567890", ":07."),
        fc.constantFrom("Z", "+03:00", "-11:59", "+24:00", "+03:60", "", "z", "+0300"),
        fc.nat(4),
      )
      .map(([year, month, day, hour, minute, seconds, offset, cut]) => {
        const two = (n: number): string => String(n).padStart(2, "0");
        const date = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
        const full = `${date}T${two(hour)}:${two(minute)}${seconds}${offset}`;
        return [date.slice(0, 4), date.slice(0, 7), date, full, full.slice(0, full.length - cut)][cut] ?? full;
      }),
    fc.string({ unit: fc.constantFrom("0", "1", "2", "9", "-", "T", ":", "Z", "+", ".") }),
  );

  it("test what their pattern tests, on chosen and on random text of every code unit", () => {
    expect(PATTERN_TESTS.length).toBe(4);
    for (const [pattern, name] of PATTERN_TESTS) {
      const test = tests[name];
      expect(typeof test, name).toBe("function");
      if (test === undefined) continue;
      for (const text of samples) expect(test(text), `${name}(${JSON.stringify(text)})`).toBe(pattern.test(text));
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: "binary" }),
            fc.string({
              unit: fc.constantFrom("a", "Z", "0", "-", "_", ".", ":", " ", "\t", "\u00a0", "\ud83d", "\ude42"),
            }),
            dateLike,
          ),
          (text) => {
            expect(test(text), `${name}(${JSON.stringify(text)})`).toBe(pattern.test(text));
          },
        ),
        { numRuns: 4000 },
      );
    }
  });

  it("test every day of every month of every year as the pattern does", () => {
    const [pattern] = PATTERN_TESTS.find(([, name]) => name === "isPartialDateText") ?? [];
    expect(pattern).toBeDefined();
    const two = (n: number): string => String(n).padStart(2, "0");
    let checked = 0;
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year += year < 2400 ? 1 : 7) {
      for (let month = 1; month <= 12; month++) {
        // Around each month's end, where the calendar decides.
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const text = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
          if (runtime.isPartialDateText(text) !== pattern?.test(text)) wrong.push(text);
          checked++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200_000);
  });

  it("agree with the pattern when the engine has no isWellFormed", () => {
    for (const text of samples)
      expect(runtime.scanWellFormed(text), JSON.stringify(text)).toBe(PATTERN_TESTS[2]?.[0].test(text));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(runtime.scanWellFormed(text)).toBe(PATTERN_TESTS[2]?.[0].test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the host length rule", () => {
  it("is the schema's, in the generated checker as in the schema", () => {
    const label = fc.stringMatching(/^[a-z0-9]{1,63}$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("", ":8080", "/a/b", "?q=1", "#top", ":443/x?y#z"),
        (labels, rest) => {
          const url = `https://${labels.join(".")}.com${rest}`;
          expect(runtime.hostFits(url, MAX_HOST_LENGTH), url).toBe(hasShortHost(url));
        },
      ),
      { numRuns: 500 },
    );
    const host = (length: number): string => `${"a".repeat(length - 4)}.com`;
    for (const length of [252, 253, 254]) {
      const url = `https://${host(length)}/`;
      expect(runtime.hostFits(url, MAX_HOST_LENGTH)).toBe(length <= 253);
      expect(hasShortHost(url)).toBe(length <= 253);
    }
  });
});

describe("the shape check generator", () => {
  const record = (shape: Record<string, z.ZodMiniType>) => z.strictObject(shape);
  const refused: readonly [string, () => $ZodType][] = [
    ["a union without a discriminator", () => record({ a: z.union([z.string(), z.number()]) })],
    ["a nullable", () => record({ a: z.nullable(z.string()) })],
    ["a check it cannot read", () => record({ a: z.string().check(z.refine((value) => value !== "x")) })],
    [
      "a transform",
      () =>
        record({
          a: z.pipe(
            z.string(),
            z.transform((value) => value.length),
          ),
        }),
    ],
    ["a default", () => record({ a: z._default(z.string(), "x") })],
    ["a loose object", () => z.looseObject({ a: z.string() })],
  ];

  it("refuses, with a message, every kind of schema it cannot mirror", () => {
    for (const [label, make] of refused) {
      expect(() => generateShapeCheck(make()), label).toThrow(/generate/);
    }
  });
});

describe("a record that passes", () => {
  it("is returned as it is, not copied", () => {
    const [, record] = RECORDS[0] ?? ["", null];
    const shape = validateShape(record);
    const full = validateRecord(record);
    expect(shape.success && shape.data).toBe(record);
    expect(full.success && full.data).toBe(record);
  });

  it("equals zod's parsed copy: the schema has no defaults or transforms and refuses unknown keys", () => {
    // Walks the schema's definitions: a default, a transform or a non-strict
    // object anywhere would make a parsed copy differ from its input, and the
    // fast path would then return the wrong value.
    const seen = new Set<$ZodType>();
    const kinds = new Set<string>();
    const walk = (schema: $ZodType): void => {
      if (seen.has(schema)) return;
      seen.add(schema);
      const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
      kinds.add(def.type);
      if (def.type === "object") {
        const catchall = def.catchall as $ZodType | undefined;
        expect(catchall?._zod.def.type, "every object refuses unknown keys").toBe("never");
      }
      for (const value of Object.values(def)) {
        const children = Array.isArray(value) ? value : [value];
        for (const child of children) {
          if (child !== null && typeof child === "object" && "_zod" in child) walk(child as $ZodType);
        }
      }
      const shape = (def as { shape?: Record<string, $ZodType> }).shape;
      if (shape !== undefined) for (const child of Object.values(shape)) walk(child);
    };
    walk(NewsRecordSchema);
    expect(kinds.has("object")).toBe(true);
    for (const kind of ["default", "prefault", "transform", "pipe", "catch", "success", "codec", "preprocess"]) {
      expect(kinds.has(kind), `the record schema holds a ${kind}`).toBe(false);
    }
    for (const [name, record] of RECORDS) {
      const parsed = NewsRecordSchema.safeParse(record);
      if (parsed.success) expect(parsed.data, name).toEqual(record);
    }
  });
});
