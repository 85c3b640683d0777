// What the generators share: reading the sources without a build, and
// writing a generated file, or with `--check` on the command line comparing
// it with what is committed and exiting 1 when it is stale.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** Writes `text` to `path`, or checks that `path` holds it (`--check`); `rerun` is the command that regenerates it. */
export function writeOrCheck(path, text, rerun) {
  const name = relative(process.cwd(), path);
  if (!process.argv.includes("--check")) {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${name} is stale: run ${rerun}`);
    process.exit(1);
  }
}

/**
 * Imports modules of the sources, bundled with esbuild into a temporary
 * file, so that a generator needs no build: `lines` are the export
 * statements of the bundle's entry, with paths from the repository's root
 * ('export { NewsRecordSchema } from "./src/schema/record.ts";').
 */
export async function importSources(root, lines) {
  const { build } = await import("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "news-schema-sources-"));
  try {
    const bundled = join(dir, "sources.mjs");
    await build({
      stdin: { contents: lines.join("\n"), resolveDir: root, loader: "ts" },
      outfile: bundled,
      bundle: true,
      format: "esm",
      platform: "node",
      logLevel: "error",
    });
    return await import(pathToFileURL(bundled).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
