import { readFileSync, rmSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "dataset/index": "src/dataset/index.ts",
      "view/index": "src/view/index.ts",
    },
    // Each entry is one file: the view carries its own copy of the checks it
    // draws, so that the root entry neither grows nor changes shape.
    splitting: false,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Keeps the command line and its chunks, which the second build writes at the same time.
    clean: ["!cli.js", "!cli/**"],
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod"],
  },
  // The command line: self-contained ES modules (zod bundled in) so that
  // `npx news-schema` starts without resolving the package graph. The entry
  // reads the arguments only; each command is a chunk of its own under
  // dist/cli/, loaded when it runs, so that `validate` does not parse the
  // viewer, the anchoring or the JSON Schema.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
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
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    // Chunk names change with their content: the chunks of the last build go first.
    esbuildPlugins: [
      {
        name: "clean-cli-chunks",
        setup(build) {
          build.onStart(() => rmSync("dist/cli", { recursive: true, force: true }));
        },
      },
    ],
  },
]);
