// The command line compiles its checks (dist/cli/validate.cjs) with a V8
// code cache that it writes after its first run, in node_modules/.cache/: the report, the
// exit code and the order must be the same with the cache, without it and
// while writing it, on the main thread and on worker threads.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { NO_CODE_CACHE_ENV } from "../../src/cli/script.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "news-schema-code-cache-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A copy of the command line installed as a package, so that no other test's run has written its cache.
const install = join(temp, "node_modules", "news-schema");
cpSync(join(root, "dist", "cli.cjs"), join(install, "dist", "cli.cjs"));
cpSync(join(root, "dist", "cli"), join(install, "dist", "cli"), { recursive: true });
writeFileSync(join(install, "package.json"), '{ "type": "module" }\n');
const cli = join(install, "dist", "cli.cjs");
const cacheDir = join(temp, "node_modules", ".cache", "news-schema");

const mixed = join(root, "test/fixtures/cli/mixed.jsonl");
const record = JSON.stringify(JSON.parse(readFileSync(join(root, "data/belarus-lithuania-border.json"), "utf8")));
const many = join(temp, "many.jsonl");
writeFileSync(many, `${record}\n`.repeat(150));

function run(args: readonly string[], cache: boolean): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, [NO_CODE_CACHE_ENV]: cache ? "" : "1" };
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", env });
  return { status, stdout, stderr };
}

function caches(): string[] {
  try {
    return readdirSync(cacheDir);
  } catch {
    return [];
  }
}

describe("the checks' code cache", () => {
  it("writes no cache when turned off, nor for a run that loads no check", () => {
    run(["validate", mixed], false);
    run(["--version"], true);
    run(["validate", join(temp, "missing.jsonl")], false);
    expect(caches()).toEqual([]);
  });

  it("reports the same with the cache, without it and while writing it, and writes it once", () => {
    const commands = [
      ["validate", mixed],
      ["validate", "--format", "json", mixed],
      ["validate", "--no-grounding", mixed],
      ["summary", mixed],
    ];
    const without = commands.map((args) => run(args, false));
    expect(without.map(({ status }) => status)).toEqual([1, 1, 1, 1]);

    const writing = commands.map((args) => run(args, true));
    expect(writing).toEqual(without);
    expect(caches()).toEqual([`validate.cjs.${process.version}-${process.arch}.cache`]);
    expect(readdirSync(join(install, "dist", "cli")).filter((file) => !file.endsWith(".js"))).toEqual(["validate.cjs"]);
    const written = statSync(join(cacheDir, caches()[0] ?? ""));

    expect(commands.map((args) => run(args, true))).toEqual(without);
    const after = statSync(join(cacheDir, caches()[0] ?? ""));
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  });

  it("gives worker threads the same checks", () => {
    const args = ["validate", "--format", "json", many, mixed];
    const one = run(["--jobs", "1", ...args], false);
    expect(one.status).toBe(1);
    expect(run(["--jobs", "3", ...args], true)).toEqual(one);
    expect(run(["--jobs", "3", ...args], false)).toEqual(one);
  });
});
