#!/usr/bin/env node
// npm run fuzz [-- --cases N --seed S --random-megabytes M]: throws generated input at every
// function of news-schema, and fails on the first one that throws (or that
// calls a mutated record valid without pointing at the mutation, or that
// places a regrounded span on other words). Each input must stay within a
// CPU-time budget, and the hostile inputs below (each in its own process)
// within a heap budget too. Prints the seed so a failure can be replayed
// with --seed.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as lib from "news-schema";
import { records } from "news-schema/dataset";
import { generateRecords } from "../bench/records.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CASES = arg("cases", 100_000);
const RANDOM_MEGABYTES = arg("random-megabytes", 1024);
const SEED = arg("seed", Date.now() % 2_147_483_647);
/**
 * The most CPU time one generated input may take, over every call made on
 * it, in milliseconds. CPU time, not wall-clock time, so that a busy machine
 * does not make an input look slow.
 */
const INPUT_CPU_MS = arg("input-cpu-ms", 2_000);
/** The most CPU time one hostile input (a record at the size limits) may take, in milliseconds. */
const HOSTILE_CPU_MS = arg("hostile-cpu-ms", 20_000);
/** The heap a hostile input runs in, in MB: past it the process dies and the input fails. */
const HOSTILE_HEAP_MB = arg("hostile-heap-mb", 512);
console.log(
  `fuzzing news-schema with ${CASES.toLocaleString("en-US")} cases, seed ${SEED} (replay: npm run fuzz -- --seed ${SEED} --cases ${CASES})`,
);

const valid = [
  ...records.map((r) => JSON.parse(JSON.stringify(r))),
  ...generateRecords(SEED, 40).filter((r) => lib.validateRecord(r).success),
];

/** Every path into a JSON value, root excluded. */
function paths(value, prefix = [], out = []) {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  }
  return out;
}
const pathsOf = valid.map((r) => paths(r));

function mutate(record, path, value) {
  const copy = JSON.parse(JSON.stringify(record));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const startsWith = (path, prefix) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** Calls every record-taking function; any throw fails the case. */
function exercise(input) {
  const body = typeof input?.article?.body === "string" ? input.article.body : "";
  lib.validateRecord(input);
  lib.validateRecord(input, { grounding: false });
  lib.validateShape(input);
  try {
    lib.parseRecord(input);
  } catch (error) {
    if (!(error instanceof lib.NewsRecordError)) throw error;
  }
  lib.checkGrounding(input);
  lib.regroundRecord(input, `${body} (updated)`);
  if (typeof lib.anchorRecord === "function") lib.anchorRecord(input);
  lib.findActor(input, "belarus");
  lib.findActorByName(input, "the bloc");
  lib.findEvent(input, "ev-1");
  lib.findQuotesBySpeaker(input, "lukashenko");
  lib.findQuotesRelayedBy(input, "belta");
  lib.findStatisticsOfEvent(input, "ev-1");
  lib.findEventsOfActor(input, "belarus");
  lib.findPartsOf(input, "eu");
  lib.findMainEvent(input);
  lib.buildTimeline(input);
  lib.indexRecord(input);
  lib.summarizeRecord(input);
  for (const quote of Array.isArray(input?.quotes) ? input.quotes.slice(0, 3) : [undefined])
    lib.describeQuote(input, quote);
  if (typeof lib.toJsonLd === "function") lib.toJsonLd(input);
  // formatQuantity takes a quantity and a unit, not a record: it is given well-formed ones.
  for (const statistic of Array.isArray(input?.statistics) ? input.statistics.slice(0, 3) : []) {
    if (
      lib.QuantitySchema.safeParse(statistic?.quantity).success &&
      lib.UnitSchema.safeParse(statistic?.unit).success
    ) {
      lib.formatQuantity(statistic.quantity, statistic.unit);
    }
  }
}

let failures = 0;
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const run = (name, arbitrary, check, numRuns) => {
  const started = Date.now();
  let slowest = 0;
  const budgeted = (input) => {
    const since = process.cpuUsage();
    check(input);
    const spent = cpuMs(since);
    slowest = Math.max(slowest, spent);
    if (spent > INPUT_CPU_MS)
      throw new Error(`took ${Math.round(spent)} ms of CPU, over the budget of ${INPUT_CPU_MS} ms`);
  };
  const result = fc.check(fc.property(arbitrary, budgeted), { numRuns, seed: SEED, endOnFailure: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failures++;
    console.log(
      `FAIL ${name} after ${result.numRuns} cases (${seconds} s): ${String(result.errorInstance ?? result.error)}`,
    );
    let shown;
    try {
      shown = JSON.stringify(result.counterexample)?.slice(0, 2000);
    } catch {
      shown = fc.stringify(result.counterexample).slice(0, 2000);
    }
    console.log(`  counterexample: ${shown}`);
  } else {
    console.log(
      `ok   ${name}: ${result.numRuns.toLocaleString("en-US")} cases in ${seconds} s, slowest ${Math.round(slowest)} ms CPU`,
    );
  }
};

const share = Math.floor(CASES / 3);
run("arbitrary JSON values", fc.jsonValue({ maxDepth: 6 }), (value) => exercise(value), share);
run(
  "valid records mutated at one place",
  fc
    .integer({ min: 0, max: valid.length - 1 })
    .chain((r) =>
      fc.tuple(
        fc.constant(r),
        fc.constantFrom(...pathsOf[r]),
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
      ),
    ),
  ([r, path, value]) => {
    const mutated = mutate(valid[r], path, value);
    exercise(mutated);
    // A shape issue must point at the mutated place: at it, inside it, or at
    // the object that holds it (a missing field is reported on its parent's
    // key, a broken union on the union). Integrity issues may instead point
    // at whatever referred to a changed id.
    const result = lib.validateRecord(mutated);
    const shape = result.success ? [] : result.issues.filter((issue) => issue.stage === "shape");
    const related = (issue) => startsWith(issue.path, path) || startsWith(path, issue.path);
    if (shape.length > 0 && !shape.some(related)) {
      throw new Error(`no shape issue at ${JSON.stringify(path)}: ${JSON.stringify(shape.slice(0, 3))}`);
    }
  },
  share,
);
run(
  "text for locate",
  fc.tuple(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 20 }), fc.boolean()),
  ([body, text, loose]) => {
    for (const span of lib.locate(body, text, { loose })) {
      if (span.start < 0 || span.end > body.length || span.start > span.end)
        throw new Error(`bad span ${JSON.stringify(span)}`);
      if (!loose && body.slice(span.start, span.end) !== text) throw new Error("exact locate returned other text");
    }
  },
  CASES - 2 * share,
);

