#!/usr/bin/env node
// npm run bench [-- --quick]: measures news-schema against its baselines and
// prints medians, spreads, ratios and goals. Generates its own data from a
// fixed seed. Figures go to stdout and to bench/results.json (quick runs to
// bench/out/results-quick.json, which is not committed).
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { denseRecords } from "./dense.mjs";
import { generateRecords } from "./records.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const QUICK = process.argv.includes("--quick");
const SEED = 20210805;
const REPEATS = QUICK ? 3 : 5;
const SIZES = QUICK
  ? { records: 100, cliMegabytes: 4, cliRuns: 2, coldRuns: 3 }
  : { records: 1000, cliMegabytes: 32, cliRuns: 5, coldRuns: 21 };

const results = { date: new Date().toISOString(), quick: QUICK, seed: SEED, machine: machine(), sections: [] };
const rows = [];

function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    platform: process.platform,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Spread as the range of the runs relative to their median, in percent. */
function spread(values) {
  return ((Math.max(...values) - Math.min(...values)) / median(values)) * 100;
}

function summarize(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    spreadPct: spread(values),
    runs: values,
  };
}

/**
 * Adds a result row. `goal` is { op: ">=" | "<=", value } or undefined;
 * goals are judged on full runs only.
 */
function row(section, name, value, unit, goal) {
  const met = goal === undefined ? undefined : goal.op === ">=" ? value >= goal.value : value <= goal.value;
  rows.push({ section, name, value, unit, goal, met: QUICK ? undefined : met });
}

function fmt(n, digits = 2) {
  return Number.isInteger(n) ? n.toLocaleString("en-US") : n.toLocaleString("en-US", { maximumFractionDigits: digits });
}

async function inMemory() {
  const { validateRecord, validateShape, NewsRecordSchema } = await import("news-schema");
  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const { default: addFormats } = await import("ajv-formats");
  const schema = JSON.parse(readFileSync(join(ROOT, "schema", "news-record.json"), "utf8"));
  const ajv = new Ajv2020();
  addFormats(ajv);
  const ajvValidate = ajv.compile(schema);
  const datasets = {
    "dense (as the seed)": denseRecords(SIZES.records).map((r) => JSON.stringify(r)),
    generated: generateRecords(SEED, SIZES.records).map((r) => JSON.stringify(r)),
  };
  for (const [data, lines] of Object.entries(datasets)) {
    const records = lines.map((line) => JSON.parse(line));
    const bytes = lines.reduce((sum, line) => sum + line.length, 0);
    const contenders = {
      "JSON.parse": [lines, (line) => JSON.parse(line)],
      ajv: [records, (r) => ajvValidate(r)],
      "zod safeParse (not compiled)": [records, (r) => NewsRecordSchema.safeParse(r).success],
      validateShape: [records, (r) => validateShape(r).success],
      "validateRecord (no grounding)": [records, (r) => validateRecord(r, { grounding: false }).success],
      "validateRecord (all checks)": [records, (r) => validateRecord(r).success],
    };
    // Agreement first: the shape checks must accept the same records.
    const disagree = records.filter((r) => ajvValidate(r) !== validateShape(r).success).length;
    const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
    for (const [items, fn] of Object.values(contenders)) for (const item of items.slice(0, 50)) fn(item);
    // Side by side: each run times every contender in turn, so that the machine's load falls on all alike.
    for (let run = 0; run < REPEATS; run++) {
      for (const [name, [items, fn]] of Object.entries(contenders)) {
        const start = process.hrtime.bigint();
        for (const item of items) fn(item);
        times[name].push(Number(process.hrtime.bigint() - start) / 1e3 / items.length);
      }
    }
    const section = {
      name: `in memory, ${data}`,
      records: records.length,
      megabytes: bytes / 1e6,
      disagreements: disagree,
      contenders: {},
    };
    const label = `1 in memory, ${data}`;
    for (const [name, runs] of Object.entries(times)) {
      const s = summarize(runs);
      section.contenders[name] = { ...s, microsPerRecord: s.median };
      row(label, `${name}: µs per record`, s.median, `µs (spread ${fmt(s.spreadPct, 0)}%)`);
    }
    const m = (name) => median(times[name]);
    row(label, "all checks vs JSON.parse (time)", m("validateRecord (all checks)") / m("JSON.parse"), "x", {
      op: "<=",
      value: 1,
    });
    row(label, "validateShape vs ajv (speed)", m("ajv") / m("validateShape"), "x", { op: ">=", value: 3 });
    row(label, "records where ajv and validateShape disagree", disagree, "", { op: "<=", value: 0 });
    section.recordBytes = bytes / records.length;
    results.sections.push(section);
  }
}

