#!/usr/bin/env node
// npm run bench:view: how fast the view renders and opens. Not a test: it
// prints figures. Generates 10,000 records from a fixed seed (about 10%
// invalid), renders their index in-process and through `news-schema view`,
// and opens it in headless Chromium (when /usr/bin/chromium is there); then
// the same for the seed record's page. Figures go to stdout and to
// bench/out/view-results.json (not committed). A page "opens" when its first
// frame is drawn; the load event, which can come before any layout, is shown
// too. Each figure is the median of several runs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { belarusLithuaniaBorder } from "news-schema/dataset";
import { renderRecordView, renderReportView } from "news-schema/view";
import { generateRecords } from "./records.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "bench", "out");
const COUNT = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const CHROMIUM = "/usr/bin/chromium";
const SEED = 20210805;
const REPEATS = 7;
// `--seed-only`: the seed record's page alone, without the 10,000 records (a quick run while working on the page).
const SEED_ONLY = process.argv.includes("--seed-only");

mkdirSync(OUT, { recursive: true });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const time = (run) => {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
};
const results = { date: new Date().toISOString(), node: process.version, records: COUNT, figures: {} };
const print = (name, value) => {
  results.figures[name] = value;
  console.log(`${name.padEnd(48)} ${typeof value === "number" ? ms(value) : value}`);
};

// One record's page, in-process.
renderRecordView(belarusLithuaniaBorder);
const single = Array.from({ length: REPEATS * 4 }, () => time(() => renderRecordView(belarusLithuaniaBorder)));
const seedHtml = single[0].value;
const seedPage = join(OUT, "view-seed.html");
writeFileSync(seedPage, seedHtml);
print("seed record: renderRecordView, median", median(single.map((run) => run.ms)));
print("seed record: page size", `${seedHtml.length} characters`);

