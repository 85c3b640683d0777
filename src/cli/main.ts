import { once } from "node:events";
import { recordJsonSchema } from "../interop/json-schema.js";
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import { validateRecord } from "../validation/validate.js";
import { type CliArgs, HELP, readArgs, UsageError } from "./args.js";
import {
  InputFileError,
  type ReadOptions,
  type RecordSlot,
  readJsonFile,
  readJsonLines,
  readJsonLinesFile,
} from "./sources.js";
import { describeRecord } from "./summary.js";
import { viewFiles } from "./view.js";

declare const __NEWS_SCHEMA_VERSION__: string;

/** Writes to a stream, waiting when it is full so that memory stays flat. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

/** An issue as the CLI reports it: a validation issue, or a problem with the input line. */
interface ReportedIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly stage: string;
  readonly message: string;
}

interface Tally {
  files: number;
  fileErrors: number;
  records: number;
  valid: number;
  invalid: number;
  readonly byCode: Map<string, number>;
}

function where(file: string, slot: RecordSlot): string {
  return `${file}:${slot.line}${slot.index === undefined ? "" : ` [${slot.index}]`}`;
}

function articleId(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const article = (value as { article?: unknown }).article;
  if (article === null || typeof article !== "object") return undefined;
  const id = (article as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

/** Shows records and MB per second on standard error, when it is a terminal. */
function startProgress(tally: Tally, bytes: { read: number }): () => void {
  if (process.stderr.isTTY !== true) return () => {};
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    if (seconds < 1) return;
    const rate = Math.round(tally.records / seconds);
    const mb = (bytes.read / 1e6 / seconds).toFixed(1);
    process.stderr.write(`\r\x1b[K${tally.records} records, ${rate} records/s, ${mb} MB/s`);
  }, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    process.stderr.write("\r\x1b[K");
  };
}

function slotsOf(file: string, options: ReadOptions): AsyncGenerator<RecordSlot> {
  if (file === "-") return readJsonLines(process.stdin, options);
  return file.toLowerCase().endsWith(".json") ? readJsonFile(file, options) : readJsonLinesFile(file, options);
}

async function check(args: CliArgs, summarize: boolean): Promise<number> {
  const out = process.stdout;
  const json = args.format === "json";
  const tally: Tally = { files: 0, fileErrors: 0, records: 0, valid: 0, invalid: 0, byCode: new Map() };
  const bytes = { read: 0 };
  const options: ReadOptions = {
    maxLineBytes: args.maxLineBytes,
    maxJsonBytes: args.maxJsonBytes,
    onBytes: (count) => {
      bytes.read += count;
    },
  };
  const stopProgress = args.quiet ? () => {} : startProgress(tally, bytes);
  const files = args.files.length === 0 ? ["-"] : args.files;
  const shown = (file: string): string => (file === "-" ? "<stdin>" : file);

  for (const file of files) {
    tally.files++;
    try {
      for await (const slot of slotsOf(file, options)) {
        tally.records++;
        let issues: readonly ReportedIssue[];
        let line: string | undefined;
        if (slot.problem !== undefined) {
          issues = [{ path: [], code: slot.problem.code, stage: "input", message: slot.problem.message }];
        } else {
          const result = validateRecord(slot.value, { grounding: args.grounding });
          issues = result.success ? [] : result.issues;
          if (summarize) line = describeRecord(slot.value, result, args.locale);
        }
        const id = articleId(slot.value);
        if (issues.length === 0) tally.valid++;
        else {
          tally.invalid++;
          for (const issue of issues) tally.byCode.set(issue.code, (tally.byCode.get(issue.code) ?? 0) + 1);
        }
        if (args.quiet) continue;
        if (summarize) {
          const text = line ?? `(unreadable)  invalid (${issues[0]?.code ?? "invalid_input"})`;
          await write(
            out,
            json
              ? `${JSON.stringify({ type: "record", file: shown(file), line: slot.line, ...(slot.index === undefined ? {} : { index: slot.index }), ...(id === undefined ? {} : { id }), valid: issues.length === 0, summary: text })}\n`
              : `${where(shown(file), slot)}  ${text}\n`,
          );
        } else if (issues.length > 0) {
          await write(
            out,
            json ? invalidJson(shown(file), slot, id, issues) : invalidText(shown(file), slot, id, issues),
          );
        }
      }
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      tally.fileErrors++;
      tally.byCode.set(error.code, (tally.byCode.get(error.code) ?? 0) + 1);
      const report = json
        ? `${JSON.stringify({ type: "file_error", file: shown(file), code: error.code, message: error.message })}\n`
        : `${shown(file)}: ${error.code}  ${error.message}\n`;
      await write(args.quiet || !json ? process.stderr : out, report);
    }
  }
  stopProgress();
  const exitCode = tally.fileErrors > 0 ? 2 : tally.invalid > 0 ? 1 : 0;
  await write(out, json ? summaryJson(tally, exitCode) : summaryText(tally));
  return exitCode;
}

function invalidText(file: string, slot: RecordSlot, id: string | undefined, issues: readonly ReportedIssue[]): string {
  const head = `${where(file, slot)}: invalid${id === undefined ? "" : ` record ${JSON.stringify(id)}`}\n`;
  return head + issues.map((issue) => `  ${formatPath(issue.path)}  ${issue.code}  ${issue.message}\n`).join("");
}

function invalidJson(file: string, slot: RecordSlot, id: string | undefined, issues: readonly ReportedIssue[]): string {
  return `${JSON.stringify({
    type: "invalid",
    file,
    line: slot.line,
    ...(slot.index === undefined ? {} : { index: slot.index }),
    ...(id === undefined ? {} : { id }),
    issues: issues.map((issue: ReportedIssue | ValidationIssue) => ({
      path: formatPath(issue.path),
      segments: issue.path,
      code: issue.code,
      stage: issue.stage,
      message: issue.message,
    })),
  })}\n`;
}

function sortedCodes(tally: Tally): [string, number][] {
  return [...tally.byCode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function summaryText(tally: Tally): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  let text = `${plural(tally.files, "file")}, ${plural(tally.records, "record")}: ${tally.valid} valid, ${tally.invalid} invalid`;
  if (tally.fileErrors > 0) text += `, ${plural(tally.fileErrors, "file")} not read`;
  text += "\n";
  const codes = sortedCodes(tally);
  if (codes.length > 0) {
    const width = Math.max(...codes.map(([code]) => code.length));
    text += `issues by code:\n${codes.map(([code, n]) => `  ${code.padEnd(width)}  ${n}\n`).join("")}`;
  }
  return text;
}

function summaryJson(tally: Tally, exitCode: number): string {
  return `${JSON.stringify({
    type: "summary",
    files: tally.files,
    fileErrors: tally.fileErrors,
    records: tally.records,
    valid: tally.valid,
    invalid: tally.invalid,
    issuesByCode: Object.fromEntries(sortedCodes(tally)),
    exitCode,
  })}\n`;
}

/** Runs the command line and returns its exit code. */
async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(process.stderr, `news-schema: ${error.message}\nRun "news-schema --help" for usage.\n`);
    return 2;
  }
  if (args.help) {
    await write(process.stdout, HELP);
    return 0;
  }
  if (args.version) {
    await write(process.stdout, `${__NEWS_SCHEMA_VERSION__}\n`);
    return 0;
  }
  switch (args.command) {
    case "schema":
      await write(process.stdout, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
      return 0;
    case "summary":
      return check(args, true);
    case "view":
      return viewFiles(args);
    default:
      return check(args, false);
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`| head`) is not a failure of the check.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `news-schema: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
