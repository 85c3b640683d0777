#!/usr/bin/env node
// The command line's entry: it reads the arguments and loads the one
// command asked for (see load.ts), so that a start pays only for what it runs.
// Built as CommonJS (dist/cli.cjs), which Node starts without its ES module
// loader: `__filename` is this built file.
import { writeSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type CliArgs, HELP, readArgs, UsageError } from "./args.js";
import type { Progress } from "./check.js";
import type * as Commands from "./commands.js";
import { type CacheLevel, cacheDirOf, loadScript, NO_CODE_CACHE_ENV, tableCachePathOf } from "./script.js";
import { StandardStream } from "./standard-stream.js";
import type * as ValidateScript from "./validate-script.js";
import { isValidateWorker, VALIDATE_WORKER_ARG } from "./worker-data.js";

declare const __NEWS_SCHEMA_VERSION__: string;

/** The exit code when the output closed before every record was read and none found so far was invalid. */
const EXIT_CUT_SHORT = 3;

/** What the run has found so far, for an exit code when the output closes early. */
const progress: Progress = { finished: false, exitCode: 0, records: 0, invalid: 0, fileErrors: 0 };

/**
 * Standard output and standard error. A reader that stops early (`| head`,
 * `| grep -q`) ends the run, but the exit code still tells what was found:
 * 2 or 1 when a file error or an invalid record was seen, else 3, for a
 * check cut short (never 0 for records that were not read). Output that
 * cannot be written (a full disk) ends the run with exit code 2, saying why
 * on standard error. Nothing can be reported once standard error is closed;
 * the exit code still is.
 */
const outputs = {
  stdout: new StandardStream(
    1,
    () => process.stdout,
    (error) => {
      if (error.code === "EPIPE") process.exit(earlyExitCode());
      try {
        writeSync(2, `news-schema: cannot write the output: ${error.message}\n`);
      } catch {
        // Standard error is closed too: the exit code still tells.
      }
      process.exit(2);
    },
  ),
  stderr: new StandardStream(
    2,
    () => process.stderr,
    () => {},
  ),
};

/**
 * Loads the checks (dist/cli/validate.cjs) with their code cache and their
 * cache of text tables, unless `NEWS_SCHEMA_NO_CODE_CACHE` is set; the main
 * thread writes the caches when the run is over (in
 * `node_modules/.cache/news-schema/`, see script.ts and table-cache.ts), a
 * worker thread only reads them.
 */
function loadChecks(save: (() => CacheLevel) | undefined): typeof ValidateScript {
  const file = join(__dirname, "cli", "validate.cjs");
  const cache = (process.env[NO_CODE_CACHE_ENV] ?? "") === "";
  const dir = cache ? cacheDirOf(file) : undefined;
  const script = loadScript<typeof ValidateScript>(file, dir);
  const path = dir === undefined ? undefined : tableCachePathOf(dir, process.versions);
  const tables = path === undefined ? undefined : { path, identity: script.identity };
  script.exports.configureTableCache(tables);
  if (save !== undefined && cache) {
    process.once("exit", () => {
      script.saveCache(save());
      script.exports.saveTableCache();
    });
  }
  return script.exports;
}

/** The commands other than `validate`, from their ES modules (dist/cli/commands.js). */
function loadCommands(): Promise<typeof Commands> {
  return import(pathToFileURL(join(__dirname, "cli", "commands.js")).href) as Promise<typeof Commands>;
}

/** How much of the checks a run on the main thread compiled: what its code cache holds. */
function levelOf(args: CliArgs): CacheLevel {
  return progress.records === 0 ? 0 : args.grounding ? 2 : 1;
}

/** The exit code a run stopped early must give: never success for records it did not read. */
function earlyExitCode(): number {
  if (progress.finished) return progress.exitCode;
  return progress.fileErrors > 0 ? 2 : progress.invalid > 0 ? 1 : EXIT_CUT_SHORT;
}

/** Runs the command line and returns its exit code. */
async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await outputs.stderr.write(`news-schema: ${error.message}\nRun "news-schema --help" for usage.\n`);
    return 2;
  }
  if (args.help) {
    await outputs.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    await outputs.stdout.write(`${__NEWS_SCHEMA_VERSION__}\n`);
    return 0;
  }
  if (args.command !== "validate" && args.command !== "summary") {
    // The other commands write to Node's streams themselves: their errors go to the same handlers.
    outputs.stdout.stream();
    outputs.stderr.stream();
  }
  switch (args.command) {
    case "schema":
      return (await loadCommands()).printSchema();
    case "summary": {
      const checks = loadChecks(() => levelOf(args));
      const describe = await (await loadCommands()).loadDescribeRecord(await checks.readCachedTables());
      return checks.check(args, describe, pathToFileURL(__filename), progress, outputs);
    }
    case "anchor":
      return (await loadCommands()).anchorDrafts(args);
    case "view":
      return (await loadCommands()).viewFiles(args);
    default:
      return loadChecks(() => levelOf(args)).check(args, undefined, pathToFileURL(__filename), progress, outputs);
  }
}

function runCommandLine(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = 2;
      void outputs.stderr.write(
        `news-schema: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    },
  );
}

/**
 * A worker thread of `validate --jobs`: loads the checks (and, for
 * grounding, the marker tables), then serves batches. Started otherwise,
 * with the worker's argument on a command line, it runs the command line,
 * which refuses the argument.
 */
async function serveWorker(): Promise<void> {
  // Required, not imported: an `import()` would start the ES module loader the entry avoids.
  const threads = createRequire(__filename)("node:worker_threads") as typeof import("node:worker_threads");
  const { isMainThread, parentPort, workerData } = threads;
  if (isMainThread || parentPort === null || !isValidateWorker(workerData)) {
    runCommandLine();
    return;
  }
  const { serveValidateWorker } = await loadChecks(undefined).loadBatches(workerData.grounding);
  serveValidateWorker(parentPort);
}

// `validate --jobs N` starts this same file as its worker threads.
if (process.argv[2] === VALIDATE_WORKER_ARG) void serveWorker();
else runCommandLine();
