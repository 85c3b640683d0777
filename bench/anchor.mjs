#!/usr/bin/env node
// Prints what anchorRecord costs on large drafts: time and work (code units
// read, the unit of its budget). Run after `npm run build`.
import { performance } from "node:perf_hooks";
import { anchorRecord } from "../dist/index.js";

const words = ["border", "Minsk", "Vilnius", "migrants", "said", "the", "closed", "“threat”", "3,500", "—"];
function body(length, seed = 1) {
  let x = seed;
  const parts = [];
  let size = 0;
  while (size < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const word = `${words[x % words.length]}${x % 97}`;
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(" ").slice(0, length);
}

function draft(text, quotes) {
  return {
    schemaVersion: "1.0",
    article: { id: "bench", publishedAt: "2021", language: "en", body: text },
    actors: [],
    events: [{ id: "e1", eventType: "other", status: "occurred", summary: "Something", spans: quotes }],
    quotes: [],
    statistics: [],
  };
}

function measure(name, input, options) {
  const start = performance.now();
  const result = anchorRecord(input, options);
  const ms = performance.now() - start;
  const codes = result.success ? [] : [...new Set(result.issues.map((i) => i.code))];
  console.log(
    `${name.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms  work ${result.work.toLocaleString("en-US").padStart(13)}  ${result.success ? "anchored" : codes.join(",")}`,
  );
}

const quick = process.argv.includes("--quick");
const sizes = quick ? [10_000] : [10_000, 100_000, 1_000_000];
for (const size of sizes) {
  const text = body(size);
  const unique = [];
  for (
    let at = 0;
    unique.length < 1_000 && at + 40 < text.length;
    at += Math.max(40, Math.floor(text.length / 1_000))
  ) {
    const exact = text.slice(at, at + 40).trim();
    const starts = [];
    for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) starts.push(i);
    const start = at + text.slice(at, at + 40).indexOf(exact);
    unique.push(starts.length === 1 ? { exact } : { exact, occurrence: starts.indexOf(start) + 1 });
  }
  measure(`${size.toLocaleString("en-US")} code units, ${unique.length} quotes copied exactly`, draft(text, unique));
  const loose = unique.map((q) => ({ ...q, exact: q.exact.toUpperCase() }));
  measure(
    `${size.toLocaleString("en-US")} code units, ${loose.length} quotes in upper case (loose)`,
    draft(text, loose),
  );
  const missing = unique.map((_, i) => ({ exact: `absent words ${i}` }));
  measure(`${size.toLocaleString("en-US")} code units, ${missing.length} quotes found nowhere`, draft(text, missing));
}
const worst = "a".repeat(quick ? 10_000 : 1_000_000);
measure(
  `${worst.length.toLocaleString("en-US")} × "a", 50 quotes of "aaaa…" (worst case)`,
  draft(
    worst,
    Array.from({ length: 50 }, (_, i) => ({ exact: "a".repeat(100 + i) })),
  ),
);
