#!/usr/bin/env node
// npm run bench [-- --quick]: measures news-schema against its baselines and
// prints medians, spreads, ratios and goals. Generates its own data from a
// fixed seed. Figures go to stdout and to bench/results.json (quick runs to
// bench/out/results-quick.json, which is not committed).
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { generateRecords } from "./records.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const QUICK = process.argv.includes("--quick");
const SEED = 20210805;
const REPEATS = QUICK ? 3 : 7;
const SIZES = QUICK
  ? { records: 300, cliMegabytes: 8, coldRuns: 3 }
  : { records: 3000, cliMegabytes: 320, coldRuns: 15 };

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
  const records = generateRecords(SEED, SIZES.records);
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);

  const contenders = {
    ajv: (r) => ajvValidate(r),
    "zod safeParse (not compiled)": (r) => NewsRecordSchema.safeParse(r).success,
    validateShape: (r) => validateShape(r).success,
    "validateRecord (all checks)": (r) => validateRecord(r).success,
    "validateRecord (no grounding)": (r) => validateRecord(r, { grounding: false }).success,
  };
  // Agreement first: the shape checks must accept the same records.
  const disagree = records.filter((r) => ajvValidate(r) !== validateShape(r).success).length;
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const fn of Object.values(contenders)) for (const r of records.slice(0, 50)) fn(r);
  for (let run = 0; run < REPEATS; run++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      for (const r of records) fn(r);
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const section = {
    name: "in memory",
    records: records.length,
    megabytes: bytes / 1e6,
    disagreements: disagree,
    contenders: {},
  };
  for (const [name, runs] of Object.entries(times)) {
    const s = summarize(runs);
    section.contenders[name] = { ...s, recordsPerSecond: (records.length / s.median) * 1000 };
    row(
      "1 in memory",
      `${name}: records/s`,
      (records.length / s.median) * 1000,
      `rec/s (spread ${fmt(s.spreadPct, 0)}%)`,
    );
  }
  const ajvMedian = median(times.ajv);
  row("1 in memory", "validateShape vs ajv", ajvMedian / median(times.validateShape), "x", { op: ">=", value: 2.5 });
  row(
    "1 in memory",
    "validateRecord (all checks) vs ajv",
    ajvMedian / median(times["validateRecord (all checks)"]),
    "x",
    {
      op: ">=",
      value: 2,
    },
  );
  row(
    "1 in memory",
    "z.compile gain (validateShape vs uncompiled safeParse)",
    median(times["zod safeParse (not compiled)"]) / median(times.validateShape),
    "x",
  );
  row("1 in memory", "records where ajv and validateShape disagree", disagree, "", { op: "<=", value: 0 });
  results.sections.push(section);
}

