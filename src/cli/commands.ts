// The commands other than `validate`, as ES modules: dist/cli/commands.js,
// which the entry (dist/cli.cjs) loads with `import()` only when one of
// them runs, and a chunk per command under dist/cli/ that each function
// loads in turn. The entry is CommonJS so that a start does not pay for
// Node's ES module loader; `validate`'s checks are a script of their own
// (see validate-script.ts).
import type { CliArgs } from "./args.js";
import { write } from "./output.js";
import type { describeRecord } from "./summary.js";
import type { TextTables } from "./table-cache.js";

/**
 * `news-schema schema`: prints the JSON Schema of a record.
 *
 * @returns The exit code.
 */
export async function printSchema(): Promise<number> {
  const { recordJsonSchema } = await import("../interop/json-schema.js");
  await write(process.stdout, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  return 0;
}

/**
 * What `news-schema summary` writes for each record. Its grounding runs in
 * these modules, beside the checks' script, so it is given the build-time
 * tables and the cached ones too (the script presets its own copy, and
 * writes the cache).
 *
 * @param cached - The text tables the checks' script read from its cache, or `undefined`.
 * @returns The function that describes a record.
 */
export async function loadDescribeRecord(cached: TextTables | undefined): Promise<typeof describeRecord> {
  const [summary, { useTables }] = await Promise.all([import("./summary.js"), import("./tables.js")]);
  useTables(process.versions, cached);
  return summary.describeRecord;
}

/**
 * `news-schema anchor`.
 *
 * @param args - The command line.
 * @returns The exit code.
 */
export async function anchorDrafts(args: CliArgs): Promise<number> {
  return (await import("./anchor.js")).anchorDrafts(args);
}

/**
 * `news-schema view`.
 *
 * @param args - The command line.
 * @returns The exit code.
 */
export async function viewFiles(args: CliArgs): Promise<number> {
  return (await import("./view.js")).viewFiles(args);
}
