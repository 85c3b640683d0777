// The guide's example of sharding a corpus over processes and merging their
// summaries, run as a user would copy it: the merged summary must equal the
// summary of one run over every file.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const temp = mkdtempSync(join(tmpdir(), "news-schema-shards-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The first `sh` block of the guide's section on sharding. */
function example(): string {
  const guide = readFileSync(join(root, "docs/validating.md"), "utf8");
  const section = guide.slice(guide.indexOf("## Every core, and past one machine"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("the guide's sharding section has no sh block");
  return block;
}

describe("the guide's sharding example", () => {
  it("merges the shards' summaries into the summary of one run over every file", () => {
    const shards = join(temp, "shards");
    mkdirSync(shards);
    for (const file of ["mixed.jsonl", "valid.jsonl", "grounding.jsonl", "bom-crlf.jsonl"]) {
      copyFileSync(join(root, "test/fixtures/cli", file), join(shards, file));
    }
    const script = example();
    expect(script).toContain("xargs -P");
    const local = script.replaceAll("npx news-schema", `"${process.execPath}" "${cli}"`);
    const merged = spawnSync("sh", ["-c", local], { cwd: temp, encoding: "utf8" });
    expect(merged.stderr).toBe("");
    const files = ["bom-crlf.jsonl", "grounding.jsonl", "mixed.jsonl", "valid.jsonl"].map((f) => join(shards, f));
    const whole = spawnSync(process.execPath, [cli, "validate", "--quiet", "--format", "json", ...files], {
      encoding: "utf8",
    });
    const one = JSON.parse(whole.stdout.trim()) as Record<string, unknown>;
    expect(one.invalid).toBeGreaterThan(0);
    expect(JSON.parse(merged.stdout.trim())).toEqual(one);
    expect(merged.stdout.trim()).toBe(whole.stdout.trim());
  });
});