function cliFile(megabytes) {
  const path = join(tmpdir(), `news-schema-bench-${SEED}-${megabytes}MB.jsonl`);
  try {
    if (statSync(path).size >= megabytes * 1e6) return path;
  } catch {}
  const out = createWriteStream(path);
  let written = 0;
  let batch = 0;
  return new Promise((resolve, reject) => {
    const writeMore = () => {
      while (written < megabytes * 1e6) {
        const lines = `${generateRecords(SEED + batch++, 200)
          .map((r) => JSON.stringify(r))
          .join("\n")}\n`;
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
function measured(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync("/usr/bin/time", ["-v", ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  return { seconds, rssMB: rss ? Number(rss[1]) / 1024 : Number.NaN, status: child.status, stdout: child.stdout };
}

async function cliPipeline() {
  const file = await cliFile(SIZES.cliMegabytes);
  const size = statSync(file).size;
  const floor = join(ROOT, "bench", "floor.mjs");
  const cli = join(ROOT, "dist", "cli.js");
  const records = Number(execFileSync(process.execPath, [floor, file], { encoding: "utf8" }).trim());
  const cliRuns = [];
  const floorRuns = [];
  const rss = [];
  for (let run = 0; run < (QUICK ? 2 : 5); run++) {
    const f = measured([process.execPath, floor, file]);
    floorRuns.push(f.seconds);
    const c = measured([process.execPath, cli, "validate", "--quiet", file]);
    if (c.status !== 0 && c.status !== 1) throw new Error(`news-schema validate exited with ${c.status}`);
    cliRuns.push(c.seconds);
    rss.push(c.rssMB);
  }
  const cliRate = records / median(cliRuns);
  const floorRate = records / median(floorRuns);
  row(
    "2 CLI pipeline",
    `news-schema validate: records/s (file ${fmt(size / 1e6, 0)} MB, ${fmt(records)} records)`,
    cliRate,
    `rec/s, ${fmt(size / 1e6 / median(cliRuns), 1)} MB/s (spread ${fmt(spread(cliRuns), 0)}%)`,
  );
  row(
    "2 CLI pipeline",
    "floor (read, split, JSON.parse): records/s",
    floorRate,
    `rec/s (spread ${fmt(spread(floorRuns), 0)}%)`,
  );
  row("2 CLI pipeline", "CLI throughput vs floor", cliRate / floorRate, "x", { op: ">=", value: 0.75 });
  row("3 memory", `peak RSS, ${fmt(size / 1e6, 0)} MB file`, median(rss), "MB", { op: "<=", value: 150 });

  const doubled = await cliFile(SIZES.cliMegabytes * 2);
  const big = measured([process.execPath, cli, "validate", "--quiet", doubled]);
  row("3 memory", `peak RSS, ${fmt(statSync(doubled).size / 1e6, 0)} MB file`, big.rssMB, "MB");
  row("3 memory", "peak RSS growth on a file twice the size", (big.rssMB / median(rss) - 1) * 100, "%", {
    op: "<=",
    value: 10,
  });
  results.sections.push({
    name: "cli",
    file: size,
    records,
    cliSeconds: summarize(cliRuns),
    floorSeconds: summarize(floorRuns),
    rssMB: rss,
    doubledRssMB: big.rssMB,
  });
}

function coldStart() {
  const one = join(tmpdir(), "news-schema-bench-one.jsonl");
  writeFileSync(one, `${JSON.stringify(generateRecords(SEED, 1)[0])}\n`);
  const cli = join(ROOT, "dist", "cli.js");
  const nodeRuns = [];
  const cliRuns = [];
  for (let run = 0; run < SIZES.coldRuns; run++) {
    nodeRuns.push(measured([process.execPath, "-e", "0"]).seconds);
    cliRuns.push(measured([process.execPath, cli, "validate", one]).seconds);
  }
  row("4 cold start", "node -e 0", median(nodeRuns) * 1000, "ms");
  row("4 cold start", "news-schema validate, one record", median(cliRuns) * 1000, "ms");
  row("4 cold start", "cold start vs node -e 0", median(cliRuns) / median(nodeRuns), "x", { op: "<=", value: 1.5 });
  results.sections.push({ name: "cold start", node: summarize(nodeRuns), cli: summarize(cliRuns) });
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
  row("5 type-checking", `instantiations (${typeNames.length} exported types used)`, instantiations, "", {
    op: "<=",
    value: 10_000,
  });
  row("5 type-checking", "check time", median(runs), `s (spread ${fmt(spread(runs), 0)}%)`, { op: "<=", value: 0.35 });
  results.sections.push({
    name: "type-checking",
    instantiations,
    checkSeconds: summarize(runs),
    types: typeNames.length,
  });
}

async function bundleSize() {
  const { build } = await import("esbuild");
  const out = await build({
    stdin: {
      contents: 'import { validateRecord } from "news-schema"; globalThis.v = validateRecord;',
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const code = out.outputFiles[0].contents;
  const text = Buffer.from(code).toString("utf8");
  const gz = gzipSync(code, { level: 9 }).length;
  const leaks = ["Belarus plans to close", "belarus-lithuania-border", "q-no-one-may-cross"].filter((s) =>
    text.includes(s),
  );
  row("6 bundle", "validateRecord with zod, minified", code.length / 1024, "kB");
  row("6 bundle", "validateRecord with zod, minified and gzipped", gz / 1024, "kB", { op: "<=", value: 40 });
  row("6 bundle", "dataset strings found in the bundle", leaks.length, "", { op: "<=", value: 0 });
  results.sections.push({ name: "bundle", minifiedBytes: code.length, gzipBytes: gz, leaks });
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
await bundleSize();
print();
const missed = rows.filter((r) => r.met === false);
process.exit(missed.length === 0 ? 0 : 1);
