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
