// The package as npm publishes it: its manifest passes publint and
// arethetypeswrong for every entry point, the tarball holds only what users
// need, an app that only validates bundles none of the dataset, importing
// does nothing, and nothing but the zod peer is installed with it.
import { mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  binEntries,
  codeEntryPoints,
  dataFiles,
  exportTargets,
  isPattern,
  type Manifest,
  packTarball,
  ROOT,
  readManifest,
  type Tarball,
} from "../support/package.js";
import { explain, run } from "../support/process.js";

let manifest: Manifest;
let tarball: Tarball;

beforeAll(async () => {
  manifest = await readManifest();
  tarball = await packTarball();
}, 120_000);

describe("the manifest", () => {
  it("passes publint --strict with no message at all", async () => {
    const { messages, pkg } = await publint({ pkgDir: ROOT, strict: true, pack: "npm" });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`)).toEqual([]);
  }, 120_000);

  it("passes arethetypeswrong: every entry point resolves under node10, node16 (CJS and ESM) and bundler", async () => {
    const attw = join(ROOT, "node_modules", ".bin", "attw");
    const result = await run(attw, [tarball.path, "--format", "json", "--profile", "strict"], { cwd: ROOT });
    const report = AttwReportSchema.parse(JSON.parse(result.stdout));
    expect(report.analysis.problems, explain("attw", result)).toEqual([]);
    expect(result.code, explain("attw", result)).toBe(0);

    const subpaths = [...new Set(exportTargets(manifest).map(({ subpath }) => subpath))].filter(
      (subpath) => !isPattern(subpath),
    );
    expect(subpaths).toContain(".");
    for (const subpath of subpaths) {
      const entry = report.analysis.entrypoints[subpath];
      expect(entry, `attw did not check "${subpath}"`).toBeDefined();
      for (const kind of ["node10", "node16-cjs", "node16-esm", "bundler"] as const) {
        const resolution = entry?.resolutions[kind];
        expect(resolution?.resolution?.fileName, `"${subpath}" under ${kind}`).toEqual(expect.any(String));
        expect(resolution?.visibleProblems ?? [], `"${subpath}" under ${kind}`).toEqual([]);
      }
    }
  }, 120_000);

  it("declares no side effects, no runtime dependency and zod as its only peer", () => {
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(["zod"]);
    for (const field of ["optionalDependencies", "bundleDependencies", "bundledDependencies"]) {
      expect(manifest[field], field).toBeUndefined();
    }
  });

  it("has nothing for npm audit --omit=dev to report", async () => {
    const result = await run("npm", ["audit", "--omit=dev", "--json"], { cwd: ROOT });
    const audit = z
      .looseObject({ metadata: z.looseObject({ vulnerabilities: z.record(z.string(), z.number()) }) })
      .parse(JSON.parse(result.stdout));
    expect(audit.metadata.vulnerabilities.total, explain("npm audit --omit=dev", result)).toBe(0);
    expect(result.code, explain("npm audit --omit=dev", result)).toBe(0);
  }, 120_000);
});

describe("the tarball", () => {
  it("holds only built code, declarations, source maps, data, JSON Schema files and the package's own documents", () => {
    const allowed = [
      /^dist\/.+\.(?:js|cjs|mjs|d\.ts|d\.cts|d\.mts)$/,
      /^dist\/.+\.(?:js|cjs|mjs)\.map$/,
      /^data\/.+\.(?:json|jsonl)$/,
      /^schema\/.+\.json$/,
      /^docs\/[a-z-]+\.(?:md|png)$/,
      /^(?:README\.md|LICENSE|CHANGELOG\.md|package\.json)$/,
    ];
    const unexpected = tarball.files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
    expect(unexpected).toEqual([]);
    expect(tarball.files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
    console.info(
      `tarball: ${tarball.files.length} files, ${tarball.size} bytes packed, ${tarball.unpackedSize} unpacked`,
    );
  });

  it("holds something for every entry of package.json's files, the guides and the changelog among them", () => {
    for (const entry of manifest.files) {
      const pattern = new RegExp(`^${entry.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}(?:/|$)`);
      expect(
        tarball.files.some((file) => pattern.test(file)),
        `"${entry}" of files is not in the tarball`,
      ).toBe(true);
    }
    expect(tarball.files).toEqual(expect.arrayContaining(["CHANGELOG.md", "docs/data-model.md"]));
  });

  it("names its repository, home page and issue tracker, so that npm can link them", () => {
    const links = z
      .looseObject({
        repository: z.strictObject({
          type: z.literal("git"),
          url: z.string().regex(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/),
        }),
        homepage: z.string(),
        bugs: z.strictObject({ url: z.string() }),
      })
      .parse(manifest);
    const base = links.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(links.homepage).toBe(`${base}#readme`);
    expect(links.bugs.url).toBe(`${base}/issues`);
  });

  it("holds every file package.json points to, and every dataset record", async () => {
    const pointed = [
      ...exportTargets(manifest)
        .map(({ target }) => target)
        .filter((target) => !isPattern(target)),
      ...[manifest.main, manifest.module, manifest.types].filter((path) => path !== undefined),
      ...Object.values(manifest.typesVersions ?? {}).flatMap((map) => Object.values(map).flat()),
      ...binEntries(manifest).map(([, path]) => path),
    ];
    const files = new Set(tarball.files);
    for (const path of pointed) expect(files, `${path} is not in the tarball`).toContain(posix.normalize(path));
    for (const file of await dataFiles()) expect(files).toContain(`data/${file}`);
  });
});

