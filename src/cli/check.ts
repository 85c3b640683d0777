// `news-schema validate` and `summary`: the chunk the command line loads for
// them. The checks themselves load when a record is checked on this thread
// (see load.ts): with workers at hand, maybe never.
import { excerpt } from "../internal/excerpt.js";
import { MAX_ISSUES_PER_RECORD } from "../validation/cap.js";
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import type { CliArgs } from "./args.js";
import { escapeControls } from "./escape.js";
import { loadOutcomes } from "./load.js";
import type { Outcome, ReportedIssue } from "./outcome.js";
import { outcomesInParallel, ValidatorPool } from "./pool.js";
import { InputFileError, type ReadOptions, type RecordSlot, rawSlotsOf, slotsOf, where } from "./sources.js";
import type { StandardOutputs, StandardStream } from "./standard-stream.js";
import type { describeRecord } from "./summary.js";

interface Tally {
  files: number;
  fileErrors: number;
  records: number;
  valid: number;
  invalid: number;
  /** Issues past the per-record cap, counted but not shown. */
  notShown: number;
  readonly byCode: Map<string, number>;
}

/**
 * Shows records and MB per second on standard error, when it is a terminal,
 * from the first second on. Whether it is one is asked only half a second
 * in: `node:tty` loads Node's stream and socket modules, which a short run
 * never needs.
 */
function startProgress(tally: Tally, bytes: { read: number }, stderr: StandardStream): () => void {
  const started = Date.now();
  /** Standard error once known to be a terminal; `false` when it is not, `undefined` while not yet asked. */
  let terminal: NodeJS.WritableStream | false | undefined;
  let asked = false;
  const timer = setInterval(() => {
    // Asked at the first tick, half a second in, so that the answer is there for the first line.
    if (!asked) {
      asked = true;
      void import("node:tty").then(({ isatty }) => {
        terminal = isatty(2) && stderr.stream();
      });
    }
    const seconds = (Date.now() - started) / 1000;
    if (seconds < 1) return;
    if (terminal === undefined || terminal === false) return;
    const rate = Math.round(tally.records / seconds);
    const mb = (bytes.read / 1e6 / seconds).toFixed(1);
    terminal.write(`\r\x1b[K${tally.records} records, ${rate} records/s, ${mb} MB/s`);
  }, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (terminal !== undefined && terminal !== false) terminal.write("\r\x1b[K");
  };
}

/** What the run has found so far, for an exit code when the output closes early; {@link check} keeps it up to date. */
export interface Progress {
  /** The run has ended, with {@link Progress.exitCode}. */
  finished: boolean;
  exitCode: number;
  /** Records checked so far. */
  records: number;
  invalid: number;
  fileErrors: number;
}

/**
 * `news-schema validate` and `news-schema summary`: checks every record of
 * the inputs and writes the report, then the summary.
 *
 * @param args - The command line.
 * @param describe - For `summary`, what describes each record (given, so that `validate` never loads the summaries' phrases); `undefined` for `validate`.
 * @param script - The command line's own module, which `--jobs` starts as its worker threads.
 * @param progress - Updated as records are checked, for the exit code of a run cut short.
 * @param outputs - Standard output and standard error.
 * @returns The exit code.
 */
