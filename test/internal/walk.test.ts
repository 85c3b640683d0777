// collectSpans lists a record's spans field by field, and validation checks
// the offsets (integrity) and the words (grounding) of exactly the spans it
// lists: a span field it missed would go unchecked. These tests hold it to
// the schema (every place a span can stand) and to a walk that finds spans
// by their shape, on every record the repository holds and on random ones.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectSpans } from "../../src/internal/walk.js";
import { migrateRecord } from "../../src/migrate/migrate.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { validateShape } from "../../src/validation/shape.js";
import { validRecordArb } from "../support/arbitraries.js";
import { repositoryRecordFiles } from "../support/records.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** The definitions of the JSON Schema that are spans. */
const SPAN_DEFS = new Set(["TextSpan", "MentionSpan", "VerbatimSpan"]);

/** The lists of a record whose facts hold spans. */
const FACT_LISTS = ["actors", "events", "quotes", "statistics", "places"];

interface JsonSchema {
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  /** A branch of a discriminated union, written `if`/`then`. */
  readonly then?: JsonSchema;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/** Every place the schema lets a span stand below the fact lists, as a path with `*` for any item. */
function spanPlacesOfSchema(): Set<string> {
  const schema = JSON.parse(readFileSync(join(ROOT, "schema", "news-record.json"), "utf8")) as JsonSchema;
  const defs = schema.$defs ?? {};
  const out = new Set<string>();
  const walk = (node: JsonSchema, path: string[], seen: ReadonlySet<string>): void => {
    if (node.$ref !== undefined) {
      const name = node.$ref.replace("#/$defs/", "");
      if (SPAN_DEFS.has(name)) {
        out.add(path.join("."));
        return;
      }
      const def = defs[name];
      if (def === undefined || seen.has(name)) return;
      walk(def, path, new Set([...seen, name]));
      return;
    }
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
      walk(branch, path, seen);
    if (node.then !== undefined) walk(node.then, path, seen);
    if (node.items !== undefined) walk(node.items, [...path, "*"], seen);
    for (const [key, value] of Object.entries(node.properties ?? {})) walk(value, [...path, key], seen);
  };
  for (const list of FACT_LISTS) {
    const property = schema.properties?.[list];
    if (property !== undefined) walk(property, [list], new Set());
  }
  return out;
}

/** Spans found by their shape (numeric `start` and `end`) below the fact lists, by path. */
function spansByShape(record: NewsRecord): Map<string, object> {
  const out = new Map<string, object>();
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node !== "object" || node === null) return;
    const { start, end } = node as { start?: unknown; end?: unknown };
    if (typeof start === "number" && typeof end === "number") {
      out.set(path.join("."), node);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  for (const list of FACT_LISTS) walk((record as unknown as Record<string, unknown>)[list], [list]);
  return out;
}

/** Every record the repository holds, at the current schema version. */
function repositoryRecords(): NewsRecord[] {
  const out: NewsRecord[] = [];
  for (const { value } of repositoryRecordFiles()) {
    const migrated = migrateRecord(value);
    if (!migrated.success) continue;
    const shape = validateShape(migrated.data);
    if (shape.success) out.push(shape.data);
  }
  return out;
}

/** The path of a span with each index written `*`. */
const pattern = (path: readonly (string | number)[]): string =>
  path.map((segment) => (typeof segment === "number" ? "*" : segment)).join(".");

/** collectSpans' spans of a record, by path. */
function listed(record: NewsRecord): Map<string, object> {
  return new Map(collectSpans(record).map((entry) => [entry.path.join("."), entry.span]));
}

describe("collectSpans", () => {
  const records = repositoryRecords();

  it("lists exactly the spans a walk by shape finds, on every repository record", () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const found = listed(record);
      expect([...found.keys()].sort()).toEqual([...spansByShape(record).keys()].sort());
      for (const [path, span] of spansByShape(record)) expect(found.get(path)).toBe(span);
    }
  });

  it("lists exactly the spans a walk by shape finds, on random valid records", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        expect([...listed(record).keys()].sort()).toEqual([...spansByShape(record).keys()].sort());
      }),
      { numRuns: 300 },
    );
  });

  it("has met every place the schema lets a span stand", () => {
    const places = spanPlacesOfSchema();
    // The schema's span places as the schema walk finds them: a sanity floor, so an empty walk cannot pass.
    expect(places.size).toBeGreaterThan(15);
    const met = new Set(records.flatMap((record) => collectSpans(record).map((entry) => pattern(entry.path))));
    const unmet = [...places].filter((place) => !met.has(place));
    expect(unmet).toEqual([]);
  });

  it("gives each entry its fact's list, index and id, and the same path each time it is read", () => {
    for (const record of records) {
      for (const entry of collectSpans(record)) {
        expect(entry.path[0]).toBe(entry.list);
        expect(entry.path[1]).toBe(entry.index);
        const fact = (record as unknown as Record<string, readonly { id: string }[]>)[entry.list]?.[entry.index];
        expect(fact?.id).toBe(entry.factId);
        expect(entry.path).toBe(entry.path);
      }
    }
  });
});