/** Bundles `source` as an app that has installed the package, minified, for the browser. */
async function bundle(source: string): Promise<string> {
  return (await bundleWithModules(source)).text;
}

/**
 * Bundles `source` as `bundle` does, from the built package or, with
 * `fromSources`, from the TypeScript sources; also returns the package's
 * modules whose code the bundle holds, as paths of the sources
 * (`src/interop/json-ld.ts`) in both cases.
 */
async function bundleWithModules(source: string, fromSources = false): Promise<{ text: string; modules: string[] }> {
  let resolveDir = ROOT;
  let contents = source;
  if (fromSources) {
    contents = source.replace(/"news-schema(?:\/(\w+))?"/g, (_, sub?: string) =>
      JSON.stringify(sub === undefined ? "./src/index.ts" : `./src/${sub}/index.ts`),
    );
  } else {
    resolveDir = await mkdtemp(join(tmpdir(), "news-schema-bundle-"));
    await mkdir(join(resolveDir, "node_modules"));
    await symlink(ROOT, join(resolveDir, "node_modules", manifest.name), "dir");
  }
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: "app.ts", loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    logLevel: "silent",
  });
  // A bundler warns of nothing: no import of a chunk it is told to drop, say.
  expect(result.warnings.map((warning) => warning.text)).toEqual([]);
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote nothing");
  const modules = Object.values(result.metafile.outputs)
    .flatMap((meta) => Object.entries(meta.inputs))
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => relative(ROOT, resolve(file)).split("\\").join("/"))
    .filter((file) => /^(?:src|dist)\//.test(file))
    .map((file) => file.replace(/^dist\/(.+)\.js$/, "src/$1.ts"))
    .sort();
  return { text: output.text, modules };
}