// Every exported function, called with arbitrary arguments: none may throw
// but parseRecord (which throws NewsRecordError, as documented), and those
// typed to return text must return text.
const THROWS_AS_DOCUMENTED = new Map([["parseRecord", lib.NewsRecordError]]);
const RETURNS_TEXT = new Set(["formatPath", "formatQuantity", "describeQuote", "summarizeRecord"]);
const isClass = (value) => /^class\b/.test(Function.prototype.toString.call(value));
const functions = new Map(Object.entries(lib).filter(([, value]) => typeof value === "function" && !isClass(value)));
const throwing = (message) =>
  new Proxy(
    {},
    {
      get() {
        throw new Error(message);
      },
      ownKeys() {
        throw new Error(message);
      },
    },
  );
const argument = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(...valid),
  fc.constantFrom(null, undefined, "", [], [""], { toString: () => "" }, Number.NaN, -1, 2 ** 53),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constant(throwing("a getter that throws")),
);
run(
  `every exported function with arbitrary arguments (${functions.size} of them)`,
  fc.tuple(fc.constantFrom(...functions.keys()), fc.array(argument, { maxLength: 3 })),
  ([name, args]) => {
    let out;
    try {
      out = functions.get(name)(...args);
    } catch (error) {
      const allowed = THROWS_AS_DOCUMENTED.get(name);
      if (allowed !== undefined && error instanceof allowed) return;
      throw new Error(`${name} threw ${String(error)}`);
    }
    if (RETURNS_TEXT.has(name) && typeof out !== "string") throw new Error(`${name} returned ${typeof out}`);
  },
  Math.max(100, Math.floor(CASES / 6)),
);

