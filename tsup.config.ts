import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildSync, type Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** The package's entry points. */
const ENTRIES = {
  index: "src/index.ts",
  "dataset/index": "src/dataset/index.ts",
  "view/index": "src/view/index.ts",
};

/**
 * Every source module the entries reach, at run time: type-only imports do
 * not count, so neither modules of types alone nor tables that only the
 * command line reads are shipped as modules of the library.
 */
function reachedModules(entries: readonly string[]): string[] {
  const { metafile } = buildSync({
    entryPoints: [...entries],
    bundle: true,
    write: false,
    metafile: true,
    outdir: "dist",
    format: "esm",
    platform: "neutral",
    external: ["zod"],
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs)
    .filter((file) => file.startsWith("src/"))
    .sort();
}

/** What the two library builds share. */
const LIBRARY = {
  dts: { entry: ENTRIES },
  sourcemap: true,
  // The builds run side by side, so none cleans: `npm run build` empties dist first.
  clean: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod"],
} satisfies Options;

/** What the command line's builds share. */
const CLI = {
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
  target: "node20",
  platform: "node",
  noExternal: ["zod"],
  // Less to parse at start-up: cold start is measured against `node -e 0`.
  minify: true,
  define: { __NEWS_SCHEMA_VERSION__: JSON.stringify(version) },
} satisfies Options;

/** Removes a command line build's files of the last build from dist/cli/, leaving the other build's. */
function cleanCli(name: string, owns: (file: string) => boolean): Plugin {
  return {
    name: `clean-cli-${name}`,
    setup(build) {
      build.onStart(() => {
        let files: string[];
        try {
          files = readdirSync("dist/cli");
        } catch {
          return;
        }
        for (const file of files.filter(owns)) rmSync(join("dist/cli", file), { force: true });
      });
    },
  };
}

export default defineConfig([
  // ES modules, one file per source module (not bundled): a bundler then
  // drops every module an app's imports do not reach, as it would from the
  // sources, since the package declares no side effects. Chunks that mix
  // modules defeat that: a chunk is kept whole once any of its code is used,
  // with whatever top-level tables its other modules build.
  {
    ...LIBRARY,
    entry: reachedModules(Object.values(ENTRIES)),
    bundle: false,
    treeshake: false,
    format: ["esm"],
  },
  // ES modules for Node (the `node` condition of `exports`): the entries
  // split into a few shared chunks, so that an import in Node loads a
  // handful of files rather than one per source module (about 105, which
  // took Node's loader some 40 ms). Bundlers take the build above.
  {
    ...LIBRARY,
    dts: false,
    entry: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [`node/${name}`, file])),
    splitting: true,
    format: ["esm"],
    esbuildOptions(options) {
      options.chunkNames = "node/chunk-[hash]";
    },
  },
  // CommonJS: one file per entry.
  { ...LIBRARY, entry: ENTRIES, splitting: false, format: ["cjs"] },
  // The command line's entry: one small CommonJS file, dist/cli.cjs, which
  // Node starts without its ES module loader (and without the stream modules
  // an ES module import of `node:fs` loads): it reads the arguments, and
  // loads either the checks' script below or, for the other commands,
  // dist/cli/commands.js.
  {
    ...CLI,
    entry: { cli: "src/cli/main.ts" },
    format: ["cjs"],
    splitting: false,
  },
  // The other commands: self-contained ES modules (zod bundled in) so that
  // `npx news-schema` starts without resolving the package graph. Each
  // command is a chunk of its own under dist/cli/, loaded when it runs, so
  // that `schema` does not parse the viewer or the anchoring.
  {
    ...CLI,
    entry: { "cli/commands": "src/cli/commands.ts" },
    format: ["esm"],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    // Chunk names change with their content: the chunks of the last build go first.
    esbuildPlugins: [cleanCli("chunks", (file) => file.endsWith(".js"))],
  },
  // The checks of `validate` and `summary` (and of its worker threads): one
  // classic script, dist/cli/validate.cjs, which the entry compiles through
  // `node:vm` with a V8 code cache that an earlier run wrote (in
  // node_modules/.cache/news-schema/, see src/cli/script.ts): Node 20 caches
  // compiled code for scripts only. Dynamic imports become
  // `require` calls, which the script is given.
  {
    ...CLI,
    entry: { "cli/validate": "src/cli/validate-script.ts" },
    format: ["cjs"],
    splitting: false,
    esbuildOptions(options) {
      // A script compiled by `node:vm` has no `import()`.
      options.supported = { "dynamic-import": false };
    },
    esbuildPlugins: [cleanCli("script", (file) => file.endsWith(".cjs"))],
  },
]);
