// A real consumer: the packed tarball installed with zod into a fresh
// project, then used from an ES module, a CommonJS module, TypeScript under
// node16 and bundler resolution, and the command line when there is one.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  binEntries,
  codeEntryPoints,
  dataFiles,
  type Manifest,
  packTarball,
  ROOT,
  readManifest,
  readManifestSync,
} from "../support/package.js";
import { explain, run } from "../support/process.js";

/** Read while the file is collected, so that the CLI's tests exist exactly when package.json has a `bin`. */
const commands = binEntries(readManifestSync()).map(([name]) => name);

let manifest: Manifest;
let project: string;

/** What the ES module and CommonJS scripts print about the dataset. */
const ReportSchema = z.strictObject({
  entryPoints: z.array(z.strictObject({ specifier: z.string(), exports: z.number() })),
  constants: z.array(z.strictObject({ id: z.string(), valid: z.boolean() })),
  files: z.array(z.strictObject({ file: z.string(), valid: z.boolean() })),
  broken: z.strictObject({ valid: z.boolean(), codes: z.array(z.string()) }),
});

beforeAll(async () => {
  manifest = await readManifest();
  const tarball = await packTarball();
  project = await mkdtemp(join(tmpdir(), "news-schema-consumer-"));
  await writeFile(
    join(project, "package.json"),
    `${JSON.stringify({ name: "news-schema-consumer", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  const zod = z
    .looseObject({ version: z.string() })
    .parse(JSON.parse(await readFile(join(ROOT, "node_modules", "zod", "package.json"), "utf8")));
  const install = await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball.path, `zod@${zod.version}`],
    { cwd: project },
  );
  if (install.code !== 0) throw new Error(explain("npm install", install));
}, 300_000);

describe("a project that installs the tarball", () => {
  it("imports every entry point from an ES module and validates the whole dataset", async () => {
    await writeFile(join(project, "check.mjs"), consumerScript("esm", manifest.name));
    await expectSoundReport("check.mjs");
  }, 60_000);

  it("requires every entry point from a CommonJS module and validates the whole dataset", async () => {
    await writeFile(join(project, "check.cjs"), consumerScript("cjs", manifest.name));
    await expectSoundReport("check.cjs");
  }, 60_000);

  it("type-checks a strict TypeScript consumer under node16 resolution, as ESM and as CommonJS", async () => {
    const source = await typedConsumer();
    await writeFile(join(project, "typed.mts"), source);
    await writeFile(join(project, "typed.cts"), source);
    await expectTypeCheck("node16", ["typed.mts", "typed.cts"]);
  }, 120_000);

  it("type-checks a strict TypeScript consumer under bundler resolution", async () => {
    await writeFile(join(project, "typed.ts"), await typedConsumer());
    await expectTypeCheck("bundler", ["typed.ts"]);
  }, 120_000);

  it("holds every file that a link of its README or of its guides points to", async () => {
    const installed = join(project, "node_modules", manifest.name);
    const documents = [
      "README.md",
      ...(await readdir(join(installed, "docs"))).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
    ];
    expect(documents).toEqual(expect.arrayContaining(["README.md", "docs/data-model.md", "docs/versioning.md"]));
    const links: string[] = [];
    const dead: string[] = [];
    for (const document of documents) {
      const text = await readFile(join(installed, document), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target === undefined || /^(?:[a-z]+:|#)/.test(target)) continue;
        const path = join(installed, dirname(document), decodeURIComponent(target.split("#")[0] ?? ""));
        links.push(`${document} → ${target}`);
        if (relative(installed, path).startsWith(`..${sep}`) || !existsSync(path)) dead.push(`${document} → ${target}`);
      }
    }
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(dead).toEqual([]);
  });

  it("compiles and runs every TypeScript example of its README, printing what the examples say", async () => {
    const installed = join(project, "node_modules", manifest.name);
    const readme = await readFile(join(installed, "README.md"), "utf8");
    const examples = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code]) => code ?? "");
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const files = examples.map((_, i) => `readme-${i + 1}.mts`);
    for (const [i, code] of examples.entries()) await writeFile(join(project, files[i] ?? ""), code);
    await expectTypeCheck("node16", files);
    for (const [i, code] of examples.entries()) {
      const script = join(project, `readme-${i + 1}.mjs`);
      const output = ts.transpileModule(code, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      await writeFile(script, output);
      const expected = [...code.matchAll(/console\.log\(.*\); \/\/ => (.*)$/gm)].map(([, value]) => value);
      expect(expected.length, `README example ${i + 1} says what it prints`).toBeGreaterThan(0);
      const result = await run(process.execPath, [script], { cwd: project });
      expect(result.code, explain(`README example ${i + 1}`, result)).toBe(0);
      expect(result.stdout.trim().split("\n"), `README example ${i + 1}`).toEqual(expected);
    }
  }, 120_000);

  for (const command of commands) {
    it(`runs npx ${command} validate on every dataset file of the installed package`, async () => {
      const installed = join(project, "node_modules", manifest.name, "data");
      for (const file of await dataFiles()) {
        const result = await run("npx", ["--no", command, "validate", join(installed, file)], { cwd: project });
        expect(result.code, explain(`npx ${command} validate ${file}`, result)).toBe(0);
      }
    }, 120_000);

    it(`exits 1 from npx ${command} validate on a broken record`, async () => {
      const [first] = await dataFiles();
      expect(first).toBeDefined();
      const record = z.looseObject({}).parse(JSON.parse(await readFile(join(ROOT, "data", first ?? ""), "utf8")));
      const { article: _article, ...broken } = record;
      await writeFile(join(project, "broken.json"), JSON.stringify(broken));
      const result = await run("npx", ["--no", command, "validate", "broken.json"], { cwd: project });
      expect(result.code, explain(`npx ${command} validate broken.json`, result)).toBe(1);
    }, 120_000);
  }
});

/** Runs a consumer script and checks what it reports about the dataset. */
async function expectSoundReport(script: string): Promise<void> {
  const result = await run(process.execPath, [script, JSON.stringify(codeEntryPoints(manifest))], { cwd: project });
  expect(result.code, explain(script, result)).toBe(0);
  const report = ReportSchema.parse(JSON.parse(result.stdout));
  expect(report.entryPoints.map((entry) => entry.specifier)).toEqual(codeEntryPoints(manifest));
  for (const entry of report.entryPoints) expect(entry.exports, entry.specifier).toBeGreaterThan(0);
  const files = await dataFiles();
  expect(report.constants).toHaveLength(files.length);
  expect(report.constants.filter((record) => !record.valid)).toEqual([]);
  expect(report.files.map((entry) => entry.file)).toEqual(files);
  expect(report.files.filter((entry) => !entry.valid)).toEqual([]);
  expect(report.broken).toEqual({ valid: false, codes: ["missing_field"] });
}

/**
 * A script that loads every entry point, validates the dataset's typed
 * constants and its JSON files from the installed package, and a copy of the
 * first record without its article; it prints a JSON report.
 */
function consumerScript(kind: "esm" | "cjs", name: string): string {
  const load =
    kind === "esm"
      ? `const load = (specifier) => import(specifier);\nconst require = createRequire(import.meta.url);`
      : `const load = async (specifier) => require(specifier);`;
  const imports =
    kind === "esm"
      ? `import { readdirSync, readFileSync } from "node:fs";\nimport { createRequire } from "node:module";\nimport { dirname, join } from "node:path";`
      : `const { readdirSync, readFileSync } = require("node:fs");\nconst { dirname, join } = require("node:path");`;
  return `${imports}
${load}
const main = async () => {
  const entryPoints = [];
  for (const specifier of JSON.parse(process.argv[2])) {
    entryPoints.push({ specifier, exports: Object.keys(await load(specifier)).length });
  }
  const { validateRecord } = await load(${JSON.stringify(name)});
  const { records } = await load(${JSON.stringify(`${name}/dataset`)});
  const constants = records.map((record) => ({ id: record.article.id, valid: validateRecord(record).success }));
  const data = join(dirname(require.resolve(${JSON.stringify(`${name}/package.json`)})), "data");
  const files = readdirSync(data).filter((file) => file.endsWith(".json")).sort().map((file) => ({
    file,
    valid: validateRecord(JSON.parse(readFileSync(join(data, file), "utf8"))).success,
  }));
  const { article, ...broken } = structuredClone(records[0]);
  const result = validateRecord(broken);
  const codes = result.success ? [] : result.issues.map((issue) => issue.code);
  console.log(JSON.stringify({ entryPoints, constants, files, broken: { valid: result.success, codes } }));
};
main().catch((error) => { console.error(error); process.exit(1); });
`;
}

/**
 * A strict TypeScript consumer: inferred types, the literal ids of the first
 * dataset record, and lines that must not compile.
 */
async function typedConsumer(): Promise<string> {
  const [file] = await dataFiles();
  if (file === undefined) throw new Error("data/ holds no record");
  const record = z
    .looseObject({
      article: z.looseObject({ id: z.string() }),
      actors: z.array(z.looseObject({ id: z.string() })).min(1),
    })
    .parse(JSON.parse(await readFile(join(ROOT, "data", file), "utf8")));
  const constant = basename(file, ".json").replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const actorId = JSON.stringify(record.actors[0]?.id);
  const name = manifest.name;
  return `import { type NewsEvent, NewsEventSchema, type NewsRecord, type Quote, type ValidationIssue, validateRecord } from ${JSON.stringify(name)};
import { ${constant}, type RecordId, records } from ${JSON.stringify(`${name}/dataset`)};

const result = validateRecord(JSON.parse(JSON.stringify(${constant})));
export const quotes: readonly Quote[] = result.success ? result.data.quotes : [];
export const issues: readonly ValidationIssue[] = result.success ? [] : result.issues;
export const record: NewsRecord | undefined = result.success ? result.data : undefined;
export const parsed: NewsEvent | undefined = NewsEventSchema.safeParse(null).data;

export const actorId: ${actorId} = ${constant}.actors[0].id;
export const recordId: RecordId = ${JSON.stringify(record.article.id)};
export const firstId: RecordId = records[0].article.id;

// @ts-expect-error the dataset's ids have literal types: another id is rejected
export const wrongActor: "not-an-actor-of-the-dataset" = ${constant}.actors[0].id;
// @ts-expect-error "rumoured" is not an event status
export const wrongStatus: NewsEvent["status"] = "rumoured";
// @ts-expect-error the dataset is read-only
${constant}.article.id = "another-id";
`;
}

/** Type-checks files of the consumer with strict options and the given module resolution. */
async function expectTypeCheck(resolution: "node16" | "bundler", files: readonly string[]): Promise<void> {
  const config = join(project, `tsconfig.${resolution}.json`);
  await writeFile(
    config,
    JSON.stringify({
      compilerOptions: {
        module: resolution === "node16" ? "node16" : "esnext",
        moduleResolution: resolution,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files,
    }),
  );
  await mkdir(join(project, "node_modules"), { recursive: true });
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const result = await run(process.execPath, [tsc, "-p", config, "--pretty", "false"], { cwd: project });
  expect(result.stdout, explain(`tsc (${resolution})`, result)).toBe("");
  expect(result.code, explain(`tsc (${resolution})`, result)).toBe(0);
}
