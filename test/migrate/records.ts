import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** A record of format 1.0 found in the repository, and where. */
export interface StoredRecord {
  /** `file` or `file#index` / `file:line`, relative to the repository. */
  readonly name: string;
  /** The folder it lies in, relative to the repository: `data`, `test/fixtures/records`… */
  readonly folder: string;
  /** The parsed record. */
  readonly value: Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.jsonl?$/.test(entry.name) ? [path] : [];
  });
}

function isRecordOf(value: unknown, version: string): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "schemaVersion" in value
    ? value.schemaVersion === version
    : false;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

/** Every record with `schemaVersion` `version` in data/ and test/fixtures/, in JSON files, JSON arrays and JSON Lines. */
export function storedRecords(version: string): StoredRecord[] {
  const out: StoredRecord[] = [];
  for (const path of [...files(join(root, "data")), ...files(join(root, "test", "fixtures"))]) {
    const name = relative(root, path);
    const folder = relative(root, join(path, ".."));
    const text = readFileSync(path, "utf8");
    if (path.endsWith(".jsonl")) {
      text.split(/\r?\n/).forEach((line, i) => {
        const value = parse(line);
        if (isRecordOf(value, version)) out.push({ name: `${name}:${i + 1}`, folder, value });
      });
      continue;
    }
    const value = parse(text);
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (isRecordOf(item, version)) out.push({ name: `${name}#${i}`, folder, value: item });
      });
    } else if (isRecordOf(value, version)) {
      out.push({ name, folder, value });
    }
  }
  return out;
}
