// The command line loads only what the command asked for runs: `--version`
// loads no check at all, `validate` neither the viewer, nor the anchoring,
// nor the JSON Schema, nor the summaries' phrases (the marker tables are in
// the checks' script, set up only when grounding runs). Every module file Node loads is logged by a
// loader hook, and so is every script the command line opens itself (the
// checks, dist/cli/validate.cjs, compiled through `node:vm`); the files'
// text is searched for what marks each part.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { RECORD_JSON_SCHEMA_ID } from "../../src/interop/json-schema.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
const temp = mkdtempSync(join(tmpdir(), "news-schema-lazy-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const hooks = join(temp, "hooks.mjs");
writeFileSync(
  hooks,
  `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.NEWS_SCHEMA_LOADED, url + "\\n");
  return next(url, context);
}
`,
);
const register = join(temp, "register.mjs");
writeFileSync(
  register,
  `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);
// Logs the CommonJS files Node loads (the entry, dist/cli.cjs), the scripts
// the command line opens to compile (before any module imports `node:fs`),
// and the built-in modules those scripts require.
const opens = join(temp, "opens.cjs");
writeFileSync(
  opens,
  `const fs = require("node:fs");
const Module = require("node:module");
const { pathToFileURL } = require("node:url");
const log = (url) => fs.appendFileSync(process.env.NEWS_SCHEMA_LOADED, url + "\\n");
const openSync = fs.openSync;
fs.openSync = function (path, ...rest) {
  if (typeof path === "string" && path.endsWith(".cjs")) log(pathToFileURL(path).href);
  return openSync.call(this, path, ...rest);
};
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  log(pathToFileURL(filename).href);
  return compile.call(this, content, filename);
};
const load = Module.prototype.require;
Module.prototype.require = function (id) {
  if (Module.isBuiltin(id)) log(id.startsWith("node:") ? id : "node:" + id);
  return load.call(this, id);
};
Module.syncBuiltinESMExports();
// Node's own modules, however loaded: its stream module (which every stream loads) is logged as "node:stream (loaded)".
process.on("exit", () => {
  if (process.moduleLoadList.includes("NativeModule stream")) log("node:stream (loaded)");
});
`,
);

/** What marks each part in the built files: a text only it holds, and the name of the chunk that starts it. */
const parts = {
  viewer: { text: "<!doctype html", chunk: "view-" },
  anchoring: { text: "quote_ambiguous", chunk: "anchor-" },
  "JSON Schema": { text: RECORD_JSON_SCHEMA_ID, chunk: "json-schema-" },
  "summary phrases": { text: "lehnte eine Stellungnahme ab", chunk: "summary-" },
  "marker tables": { text: "netherlands antillean guilders", chunk: "tables-" },
  "the checks": { text: "unresolved_reference", chunk: "batch-" },
} as const;
type Part = keyof typeof parts;

const builtFiles = [join(dist, "cli.cjs"), ...readdirSync(join(dist, "cli")).map((file) => join(dist, "cli", file))];

/** The parts a set of files holds. */
function partsIn(files: readonly string[]): Part[] {
  return (Object.keys(parts) as Part[]).filter((part) => {
    const { text, chunk } = parts[part];
    return files.some(
      (file) =>
        file.slice(file.lastIndexOf("/") + 1).startsWith(chunk) ||
        (text !== undefined && readFileSync(file, "utf8").includes(text)),
    );
  });
}

let runs = 0;
/**
 * Runs the command line and returns the URLs of the modules it loaded. The
 * ES module loader hook is left out with `esmHooks: false`: its thread
 * loads Node's stream modules itself.
 */
function loadedUrls(args: readonly string[], { esmHooks = true } = {}): string[] {
  const log = join(temp, `loaded-${runs++}.txt`);
  writeFileSync(log, "");
  const result = spawnSync(
    process.execPath,
    ["--require", opens, ...(esmHooks ? ["--import", register] : []), join(dist, "cli.cjs"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NEWS_SCHEMA_LOADED: log },
    },
  );
  expect(result.status, result.stderr).not.toBe(null);
  expect(result.status).toBeLessThan(2);
  return [...new Set(readFileSync(log, "utf8").trim().split("\n").filter(Boolean))];
}

/** Runs the command line and returns the files of the build it loaded. */
function loaded(args: readonly string[]): string[] {
  const urls = loadedUrls(args).filter((url) => url.startsWith("file:"));
  return urls.map((url) => fileURLToPath(url)).filter((path) => path.startsWith(dist));
}

const record = "data/belarus-lithuania-border.json";
// Enough records to fill several batches, so that `--jobs 2` starts its worker.
writeFileSync(
  join(temp, "many.jsonl"),
  `${JSON.stringify(JSON.parse(readFileSync(join(root, record), "utf8")))}\n`.repeat(200),
);

describe("what the command line loads", () => {
  it("finds each part in the build, so that its absence below means something", () => {
    expect(partsIn(builtFiles).sort()).toEqual((Object.keys(parts) as Part[]).sort());
  });

  it("loads no check, viewer, anchoring or schema for --version and --help", () => {
    for (const args of [["--version"], ["--help"]]) {
      const files = loaded(args);
      expect(files).toContain(join(dist, "cli.cjs"));
      expect(partsIn(files), args.join(" ")).toEqual([]);
    }
  });

  // A CommonJS entry starts without Node's ES module loader, and standard output and error written by
  // file descriptor leave out Node's stream modules: a short run pays for neither.
  it("loads no ES module and none of Node's stream modules for validate, --version and --help, and no stream module for summary", () => {
    // `summary` loads its phrases as ES modules, but none of Node's stream modules either.
    expect(loadedUrls(["summary", record], { esmHooks: false })).not.toContain("node:stream (loaded)");
    for (const args of [["validate", "--jobs", "1", record], ["--version"], ["--help"]]) {
      const files = loadedUrls(args)
        .filter((url) => url.startsWith("file:"))
        .map((url) => fileURLToPath(url));
      expect(files, args.join(" ")).toContain(join(dist, "cli.cjs"));
      expect(
        files.filter((file) => file.startsWith(dist) && !file.endsWith(".cjs")),
        args.join(" "),
      ).toEqual([]);
      expect(loadedUrls(args, { esmHooks: false }), args.join(" ")).not.toContain("node:stream (loaded)");
    }
    // What shows that the log would hold them: a command that writes through Node's streams.
    expect(loadedUrls(["schema"], { esmHooks: false })).toContain("node:stream (loaded)");
  });

  it("loads the checks and the marker tables for validate, and nothing of the other commands", () => {
    const files = loaded(["validate", "--jobs", "1", record]);
    expect(files).toContain(join(dist, "cli", "validate.cjs"));
    expect(partsIn(files).sort()).toEqual(["marker tables", "the checks"]);
  });

  // The marker tables are a module of the checks' script, compiled from its
  // code cache and set up only when grounding is checked.
  it("loads nothing of the other commands for validate --no-grounding", () => {
    expect(partsIn(loaded(["validate", "--no-grounding", "--jobs", "1", record])).sort()).toEqual([
      "marker tables",
      "the checks",
    ]);
  });

  it("keeps the summaries' phrases out of the checks' script", () => {
    expect(partsIn([join(dist, "cli", "validate.cjs")]).sort()).toEqual(["marker tables", "the checks"]);
  });

  // The summaries are written by the entry's modules, beside the checks' script: their grounding must
  // read the build-time tables too, not build the marker words from Intl.
  it("gives the summaries' grounding the build-time tables", () => {
    const files = loaded(["summary", record]);
    expect(files.some((file) => file.slice(file.lastIndexOf("/") + 1).startsWith("tables-"))).toBe(true);
    expect(loaded(["validate", "--jobs", "1", record]).some((file) => file.includes("/tables-"))).toBe(false);
  });

  it("loads the summary phrases for summary, the viewer for view and the JSON Schema for schema", () => {
    expect(partsIn(loaded(["summary", record]))).toContain("summary phrases");
    expect(partsIn(loaded(["view", record]))).toContain("viewer");
    expect(partsIn(loaded(["schema"]))).toContain("JSON Schema");
  });

  it("starts no worker thread, and loads no module for one, for an input smaller than one batch", () => {
    const urls = loadedUrls(["validate", "--jobs", "2", record]);
    expect(urls.some((url) => url.endsWith("/cli.cjs"))).toBe(true);
    expect(urls).not.toContain("node:worker_threads");
    expect(
      loadedUrls(["validate", "--jobs", "2", "test/fixtures/cli/mixed.jsonl", join(temp, "many.jsonl")]),
    ).toContain("node:worker_threads");
  });
});
