import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import { regroundRecord } from "../../src/grounding/reground.js";
import type { Actor, NewsEvent, Quote, RegroundSuccess, Statistic } from "../../src/index.js";
import type { ReadonlyDeep } from "../../src/internal/readonly-deep.js";
import { type NewsRecord, NewsRecordSchema } from "../../src/schema/record.js";
import { parseRecord } from "../../src/validation/validate.js";

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

/** The offsets of the `n`-th occurrence (0-based) of `text` in `body`; throws when there is none, to keep fixtures honest. */
export function spanOf(body: string, text: string, n = 0): { start: number; end: number; exact: string } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = body.indexOf(text, at + 1);
    if (at === -1) throw new Error(`fixture: ${JSON.stringify(text)} occurs fewer than ${n + 1} times`);
  }
  return { start: at, end: at + text.length, exact: text };
}

/** A record with the given body and facts. */
export function makeRecord(
  body: string,
  facts: {
    actors?: Actor[];
    events?: NewsEvent[];
    quotes?: Quote[];
    statistics?: Statistic[];
    headline?: string;
    publisher?: string;
  } = {},
): NewsRecord {
  return {
    schemaVersion: "1.0",
    article: {
      id: "invented",
      publishedAt: "2024-03-01",
      language: "en",
      body,
      ...(facts.headline === undefined ? {} : { headline: facts.headline }),
      ...(facts.publisher === undefined ? {} : { publisher: facts.publisher }),
    },
    actors: facts.actors ?? [],
    events: facts.events ?? [],
    quotes: facts.quotes ?? [],
    statistics: facts.statistics ?? [],
  };
}

/** A deep, mutable copy of a valid record (of the dataset constants, say), checked on the way. */
export function copyRecord(record: unknown): NewsRecord {
  return parseRecord(JSON.parse(JSON.stringify(record)));
}

/** Regrounds a record that must be well formed, and returns the success branch. */
export function regroundOk(record: ReadonlyDeep<NewsRecord>, newBody: string): RegroundSuccess {
  const result = regroundRecord(record, newBody);
  if (!result.success) throw new Error(`expected a well-formed record: ${JSON.stringify(result.issues)}`);
  return result;
}

/** The folders that hold the repository's records: the dataset, the invented fixtures and the grounding corpus. */
export const RECORD_FOLDERS = [
  "data",
  join("test", "fixtures", "records"),
  join("test", "fixtures", "grounding"),
] as const;

/** One record file of the repository, parsed but unchecked. */
export interface RecordFile {
  /** Its folder, one of {@link RECORD_FOLDERS}. */
  readonly folder: string;
  /** Its file name. */
  readonly file: string;
  /** Its path from the repository's root: `folder/file`. */
  readonly path: string;
  /** Its parsed JSON. */
  readonly value: unknown;
}

/** Every record file the repository holds, found by listing {@link RECORD_FOLDERS}, each folder's files in name order. */
export function repositoryRecordFiles(): RecordFile[] {
  const root = join(import.meta.dirname, "..", "..");
  return RECORD_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => ({
        folder,
        file,
        path: join(folder, file),
        value: JSON.parse(readFileSync(join(root, folder, file), "utf8")) as unknown,
      })),
  );
}
