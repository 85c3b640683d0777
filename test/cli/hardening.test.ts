// The command line on hostile input: its exit code never claims success for
// records it did not read, its limits hold for any kind of file, and what it
// prints cannot drive the terminal.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { escapeControls } from "../../src/cli/escape.js";
import { FILE_ERROR_CODES, INPUT_ISSUE_CODES, INPUT_STAGE, ISSUE_CODES, VALIDATION_STAGES } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const seedLine = JSON.stringify(JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8")));
const temp = mkdtempSync(join(tmpdir(), "news-schema-cli-hard-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(args: readonly string[], input: string | Buffer = "") {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI through a shell pipeline and gives the CLI's own exit status. */
function piped(cliArgs: string, reader: string): number {
  const script = `set -o pipefail; "${process.execPath}" "${cli}" ${cliArgs} | ${reader} > /dev/null; echo "\${PIPESTATUS[0]}"`;
  const result = spawnSync("bash", ["-c", script], { cwd: temp, encoding: "utf8" });
  return Number(result.stdout.trim().split("\n").pop());
}

describe("the exit code when the output closes early", () => {
  const bad = join(temp, "bad.jsonl");
  writeFileSync(bad, "{}\n".repeat(5000));
  const good = join(temp, "good.jsonl");
  writeFileSync(good, `${seedLine}\n`.repeat(1000));

  it("is 1, not 0, for invalid records read through `| head -1`", () => {
    expect(piped(`validate "${bad}"`, "head -1")).toBe(1);
    expect(piped(`validate --format json "${bad}"`, "head -1")).toBe(1);
    expect(piped(`validate "${bad}"`, "grep -q invalid")).toBe(1);
  });

  it("is never 0 when the reader stops before the records were all read", () => {
    const status = piped(`summary "${good}"`, "head -1");
    // The full output of `summary` on 1,000 records is far larger than a pipe
    // buffer, so the reader that stopped after one line cut the run short.
    expect(status).toBe(3);
  });
});

describe("output that cannot be written", () => {
  // Standard output opened for reading only: every write to it fails (EBADF), on any system.
  it("ends the run with exit code 2 and says why, however the output is written", () => {
    const readOnly = join(temp, "read-only.txt");
    writeFileSync(readOnly, "");
    for (const args of [`validate "${join(root, "test/fixtures/cli/mixed.jsonl")}"`, "schema"]) {
      const script = `"${process.execPath}" "${cli}" ${args} 1< "${readOnly}"; echo "exit $?" >&2`;
      const result = spawnSync("bash", ["-c", script], { cwd: temp, encoding: "utf8" });
      expect(result.stderr.trim().split("\n").pop(), args).toBe("exit 2");
      expect(result.stderr, args).toMatch(/^news-schema: cannot write the output: EBADF/m);
    }
  });
});

describe("--max-json-bytes", () => {
  it("holds for a .json name that links to a device", () => {
    const link = join(temp, "zero.json");
    symlinkSync("/dev/zero", link);
    const { status, stdout } = run(["validate", "--format", "json", "--max-json-bytes", "1K", link]);
    expect(status).toBe(2);
    expect(JSON.parse(stdout.split("\n")[0] ?? "")).toMatchObject({ type: "file_error", code: "file_too_large" });
  });

  it("holds for a FIFO named .json", () => {
    const fifo = join(temp, "pipe.json");
    const made = spawnSync("mkfifo", [fifo]);
    expect(made.status).toBe(0);
    const script = `( head -c 100000 /dev/zero | tr '\\0' ' ' > "${fifo}" ) & "${process.execPath}" "${cli}" validate --max-json-bytes 1K "${fifo}"; code=$?; wait; echo "exit $code"`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(result.stdout).toContain("exit 2");
    expect(result.stderr).toContain("file_too_large");
  });
});

describe("a .json array with a broken element", () => {
  it("keeps the good records after an element whose braces do not balance", () => {
    const file = join(temp, "unbalanced.json");
    writeFileSync(file, `[${seedLine},\n{"broken" ,\n${seedLine}]\n`);
    const { status, stdout } = run(["validate", file]);
    expect(stdout).toContain("1 file, 3 records: 2 valid, 1 invalid\n");
    expect(status).toBe(1);
  });

  it("keeps the good records after an element with an unterminated string", () => {
    const file = join(temp, "unterminated.json");
    writeFileSync(file, `[\n  ${seedLine},\n  {"broken: 1},\n  ${seedLine},\n  ${seedLine}\n]\n`);
    const { status, stdout } = run(["validate", file]);
    expect(stdout).toContain("1 file, 4 records: 3 valid, 1 invalid\n");
    expect(stdout).toMatch(/unterminated\.json:3 \[1\]: invalid/);
    expect(status).toBe(1);
  });

  it("does not split a record that is broken inside into records", () => {
    const file = join(temp, "inner.json");
    writeFileSync(file, `[\n{"a": 1,, "b": [{"x": 1}, {"y": 2}]},\n${seedLine}\n]\n`);
    const { stdout } = run(["validate", file]);
    expect(stdout).toContain("1 file, 2 records: 1 valid, 1 invalid\n");
  });
});

describe("text output", () => {
  it("escapes control characters from the input", () => {
    const forged = `{"\\u001b[2J":1,"x\\nline 99: valid":2,"\\u009b31m":3}`;
    const { stdout } = run(["validate", "-"], `${forged}\n`);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).not.toContain("\u009b");
    expect(stdout).not.toMatch(/^line 99: valid/m);
    expect(stdout).toContain("\\u001b[2J");
  });

  it("escapes each kind of control character", () => {
    expect(escapeControls("a\u0000b\u001bc\u007fd\u0085e\u202ef\u2028g")).toBe(
      "a\\u0000b\\u001bc\\u007fd\\u0085e\\u202ef\\u2028g",
    );
    expect(escapeControls("plain – text “quoted” 🇱🇹")).toBe("plain – text “quoted” 🇱🇹");
  });
});

describe("the per-record issue cap on the command line", () => {
  it('shows 100 issues, then "and N more", and counts them all in JSON', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `"k${i}":0`).join(",");
    const line = `${seedLine.slice(0, -1)},${keys}}\n`;
    const text = run(["validate", "-"], line);
    const issueLines = text.stdout.split("\n").filter((l) => l.startsWith("  k") || l.startsWith("  (root)"));
    expect(issueLines.length).toBeLessThanOrEqual(100);
    expect(text.stdout).toContain("… and 4900 more issues (5000 in all)");
    const json = run(["validate", "--format", "json", "-"], line);
    const invalid = JSON.parse(json.stdout.split("\n")[0] ?? "") as { issues: unknown[]; issueCount: number };
    expect(invalid.issues).toHaveLength(100);
    expect(invalid.issueCount).toBe(5000);
  });
});

