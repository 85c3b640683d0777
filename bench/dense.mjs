// Records as dense as the seed record (a short body, many facts and spans),
// for the benchmark: the seed itself under new ids, about one in ten broken
// in one place, and the seed scaled up (its body and facts repeated k times)
// for the growth measure. Same input, same records, on every machine.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The seed record, parsed from data/. */
export function seedRecord() {
  return JSON.parse(readFileSync(join(ROOT, "data", "belarus-lithuania-border.json"), "utf8"));
}

/** `count` records as dense as the seed: its copies under new article ids, every tenth with a reference that does not resolve. */
export function denseRecords(count) {
  const seed = seedRecord();
  const out = [];
  for (let i = 0; i < count; i++) {
    const record = structuredClone(seed);
    record.article.id = `${seed.article.id}-${i}`;
    if (i % 10 === 3) record.quotes[0].speaker = { kind: "actor", actor: `nobody-${i}` };
    out.push(record);
  }
  return out;
}

/** The fields that hold an id or a reference to one. */
const REFERENCES = new Set([
  "id",
  "actor",
  "of",
  "partOf",
  "origins",
  "event",
  "quotes",
  "statistics",
  "subject",
  "reportedBy",
  "via",
  "affiliation",
]);

/**
 * The seed with its body and every fact repeated `k` times: copy j's ids
 * take a suffix, its references follow them, and its spans move into copy
 * j of the body. The result is as valid as the seed.
 */
export function scaledSeed(k) {
  const seed = seedRecord();
  if (k === 1) return seed;
  const ids = new Set(
    ["actors", "events", "quotes", "statistics"].flatMap((list) => seed[list].map((fact) => fact.id)),
  );
  const separator = "\n\n";
  const stride = seed.article.body.length + separator.length;
  const copy = (node, j, key) => {
    if (Array.isArray(node)) return node.map((child) => copy(child, j, key));
    if (node !== null && typeof node === "object") {
      const out = {};
      for (const [name, value] of Object.entries(node)) out[name] = copy(value, j, name);
      if (typeof node.start === "number" && typeof node.end === "number") {
        out.start = node.start + j * stride;
        out.end = node.end + j * stride;
      }
      return out;
    }
    return typeof node === "string" && j > 0 && ids.has(node) && REFERENCES.has(key) ? `${node}-x${j}` : node;
  };
  const record = structuredClone(seed);
  record.article.body = Array.from({ length: k }, () => seed.article.body).join(separator);
  for (const list of ["actors", "events", "quotes", "statistics"]) {
    record[list] = Array.from({ length: k }, (_, j) => copy(seed[list], j, list)).flat();
  }
  return record;
}
