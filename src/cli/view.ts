import { writeFile } from "node:fs/promises";
import { type ReportInput, renderRecordView, renderReportView } from "../view/index.js";
import { loadTables } from "./load.js";
import { InputFileError, type ReadOptions, slotsOf } from "./sources.js";

/** What `news-schema view` needs from the command line. */
export interface ViewArgs {
  readonly files: readonly string[];
  readonly out: string | undefined;
  readonly grounding: boolean;
  readonly maxLineBytes: number;
  readonly maxJsonBytes: number;
}

/**
 * `news-schema view`: one record's view, or a report of many, as one HTML
 * file written to `--out` (or standard output). Exit code 0 when written, 2
 * when an input file cannot be read.
 */
export async function viewFiles(args: ViewArgs): Promise<number> {
  await loadTables(args.grounding);
  const files = args.files.length === 0 ? ["-"] : args.files;
  const options: ReadOptions = { maxLineBytes: args.maxLineBytes, maxJsonBytes: args.maxJsonBytes, onBytes: () => {} };
  const inputs: ReportInput[] = [];
  for (const file of files) {
    const shown = file === "-" ? "<stdin>" : file;
    try {
      for await (const slot of slotsOf(file, options)) {
        const where = `${shown}:${slot.line}${slot.index === undefined ? "" : ` [${slot.index}]`}`;
        inputs.push(slot.problem === undefined ? { value: slot.value, where } : { problem: slot.problem, where });
      }
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      process.stderr.write(`${shown}: ${error.code}  ${error.message}\n`);
      return 2;
    }
  }
  const [only] = inputs;
  const html =
    inputs.length === 1 && only !== undefined && only.problem === undefined
      ? renderRecordView(only.value, { grounding: args.grounding })
      : renderReportView(inputs, { grounding: args.grounding, title: `news-schema view: ${files.join(", ")}` });
  if (args.out === undefined) {
    process.stdout.write(html);
    return 0;
  }
  await writeFile(args.out, html, "utf8");
  process.stdout.write(
    `${args.out}: ${inputs.length} record${inputs.length === 1 ? "" : "s"}, ${html.length} characters\n`,
  );
  return 0;
}
