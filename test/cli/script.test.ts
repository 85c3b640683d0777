// The checks' script is compiled with a V8 code cache kept beside it; the
// cache must only ever be a shortcut: a missing, stale, corrupt or unwritable
// cache gives the same exports as none.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { cacheDirOf, cachePathOf, loadScript } from "../../src/cli/script.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "news-schema-script-"));
const caches = join(temp, "caches");
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Exports {
  answer(): string;
  base: string;
  dir: string;
  sep: string;
}

const loader = join(temp, "script.mjs");
buildSync({
  entryPoints: [join(root, "src/cli/script.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: loader,
});

/** Runs `code` in a new Node process, with `loadScript` in scope; returns what it printed. */
function inChild(code: string): string {
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `import { loadScript } from ${JSON.stringify(pathToFileURL(loader).href)};\n${code}`],
    { encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  return result.stdout;
}

let scripts = 0;
/** A script whose `answer` gives `word`; every function it has is compiled only when called. */
function script(word: string): string {
  const file = join(temp, `script-${scripts++}.cjs`);
  writeFileSync(file, source(word));
  return file;
}

function source(word: string): string {
  return `"use strict";
const { sep } = require("node:path");
function answer() { return ${JSON.stringify(word)}; }
module.exports = { answer, base: __filename, dir: __dirname, sep };
`;
}

describe("loadScript", () => {
  it("runs the script as CommonJS: its exports, require, __filename and __dirname", () => {
    const file = script("one");
    const loaded = loadScript<Exports>(file, undefined);
    expect(loaded.cache).toBe("off");
    expect(loaded.exports.answer()).toBe("one");
    expect(loaded.exports.base).toBe(file);
    expect(loaded.exports.dir).toBe(temp);
    expect(loaded.exports.sep).toBe("/");
    expect(loaded.saveCache(2)).toBe(false);
    expect(() => statSync(cachePathOf(file, caches))).toThrow();
  });

  it("keeps the caches in node_modules/.cache/news-schema/, beside an installed package or inside a checkout", () => {
    expect(cacheDirOf("/app/node_modules/news-schema/dist/cli/validate.cjs")).toBe(
      "/app/node_modules/.cache/news-schema",
    );
    expect(cacheDirOf("/src/news-schema/dist/cli/validate.cjs")).toBe(
      "/src/news-schema/node_modules/.cache/news-schema",
    );
    expect(cachePathOf("/a/dist/cli/validate.cjs", "/c")).toBe(
      `/c/validate.cjs.${process.version}-${process.arch}.cache`,
    );
  });

  it("writes the cache once asked, uses it next time, and rewrites it only for a run that compiled more", () => {
    const file = script("two");
    const first = loadScript<Exports>(file, caches);
    expect(first.cache).toBe("missing");
    expect(first.exports.answer()).toBe("two");
    expect(first.saveCache(1)).toBe(true);
    const written = readFileSync(cachePathOf(file, caches));

    const second = loadScript<Exports>(file, caches);
    expect(second.cache).toBe("accepted");
    expect(second.exports.answer()).toBe("two");
    expect(second.saveCache(1)).toBe(false);
    expect(readFileSync(cachePathOf(file, caches))).toEqual(written);
    expect(second.saveCache(2)).toBe(true);
    expect(loadScript<Exports>(file, caches).saveCache(2)).toBe(false);
  });

  it("replaces a cache whose first line names no level a run writes", () => {
    const file = script("level");
    const first = loadScript<Exports>(file, caches);
    expect(first.saveCache(1)).toBe(true);
    const path = cachePathOf(file, caches);
    const bytes = readFileSync(path);
    const end = bytes.indexOf(10);
    const [identity] = bytes.toString("latin1", 0, end).split(" ");
    writeFileSync(path, Buffer.concat([Buffer.from(`${identity} x`), bytes.subarray(end)]));
    const second = loadScript<Exports>(file, caches);
    expect(second.cache).toBe("stale");
    expect(second.exports.answer()).toBe("level");
    expect(second.saveCache(0)).toBe(true);
    expect(loadScript<Exports>(file, caches).cache).toBe("accepted");
  });

  it("does not use the cache of a script rewritten in place, even at the same length", () => {
    const file = script("old");
    const first = loadScript<Exports>(file, caches);
    first.exports.answer();
    expect(first.saveCache(2)).toBe(true);
    // V8 checks a cache against the length of the source only.
    writeFileSync(file, source("new"));
    const { mtime } = statSync(file);
    utimesSync(file, mtime, new Date(mtime.getTime() + 1000));
    const second = loadScript<Exports>(file, caches);
    expect(second.cache).toBe("stale");
    expect(second.exports.answer()).toBe("new");
    expect(second.saveCache(0)).toBe(true);
    expect(loadScript<Exports>(file, caches).cache).toBe("accepted");
  });

  // In a process of its own: V8 compiles a source it has compiled already from memory, without looking at the cache.
  it("compiles the script anew when V8 refuses the cache", () => {
    const file = script("three");
    expect(loadScript<Exports>(file, caches).saveCache(2)).toBe(true);
    const cache = readFileSync(cachePathOf(file, caches));
    const header = cache.indexOf(10) + 1;
    writeFileSync(cachePathOf(file, caches), Buffer.concat([cache.subarray(0, header), Buffer.alloc(64, 7)]));
    const load = `const loaded = loadScript(${JSON.stringify(file)}, ${JSON.stringify(caches)});
console.log(loaded.cache, loaded.exports.answer(), loaded.saveCache(0));`;
    expect(inChild(load)).toBe("rejected three true\n");
    expect(inChild(load)).toBe("accepted three false\n");
  });

  it("leaves the cache out, without throwing, where it cannot be written", () => {
    const file = script("four");
    mkdirSync(cachePathOf(file, caches), { recursive: true });
    const loaded = loadScript<Exports>(file, caches);
    expect(loaded.exports.answer()).toBe("four");
    expect(loaded.saveCache(2)).toBe(false);
    expect(statSync(cachePathOf(file, caches)).isDirectory()).toBe(true);
  });
});
