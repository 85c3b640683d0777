import { anchorRecord } from "../anchor/anchor.js";
import type { AnchorIssue } from "../anchor/issues.js";
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import type { CliArgs } from "./args.js";
import { loadTables } from "./load.js";
import { write } from "./output.js";
import { InputFileError, type ReadOptions, slotsOf, where } from "./sources.js";

/** A report line: an issue of the draft, or a problem with the input line. */
interface Reported {
  readonly path: ValidationIssue["path"];
  readonly code: string;
  readonly stage: string;
  readonly message: string;
  readonly candidates?: AnchorIssue["candidates"];
  readonly candidateCount?: number;
  readonly more?: boolean;
  readonly foldings?: AnchorIssue["foldings"];
}

function issueLines(issues: readonly Reported[]): string {
  return issues.map((issue) => `  ${formatPath(issue.path)}  ${issue.code}  ${issue.message}\n`).join("");
}

function issueJson(issue: Reported): object {
  const extra =
    "candidates" in issue
      ? {
          candidates: issue.candidates,
          candidateCount: issue.candidateCount,
          more: issue.more,
          foldings: issue.foldings,
        }
      : {};
  return {
    path: formatPath(issue.path),
    segments: issue.path,
    code: issue.code,
    stage: issue.stage,
    message: issue.message,
    ...extra,
  };
}

/**
 * `news-schema anchor`: reads drafts (JSON Lines, or `.json` files), writes
 * each draft that anchors into a valid record to standard output as one
 * JSON line, in input order, and reports the others, and the loose matches,
 * on standard error in the form `validate` uses (`--format json` for JSON
 * lines), with a summary at the end. Exit code 0 when every draft became a
 * record, 1 when some did not, 2 for a usage error or a file that could not
 * be read.
 */
export async function anchorDrafts(args: CliArgs): Promise<number> {
  // An anchored draft is validated, grounding included.
  await loadTables(true);
  const out = process.stdout;
  const report = process.stderr;
  const json = args.format === "json";
  const tally = { files: 0, fileErrors: 0, records: 0, valid: 0, invalid: 0, warnings: 0 };
  const byCode = new Map<string, number>();
  const options: ReadOptions = { maxLineBytes: args.maxLineBytes, maxJsonBytes: args.maxJsonBytes, onBytes: () => {} };
  const files = args.files.length === 0 ? ["-"] : args.files;
  for (const file of files) {
    tally.files++;
    const shown = file === "-" ? "<stdin>" : file;
    try {
      for await (const slot of slotsOf(file, options)) {
        tally.records++;
        const place = { file: shown, line: slot.line, ...(slot.index === undefined ? {} : { index: slot.index }) };
        let issues: readonly Reported[];
        let warnings: readonly AnchorIssue[] = [];
        if (slot.problem !== undefined) {
          issues = [{ path: [], code: slot.problem.code, stage: "input", message: slot.problem.message }];
        } else {
          const result = anchorRecord(slot.value, { grounding: args.grounding });
          warnings = result.warnings;
          issues = result.success ? [] : result.issues;
          if (result.success) await write(out, `${JSON.stringify(result.data)}\n`);
        }
        for (const issue of [...issues, ...warnings]) byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
        tally.warnings += warnings.length;
        if (issues.length === 0) tally.valid++;
        else tally.invalid++;
        if (args.quiet) continue;
        if (issues.length > 0) {
          await write(
            report,
            json
              ? `${JSON.stringify({ type: "invalid", ...place, issues: issues.map(issueJson), warnings: warnings.map(issueJson) })}\n`
              : `${where(shown, slot)}: not anchored\n${issueLines([...issues, ...warnings])}`,
          );
        } else if (warnings.length > 0) {
          await write(
            report,
            json
              ? `${JSON.stringify({ type: "anchored", ...place, warnings: warnings.map(issueJson) })}\n`
              : `${where(shown, slot)}: anchored, with ${warnings.length} loose match${warnings.length === 1 ? "" : "es"}\n${issueLines(warnings)}`,
          );
        }
      }
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      tally.fileErrors++;
      byCode.set(error.code, (byCode.get(error.code) ?? 0) + 1);
      await write(
        report,
        json
          ? `${JSON.stringify({ type: "file_error", file: shown, code: error.code, message: error.message })}\n`
          : `${shown}: ${error.code}  ${error.message}\n`,
      );
    }
  }
  const exitCode = tally.fileErrors > 0 ? 2 : tally.invalid > 0 ? 1 : 0;
  const codes = [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (json) {
    await write(
      report,
      `${JSON.stringify({ type: "summary", ...tally, issuesByCode: Object.fromEntries(codes), exitCode })}\n`,
    );
  } else {
    const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
    let text = `${plural(tally.files, "file")}, ${plural(tally.records, "draft")}: ${tally.valid} anchored, ${tally.invalid} not anchored, ${plural(tally.warnings, "loose match", "loose matches")}`;
    if (tally.fileErrors > 0) text += `, ${plural(tally.fileErrors, "file")} not read`;
    text += "\n";
    if (codes.length > 0) {
      const width = Math.max(...codes.map(([code]) => code.length));
      text += `reports by code:\n${codes.map(([code, n]) => `  ${code.padEnd(width)}  ${n}\n`).join("")}`;
    }
    await write(report, text);
  }
  return exitCode;
}
