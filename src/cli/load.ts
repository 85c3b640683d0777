// What a command loads when it runs, and only then: the command line's start
// reads the arguments and nothing else, so that `--version`, `--help` and a
// usage error cost little more than starting Node, and `validate` does not
// load the viewer, the anchoring or the JSON Schema.
import type * as Batch from "./batch.js";
import type * as Outcomes from "./outcome.js";
import type { TableCacheFile, TextTables } from "./table-cache.js";

/** The tables' loading on this thread, once started: presetting them again would drop the search tables built from them. */
let tables: Promise<void> | undefined;

/** The cache of text tables this thread reads; `undefined` for none. */
let cacheFile: TableCacheFile | undefined;

/** Writes the cache of text tables, once the tables are loaded. */
let saveTables: (() => boolean) | undefined;

/**
 * Sets the cache of text tables (see table-cache.ts) that this thread reads
 * when it first checks grounding, and that {@link saveTableCache} writes;
 * call it before the first record.
 *
 * @param file - The cache file and the copy of the checks, or `undefined` for no cache.
 */
export function configureTableCache(file: TableCacheFile | undefined): void {
  cacheFile = file;
}

/**
 * Writes the text tables this run built from `Intl` to the cache set by
 * {@link configureTableCache}, with those read from it, when the run built
 * any; the main thread calls it when the run is over (a worker thread only
 * reads the cache). Never throws.
 *
 * @returns Whether a cache was written.
 */
export function saveTableCache(): boolean {
  return saveTables?.() ?? false;
}

/**
 * Lets grounding on this thread read tables computed ahead of time: the
 * ones generated at build time and those a run on this platform cached
 * (see `useTables`), once per thread however often it is asked. Only a
 * thread that checks grounding sets them up; the words are the same either
 * way, only the time to build them is.
 *
 * @param grounding - Whether this thread checks grounding.
 */
export function loadTables(grounding: boolean): Promise<void> {
  if (!grounding) return Promise.resolve();
  tables ??= Promise.all([import("./tables.js"), import("./table-cache.js"), readCachedTables()]).then(
    ([{ useTables }, { writeTableCache }, cached]) => {
      const cache = cacheFile;
      useTables(process.versions, cached);
      if (cache !== undefined) saveTables = () => writeTableCache(cache, cached);
    },
  );
  return tables;
}

/** The cached tables, once read. */
let reading: Promise<TextTables | undefined> | undefined;

/**
 * The text tables in the cache set by {@link configureTableCache}, read
 * once per thread: what this thread's grounding reads, and what `summary`
 * gives the modules that describe its records (which read no file
 * themselves: an ES module import of `node:fs` would load Node's stream
 * modules).
 *
 * @returns The tables, or `undefined` when there is no cache or it does not fit.
 */
export function readCachedTables(): Promise<TextTables | undefined> {
  const cache = cacheFile;
  reading ??=
    cache === undefined
      ? Promise.resolve(undefined)
      : import("./table-cache.js").then(({ readTableCache }) => readTableCache(cache));
  return reading;
}

/**
 * The checks of one record slot, for this thread.
 *
 * @param grounding - Whether grounding is checked (the marker tables are set up then).
 * @returns The module of `outcomeOf` and `outcomeFrom`.
 */
export async function loadOutcomes(grounding: boolean): Promise<typeof Outcomes> {
  await loadTables(grounding);
  return import("./outcome.js");
}

/**
 * The checks of a batch of lines, for this thread: what a worker runs, and
 * the writing thread with an input too small to send.
 *
 * @param grounding - Whether grounding is checked (the marker tables are set up then).
 * @returns The module of `outcomesOfBatch` and `serveValidateWorker`.
 */
export async function loadBatches(grounding: boolean): Promise<typeof Batch> {
  await loadTables(grounding);
  return import("./batch.js");
}
