#!/usr/bin/env node
// Writes the JSON Schema documents of the package (schema/*.json) from the
// built zod schemas (run `npm run build` first). `--check` writes nothing and
// exits 1 when a committed file differs from what the schemas generate.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { draftJsonSchema, EXTRACTOR_TARGETS, extractorJsonSchema, recordJsonSchema } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The generated files, as a map from path (relative to the root) to text. */
export function generateJsonSchemas() {
  return new Map([
    ["schema/news-record.json", `${JSON.stringify(recordJsonSchema(), null, 2)}\n`],
    ["schema/news-draft.json", `${JSON.stringify(draftJsonSchema(), null, 2)}\n`],
    ...EXTRACTOR_TARGETS.map((target) => [
      `schema/news-draft-facts.${target}.json`,
      `${JSON.stringify(extractorJsonSchema(target), null, 2)}\n`,
    ]),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, text] of generateJsonSchemas()) {
    const file = join(root, path);
    if (check) {
      let current = "";
      try {
        current = readFileSync(file, "utf8");
      } catch {}
      if (current !== text) {
        stale++;
        console.error(`${path} is out of date; run npm run generate:json-schema`);
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale === 0 ? 0 : 1);
}