function growth() {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--max-semi-space-size=128", join(ROOT, "bench", "growth.mjs"), ...(QUICK ? ["--quick"] : [])],
    { encoding: "utf8" },
  );
  const points = JSON.parse(out);
  for (const p of points) {
    row(
      "7 growth",
      `seed x${p.k} (${fmt(p.bytes / 1e3, 0)} kB${p.valid ? "" : ", INVALID"}): validateRecord`,
      p.micros / 1e3,
      "ms",
    );
    row("7 growth", `seed x${p.k}: heap allocated by one check`, p.allocated / 1e6, "MB");
  }
  const first = points[0];
  const last = points[points.length - 1];
  const slope = (a, b) => Math.log(b / a) / Math.log(last.k / first.k);
  row("7 growth", "time slope, log-log from x1 to x100 (1 = linear)", slope(first.micros, last.micros), "", {
    op: "<=",
    value: 1.15,
  });
  row("7 growth", "memory slope, log-log from x1 to x100 (1 = linear)", slope(first.allocated, last.allocated), "", {
    op: "<=",
    value: 1.15,
  });
  results.sections.push({ name: "growth", points });
}

function cliFile(kind, megabytes) {
  const path = join(tmpdir(), `news-schema-bench-${kind}-${SEED}-${megabytes}MB.jsonl`);
  try {
    if (statSync(path).size >= megabytes * 1e6) return path;
  } catch {}
  const out = createWriteStream(path);
  let written = 0;
  let batch = 0;
  return new Promise((resolve, reject) => {
    const writeMore = () => {
      while (written < megabytes * 1e6) {
        const records = kind === "dense" ? denseRecords(200) : generateRecords(SEED + batch, 200);
        batch++;
        const lines = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
        written += Buffer.byteLength(lines);
        if (!out.write(lines)) return out.once("drain", writeMore);
      }
      out.end(() => resolve(path));
    };
    out.on("error", reject);
    writeMore();
  });
}

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MB. */
function measured(args, env) {
  const start = process.hrtime.bigint();
  const child = spawnSync("/usr/bin/time", ["-v", ...args], { encoding: "utf8", maxBuffer: 1 << 30, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  // CPU time, all threads: what the run cost the machine, less bent than wall time by others' load.
  const cpu = ["User", "System"].reduce(
    (sum, kind) =>
      sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(child.stderr)?.[1] ?? Number.NaN),
    0,
  );
  return { seconds, cpu, rssMB: rss ? Number(rss[1]) / 1024 : Number.NaN, status: child.status, stdout: child.stdout };
}

async function cliPipeline() {
  const floor = join(ROOT, "bench", "floor.mjs");
  const cli = join(ROOT, "dist", "cli.cjs");
  const cores = availableParallelism();
  const jobCounts = [...new Set([1, 2, ...(cores > 2 ? [cores] : [])])];
  for (const kind of ["dense", "generated"]) {
    const file = await cliFile(kind, SIZES.cliMegabytes);
    const size = statSync(file).size;
    const records = Number(execFileSync(process.execPath, [floor, file], { encoding: "utf8" }).trim());
    const floorRuns = [];
    const runs = Object.fromEntries(jobCounts.map((j) => [j, { seconds: [], cpu: [], rss: [] }]));
    const loadAtStart = loadavg()[0];
    for (let run = 0; run < SIZES.cliRuns; run++) {
      floorRuns.push(measured([process.execPath, floor, file]).seconds);
      for (const jobs of jobCounts) {
        const c = measured([process.execPath, cli, "validate", "--quiet", "--jobs", String(jobs), file]);
        if (c.status !== 0 && c.status !== 1) throw new Error(`news-schema validate exited with ${c.status}`);
        runs[jobs].seconds.push(c.seconds);
        runs[jobs].cpu.push(c.cpu);
        runs[jobs].rss.push(c.rssMB);
      }
    }
    const label = `2 CLI, ${kind}`;
    row(label, "load average (1 min) at the start, at the end", loadAtStart, `/ ${fmt(loadavg()[0])}`);
    const floorRate = records / median(floorRuns);
    row(
      label,
      `floor (read, split, JSON.parse, 1 thread): records/s (file ${fmt(size / 1e6, 0)} MB, ${fmt(records)} records)`,
      floorRate,
      `rec/s (spread ${fmt(spread(floorRuns), 0)}%)`,
    );
    for (const jobs of jobCounts) {
      const rate = records / median(runs[jobs].seconds);
      row(label, `validate --jobs ${jobs}: records/s`, rate, `rec/s (spread ${fmt(spread(runs[jobs].seconds), 0)}%)`);
      row(
        label,
        `validate --jobs ${jobs}: CPU time per record, all threads`,
        (median(runs[jobs].cpu) / records) * 1e3,
        "ms",
      );
      row(
        label,
        `validate --jobs ${jobs} vs the floor`,
        rate / floorRate,
        "x",
        kind === "dense" && jobs === 2 ? { op: ">=", value: 1 } : undefined,
      );
    }
    if (jobCounts.length > 1) {
      row(label, "scaling, --jobs 2 vs --jobs 1", median(runs[1].seconds) / median(runs[2].seconds), "x");
    }
    if (kind === "dense") {
      row("3 per core", "records/s per core, dense records (--jobs 1)", records / median(runs[1].seconds), "rec/s");
      row("3 per core", "MB/s per core, dense records (--jobs 1)", size / 1e6 / median(runs[1].seconds), "MB/s");
      const one = median(runs[1].rss);
      row("4 memory", `peak RSS, --jobs 1, ${fmt(size / 1e6, 0)} MB dense file`, one, "MB", { op: "<=", value: 120 });
      for (const jobs of jobCounts.filter((j) => j > 1)) {
        row("4 memory", `peak RSS, --jobs ${jobs}`, median(runs[jobs].rss), "MB");
        row("4 memory", `peak RSS per worker, --jobs ${jobs}`, median(runs[jobs].rss) / jobs, "MB");
      }
      const doubled = await cliFile("dense", SIZES.cliMegabytes * 2);
      const big = measured([process.execPath, cli, "validate", "--quiet", "--jobs", "1", doubled]);
      row("4 memory", `peak RSS, --jobs 1, ${fmt(statSync(doubled).size / 1e6, 0)} MB dense file`, big.rssMB, "MB");
      row("4 memory", "peak RSS growth on a file twice the size", (big.rssMB / one - 1) * 100, "%", {
        op: "<=",
        value: 10,
      });
    }
    results.sections.push({ name: `cli, ${kind}`, file: size, records, floorSeconds: summarize(floorRuns), runs });
  }
}

/**
 * A copy of the command line as installed on a platform whose ICU data differ
 * from those the build's text tables were generated with: the ICU version the
 * copied checks compare with is changed, so they build their tables from
 * `Intl` and cache them (see src/cli/table-cache.ts), as on any other Node.
 */
function otherPlatformCli() {
  const dir = join(ROOT, "bench", "out", "other-platform");
  rmSync(dir, { recursive: true, force: true });
  const install = join(dir, "node_modules", "news-schema");
  cpSync(join(ROOT, "dist", "cli.cjs"), join(install, "dist", "cli.cjs"));
  cpSync(join(ROOT, "dist", "cli"), join(install, "dist", "cli"), { recursive: true });
  writeFileSync(join(install, "package.json"), '{ "type": "module" }\n');
  const generated = readFileSync(join(ROOT, "src", "text", "generated", "marker-words.ts"), "utf8");
  const icu = JSON.stringify(/MARKER_WORDS_ICU = "([^"]*)"/.exec(generated)?.[1] ?? "");
  const script = join(install, "dist", "cli", "validate.cjs");
  const text = readFileSync(script, "utf8");
  if (text.split(icu).length !== 2) throw new Error(`The ICU version ${icu} is not in ${script} once.`);
  writeFileSync(script, text.replace(icu, JSON.stringify("0.0")));
  return join(install, "dist", "cli.cjs");
}