describe("tree-shaking", () => {
  /** Texts that only the dataset holds: its ids and stretches of its articles. */
  async function datasetProbes(): Promise<string[]> {
    const { readdir } = await import("node:fs/promises");
    const sources = await readdir(join(ROOT, "src"), { recursive: true });
    let library = "";
    for (const file of sources.map(String).filter((f) => f.endsWith(".ts") && !f.startsWith("dataset"))) {
      library += await readFile(join(ROOT, "src", file), "utf8");
    }
    const probes: string[] = [];
    for (const file of await dataFiles()) {
      const record = ProbeRecordSchema.parse(JSON.parse(await readFile(join(ROOT, "data", file), "utf8")));
      probes.push(record.article.id);
      if (record.article.headline !== undefined) probes.push(record.article.headline);
      for (const fact of [...record.actors, ...record.events, ...record.quotes, ...record.statistics]) {
        if (fact.id.length >= 10) probes.push(fact.id);
      }
      const sentences = record.article.body.split(/[\n.;“”"'`\\]/).map((piece) => piece.trim());
      probes.push(...sentences.filter((piece) => piece.length >= 30));
    }
    // An id that is also a word of the library's own code (an enum value, an example) is no probe.
    return probes.filter((probe) => !library.includes(probe));
  }

  it("leaves every text of the dataset out of an app that imports validateRecord", async () => {
    const probes = await datasetProbes();
    expect(probes.length).toBeGreaterThan(10);

    const validating = await bundle(
      `import { validateRecord } from "${manifest.name}";\nglobalThis.validate = validateRecord;\n`,
    );
    expect(validating).toContain("is not a field here");
    expect(probes.filter((probe) => validating.includes(probe))).toEqual([]);
    console.info(
      `validateRecord bundle (zod included): ${validating.length} bytes, ${gzipSync(validating).length} gzipped`,
    );

    // The probes do show up where the dataset is bundled.
    const withData = await bundle(
      `import { records } from "${manifest.name}/dataset";\nglobalThis.records = records;\n`,
    );
    expect(probes.filter((probe) => !withData.includes(probe))).toEqual([]);
  }, 60_000);

  it("leaves the shape check out of an app that imports only toJsonLd, and zod's compiler out of both", async () => {
    const jsonLd = await bundle(`import { toJsonLd } from "${manifest.name}";\nglobalThis.toJsonLd = toJsonLd;\n`);
    const validating = await bundle(
      `import { validateShape } from "${manifest.name}";\nglobalThis.validateShape = validateShape;\n`,
    );
    expect(jsonLd).toContain("NewsArticle");
    // A message of the shape check.
    expect(validating).toContain("is not a field here");
    expect(jsonLd).not.toContain("is not a field here");
    // The mark of zod's compiled checker: the shape check is generated at build time, nothing is compiled at run time.
    expect(validating).not.toContain("zod.compile.invalid");
    expect(jsonLd).not.toContain("zod.compile.invalid");
    // Nor zod at all, nor the schemas: the schemas' chunks are left out whole.
    const full = await bundle(`import { validateRecord } from "${manifest.name}";\nglobalThis.v = validateRecord;\n`);
    for (const code of [validating, jsonLd, full]) {
      expect(code).not.toContain("$ZodType");
      // A name the schemas give one of their checks for the generator.
      expect(code).not.toContain("max-code-units");
    }
  }, 60_000);
});

describe("tree-shaking of the built modules", () => {
  // An app bundles from the package what it would bundle from the sources:
  // no module that the import does not reach comes along because the build
  // put it in one file with one that it does reach.
  const IMPORTS = [
    ["validateRecord", "news-schema"],
    ["validateShape", "news-schema"],
    ["toJsonLd", "news-schema"],
    ["findActor", "news-schema"],
    ["formatQuantity", "news-schema"],
    ["belarusLithuaniaBorder", "news-schema/dataset"],
    ["renderRecordView", "news-schema/view"],
  ] as const;

  it.each(IMPORTS)(
    "%s from %s bundles the same modules from the build as from the sources",
    async (name, from) => {
      const source = `import { ${name} } from "${from}";\nglobalThis.value = ${name};\n`;
      const built = await bundleWithModules(source);
      const sources = await bundleWithModules(source, true);
      expect(sources.modules.length).toBeGreaterThan(0);
      expect(built.modules).toEqual(sources.modules);
    },
    60_000,
  );

  it("bundles with toJsonLd alone no validation, no schema and no words of statistics or summaries", async () => {
    const { modules } = await bundleWithModules(
      `import { toJsonLd } from "news-schema";\nglobalThis.value = toJsonLd;\n`,
    );
    expect(modules).toContain("src/interop/json-ld.ts");
    expect(modules).toContain("src/format/phrases.ts");
    // The folding of names is the one module of the grounding that the JSON-LD writes with.
    const unneeded = modules.filter((file) =>
      /^src\/(?:validation\/|grounding\/(?!fold\.ts$)|text\/languages\/|schema\/|format\/(?:statistic|summary)-phrases\.ts$)/.test(
        file,
      ),
    );
    expect(unneeded).toEqual([]);
  }, 60_000);
});

describe("the build for Node", () => {
  // Node takes the `node` condition of each entry's `import` branch: a few shared chunks, which its
  // loader reads faster than one file per source module. Bundlers take `default`, the per-module build.
  it("resolves each entry to a build of a few files, with the exports of the bundlers' build", async () => {
    const entries = exportTargets(manifest).filter(({ conditions }) => conditions.join(".") === "import.node");
    expect(entries.map(({ subpath }) => subpath).sort()).toEqual([".", "./dataset", "./view"]);
    for (const { subpath, target } of entries) {
      const bundlers = exportTargets(manifest).find(
        (entry) => entry.subpath === subpath && entry.conditions.join(".") === "import.default",
      );
      expect(bundlers, subpath).toBeDefined();
      const forNode: Record<string, unknown> = await import(join(ROOT, target));
      const forBundlers: Record<string, unknown> = await import(join(ROOT, bundlers?.target ?? ""));
      expect(Object.keys(forNode).sort(), subpath).toEqual(Object.keys(forBundlers).sort());
    }
    const { readdir } = await import("node:fs/promises");
    const files = (await readdir(join(ROOT, "dist", "node"), { recursive: true })).map(String);
    const modules = files.filter((file) => file.endsWith(".js"));
    expect(modules.length).toBeGreaterThan(3);
    expect(modules.length).toBeLessThanOrEqual(10);
    const resolved = await run(
      process.execPath,
      ["--input-type=module", "-e", `console.log(import.meta.resolve(${JSON.stringify(manifest.name)}))`],
      { cwd: ROOT },
    );
    expect(resolved.stdout.trim(), explain("resolving the package by name", resolved)).toMatch(
      /\/dist\/node\/index\.js$/,
    );
  });
});

describe("side effects", () => {
  it("every ESM file of the build runs no statement at the top level: only imports, exports and declarations", async () => {
    const { readdir } = await import("node:fs/promises");
    const files = (await readdir(join(ROOT, "dist"), { recursive: true }))
      .map(String)
      .filter((file) => file.endsWith(".js") || file.endsWith(".mjs"));
    const bins = new Set(binEntries(manifest).map(([, path]) => posix.normalize(path)));
    // A command line's chunks (dist/cli/ beside dist/cli.cjs, zod bundled in) are loaded by it alone.
    const chunkDirs = [...bins].map((bin) => bin.replace(/\.[cm]?js$/, "/"));
    const modules = files.filter((file) => {
      const path = posix.join("dist", file.split("\\").join("/"));
      return !bins.has(path) && !chunkDirs.some((dir) => path.startsWith(dir));
    });
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) {
      const text = await readFile(join(ROOT, "dist", file), "utf8");
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
      const statements = source.statements
        .filter(
          (statement) =>
            !ts.isImportDeclaration(statement) &&
            !ts.isExportDeclaration(statement) &&
            !ts.isFunctionDeclaration(statement) &&
            !ts.isClassDeclaration(statement) &&
            !ts.isVariableStatement(statement),
        )
        .map((statement) => statement.getText(source).slice(0, 120));
      expect(statements, `top-level statements in dist/${file}`).toEqual([]);
    }
  });

  it("importing or requiring an entry point touches no global, no file, no timer and prints nothing", async () => {
    const entries = codeEntryPoints(manifest);
    expect(entries).toContain(manifest.name);
    const probe = await mkdtemp(join(tmpdir(), "news-schema-effects-"));
    await mkdir(join(probe, "node_modules"));
    await symlink(ROOT, join(probe, "node_modules", manifest.name), "dir");
    await symlink(join(ROOT, "node_modules", "zod"), join(probe, "node_modules", "zod"), "dir");
    await writeFile(join(probe, "probe.mjs"), SIDE_EFFECT_PROBE);
    for (const mode of ["import", "require"]) {
      const result = await run(process.execPath, ["probe.mjs", mode, JSON.stringify(entries)], { cwd: probe });
      expect(result.code, explain(`side-effect probe (${mode})`, result)).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(lines.pop(), explain(`side-effect probe (${mode})`, result)).toBe("no side effects");
      expect(lines, "output while importing").toEqual([]);
      expect(result.stderr).toBe("");
    }
  }, 60_000);
});

/**
 * Runs in a fresh Node process: loads zod, takes stock of globals, built-in
 * prototypes, active handles and file-system calls, then loads every entry
 * point (by `import` or `require`) and reports any difference.
 */
const SIDE_EFFECT_PROBE = String.raw`
import fs from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
const [mode, entriesJson] = process.argv.slice(2);
const entries = JSON.parse(entriesJson);
const require = createRequire(import.meta.url);
if (mode === "import") await import("zod"); else require("zod");

// Node's module loaders resolve real paths and read the code they load
// through the public fs functions: those calls are the loader's. Any other
// call (reading data/, a stat, a write) is the library's.
const fsCalls = [];
const record = (name, target) => {
  const path = String(target instanceof URL ? target.pathname : target);
  if (/^(?:promises\.)?realpath(?:Sync)?$/.test(name)) return;
  if (/^(?:promises\.)?readFile(?:Sync)?$/.test(name) && /(?:\.(?:c|m)?js|\/package\.json)$/.test(path)) return;
  fsCalls.push(name + "(" + path + ")");
};
for (const name of Object.keys(fs)) {
  if (typeof fs[name] !== "function" || /^[A-Z]/.test(name)) continue;
  const original = fs[name];
  fs[name] = function (...args) { record(name, args[0]); return original.apply(this, args); };
}
for (const name of Object.keys(fs.promises)) {
  const original = fs.promises[name];
  if (typeof original !== "function") continue;
  fs.promises[name] = function (...args) { record("promises." + name, args[0]); return original.apply(this, args); };
}
syncBuiltinESMExports();

const builtins = { globalThis, Object: Object.prototype, Array: Array.prototype, String: String.prototype,
  Number: Number.prototype, Function: Function.prototype, Promise: Promise.prototype, RegExp: RegExp.prototype,
  Map: Map.prototype, Set: Set.prototype, JSON, Math, Reflect };
const stock = () => Object.fromEntries(Object.entries(builtins).map(([k, v]) => [k, Reflect.ownKeys(v).map(String).sort().join(",")]));
const before = stock();
const handles = process.getActiveResourcesInfo().join(",");
const listeners = process.eventNames().map((e) => e + ":" + process.listenerCount(e)).join(",");

for (const entry of entries) {
  const loaded = mode === "import" ? await import(entry) : require(entry);
  if (Object.keys(loaded).length === 0) { console.log("nothing exported by " + entry); process.exit(1); }
}
const after = stock();
const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
if (changed.length > 0) { console.log("changed: " + changed.join(", ")); process.exit(1); }
if (process.getActiveResourcesInfo().join(",") !== handles) { console.log("new handles: " + process.getActiveResourcesInfo()); process.exit(1); }
if (process.eventNames().map((e) => e + ":" + process.listenerCount(e)).join(",") !== listeners) { console.log("new process listeners"); process.exit(1); }
if (fsCalls.length > 0) { console.log("file system calls: " + fsCalls.join(", ")); process.exit(1); }
console.log("no side effects");
`;

const AttwResolutionSchema = z.looseObject({
  resolution: z.looseObject({ fileName: z.string() }).optional(),
  visibleProblems: z.array(z.unknown()).optional(),
});

const AttwReportSchema = z.looseObject({
  analysis: z.looseObject({
    problems: z.array(z.unknown()),
    entrypoints: z.record(
      z.string(),
      z.looseObject({
        resolutions: z.record(z.string(), AttwResolutionSchema),
      }),
    ),
  }),
});

const ProbeFactSchema = z.looseObject({ id: z.string() });

const ProbeRecordSchema = z.looseObject({
  article: z.looseObject({ id: z.string(), headline: z.string().optional(), body: z.string() }),
  actors: z.array(ProbeFactSchema),
  events: z.array(ProbeFactSchema),
  quotes: z.array(ProbeFactSchema),
  statistics: z.array(ProbeFactSchema),
});
