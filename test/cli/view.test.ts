// `news-schema view`, run as a user would, from the built bin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const temp = mkdtempSync(join(tmpdir(), "news-schema-view-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(args: readonly string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("news-schema view", () => {
  it("writes one record's view to --out and says where", () => {
    const out = join(temp, "seed.html");
    const result = run(["view", "data/belarus-lithuania-border.json", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 1 record, \\d+ characters\\n$`),
    );
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<span class="badge ok">valid</span>');
  });

  it("writes an index of many records, unreadable lines included, to standard output", () => {
    const result = run(["view", "test/fixtures/cli/mixed.jsonl"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+ records: \d+ valid, \d+ invalid/);
    expect(result.stdout).toContain('data-code="invalid_json"');
    expect(result.stdout).toContain("test/fixtures/cli/mixed.jsonl:1");
  });

  it("reads JSON Lines from standard input, and refuses --out with another command", () => {
    const line = JSON.stringify(JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8")));
    const result = run(["view"], `${line}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<span class="badge ok">valid</span>');
    const wrong = run(["validate", "--out", join(temp, "x.html"), "data/belarus-lithuania-border.json"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--out goes with view only.");
  });

  it("exits 2 when a file cannot be read", () => {
    const result = run(["view", join(temp, "missing.jsonl"), "--out", join(temp, "missing.html")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("file_unreadable");
  });
});
