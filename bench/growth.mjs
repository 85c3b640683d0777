#!/usr/bin/env node
// Run by bench/run.mjs with --expose-gc: time and memory of validateRecord on
// the seed scaled 1x, 10x and 100x (body and facts). Prints one JSON object.
import { validateRecord } from "news-schema";
import { scaledSeed } from "./dense.mjs";

const QUICK = process.argv.includes("--quick");
const points = [];
for (const k of [1, 10, 100]) {
  const line = JSON.stringify(scaledSeed(k));
  const reps = Math.max(QUICK ? 2 : 5, Math.round((QUICK ? 20 : 200) / k));
  const records = Array.from({ length: reps }, () => JSON.parse(line));
  for (let i = 0; i < 20; i++) validateRecord(JSON.parse(line));
  const valid = validateRecord(records[0]).success;
  const times = [];
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    for (const r of records) validateRecord(r);
    times.push(Number(process.hrtime.bigint() - start) / 1e3 / records.length);
  }
  // Memory: what one check allocates, read as the heap's growth over one call with no collection in between.
  const bytes = [];
  for (let run = 0; run < 5; run++) {
    const r = JSON.parse(line);
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const result = validateRecord(r);
    bytes.push(process.memoryUsage().heapUsed - before);
    if (result === undefined) throw new Error("unreachable");
  }
  times.sort((a, b) => a - b);
  bytes.sort((a, b) => a - b);
  points.push({ k, bytes: line.length, valid, micros: times[2], allocated: bytes[2] });
}
console.log(JSON.stringify(points));
