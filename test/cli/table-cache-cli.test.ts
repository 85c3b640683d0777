// On a platform whose ICU or CLDR data differ from the build's, the command
// line builds its text tables from `Intl` and caches them beside its code
// cache: the next run must read them instead of asking `Intl`, and report
// exactly what a run without the cache reports, on every thread. The
// platform is made "other" by changing the ICU version the copied checks
// were generated with.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { NO_CODE_CACHE_ENV, tableCachePathOf } from "../../src/cli/script.js";
import { MARKER_WORDS_ICU } from "../../src/text/generated/marker-words.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "news-schema-table-cache-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the command line installed as a package, its checks made for another ICU version. */
function install(name: string): { cli: string; cacheDir: string } {
  const dir = join(temp, name, "node_modules", "news-schema");
  cpSync(join(root, "dist", "cli.cjs"), join(dir, "dist", "cli.cjs"));
  cpSync(join(root, "dist", "cli"), join(dir, "dist", "cli"), { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  // The checks' script and the chunk `summary` describes records with each hold the version once,
  // or this test would run on the build's tables and prove nothing.
  const version = JSON.stringify(MARKER_WORDS_ICU);
  const holders = readdirSync(join(dir, "dist", "cli")).filter((file) =>
    readFileSync(join(dir, "dist", "cli", file), "utf8").includes(version),
  );
  expect(holders).toContain("validate.cjs");
  expect(holders).toHaveLength(2);
  for (const file of holders) {
    const path = join(dir, "dist", "cli", file);
    const text = readFileSync(path, "utf8");
    expect(text.split(version)).toHaveLength(2);
    writeFileSync(path, text.replace(version, JSON.stringify(`${MARKER_WORDS_ICU}-other`)));
  }
  return { cli: join(dir, "dist", "cli.cjs"), cacheDir: join(temp, name, "node_modules", ".cache", "news-schema") };
}

// Records in languages and regions the build's tables do not hold either (de-CH, fr-CH, es-CO, en-IE).
const lines = [
  "de-ch-seeland-grippewelle",
  "fr-ch-montbrillant-horlogerie",
  "es-co-san-rafael-deslizamiento",
  "en-ie-ballykeel-port-strike",
].map((name) =>
  JSON.stringify(JSON.parse(readFileSync(join(root, "test/fixtures/grounding", `${name}.json`), "utf8"))),
);
const records = join(temp, "records.jsonl");
writeFileSync(records, `${lines.join("\n")}\n`);
const many = join(temp, "many.jsonl");
writeFileSync(many, `${Array.from({ length: 60 }, () => lines.join("\n")).join("\n")}\n`);
const mixed = join(root, "test/fixtures/cli/mixed.jsonl");

// Loaded with `--require`: counts the `Intl.NumberFormat` formatters a run makes, into the file COUNT_FILE names.
const counter = join(temp, "count-formatters.cjs");
writeFileSync(
  counter,
  `const original = Intl.NumberFormat;
let made = 0;
Intl.NumberFormat = new Proxy(original, {
  construct(target, args, newTarget) { made++; return Reflect.construct(target, args, newTarget); },
  apply(target, self, args) { made++; return Reflect.apply(target, self, args); },
});
process.on("exit", () => require("node:fs").writeFileSync(process.env.COUNT_FILE, String(made)));
`,
);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Formatters made on the main thread. */
  formatters: number;
}

function run(cli: string, args: readonly string[], cache: boolean): Run {
  const countFile = join(temp, "count.txt");
  writeFileSync(countFile, "");
  const env = { ...process.env, [NO_CODE_CACHE_ENV]: cache ? "" : "1", COUNT_FILE: countFile };
  const { status, stdout, stderr } = spawnSync(process.execPath, ["--require", counter, cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env,
  });
  return { status, stdout, stderr, formatters: Number(readFileSync(countFile, "utf8")) };
}

function files(dir: string): string[] {
  try {
    return readdirSync(dir).filter((file) => file.startsWith("text-tables."));
  } catch {
    return [];
  }
}

const report = ({ status, stdout, stderr }: Run): unknown => ({ status, stdout, stderr });

describe("the command line's cache of text tables, on another platform", () => {
  const tablesFile = basename(tableCachePathOf(temp, process.versions) ?? "");

  it("is written by a first run and read by the next, which asks Intl for nothing", () => {
    const { cli, cacheDir } = install("first");
    const first = run(cli, ["validate", "--format", "json", records], true);
    expect(first.status).toBe(0);
    expect(first.formatters).toBeGreaterThan(100);
    expect(files(cacheDir)).toEqual([tablesFile]);
    const written = statSync(join(cacheDir, tablesFile));

    const second = run(cli, ["validate", "--format", "json", records], true);
    expect(report(second)).toEqual(report(first));
    expect(second.formatters).toBe(0);
    // `summary` describes records in modules of its own, which read the cache too (the few formatters left write its numbers).
    const summaries = [run(cli, ["summary", records], true), run(cli, ["summary", records], false)];
    expect(report(summaries[0] ?? first)).toEqual(report(summaries[1] ?? first));
    expect(summaries[0]?.formatters).toBeLessThan(10);
    expect(summaries[1]?.formatters).toBeGreaterThan(100);
    // It built nothing, so it rewrote nothing.
    const after = statSync(join(cacheDir, tablesFile));
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  });

  it("reports the same without the cache, with a broken one and on worker threads", () => {
    const { cli, cacheDir } = install("same");
    const commands = [
      ["validate", "--format", "json", records, mixed],
      ["validate", records, mixed],
      ["summary", records],
    ];
    const without = commands.map((args) => run(cli, args, false));
    expect(files(cacheDir)).toEqual([]);
    expect(without.map(({ status }) => status)).toEqual([1, 1, 0]);
    expect(commands.map((args) => report(run(cli, args, true)))).toEqual(without.map(report));
    expect(commands.map((args) => report(run(cli, args, true)))).toEqual(without.map(report));

    const cacheFile = join(cacheDir, tablesFile);
    writeFileSync(cacheFile, "{");
    const broken = run(cli, commands[0] ?? [], true);
    expect(report(broken)).toEqual(report(without[0] ?? broken));
    expect(broken.formatters).toBeGreaterThan(100);
    expect(() => JSON.parse(readFileSync(cacheFile, "utf8"))).not.toThrow();

    const one = run(cli, ["validate", "--jobs", "1", "--format", "json", many, mixed], false);
    expect(one.status).toBe(1);
    expect(report(run(cli, ["validate", "--jobs", "3", "--format", "json", many, mixed], true))).toEqual(report(one));
  });
});