// Reground round trip: text inserted at random places outside every span of
// a valid record; every span regroundRecord places must stand on its old
// words (and carry them as `exact`), or be reported unplaced.
/** Every text span of a record (an object with numeric `start` and `end`), with its path. */
function spanEntries(value, path = [], out = []) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) spanEntries(item, [...path, i], out);
  } else if (value !== null && typeof value === "object") {
    if (typeof value.start === "number" && typeof value.end === "number") out.push({ path, span: value });
    for (const [key, item] of Object.entries(value)) spanEntries(item, [...path, key], out);
  }
  return out;
}
const spanTexts = (record) =>
  new Map(
    spanEntries(record).map(({ path, span }) => [path.join("."), record.article.body.slice(span.start, span.end)]),
  );
run(
  "reground round trip after edits outside the spans",
  fc.integer({ min: 0, max: valid.length - 1 }).chain((r) => {
    const record = valid[r];
    const spans = spanEntries(record).map(({ span }) => span);
    const free = [];
    for (let i = 0; i <= record.article.body.length; i++) {
      if (spans.every((span) => i <= span.start || i >= span.end)) free.push(i);
    }
    return fc.tuple(
      fc.constant(r),
      fc.array(
        fc.tuple(
          fc.constantFrom(...free),
          fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("Belarus", "ian", " ", "the ", "“", "\n\n", "EU")),
        ),
        { minLength: 1, maxLength: 5 },
      ),
    );
  }),
  ([r, edits]) => {
    const record = valid[r];
    let body = record.article.body;
    for (const [at, text] of [...edits].sort((a, b) => b[0] - a[0])) body = body.slice(0, at) + text + body.slice(at);
    const result = lib.regroundRecord(record, body);
    if (!result.success) throw new Error(`reground failed: ${JSON.stringify(result.issues.slice(0, 2))}`);
    const before = spanTexts(record);
    const unplaced = new Set(result.unplaced.map((u) => u.path.join(".")));
    for (const { path, span } of spanEntries(result.record)) {
      const key = path.join(".");
      if (unplaced.has(key)) continue;
      const now = body.slice(span.start, span.end);
      if (now !== before.get(key))
        throw new Error(`${key} placed on ${JSON.stringify(now)}, was ${JSON.stringify(before.get(key))}`);
      if (span.exact !== undefined && span.exact !== now)
        throw new Error(`${key} has exact ${JSON.stringify(span.exact)}`);
    }
  },
  Math.max(50, Math.floor(CASES / 60)),
);