// The index of many records.
const records = SEED_ONLY ? [] : generateRecords(SEED, COUNT);
const jsonl = join(OUT, `view-${COUNT}.jsonl`);
const reportPage = join(OUT, `view-${COUNT}.html`);
if (!SEED_ONLY) {
  writeFileSync(jsonl, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  print(`${COUNT} records: JSONL size`, mb(statSync(jsonl).size));
  const report = time(() =>
    renderReportView(records.map((value, i) => ({ value, where: `view-${COUNT}.jsonl:${i + 1}` }))),
  );
  print(`${COUNT} records: renderReportView`, report.ms);
  writeFileSync(reportPage, report.value);
  print(`${COUNT} records: page size`, mb(Buffer.byteLength(report.value)));
  const cli = time(() =>
    execFileSync(process.execPath, [
      join(ROOT, "dist", "cli.cjs"),
      "view",
      jsonl,
      "--out",
      join(OUT, `view-${COUNT}-cli.html`),
    ]),
  );
  print(`${COUNT} records: news-schema view, end to end`, cli.ms);
}

if (existsSync(CHROMIUM)) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  /**
   * Opens a page from file:// and reads, by the page's own clock, when it
   * first drew its content (first contentful paint), when it was loaded, and
   * when the first frame after the load was drawn (a task queued from the
   * next animation frame runs once that frame is painted; work the page
   * defers past its first paint is done by then).
   */
  const open = async (file, width = 1280) => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    await tab.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120_000 });
    const timing = await tab.evaluate(`new Promise((done) => {
      const load = performance.getEntriesByType("navigation")[0].loadEventEnd;
      new PerformanceObserver((list) => {
        const paint = list.getEntriesByName("first-contentful-paint")[0];
        if (paint !== undefined) requestAnimationFrame(() => setTimeout(() => done({ paint: paint.startTime, load, settled: performance.now() }), 0));
      }).observe({ type: "paint", buffered: true });
    })`);
    return { tab, timing };
  };
  /**
   * The time the renderer's main thread spent on the CPU (not waiting for
   * it, so a busy machine changes it little) to parse, style, lay out, paint
   * and run script, up to the page's first contentful paint.
   */
  const traced = async (file, width = 1280) => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    const path = join(OUT, "view-trace.json");
    await browser.startTracing(tab, { path, categories: ["devtools.timeline", "loading"] });
    await tab.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120_000 });
    await tab.evaluate("new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))");
    await browser.stopTracing();
    await tab.close();
    const events = JSON.parse(readFileSync(path, "utf8")).traceEvents;
    const main = new Set(
      events
        .filter((e) => e.name === "thread_name" && e.args.name === "CrRendererMain")
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const mine = events.filter((e) => e.ph === "X" && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
    const until = events.find((e) => e.name === "firstContentfulPaint")?.ts ?? Number.POSITIVE_INFINITY;
    const kinds = ["ParseHTML", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "EvaluateScript", "FunctionCall"];
    return (
      mine.filter((e) => kinds.includes(e.name) && e.ts + e.dur <= until).reduce((sum, e) => sum + (e.tdur ?? 0), 0) /
      1000
    );
  };
  const blankPage = join(OUT, "view-blank.html");
  writeFileSync(blankPage, "<!doctype html><html lang=en><title>blank</title><p>A page with nothing on it.</p>");
  // The blank page and the record's page take turns, so that both see the same load on the machine.
  const runs = { blank: [], seed: [], phone: [] };
  const cpu = { seed: [], phone: [] };
  const selectRuns = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const [name, file, width] of [
      ["blank", blankPage, 1280],
      ["seed", seedPage, 1280],
      ["phone", seedPage, 390],
    ]) {
      const { tab, timing } = await open(file, width);
      runs[name].push(timing);
      if (name === "seed") {
        selectRuns.push(
          await tab.evaluate(
            "(() => { const t = performance.now(); document.querySelector('button.fact[data-fact=\"quotes-0\"]').click(); return performance.now() - t; })()",
          ),
        );
      }
      await tab.close();
      if (name !== "blank") cpu[name].push(await traced(file, width));
    }
  }
  const of = (name, key) => median(runs[name].map((run) => run[key]));
  print("a blank page: first contentful paint (baseline), median", of("blank", "paint"));
  print("a blank page: loaded (baseline), median", of("blank", "load"));
  print("seed record: first contentful paint, median", of("seed", "paint"));
  print("seed record: loaded, median", of("seed", "load"));
  print("seed record: first frame after the load, median", of("seed", "settled"));
  print("seed record: main thread CPU to first contentful paint, median", median(cpu.seed));
  print("seed record at 390 px: first contentful paint, median", of("phone", "paint"));
  print("seed record at 390 px: main thread CPU to first contentful paint, median", median(cpu.phone));
  print("seed record: selecting a quote, median", median(selectRuns));
  if (SEED_ONLY) {
    await browser.close();
    writeFileSync(join(OUT, "view-results.json"), `${JSON.stringify(results, null, 2)}\n`);
    process.exit(0);
  }
  const indexRuns = [];
  const indexFrames = [];
  const filterRuns = [];
  const openRuns = [];
  for (let i = 0; i < REPEATS; i++) {
    const { tab, timing } = await open(reportPage);
    indexRuns.push(timing.load);
    indexFrames.push(timing.paint);
    filterRuns.push(
      await tab.evaluate(
        "(() => { const t = performance.now(); const q = document.getElementById('q'); q.value = 'invalid'; q.dispatchEvent(new Event('input')); return performance.now() - t; })()",
      ),
    );
    openRuns.push(
      await tab.evaluate(
        "(() => { const t = performance.now(); document.querySelector('button.open').click(); return performance.now() - t; })()",
      ),
    );
    await tab.close();
  }
  print(`${COUNT} records: index loaded in Chromium, median`, median(indexRuns));
  print(`${COUNT} records: index's first contentful paint, median`, median(indexFrames));
  print(`${COUNT} records: filtering the index, median`, median(filterRuns));
  print(`${COUNT} records: opening a record's view, median`, median(openRuns));
  await browser.close();
} else {
  console.log(`(no ${CHROMIUM}: page load times not measured)`);
}
writeFileSync(join(OUT, "view-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nPages: ${seedPage}, ${reportPage}`);