function coldStart() {
  const one = join(tmpdir(), "news-schema-bench-one.jsonl");
  writeFileSync(one, `${JSON.stringify(denseRecords(1)[0])}\n`);
  const cli = join(ROOT, "dist", "cli.cjs");
  const loadAtStart = loadavg()[0];
  // The code cache of the checks (see src/cli/script.ts) is written by a first run: a run of the
  // command line's own, and one with the cache turned off, which is what a first run costs at most.
  const noCache = { ...process.env, NEWS_SCHEMA_NO_CODE_CACHE: "1" };
  const other = otherPlatformCli();
  const commands = {
    node: [process.execPath, "-e", "0"],
    cli: [process.execPath, cli, "validate", one],
    // On a platform whose ICU data differ from the build's: its cached tables, and its first run (no cache at all).
    other: [process.execPath, other, "validate", one],
    otherFirst: [process.execPath, other, "validate", one],
    // The command line's own share apart from the checks': without grounding, and a start that loads no check.
    noGrounding: [process.execPath, cli, "validate", "--no-grounding", one],
    version: [process.execPath, cli, "--version"],
    noCache: [process.execPath, cli, "validate", one],
  };
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, { seconds: [], cpu: [] }]));
  spawnSync(process.execPath, [cli, "validate", one]);
  spawnSync(process.execPath, [other, "validate", one]);
  const cacheDir = join(ROOT, "bench", "out", "other-platform", "node_modules", ".cache", "news-schema");
  if (!readdirSync(cacheDir).some((file) => file.startsWith("text-tables."))) {
    throw new Error(`The first run on the other platform cached no text tables in ${cacheDir}.`);
  }
  for (let run = 0; run < SIZES.coldRuns; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const { seconds, cpu } = measured(args, name === "noCache" || name === "otherFirst" ? noCache : undefined);
      runs[name].seconds.push(seconds);
      runs[name].cpu.push(cpu);
    }
  }
  const wall = (name) => median(runs[name].seconds);
  const cpu = (name) => median(runs[name].cpu);
  row("5 cold start", "load average (1 min) at the start / at the end", loadAtStart, `/ ${fmt(loadavg()[0])}`);
  row("5 cold start", "node -e 0", wall("node") * 1000, "ms");
  row("5 cold start", "news-schema validate, one record", wall("cli") * 1000, "ms");
  row("5 cold start", "cold start vs node -e 0", wall("cli") / wall("node"), "x", { op: "<=", value: 1.3 });
  row("5 cold start", "cold start vs node -e 0, CPU time", cpu("cli") / cpu("node"), "x");
  row("5 cold start", "validate --no-grounding, one record, vs node -e 0", wall("noGrounding") / wall("node"), "x");
  row("5 cold start", "news-schema --version vs node -e 0", wall("version") / wall("node"), "x");
  row(
    "5 cold start",
    "validate without the code cache (a first run), vs node -e 0",
    wall("noCache") / wall("node"),
    "x",
  );
  row(
    "5 cold start",
    "validate where the build's tables do not fit (other ICU data), its tables cached, vs node -e 0",
    wall("other") / wall("node"),
    "x",
  );
  row(
    "5 cold start",
    "validate where the build's tables do not fit, a first run (no cache), vs node -e 0",
    wall("otherFirst") / wall("node"),
    "x",
  );
  results.sections.push({
    name: "cold start",
    runs: SIZES.coldRuns,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    ...Object.fromEntries(
      Object.entries(runs).map(([name, { seconds, cpu }]) => [name, { ...summarize(seconds), cpu: summarize(cpu) }]),
    ),
  });
}

