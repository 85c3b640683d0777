// Runs the demo as a newcomer does after `npm run build` (which `npm test`
// does first): it imports the built package by its own name.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { records, belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { summarizeRecord } from "../../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("npm run demo", () => {
  it("prints each record's status and summary, with 100% grounding for the seed", () => {
    const output = execFileSync(process.execPath, [join(root, "scripts", "demo.mjs")], { cwd: root, encoding: "utf8" });
    expect(output).toContain(`${seed.article.id}: valid`);
    for (const line of summarizeRecord(seed).split("\n")) expect(output).toContain(`  ${line}\n`);
    expect(output).toContain("Grounding: 100%");
    expect(output.trimEnd().split("\n").at(-1)).toBe(
      `${records.length} record${records.length === 1 ? "" : "s"} checked: ${records.length} valid, 0 invalid.`,
    );
  });
});
