// The checks of `validate` and `summary`, and what a worker thread of
// `validate --jobs` serves: built as one classic script, dist/cli/validate.cjs,
// which the command line loads through `node:vm` with a V8 code cache (see
// script.ts). A script rather than ES module chunks, because Node 20 caches
// compiled code only for scripts.
export { check } from "./check.js";
export { configureTableCache, loadBatches, readCachedTables, saveTableCache } from "./load.js";
