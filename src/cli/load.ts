// What a command loads when it runs, and only then: the command line's start
// reads the arguments and nothing else, so that `--version`, `--help` and a
// usage error cost little more than starting Node, and `validate` does not
// load the viewer, the anchoring or the JSON Schema.
import type * as Batch from "./batch.js";
import type * as Outcomes from "./outcome.js";

/** The tables' loading on this thread, once started: presetting them again would drop the search tables built from them. */
let tables: Promise<void> | undefined;

/**
 * Lets grounding on this thread read the marker words generated at build
 * time (see `useGeneratedTables`), once per thread however often it is
 * asked. Only a thread that checks grounding sets them up; the words are
 * the same either way, only the time to build them is.
 *
 * @param grounding - Whether this thread checks grounding.
 */
export function loadTables(grounding: boolean): Promise<void> {
  if (!grounding) return Promise.resolve();
  tables ??= import("./tables.js").then(({ useGeneratedTables }) => {
    useGeneratedTables(process.versions);
  });
  return tables;
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
