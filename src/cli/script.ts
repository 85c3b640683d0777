// Loads the checks of `validate` and `summary`, built as one classic script
// (dist/cli/validate.cjs), through `node:vm` with a V8 code cache written by
// an earlier run: a start then neither parses nor compiles the checks (Node 20 keeps no
// compiled code for ES modules between runs; Node 22's
// `module.enableCompileCache` would). The cache is only ever a shortcut: V8
// refuses one made by another V8 version or with other flags, this loader
// refuses one made from another copy or version of the script, and a refused
// or missing cache compiles the script as if there were none.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { writeAtomically } from "./atomic-write.js";

/** The environment variable that, set to anything but an empty string, turns the code cache off. */
export const NO_CODE_CACHE_ENV = "NEWS_SCHEMA_NO_CODE_CACHE";

/**
 * How much of the script a run compiled, so that a cache made by a run that
 * compiled little is replaced by one from a run that compiled more: the
 * functions V8 compiles lazily are in a cache only once they have run.
 */
export type CacheLevel = 0 | 1 | 2;

/** A script loaded by {@link loadScript}. */
export interface LoadedScript<T> {
  /** What the script exports (its `module.exports`). */
  readonly exports: T;
  /** The copy of the script loaded: its inode, size and modification time, which its caches are keyed to. */
  readonly identity: string;
  /** How the code cache was used: `accepted` by V8, `rejected` by V8, `stale` (made from another copy of the script), `missing`, or `off`. */
  readonly cache: "accepted" | "rejected" | "stale" | "missing" | "off";
  /**
   * Writes the code cache when none was accepted or the one accepted was
   * made by a run that compiled less; call it when the run is over, so that
   * the functions it ran are in the cache. Never throws: a cache that cannot
   * be written (a read-only install) is left out.
   *
   * @param level - How much of the script this run compiled.
   * @returns Whether a cache was written.
   */
  saveCache(level: CacheLevel): boolean;
}

/**
 * Where the package keeps its code caches: `node_modules/.cache/news-schema/`
 * beside the installed package (where tools keep their caches, written by
 * whoever can write the package itself), or inside a checkout's own
 * `node_modules`; never in the package's folder, so that a cache is never
 * published with it.
 *
 * @param script - The script's path, in `dist/cli/` of the package.
 * @returns The folder of the caches.
 */
export function cacheDirOf(script: string): string {
  const packageRoot = dirname(dirname(dirname(script)));
  const parent = dirname(packageRoot);
  return basename(parent) === "node_modules"
    ? join(parent, ".cache", "news-schema")
    : join(packageRoot, "node_modules", ".cache", "news-schema");
}

/** The cache of a script, for this Node version and architecture (V8 refuses a cache of any other). */
export function cachePathOf(script: string, dir: string): string {
  return join(dir, `${basename(script)}.${process.version}-${process.arch}.cache`);
}

/**
 * The cache of the text tables a run built from `Intl` (see
 * table-cache.ts), for this Node version and its ICU and CLDR data, in the
 * folder of the code caches; `undefined` when the platform names no ICU or
 * CLDR version (a Node built without `Intl` data has none to cache).
 *
 * @param dir - The folder of the caches ({@link cacheDirOf}).
 * @param versions - The platform's versions (`process.versions`).
 * @returns The file's path, or `undefined`.
 */
export function tableCachePathOf(
  dir: string,
  versions: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const { node, icu, cldr } = versions;
  if (node === undefined || icu === undefined || cldr === undefined) return undefined;
  return join(dir, `text-tables.v${node}-icu${icu}-cldr${cldr}.json`);
}

/**
 * The copy of the script a cache was made from: its inode, size and
 * modification time. V8 checks a cache against the source's length only, so
 * a script rewritten in place (a rebuild, an edit) must not find the cache
 * of the one before.
 */
function identityOf(fd: number): string {
  const stats = fstatSync(fd);
  return `${stats.ino}-${stats.size}-${stats.mtimeMs}`;
}

/** A cache file: a first line `identity level`, then V8's bytes. */
function readCache(path: string, identity: string): { data: Buffer; level: number } | "stale" | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  if (end < 0) return "stale";
  const [id, level] = bytes.toString("latin1", 0, end).split(" ");
  // A level that is not one a run writes makes the cache one to replace.
  if (id !== identity || (level !== "0" && level !== "1" && level !== "2")) return "stale";
  return { data: bytes.subarray(end + 1), level: Number(level) };
}

/**
 * Loads a CommonJS script as Node would, but compiled with a V8 code cache
 * kept in `cacheDir` (see {@link cachePathOf}), when one is given.
 *
 * @param file - The script's absolute path.
 * @param cacheDir - The folder to read (and, by {@link LoadedScript.saveCache}, write) the code cache in; `undefined` for none.
 * @returns The script's exports, and how to save its cache.
 */
export function loadScript<T>(file: string, cacheDir: string | undefined): LoadedScript<T> {
  const cache = cacheDir !== undefined;
  const fd = openSync(file, "r");
  let source: string;
  let identity: string;
  try {
    identity = identityOf(fd);
    source = readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
  const cachePath = cacheDir === undefined ? undefined : cachePathOf(file, cacheDir);
  const found = cachePath === undefined ? undefined : readCache(cachePath, identity);
  const cachedData = typeof found === "object" ? found.data : undefined;
  // The wrapper CommonJS modules get, so that the script reads as it would under `require`.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const state: LoadedScript<T>["cache"] = !cache
    ? "off"
    : found === undefined
      ? "missing"
      : found === "stale"
        ? "stale"
        : script.cachedDataRejected === true
          ? "rejected"
          : "accepted";
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  const cachedLevel = state === "accepted" && typeof found === "object" ? found.level : -1;
  return {
    exports: module.exports,
    identity,
    cache: state,
    saveCache(level) {
      if (cacheDir === undefined || cachePath === undefined || level <= cachedLevel) return false;
      // Written aside, then renamed: a run reading the cache meanwhile sees the old one or the new one, whole.
      return writeAtomically(
        cachePath,
        Buffer.concat([Buffer.from(`${identity} ${level}\n`), script.createCachedData()]),
      );
    },
  };
}
