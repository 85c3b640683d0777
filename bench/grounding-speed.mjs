#!/usr/bin/env node
// node bench/grounding-speed.mjs [--base DIR] [--records N] [--rounds R] [--profile]
//
// Microseconds per dense record (bench/dense.mjs: the seed under new ids,
// one in ten with a reference that does not resolve) for the grounding stage
// alone (`groundingProblems`) and for `validateRecord` with all checks. The
// sources are bundled with esbuild straight from `src/`, so no build is
// needed. With `--base DIR` (a directory holding another `src/`, such as
// `git archive main src | tar -x -C DIR`), both are measured side by side in
// one process, alternating, and the results of the two are compared record
// by record: a speed change must change no issue. `--profile` runs only this
// tree's grounding in a loop long enough for `node --cpu-prof`, and keeps
// the bundle it ran so that the profile's lines can be read.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";
import { denseRecords } from "./dense.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

const BASE = option("--base", undefined);
const RECORDS = Number(option("--records", "1000"));
const ROUNDS = Number(option("--rounds", "7"));
const PROFILE = process.argv.includes("--profile");

/** Bundles `groundingProblems` and `validateRecord` of the `src/` under `root`, and imports them. */
async function load(root, name, into) {
  const outfile = join(into, `${name}.mjs`);
  await build({
    stdin: {
      contents: [
        `export { groundingProblems } from ${JSON.stringify(join(root, "src/grounding/check.ts"))};`,
        `export { validateRecord } from ${JSON.stringify(join(root, "src/validation/validate.ts"))};`,
      ].join("\n"),
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile,
    nodePaths: [join(ROOT, "node_modules")],
    logLevel: "error",
  });
  return import(pathToFileURL(outfile).href);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Microseconds per record of one pass of `run` over every record: wall
 * time, and the process's CPU time (user and system), which a machine
 * shared with other work inflates less than wall time.
 */
function time(records, run) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const record of records) run(record);
  const wall = Number(process.hrtime.bigint() - start) / 1000 / records.length;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / records.length };
}

const load1 = () => loadavg()[0].toFixed(2);

const dir = mkdtempSync(join(tmpdir(), "grounding-speed-"));
try {
  const records = denseRecords(RECORDS);
  const variants = [{ name: "this tree", lib: await load(ROOT, "this", dir) }];
  if (BASE !== undefined) variants.unshift({ name: "base", lib: await load(resolve(BASE), "base", dir) });

  if (PROFILE) {
    const { groundingProblems } = variants[variants.length - 1].lib;
    let count = 0;
    for (let round = 0; round < ROUNDS * 4; round++)
      for (const record of records) count += groundingProblems(record).length;
    console.log(`profiled ${ROUNDS * 4} passes over ${records.length} records (${count} entries)`);
    console.log(`the bundle profiled, kept for reading the profile's lines: ${join(dir, "this.mjs")}`);
  } else {
    if (variants.length === 2) {
      const [base, mine] = variants;
      let differ = 0;
      for (const record of records) {
        const same =
          isDeepStrictEqual(base.lib.groundingProblems(record), mine.lib.groundingProblems(record)) &&
          isDeepStrictEqual(base.lib.validateRecord(record), mine.lib.validateRecord(record));
        if (!same) differ++;
      }
      console.log(`results: ${differ === 0 ? "identical" : `${differ} records differ`} on ${records.length} records`);
      if (differ > 0) process.exitCode = 1;
    }
    const figures = variants.map(() => ({ grounding: [], all: [] }));
    const loads = [load1()];
    // Warm up, then alternate which variant goes first.
    for (const { lib } of variants) for (let i = 0; i < 3; i++) time(records, lib.groundingProblems);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? variants.map((_, i) => i) : variants.map((_, i) => i).reverse();
      for (const i of order) {
        figures[i].grounding.push(time(records, variants[i].lib.groundingProblems));
        figures[i].all.push(time(records, variants[i].lib.validateRecord));
      }
      loads.push(load1());
    }
    console.log(`${records.length} dense records, ${ROUNDS} rounds, medians; load (1 min) ${loads.join(" ")}`);
    console.log("| µs per record | grounding alone, wall | CPU | validateRecord all checks, wall | CPU |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    const at = (i, key, clock) => median(figures[i][key].map((figure) => figure[clock]));
    for (const [i, { name }] of variants.entries()) {
      const cells = [at(i, "grounding", "wall"), at(i, "grounding", "cpu"), at(i, "all", "wall"), at(i, "all", "cpu")];
      console.log(`| ${name} | ${cells.map((cell) => cell.toFixed(1)).join(" | ")} |`);
    }
    if (variants.length === 2) {
      const ratio = (key, clock) => `${(at(0, key, clock) / at(1, key, clock)).toFixed(2)}x`;
      const cells = [ratio("grounding", "wall"), ratio("grounding", "cpu"), ratio("all", "wall"), ratio("all", "cpu")];
      console.log(`| base / this tree | ${cells.join(" | ")} |`);
    }
  }
} finally {
  if (!PROFILE) rmSync(dir, { recursive: true, force: true });
}
