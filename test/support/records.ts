import { readFileSync } from "node:fs";
import { join } from "node:path";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import { type NewsRecord, NewsRecordSchema } from "../../src/schema/record.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");

/** Names of the invented records in test/fixtures/records. */
export const FIXTURE_NAMES = ["autoplant-strike", "ruse-flood"] as const;

/** The parsed JSON of an invented record from test/fixtures/records, unchecked. */
export function readFixture(name: (typeof FIXTURE_NAMES)[number]): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8"));
}

/** A fresh, mutable copy of an invented record, shape-checked. */
export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): NewsRecord {
  return NewsRecordSchema.parse(readFixture(name));
}

/** A fresh, mutable copy of the seed record, for tests that break it on purpose. */
export function cloneSeed(): NewsRecord {
  return NewsRecordSchema.parse(belarusLithuaniaBorder);
}

/** A key or index on the way to a value inside a JSON document. */
export type JsonPath = readonly (string | number)[];

/** The path of every value inside a JSON document (objects, arrays and leaves), root excluded. */
export function leafPaths(document: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const walk = (node: unknown, path: JsonPath): void => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, [...path, i]);
      });
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(document, []);
  return paths;
}

/** A deep copy of a JSON document with the value at `path` replaced. */
export function setAt(document: unknown, path: JsonPath, value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(document));
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last !== undefined && node !== null && typeof node === "object") {
    (node as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}
