// The annotation guide's worked examples of record format 1.1 are the invented
// records' own values: each JSON block under `<!-- fixture: FILE PATH [KEYS] -->`
// is the value at PATH of test/fixtures/records/FILE.json (a step into a list
// picks the item with that id), cut to KEYS when they are given.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/package.js";

const GUIDE = readFileSync(join(ROOT, "docs", "annotation-guide.md"), "utf8");
const BLOCKS = [...GUIDE.matchAll(/<!-- fixture: (\S+) (\S+)(?: (\S+))? -->\n```json\n([\s\S]*?)```/g)].map(
  ([, file = "", path = "", keys, json = ""]) => ({ file, path, keys, json }),
);

/** The value at a slash-separated path; a step into a list picks the item with that `id`. */
function valueAt(document: unknown, path: string): unknown {
  let node: unknown = document;
  for (const step of path.split("/")) {
    if (Array.isArray(node)) {
      node = node.find(
        (item: unknown) => typeof item === "object" && item !== null && "id" in item && item.id === step,
      );
    } else if (node !== null && typeof node === "object") {
      node = (node as Record<string, unknown>)[step];
    } else {
      return undefined;
    }
  }
  return node;
}

describe("the annotation guide's examples of format 1.1", () => {
  it("are many, from every invented record", () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BLOCKS.map((block) => block.file)).size).toBe(6);
  });

  it.each(BLOCKS)("$file $path $keys is what the record holds", ({ file, path, keys, json }) => {
    const record: unknown = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "records", `${file}.json`), "utf8"));
    const value = valueAt(record, path);
    expect(value).toBeDefined();
    const expected =
      keys === undefined
        ? value
        : Object.fromEntries(
            keys
              .split(",")
              .flatMap((key) =>
                value !== null && typeof value === "object" && key in value
                  ? [[key, (value as Record<string, unknown>)[key]]]
                  : [],
              ),
          );
    expect(JSON.parse(json)).toEqual(expected);
  });
});
