// The shape check's fast path: zod's compiled, assert-only validator answers
// "is this a record?" without building a copy, and a value that passes is
// returned as it is. Both are sound only while the compiled validator agrees
// with zod's parser and the schema has nothing that would make a parsed copy
// differ from its input (a default, a transform, a key that is dropped).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { validateShape } from "../../src/validation/shape.js";
import { validateRecord } from "../../src/validation/validate.js";
import { validRecordArb } from "../support/arbitraries.js";
import { MUTATION_KINDS, mutate } from "../support/mutations.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

/** Every record the repository holds: the dataset, the invented records and the grounding corpus. */
const RECORDS: readonly [string, Json][] = [
  ["data/belarus-lithuania-border.json", readJson(join(FIXTURES, "..", "..", "data", "belarus-lithuania-border.json"))],
  ...["records", "grounding"].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((file) => file.endsWith(".json"))
      .map((file): [string, Json] => [`${folder}/${file}`, readJson(join(FIXTURES, folder, file))]),
  ),
];

const compiled = z.compile(NewsRecordSchema);
const fast = (value: unknown): boolean => z.validate(compiled, value);
const parser = (value: unknown): boolean => NewsRecordSchema.safeParse(value).success;

/** Runs `validateShape` past the checks made on zod's parser, so that later calls use the compiled check. */
function warmUp(): void {
  for (let i = 0; i < 40; i++) validateShape({});
}

describe("the compiled shape check", () => {
  it("agrees with zod's parser on every record of the repository", () => {
    expect(RECORDS.length).toBeGreaterThan(10);
    for (const [name, record] of RECORDS) {
      expect(fast(record), name).toBe(parser(record));
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
          expect(fast(value), `${name}: ${description}`).toBe(parser(value));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("agrees with zod's parser on generated valid records", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        expect(fast(record)).toBe(true);
        expect(parser(record)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives validateShape and validateRecord the parser's answer, before and after compiling", () => {
    const broken = mutate(RECORDS[0]?.[1] ?? null, "wrong-type", 40, 1).value;
    const before = validateShape(broken);
    warmUp();
    const after = validateShape(broken);
    expect(after).toEqual(before);
    expect(after.success).toBe(false);
    for (const [name, record] of RECORDS) expect(validateShape(record).success, name).toBe(parser(record));
  });
});

describe("a record that passes", () => {
  it("is returned as it is, not copied", () => {
    warmUp();
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
