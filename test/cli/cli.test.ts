import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { recordJsonSchema } from "../../src/interop/json-schema.js";

// These tests run the built bin (`npm test` builds first), as a user would.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const fixtures = "test/fixtures/cli";
const seedLine = JSON.stringify(JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8")));
const temp = mkdtempSync(join(tmpdir(), "news-schema-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(
  args: readonly string[],
  input?: string | Buffer,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The `FILE:LINE` heads of the invalid records reported, in order. */
function reported(stdout: string): string[] {
  return [...stdout.matchAll(/^(\S+:\d+(?: \[\d+\])?): invalid/gm)].map((match) => match[1] ?? "");
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("news-schema validate", () => {
  it("exits 0 on the dataset", () => {
    const { status, stdout } = run(["validate", "data/belarus-lithuania-border.json"]);
    expect(stdout).toBe("1 file, 1 record: 1 valid, 0 invalid\n");
    expect(status).toBe(0);
  });

  it("reports each bad line of a mixed file by number and counts every good line valid", () => {
    const { status, stdout } = run(["validate", `${fixtures}/mixed.jsonl`]);
    expect(reported(stdout)).toEqual([
      `${fixtures}/mixed.jsonl:2`,
      `${fixtures}/mixed.jsonl:4`,
      `${fixtures}/mixed.jsonl:7`,
      `${fixtures}/mixed.jsonl:8`,
    ]);
    expect(stdout).toMatch(/^ {2}\(root\) {2}invalid_json {2}The line is not JSON/m);
    expect(stdout).toMatch(
      /^ {2}quotes\[0\]\.speaker\.actor {2}unresolved_reference {2}Nothing in the record has the id "nobody"; expected an actor\./m,
    );
    expect(stdout).toMatch(/^ {2}actors {2}missing_field/m);
    expect(stdout).toContain("1 file, 7 records: 3 valid, 4 invalid\n");
    expect(stdout).toMatch(/invalid_json +2\n/);
    expect(status).toBe(1);
  });

  it("reads a UTF-8 byte order mark, CRLF line ends, blank lines and a last line without a newline", () => {
    const { status, stdout } = run(["validate", `${fixtures}/bom-crlf.jsonl`]);
    expect(stdout).toBe("1 file, 3 records: 3 valid, 0 invalid\n");
    expect(status).toBe(0);
  });

  it("checks grounding unless told not to", () => {
    const grounded = run(["validate", `${fixtures}/grounding.jsonl`]);
    expect(reported(grounded.stdout)).toEqual([`${fixtures}/grounding.jsonl:1`]);
    expect(grounded.stdout).toContain("quote_mismatch");
    expect(grounded.status).toBe(1);
    const skipped = run(["validate", "--no-grounding", `${fixtures}/grounding.jsonl`]);
    expect(skipped.stdout).toBe("1 file, 1 record: 1 valid, 0 invalid\n");
    expect(skipped.status).toBe(0);
  });

  it("reports a record of a .json array by line and index", () => {
    const { status, stdout } = run(["validate", `${fixtures}/records.json`]);
    expect(reported(stdout)).toEqual([`${fixtures}/records.json:1237 [1]`]);
    expect(stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
    expect(status).toBe(1);
  });

  it("keeps the good records of a .json array with a broken element", () => {
    const { status, stdout } = run(["validate", `${fixtures}/broken-array.json`]);
    expect(reported(stdout)).toEqual([`${fixtures}/broken-array.json:3 [1]`]);
    expect(stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
    expect(status).toBe(1);
  });

  it("reports a .json array that is not closed, or that text follows, and keeps its records", () => {
    const open = join(temp, "open.json");
    writeFileSync(open, `[\n${seedLine},\n${seedLine}\n`);
    const unclosed = run(["validate", open]);
    expect(reported(unclosed.stdout)).toEqual([`${open}:4 [2]`]);
    expect(unclosed.stdout).toContain("The array is not closed");
    expect(unclosed.stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
    expect(unclosed.status).toBe(1);
    const trailing = join(temp, "trailing.json");
    writeFileSync(trailing, `[${seedLine}]\n\n{}\n`);
    const after = run(["validate", trailing]);
    expect(reported(after.stdout)).toEqual([`${trailing}:3 [1]`]);
    expect(after.stdout).toContain("The file goes on after the array's closing ']'");
    expect(after.status).toBe(1);
  });

  it("skips a line longer than --max-line-bytes and goes on", () => {
    const file = join(temp, "long.jsonl");
    writeFileSync(file, `${seedLine}\n{"pad":"${"x".repeat(100_000)}"}\n${seedLine}\n`);
    const { status, stdout } = run(["validate", "--max-line-bytes", "64K", file]);
    expect(reported(stdout)).toEqual([`${file}:2`]);
    expect(stdout).toMatch(/line_too_long {2}The line is 100010 bytes long, over the limit of 65536/);
    expect(stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
    expect(status).toBe(1);
  });

  it("skips a line over the default limit of 16 MiB, with no newline at its end", () => {
    const file = join(temp, "huge.jsonl");
    writeFileSync(file, `${seedLine}\r\n${"y".repeat(17 * 1024 * 1024)}`);
    const { status, stdout } = run(["validate", file]);
    expect(reported(stdout)).toEqual([`${file}:2`]);
    expect(stdout).toContain("over the limit of 16777216");
    expect(stdout).toContain("1 file, 2 records: 1 valid, 1 invalid\n");
    expect(status).toBe(1);
  });

  it("reports a line that is not UTF-8", () => {
    const file = join(temp, "latin1.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from(`${seedLine}\n{"a":"`), Buffer.from([0xe9]), Buffer.from(`"}\n`)]));
    const { status, stdout } = run(["validate", file]);
    expect(reported(stdout)).toEqual([`${file}:2`]);
    expect(stdout).toContain("invalid_utf8");
    expect(status).toBe(1);
  });

  it("reads JSON Lines from standard input, with no FILE or with -", () => {
    const input = `${seedLine}\nnull\n${seedLine}`;
    for (const args of [["validate"], ["validate", "-"]]) {
      const { status, stdout } = run(args, input);
      expect(reported(stdout)).toEqual(["<stdin>:2"]);
      expect(stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
      expect(status).toBe(1);
    }
  });

  it("reports a missing file and a directory, checks the other files, and exits 2", () => {
    const { status, stdout, stderr } = run(["validate", "no/such/file.jsonl", `${fixtures}/valid.jsonl`, fixtures]);
    expect(stderr).toContain("no/such/file.jsonl: file_unreadable  Cannot read the file: no such file.");
    expect(stderr).toContain(`${fixtures}: file_unreadable`);
    expect(stdout).toContain("3 files, 3 records: 3 valid, 0 invalid, 2 files not read\n");
    expect(status).toBe(2);
  });

  it("refuses a .json file over --max-json-bytes, pointing to JSON Lines", () => {
    const { status, stderr } = run(["validate", "--max-json-bytes", "1000", `${fixtures}/records.json`]);
    expect(stderr).toMatch(/file_too_large .*write it as JSON Lines/);
    expect(status).toBe(2);
  });

  it("writes one JSON object per line with --format json", () => {
    const { status, stdout } = run(["validate", "--format", "json", `${fixtures}/mixed.jsonl`, "missing.json"]);
    const objects = jsonLines(stdout);
    expect(objects.map((o) => [o.type, o.line])).toEqual([
      ["invalid", 2],
      ["invalid", 4],
      ["invalid", 7],
      ["invalid", 8],
      ["file_error", undefined],
      ["summary", undefined],
    ]);
    expect(objects[1]).toMatchObject({
      file: `${fixtures}/mixed.jsonl`,
      id: "bad-reference",
      issues: [
        {
          path: "quotes[0].speaker.actor",
          segments: ["quotes", 0, "speaker", "actor"],
          code: "unresolved_reference",
          stage: "integrity",
        },
      ],
    });
    expect(objects[5]).toEqual({
      type: "summary",
      files: 2,
      fileErrors: 1,
      records: 7,
      valid: 3,
      invalid: 4,
      issuesByCode: { file_unreadable: 1, invalid_json: 2, missing_field: 1, unresolved_reference: 1 },
      issuesNotShown: 0,
      exitCode: 2,
    });
    expect(status).toBe(2);
  });

  it("prints only the summary with --quiet", () => {
    const { status, stdout, stderr } = run(["validate", "--quiet", `${fixtures}/mixed.jsonl`]);
    expect(stdout).toBe(
      "1 file, 7 records: 3 valid, 4 invalid\nissues by code:\n  invalid_json          2\n  missing_field         1\n  unresolved_reference  1\n",
    );
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });

  it("shows no progress when standard error is not a terminal", () => {
    const { stderr } = run(["validate", `${fixtures}/valid.jsonl`]);
    expect(stderr).toBe("");
  });
});

describe("news-schema", () => {
  it("prints its help with --help and exits 0", () => {
    const { status, stdout } = run(["--help"]);
    expect(stdout).toMatch(/^Usage: news-schema <command>/);
    expect(stdout).toContain("--no-grounding");
    expect(status).toBe(0);
  });

  it("prints the package version with --version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const { status, stdout } = run(["--version"]);
    expect(stdout).toBe(`${version}\n`);
    expect(status).toBe(0);
  });

  it("exits 2 on a usage error", () => {
    for (const args of [
      [],
      ["check"],
      ["validate", "--bogus"],
      ["validate", "--format", "xml"],
      ["validate", "--max-line-bytes", "lots"],
    ]) {
      const { status, stderr } = run(args);
      expect(stderr, args.join(" ")).toMatch(/^news-schema: .+\nRun "news-schema --help" for usage\.\n$/);
      expect(status, args.join(" ")).toBe(2);
    }
  });

  it("prints the JSON Schema with `schema`", () => {
    const { status, stdout } = run(["schema"]);
    expect(JSON.parse(stdout)).toEqual(recordJsonSchema());
    expect(status).toBe(0);
  });

  it("prints a summary of each record with `summary`, and the status of each invalid one", () => {
    const { status, stdout } = run(["summary", `${fixtures}/mixed.jsonl`]);
    const lines = stdout.trim().split("\n");
    expect(lines.slice(0, 6)).toEqual([
      `${fixtures}/mixed.jsonl:1  good-1  valid`,
      "  Untitled article of August 5, 2021: “Belarus plans to close parts of the country’s border with Lithuania in…”",
      "  Main event: Belarus announces it will close parts of its border with Lithuania, to stop migrants who crossed into Lithuania from being sent back (status: announced; date: August 5, 2021).",
      "  It names 15 actors and reports 13 events, 4 quotes, and 6 statistics.",
      "  Grounding: 100% (38 of 38 facts grounded; 79 of 79 spans hold).",
      `${fixtures}/mixed.jsonl:2  (unreadable)  invalid (invalid_json)`,
    ]);
    expect(lines).toContain(`${fixtures}/mixed.jsonl:7  missing-actors  invalid (1 issue; run validate for them)`);
    expect(lines.filter((line) => line.endsWith("  valid"))).toHaveLength(3);
    expect(stdout).toContain("1 file, 7 records: 3 valid, 4 invalid\n");
    expect(status).toBe(1);
  });

  it("writes summaries in the locale of --locale, each article's language by default, and refuses a bad tag", () => {
    const german = run(["summary", "--locale", "de_DE", "data/belarus-lithuania-border.json"]);
    expect(german.stdout).toContain(
      "  Der Datensatz nennt 15 Akteure und enthält 19 Ereignisse, 4 Zitate und 7 Statistiken.\n",
    );
    expect(german.stdout).toContain("  Artikel ohne Überschrift vom 5. August 2021: „Belarus plans");
    expect(german.status).toBe(0);
    const french = run(["summary", "test/fixtures/records/out-fr-plant-closure.json"]);
    expect(french.stdout).toContain(
      "  La fiche nomme 8 acteurs et rapporte 5 événements, 6 citations et 6 statistiques.\n",
    );
    const bad = run(["summary", "--locale", "no such tag!", "data/belarus-lithuania-border.json"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      '--locale expects a BCP 47 language tag such as "en", "de-DE" or "fr", not "no such tag!".',
    );
  });

  it("reports the empty element after a trailing comma in a .json array, and keeps the good one", () => {
    const file = join(temp, "trailing-comma.json");
    writeFileSync(file, `[${seedLine},]`);
    const { status, stdout } = run(["validate", file]);
    expect(status).toBe(1);
    expect(stdout).toContain("invalid_json");
    expect(stdout).toContain("1 file, 2 records: 1 valid, 1 invalid");
  });
});

describe("news-schema summary on a record with more issues than the cap", () => {
  it("counts every issue, not only the ones listed", () => {
    const dir = mkdtempSync(join(tmpdir(), "news-schema-summary-"));
    const record: Record<string, unknown> = { schemaVersion: "1.0" };
    for (let i = 0; i < 250; i++) record[`unknown${i}`] = i;
    const file = join(dir, "many.jsonl");
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    const { stdout } = run(["summary", file]);
    // 250 unknown fields and the 5 missing required fields.
    expect(stdout).toContain("invalid (255 issues; run validate for them)");
    rmSync(dir, { recursive: true, force: true });
  });
});
