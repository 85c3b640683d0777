// `validate --jobs N` checks records on worker threads; what it prints, and
// its exit code, must be those of one thread, byte for byte.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const fixtures = "test/fixtures/cli";
const temp = mkdtempSync(join(tmpdir(), "news-schema-jobs-"));
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

/**
 * A file of many records, valid and invalid mixed, with lines that are not
 * JSON and blank lines: enough records that several batches are in flight
 * on every worker at once, so that an answer out of order would show.
 */
function mixedFile(): string {
  const seed = JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8")) as {
    article: { id: string };
    quotes: { speaker: unknown }[];
  };
  const valid = readFileSync(join(root, fixtures, "valid.jsonl"), "utf8")
    .trim()
    .split("\n");
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const record = structuredClone(seed);
    record.article.id = `seed-${i}`;
    if (i % 7 === 3) {
      const first = record.quotes[0];
      if (first !== undefined) first.speaker = { kind: "actor", actor: `nobody-${i}` };
    }
    if (i % 11 === 5) lines.push(`{"broken": ${i}`);
    if (i % 13 === 0) lines.push("");
    lines.push(i % 5 === 0 ? (valid[i % valid.length] ?? "") : JSON.stringify(record));
  }
  const path = join(temp, "mixed-many.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("validate --jobs", () => {
  const many = mixedFile();
  const inputs = [
    [`${fixtures}/mixed.jsonl`, `${fixtures}/records.json`, `${fixtures}/broken-array.json`],
    [`${fixtures}/valid.jsonl`, `${fixtures}/bom-crlf.jsonl`, `${fixtures}/grounding.jsonl`],
    [many, `${fixtures}/no-such-file.jsonl`, many],
  ];

  for (const files of inputs) {
    for (const format of [[], ["--format", "json"], ["--quiet"], ["--no-grounding"]]) {
      it(`prints the same bytes and exits the same on 1, 2 and 3 threads: ${[...format, ...files.map((f) => f.split("/").pop())].join(" ")}`, () => {
        const one = run(["validate", ...format, "--jobs", "1", ...files]);
        expect(one.stdout.length).toBeGreaterThan(0);
        for (const jobs of files.includes(many) && format.length === 0 ? ["2", "3"] : ["2"]) {
          const many = run(["validate", ...format, "--jobs", jobs, ...files]);
          expect(many.stdout).toBe(one.stdout);
          expect(many.stderr).toBe(one.stderr);
          expect(many.status).toBe(one.status);
        }
      });
    }
  }

  it("reads standard input on worker threads too", () => {
    const input = readFileSync(join(root, fixtures, "mixed.jsonl"), "utf8");
    const one = run(["validate", "--jobs", "1"], input);
    const two = run(["validate", "--jobs", "2"], input);
    expect(one.status).toBe(1);
    expect(two).toEqual(one);
  });

  it("uses worker threads by default, and the report does not change", () => {
    const files = [many, `${fixtures}/mixed.jsonl`];
    expect(run(["validate", ...files])).toEqual(run(["validate", "--jobs", "1", ...files]));
  });

  it("refuses a count that is not a whole number from 1 to 256, and goes with validate only", () => {
    for (const bad of ["0", "-1", "1.5", "two", "257"]) {
      const result = run(["validate", `--jobs=${bad}`, `${fixtures}/valid.jsonl`]);
      expect(result.status, bad).toBe(2);
      expect(result.stderr).toContain("--jobs expects a whole number from 1 to 256");
    }
    const summary = run(["summary", "--jobs", "2", `${fixtures}/valid.jsonl`]);
    expect(summary.status).toBe(2);
    expect(summary.stderr).toContain("--jobs goes with validate only");
    expect(run(["--help"]).stdout).toContain("--jobs N");
  });
});