function typeCost() {
  const dir = join(ROOT, "bench", "out", "consumer");
  mkdirSync(dir, { recursive: true });
  const dts = readFileSync(join(ROOT, "dist", "index.d.ts"), "utf8");
  const exported = /export \{([^}]*)\};?\s*$/.exec(dts)?.[1] ?? "";
  const names = exported
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) =>
      s
        .replace(/^type /, "")
        .split(" as ")
        .pop(),
    );
  const typeNames = names.filter((n) => new RegExp(`(?:type|interface) ${n}\\b`).test(dts));
  const generic = (n) => new RegExp(`(?:type|interface) ${n}<`).test(dts);
  const lines = [
    `import type { ${typeNames.join(", ")} } from "news-schema";`,
    `import { validateRecord } from "news-schema";`,
    `import { belarusLithuaniaBorder } from "news-schema/dataset";`,
    ...typeNames.map((n, i) => `export declare const t${i}: ${n}${generic(n) ? "<NewsRecord>" : ""};`),
    `const result = validateRecord(JSON.parse("{}"));`,
    `if (result.success) { const r: NewsRecord = result.data; r.quotes.map((q) => (q.mode === "direct" ? q.quoted.length : 0)); }`,
    `export const seedId: "belarus" = belarusLithuaniaBorder.actors[0].id;`,
  ];
  writeFileSync(join(dir, "consumer.ts"), `${lines.join("\n")}\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        types: [],
      },
      files: ["consumer.ts"],
    }),
  );
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const runs = [];
  let instantiations = Number.NaN;
  for (let run = 0; run < (QUICK ? 1 : 5); run++) {
    const out = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--extendedDiagnostics"], {
      encoding: "utf8",
    });
    if (out.status !== 0) throw new Error(`the consumer file does not type-check:\n${out.stdout}`);
    instantiations = Number(/Instantiations:\s+(\d+)/.exec(out.stdout)?.[1]);
    runs.push(Number(/Check time:\s+([\d.]+)s/.exec(out.stdout)?.[1]));
  }
  row("6 type-checking", `instantiations (${typeNames.length} exported types used)`, instantiations, "", {
    op: "<=",
    value: 10_000,
  });
  row("6 type-checking", "check time", median(runs), `s (spread ${fmt(spread(runs), 0)}%)`, { op: "<=", value: 0.35 });
  results.sections.push({
    name: "type-checking",
    instantiations,
    checkSeconds: summarize(runs),
    types: typeNames.length,
  });
}

/**
 * Bundles `contents` as an app would (esbuild, minified, ESM, for the
 * browser), against the built package; with `fromSources`, against the
 * TypeScript sources instead. Returns the code, its gzipped size and the
 * source modules whose code it holds, largest first.
 */
async function bundle(contents, fromSources = false) {
  const { build } = await import("esbuild");
  const out = await build({
    stdin: {
      contents: fromSources
        ? contents.replace(/"news-schema(?:\/(\w+))?"/g, (_, sub) =>
            JSON.stringify(sub === undefined ? "./src/index.ts" : `./src/${sub}/index.ts`),
          )
        : contents,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  const code = out.outputFiles[0].contents;
  const modules = Object.values(out.metafile.outputs)
    .flatMap((meta) => Object.entries(meta.inputs))
    .filter(([file, input]) => input.bytesInOutput > 0 && /^(?:src|dist)\//.test(file))
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .map(([file, input]) => ({ file, minifiedBytes: input.bytesInOutput }));
  return { code, text: Buffer.from(code).toString("utf8"), gz: gzipSync(code, { level: 9 }).length, modules };
}

/** What an app bundles for one import, from the package as published and, for comparison, from the sources. */
const BUNDLED_IMPORTS = [
  ["validateRecord", "news-schema"],
  ["validateShape", "news-schema"],
  ["toJsonLd", "news-schema"],
  ["describeStatistic", "news-schema"],
  ["belarusLithuaniaBorder", "news-schema/dataset"],
  ["renderRecordView", "news-schema/view"],
];

async function bundleSize() {
  const validate = await bundle('import { validateRecord } from "news-schema"; globalThis.v = validateRecord;');
  const leaks = ["Belarus plans to close", "belarus-lithuania-border", "q-no-one-may-cross"].filter((s) =>
    validate.text.includes(s),
  );
  // zod is bundled only when the import reaches it: validation runs the generated shape check and needs none of it.
  const zod = (text) => (text.includes("$ZodType") ? "zod bundled" : "no zod");
  row("8 bundle", `validateRecord, minified (${zod(validate.text)})`, validate.code.length / 1024, "kB");
  row("8 bundle", "validateRecord, minified and gzipped", validate.gz / 1024, "kB", { op: "<=", value: 30 });
  row("8 bundle", "dataset strings found in the bundle", leaks.length, "", { op: "<=", value: 0 });
  const jsonLd = await bundle('import { toJsonLd } from "news-schema"; globalThis.v = toJsonLd;');
  row("8 bundle", `toJsonLd alone, minified (${zod(jsonLd.text)})`, jsonLd.code.length / 1024, "kB");
  row("8 bundle", "toJsonLd alone, minified and gzipped", jsonLd.gz / 1024, "kB");
  // Each import, gzipped, from the package and from the sources: the build should cost an app nothing.
  const entries = [];
  for (const [name, from] of BUNDLED_IMPORTS) {
    const source = `import { ${name} } from "${from}"; globalThis.v = ${name};`;
    const built = await bundle(source);
    const sources = await bundle(source, true);
    row(
      "8 bundle",
      `${name} (${from}), gzipped; minified ${fmt(built.code.length / 1024, 1)} kB; from the sources ${fmt(sources.gz / 1024, 1)} kB gzipped`,
      Number((built.gz / 1024).toFixed(1)),
      "kB",
    );
    entries.push({
      import: name,
      from,
      minifiedBytes: built.code.length,
      gzipBytes: built.gz,
      fromSources: { minifiedBytes: sources.code.length, gzipBytes: sources.gz },
      largestModules: sources.modules.slice(0, 12),
    });
  }
  results.sections.push({
    name: "bundle",
    minifiedBytes: validate.code.length,
    gzipBytes: validate.gz,
    leaks,
    toJsonLd: { minifiedBytes: jsonLd.code.length, gzipBytes: jsonLd.gz },
    entries,
  });
}

function print() {
  const lines = [];
  lines.push(
    `news-schema benchmark — ${results.date} — ${results.machine.cores} cores, ${results.machine.cpu}, Node ${results.machine.node}${QUICK ? " — QUICK (small sizes, goals not judged)" : ""}`,
  );
  lines.push("");
  lines.push("| section | measure | value | unit | goal | met |");
  lines.push("| --- | --- | ---: | --- | --- | --- |");
  for (const r of rows) {
    const goal = r.goal ? `${r.goal.op} ${fmt(r.goal.value)}` : "";
    const met = r.met === undefined ? (r.goal && QUICK ? "not judged" : "") : r.met ? "yes" : "NO";
    lines.push(`| ${r.section} | ${r.name} | ${fmt(r.value)} | ${r.unit} | ${goal} | ${met} |`);
  }
  console.log(lines.join("\n"));
  results.rows = rows;
  const target = QUICK ? join(ROOT, "bench", "out", "results-quick.json") : join(ROOT, "bench", "results.json");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nfigures written to ${target.slice(ROOT.length + 1)}`);
}

await inMemory();
await cliPipeline();
coldStart();
typeCost();
growth();
await bundleSize();
print();
const missed = rows.filter((r) => r.met === false);
process.exit(missed.length === 0 ? 0 : 1);