export async function check(
  args: CliArgs,
  describe: typeof describeRecord | undefined,
  script: URL,
  progress: Progress,
  outputs: StandardOutputs,
): Promise<number> {
  const summarize = describe !== undefined;
  const out = outputs.stdout;
  const json = args.format === "json";
  const tally: Tally = { files: 0, fileErrors: 0, records: 0, valid: 0, invalid: 0, notShown: 0, byCode: new Map() };
  const bytes = { read: 0 };
  const options: ReadOptions = {
    maxLineBytes: args.maxLineBytes,
    maxJsonBytes: args.maxJsonBytes,
    onBytes: (count) => {
      bytes.read += count;
    },
  };
  const stopProgress = args.quiet ? () => {} : startProgress(tally, bytes, outputs.stderr);
  const files = args.files.length === 0 ? ["-"] : args.files;
  const shown = (file: string): string => (file === "-" ? "<stdin>" : file);

  // With more than one job, records are validated on this thread and N − 1 worker threads; `summary` stays on this thread.
  const pool = !summarize && args.jobs > 1 ? new ValidatorPool(args.jobs - 1, script, args.grounding) : undefined;
  async function* reportsOf(file: string): AsyncGenerator<{ outcome: Outcome; line?: string }> {
    if (pool !== undefined) {
      for await (const outcome of outcomesInParallel(rawSlotsOf(file, options), pool, args.grounding)) {
        yield { outcome };
      }
      return;
    }
    const { outcomeOf, outcomeFrom } = await loadOutcomes(args.grounding);
    const summary =
      describe === undefined
        ? undefined
        : { describeRecord: describe, validateRecord: (await import("../validation/validate.js")).validateRecord };
    for await (const slot of slotsOf(file, options)) {
      if (summary === undefined || slot.problem !== undefined) {
        yield { outcome: outcomeOf(slot, args.grounding) };
        continue;
      }
      const result = summary.validateRecord(slot.value, { grounding: args.grounding });
      yield { outcome: outcomeFrom(slot, result), line: summary.describeRecord(slot.value, result, args.locale) };
    }
  }

  try {
    for (const file of files) {
      await checkFile(file);
    }
  } finally {
    await pool?.close();
  }

  async function checkFile(file: string): Promise<void> {
    tally.files++;
    let slots = 0;
    try {
      for await (const { outcome: slot, line } of reportsOf(file)) {
        slots++;
        tally.records++;
        progress.records++;
        const { issues, issueCount, id } = slot;
        if (issues.length === 0) tally.valid++;
        else {
          tally.invalid++;
          progress.invalid++;
          tally.notShown += issueCount - issues.length;
          for (const issue of issues) tally.byCode.set(issue.code, (tally.byCode.get(issue.code) ?? 0) + 1);
        }
        if (args.quiet) continue;
        if (summarize) {
          const text = line ?? `(unreadable)  invalid (${issues[0]?.code ?? "invalid_input"})`;
          await out.write(
            json
              ? `${JSON.stringify({ type: "record", file: shown(file), line: slot.line, ...(slot.index === undefined ? {} : { index: slot.index }), ...(id === undefined ? {} : { id }), valid: issues.length === 0, summary: text })}\n`
              : `${text
                  .split("\n")
                  .map(
                    (part, i) =>
                      (i === 0 ? `${escapeControls(where(shown(file), slot))}  ` : "") + escapeControls(part),
                  )
                  .join("\n")}\n`,
          );
        } else if (issues.length > 0) {
          await out.write(
            json
              ? invalidJson(shown(file), slot, id, issues, issueCount)
              : invalidText(shown(file), slot, id, issues, issueCount),
          );
        }
      }
      if (slots === 0) throw new InputFileError("no_records", "The input holds no record.");
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      tally.fileErrors++;
      progress.fileErrors++;
      tally.byCode.set(error.code, (tally.byCode.get(error.code) ?? 0) + 1);
      const report = json
        ? `${JSON.stringify({ type: "file_error", file: shown(file), code: error.code, message: error.message })}\n`
        : `${escapeControls(shown(file))}: ${error.code}  ${escapeControls(error.message)}\n`;
      await (args.quiet || !json ? outputs.stderr : out).write(report);
    }
  }
  stopProgress();
  const exitCode = tally.fileErrors > 0 ? 2 : tally.invalid > 0 ? 1 : 0;
  progress.finished = true;
  progress.exitCode = exitCode;
  await out.write(json ? summaryJson(tally, exitCode) : summaryText(tally));
  return exitCode;
}

function moreIssues(shown: number, count: number): string {
  const more = count - shown;
  return `… and ${more} more issue${more === 1 ? "" : "s"} (${count} in all)`;
}

function invalidText(
  file: string,
  slot: RecordSlot,
  id: string | undefined,
  issues: readonly ReportedIssue[],
  issueCount: number,
): string {
  const head = escapeControls(`${where(file, slot)}: invalid${id === undefined ? "" : ` record ${excerpt(id)}`}`);
  const lines = issues.map((issue) => escapeControls(`  ${formatPath(issue.path)}  ${issue.code}  ${issue.message}`));
  if (issueCount > issues.length) lines.push(`  ${moreIssues(issues.length, issueCount)}`);
  return `${head}\n${lines.map((line) => `${line}\n`).join("")}`;
}

function invalidJson(
  file: string,
  slot: RecordSlot,
  id: string | undefined,
  issues: readonly ReportedIssue[],
  issueCount: number,
): string {
  return `${JSON.stringify({
    type: "invalid",
    file,
    line: slot.line,
    ...(slot.index === undefined ? {} : { index: slot.index }),
    ...(id === undefined ? {} : { id }),
    issueCount,
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
  if (tally.notShown > 0)
    text += `${plural(tally.notShown, "more issue")} past the cap of ${MAX_ISSUES_PER_RECORD} per record, not shown or counted below\n`;
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
    issuesNotShown: tally.notShown,
    exitCode,
  })}\n`;
}