describe("byte order marks, line ends and empty input", () => {
  it("reads a BOM only at the start of the input, and does not count it in line 1's length", () => {
    const bom = "\uFEFF";
    const first = run(
      ["validate", "--max-line-bytes", String(Buffer.byteLength(seedLine)), "-"],
      `${bom}${seedLine}\n`,
    );
    expect(first.stdout).toBe("1 file, 1 record: 1 valid, 0 invalid\n");
    const second = run(["validate", "-"], `${seedLine}\n${bom}\n${bom}${seedLine}\n`);
    expect(second.stdout).toContain("1 file, 3 records: 1 valid, 2 invalid\n");
    expect(second.stdout).toContain("byte order mark (U+FEFF), which is allowed only at the start of the input");
    const double = run(["validate", "-"], `${bom}${bom}${seedLine}\n`);
    expect(double.stdout).toContain("1 record: 0 valid, 1 invalid");
    const onlyBom = run(["validate", "-"], `${bom}\n${seedLine}\n`);
    expect(onlyBom.stdout).toBe("1 file, 1 record: 1 valid, 0 invalid\n");
  });

  it("explains a line ended by CR alone", () => {
    const { stdout } = run(["validate", "-"], `${seedLine}\r${seedLine}\r`);
    expect(stdout).toContain("carriage return (\\r) with no line feed after it");
  });

  it("reports an input with no record as a file error, exit 2", () => {
    const empty = join(temp, "empty.jsonl");
    writeFileSync(empty, "");
    const result = run(["validate", empty]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no_records");
    expect(run(["validate", "-"], "\n  \n").status).toBe(2);
    const emptyArray = join(temp, "none.json");
    writeFileSync(emptyArray, "[]");
    expect(run(["validate", emptyArray]).status).toBe(2);
  });
});

describe("usage messages and codes", () => {
  it("say a size is too large, not too small", () => {
    const { status, stderr } = run(["validate", "--max-line-bytes", "100000000000000000000", "-"]);
    expect(status).toBe(2);
    expect(stderr).toContain("must be at most");
    expect(stderr).not.toContain("at least");
    expect(run(["validate", "--max-line-bytes", "1e20", "-"]).stderr).toContain("whole number of bytes");
    expect(run(["validate", "--max-line-bytes", "0", "-"]).stderr).toContain("at least 1 byte");
  });

  it("use only codes and stages the package exports", () => {
    const lines = [`${seedLine}`, "{not json", `{"schemaVersion":"1.0"}`, "\u00e9"].join("\n");
    const { stdout } = run(["validate", "--format", "json", "-"], `${lines}\n`);
    const codes = new Set<string>([...ISSUE_CODES, ...INPUT_ISSUE_CODES]);
    const stages = new Set<string>([...VALIDATION_STAGES, INPUT_STAGE]);
    for (const line of stdout.trim().split("\n")) {
      const object = JSON.parse(line) as { type: string; issues?: { code: string; stage: string }[] };
      for (const issue of object.issues ?? []) {
        expect(codes.has(issue.code), issue.code).toBe(true);
        expect(stages.has(issue.stage), issue.stage).toBe(true);
      }
    }
    expect(FILE_ERROR_CODES).toEqual(["file_unreadable", "file_too_large", "no_records"]);
  });
});
