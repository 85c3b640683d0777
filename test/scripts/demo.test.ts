// Runs the demo as a newcomer does after `npm run build` (which `npm test`
// does first): it imports the built package by its own name.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { records, belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { summarizeRecord } from "../../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("npm run demo", () => {
  it("prints each record's status and summary, with 100% grounding for the seed, then writes the seed's view", () => {
    const output = execFileSync(process.execPath, [join(root, "scripts", "demo.mjs")], { cwd: root, encoding: "utf8" });
    expect(output).toContain(`${seed.article.id}: valid`);
    for (const line of summarizeRecord(seed).split("\n")) expect(output).toContain(`  ${line}\n`);
    expect(output).toContain("Grounding: 100%");
    const lines = output.trimEnd().split("\n");
    expect(lines.at(-3)).toBe(
      `${records.length} record${records.length === 1 ? "" : "s"} checked: ${records.length} valid, 0 invalid.`,
    );
    // It ends by writing the seed record's view and printing where.
    const page = /^The seed record's view \(open it in a browser\): (.+\.html)$/.exec(lines.at(-1) ?? "")?.[1];
    expect(page, lines.at(-1)).toBeDefined();
    const html = readFileSync(page ?? "", "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`<code>${seed.article.id}</code>`);
  });
});
