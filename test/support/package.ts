import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { explain, run } from "./process.js";

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const ManifestSchema = z.looseObject({
  name: z.string(),
  version: z.string(),
  main: z.string().optional(),
  module: z.string().optional(),
  types: z.string().optional(),
  bin: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  exports: z.record(z.string(), z.unknown()),
  typesVersions: z.record(z.string(), z.record(z.string(), z.array(z.string()))).optional(),
  files: z.array(z.string()),
  sideEffects: z.boolean().optional(),
  private: z.boolean().optional(),
  publishConfig: z.record(z.string(), z.unknown()).optional(),
  scripts: z.record(z.string(), z.string()).optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  peerDependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.record(z.string(), z.string()).optional(),
});

/** The fields of package.json the tests read. */
export type Manifest = z.infer<typeof ManifestSchema>;

/** Reads the repository's package.json. */
export async function readManifest(): Promise<Manifest> {
  return ManifestSchema.parse(JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")));
}

/**
 * Reads the repository's package.json synchronously, for tests generated
 * from it while a test file is collected.
 */
export function readManifestSync(): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")));
}

/** One file an `exports` entry points to, under a chain of conditions. */
export interface ExportTarget {
  /** The subpath, such as `"."` or `"./dataset"`. */
  readonly subpath: string;
  /** The conditions leading to the target, outermost first (`["import", "types"]`). */
  readonly conditions: readonly string[];
  /** The target path, such as `"./dist/index.js"`. */
  readonly target: string;
}

/** Every target of a package's `exports` map, with its subpath and conditions. */
export function exportTargets(manifest: Manifest): ExportTarget[] {
  const out: ExportTarget[] = [];
  const walk = (subpath: string, conditions: string[], value: unknown): void => {
    if (typeof value === "string") out.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) for (const item of value) walk(subpath, conditions, item);
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(subpath, [...conditions, key], inner);
    }
  };
  for (const [subpath, value] of Object.entries(manifest.exports)) walk(subpath, [], value);
  return out;
}

/** Whether a subpath or target is a pattern (`./data/*`). */
export function isPattern(path: string): boolean {
  return path.includes("*");
}

/** Whether a target is JavaScript code. */
export function isCode(target: string): boolean {
  return /\.(?:c|m)?js$/.test(target);
}

/** The subpaths (without patterns) whose entry is JavaScript, as a specifier: `news-schema`, `news-schema/dataset`. */
export function codeEntryPoints(manifest: Manifest): string[] {
  const subpaths = new Set(
    exportTargets(manifest)
      .filter(({ subpath, target }) => !isPattern(subpath) && isCode(target))
      .map(({ subpath }) => subpath),
  );
  return [...subpaths].map((subpath) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
}

/** The commands of `bin` as `[name, path]` pairs; none when package.json has no `bin`. */
export function binEntries(manifest: Manifest): [string, string][] {
  if (manifest.bin === undefined) return [];
  if (typeof manifest.bin === "string") return [[manifest.name.replace(/^@[^/]+\//, ""), manifest.bin]];
  return Object.entries(manifest.bin);
}

/** A tarball made by `npm pack`, as npm describes it. */
export interface Tarball {
  /** Absolute path of the `.tgz` file. */
  readonly path: string;
  /** Paths of the files it holds, relative to the package root. */
  readonly files: readonly string[];
  /** Its size in bytes. */
  readonly size: number;
  /** The total size of its files, unpacked. */
  readonly unpackedSize: number;
}

const PackOutputSchema = z.array(
  z.looseObject({
    filename: z.string(),
    size: z.number(),
    unpackedSize: z.number(),
    files: z.array(z.looseObject({ path: z.string() })),
  }),
);

/** Packs the repository (as built) with `npm pack` into a new temporary folder. */
export async function packTarball(): Promise<Tarball> {
  const destination = await mkdtemp(join(tmpdir(), "news-schema-pack-"));
  const result = await run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: ROOT });
  if (result.code !== 0) throw new Error(explain("npm pack", result));
  const [packed] = PackOutputSchema.parse(JSON.parse(result.stdout));
  if (packed === undefined) throw new Error(explain("npm pack (no package in its output)", result));
  return {
    path: join(destination, packed.filename),
    files: packed.files.map((file) => file.path),
    size: packed.size,
    unpackedSize: packed.unpackedSize,
  };
}

/** The JSON files of the dataset folder `data/`, by file name. */
export async function dataFiles(): Promise<string[]> {
  return (await readdir(join(ROOT, "data"))).filter((name) => name.endsWith(".json")).sort();
}