// Hostile inputs from the hardening review, each at the size limits and in
// its own process with a heap of HOSTILE_HEAP_MB: it must finish inside it,
// within HOSTILE_CPU_MS of CPU time.
const hostile = [
  ["1.5 million unknown keys", "keys"],
  ["reground of 2,000 mentions of a word repeated 10,000 times", "reground"],
  ["reground of 1,000 spans onto a body with words put before them", "reground-prefix"],
  ["10,000 mentions over a 1,000,000-unit body, grounding off", "mentions-off"],
  ["10,000 mentions over a 1,000,000-unit body", "mentions"],
  ["5,000 direct quotes over a 1,000,000-unit body", "quotes"],
];
const HOSTILE_SCRIPT = `
  const lib = await import(process.argv[1]);
  const which = process.argv[2];
  const base = () => ({ schemaVersion: "1.0", article: { id: "a", publishedAt: "2021-08-05", language: "en", body: "" }, actors: [], events: [], quotes: [], statistics: [] });
  const wide = () => { const r = base(); r.article.body = "x".repeat(1_000_000); return r; };
  const since = process.cpuUsage();
  let ok = true;
  if (which === "keys") {
    const r = base();
    for (let i = 0; i < 1_500_000; i++) r["k" + i] = 0;
    const result = lib.validateRecord(r);
    ok = !result.success && result.issueCount >= 1_500_000 && result.issues.length === lib.MAX_ISSUES_PER_RECORD;
  } else if (which === "reground" || which === "reground-prefix") {
    const r = base();
    r.article.body = "Belarus ".repeat(10_000);
    const count = which === "reground" ? 2_000 : 1_000;
    r.actors = [{ id: "b", kind: "state", name: "Belarus", country: "BY", mentions: Array.from({ length: count }, (_, i) => ({ start: 40 * i, end: 40 * i + 7, exact: "Belarus" })) }];
    const added = which === "reground" ? "X " : "Belarusian state media say ";
    const result = lib.regroundRecord(r, added + r.article.body + " Y");
    ok = result.success && result.record.actors[0].mentions.every((m, i) => result.unplaced.some((u) => u.path[3] === i) || (m.start === 40 * i + added.length && m.exact === "Belarus"));
  } else if (which.startsWith("mentions")) {
    const r = wide();
    r.actors = [{ id: "p", kind: "person", name: "P", mentions: Array.from({ length: 10_000 }, () => ({ start: 0, end: 1_000_000 })) }];
    const result = lib.validateRecord(r, { grounding: which === "mentions" });
    ok = result.success || result.issues.length <= lib.MAX_ISSUES_PER_RECORD;
  } else if (which === "quotes") {
    const r = wide();
    r.actors = [{ id: "p", kind: "person", name: "P" }];
    r.quotes = Array.from({ length: 5_000 }, (_, i) => ({ id: "q" + i, mode: "direct", speaker: { kind: "actor", actor: "p" }, quoted: [{ start: 0, end: 1_000_000, exact: "y" }] }));
    const result = lib.validateRecord(r);
    ok = !result.success && result.issues.length <= lib.MAX_ISSUES_PER_RECORD && JSON.stringify(result.issues).length < 1_000_000;
  }
  const used = process.cpuUsage(since);
  console.log(JSON.stringify({ ok, cpuMs: Math.round((used.user + used.system) / 1000) }));
`;
{
  const entry = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");
  for (const [name, which] of hostile) {
    let report;
    try {
      const out = execFileSync(
        process.execPath,
        [`--max-old-space-size=${HOSTILE_HEAP_MB}`, "--input-type=module", "-e", HOSTILE_SCRIPT, entry, which],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      report = JSON.parse(out.trim().split("\n").pop());
    } catch (error) {
      failures++;
      console.log(
        `FAIL hostile input, ${name}: the process died (${String(error.status ?? error.signal ?? error)}), over ${HOSTILE_HEAP_MB} MB of heap?`,
      );
      continue;
    }
    if (!report.ok || report.cpuMs > HOSTILE_CPU_MS) {
      failures++;
      console.log(
        `FAIL hostile input, ${name}: ${report.ok ? "" : "wrong answer, "}${report.cpuMs} ms CPU (budget ${HOSTILE_CPU_MS})`,
      );
    } else {
      console.log(`ok   hostile input, ${name}: ${report.cpuMs} ms CPU, within ${HOSTILE_HEAP_MB} MB of heap`);
    }
  }
}

// The command line on a file of random bytes: it must finish, report, exit 1
// and keep its memory flat (peak RSS printed, from /usr/bin/time when present).
{
  const dir = mkdtempSync(join(tmpdir(), "news-schema-fuzz-"));
  const file = join(dir, "random.jsonl");
  let state = SEED >>> 0 || 1;
  const block = Buffer.alloc(1 << 20);
  const fd = openSync(file, "w");
  for (let mb = 0; mb < RANDOM_MEGABYTES; mb++) {
    for (let i = 0; i < block.length; i += 4) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      block.writeUInt32LE(state >>> 0, i);
    }
    writeSync(fd, block);
  }
  closeSync(fd);
  const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.cjs");
  const args = [process.execPath, cli, "validate", "--quiet", file];
  const timed = spawnSync("/usr/bin/time", ["-v", ...args], { encoding: "utf8" });
  const command = timed.error === undefined ? timed : spawnSync(args[0], args.slice(1), { encoding: "utf8" });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(command.stderr ?? "");
  const summary = /[\d,]+ records?: [\d,]+ valid, [\d,]+ invalid/.exec(command.stdout ?? "");
  rmSync(dir, { recursive: true, force: true });
  const peak = rss ? `, peak RSS ${Math.round(Number(rss[1]) / 1024)} MB` : "";
  if (command.status !== 1 || summary === null) {
    failures++;
    const tail = JSON.stringify((command.stdout ?? "").slice(-300));
    console.log(`FAIL command line on ${RANDOM_MEGABYTES} MB of random bytes: exit ${command.status}, output ${tail}`);
  } else {
    console.log(`ok   command line on ${RANDOM_MEGABYTES} MB of random bytes: exit 1, ${summary[0]}${peak}`);
  }
}

console.log(
  failures === 0
    ? "no failures"
    : `${failures} failing propert${failures === 1 ? "y" : "ies"}; replay with --seed ${SEED}`,
);
process.exit(failures === 0 ? 0 : 1);
