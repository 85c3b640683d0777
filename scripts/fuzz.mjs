#!/usr/bin/env node
// npm run fuzz [-- --cases N --seed S --random-megabytes M]: throws generated input at every
// function of news-schema that takes a record, text or a quantity, and
// fails on the first one that throws (or that calls a mutated record valid
// without pointing at the mutation). Prints the seed so a failure can be
// replayed with --seed.
import { spawnSync } from "node:child_process";
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
const run = (name, arbitrary, check, numRuns) => {
  const started = Date.now();
  const result = fc.check(fc.property(arbitrary, check), { numRuns, seed: SEED, endOnFailure: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failures++;
    console.log(
      `FAIL ${name} after ${result.numRuns} cases (${seconds} s): ${String(result.errorInstance ?? result.error)}`,
    );
    console.log(`  counterexample: ${JSON.stringify(result.counterexample)?.slice(0, 2000)}`);
  } else {
    console.log(`ok   ${name}: ${result.numRuns.toLocaleString("en-US")} cases in ${seconds} s`);
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
  const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
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
