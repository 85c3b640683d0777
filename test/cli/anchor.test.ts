import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Runs the built bin (`npm test` builds first), as a user would.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const seed = JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8"));
const temp = mkdtempSync(join(tmpdir(), "news-schema-anchor-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(args: readonly string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The seed record with every span given by its words, and an occurrence
 * where they stand more than once; a span's other fields (a mention's
 * `form`) are kept.
 */
function seedDraft(): Json {
  const body: string = seed.article.body;
  const strip = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== "object") return node;
    if (typeof node.start === "number" && typeof node.end === "number") {
      const { start, end: _end, exact: _exact, ...rest } = node;
      const exact = body.slice(start, node.end);
      const starts: number[] = [];
      for (let at = body.indexOf(exact); at !== -1; at = body.indexOf(exact, at + 1)) starts.push(at);
      return starts.length === 1 ? { ...rest, exact } : { ...rest, exact, occurrence: starts.indexOf(start) + 1 };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
  };
  return strip(seed);
}

/** A draft whose first mention is ambiguous (no occurrence), and whose first event span is loose. */
function brokenDraft(): Json {
  const draft = seedDraft() as { actors: { mentions: Json[] }[] };
  const first = draft.actors[0];
  if (first === undefined) throw new Error("the seed has actors");
  first.mentions[0] = { exact: first.mentions[0] === undefined ? "" : (first.mentions[0] as { exact: string }).exact };
  return draft as unknown as Json;
}

describe("news-schema anchor", () => {
  it("writes each anchored record to standard output and the summary to standard error", () => {
    const input = `${JSON.stringify(seedDraft())}\n${JSON.stringify(seedDraft())}\n`;
    const result = run(["anchor"], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toEqual(seed);
    expect(result.stderr).toBe("1 file, 2 drafts: 2 anchored, 0 not anchored, 0 loose matches\n");
  });

  it("reports a draft it cannot anchor with its place, path, code and candidates, keeps going, and exits 1", () => {
    const path = join(temp, "drafts.jsonl");
    writeFileSync(path, `${JSON.stringify(brokenDraft())}\nnot json\n${JSON.stringify(seedDraft())}\n`);
    const text = run(["anchor", path]);
    expect(text.status).toBe(1);
    expect(
      text.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([seed]);
    expect(text.stderr).toContain(
      `${path}:1: not anchored\n  actors[0].mentions[0]  quote_ambiguous  The words "Belarus"`,
    );
    expect(text.stderr).toContain(`${path}:2: not anchored\n  (root)  invalid_json`);
    expect(text.stderr).toMatch(/3 drafts: 1 anchored, 2 not anchored/);

    const json = run(["anchor", "--format", "json", path]);
    expect(json.status).toBe(1);
    const reports = json.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(reports.map((r) => r.type)).toEqual(["invalid", "invalid", "summary"]);
    const [first] = reports;
    const [issue] = (first?.issues ?? []) as Record<string, unknown>[];
    expect(issue).toMatchObject({ path: "actors[0].mentions[0]", code: "quote_ambiguous", stage: "anchor" });
    expect(issue?.candidateCount).toBeGreaterThan(1);
    expect(reports[2]).toMatchObject({ type: "summary", records: 3, valid: 1, invalid: 2, exitCode: 1 });
  });

  it("reports a loose match as a warning and still writes the record", () => {
    const draft = seedDraft() as { article: { body: string }; events: { spans: { exact: string }[] }[] };
    const span = draft.events[0]?.spans[0];
    if (span === undefined) throw new Error("the seed's first event has a span");
    span.exact = ` ${span.exact.toUpperCase()} `;
    const result = run(["anchor", "--format", "json"], `${JSON.stringify(draft)}\n`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(seed);
    const [report] = result.stderr.split("\n").map((line) => (line === "" ? {} : JSON.parse(line)));
    expect(report).toMatchObject({
      type: "anchored",
      warnings: [{ code: "quote_loose", foldings: ["white space", "case"] }],
    });
  });

  it("anchors a draft of format 1.1 whose quotes stand in the headline, dateline and a correction note", () => {
    const record = JSON.parse(
      readFileSync(join(root, "test/fixtures/records/v11-de-koeln-bruecke-streik.json"), "utf8"),
    ) as { [key: string]: Json };
    const article = record.article as { [key: string]: Json };
    const textOf = (span: { [key: string]: Json }): string => {
      if (span.part === "correction") {
        const notes = (article.corrections ?? []) as { id: string; text: string }[];
        return notes.find((note) => note.id === span.correction)?.text ?? "";
      }
      return String(article[typeof span.part === "string" ? span.part : "body"]);
    };
    let parts = 0;
    const strip = (node: Json): Json => {
      if (Array.isArray(node)) return node.map(strip);
      if (node === null || typeof node !== "object") return node;
      if (typeof node.start === "number" && typeof node.end === "number") {
        const { start, end, exact: _exact, ...rest } = node;
        if (rest.part !== undefined) parts++;
        const text = textOf(node);
        const exact = text.slice(start, end);
        const starts: number[] = [];
        for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
        return { ...rest, exact, ...(starts.length > 1 ? { occurrence: starts.indexOf(start) + 1 } : {}) };
      }
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
    };
    const draft = strip(record);
    expect(parts).toBeGreaterThan(0);
    const result = run(["anchor"], `${JSON.stringify(draft)}\n`);
    expect(result.stderr).toBe("1 file, 1 draft: 1 anchored, 0 not anchored, 0 loose matches\n");
    expect(JSON.parse(result.stdout)).toEqual(record);
  });

  it("exits 2 on a file it cannot read", () => {
    const result = run(["anchor", join(temp, "missing.jsonl")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("file_unreadable");
  });
});
