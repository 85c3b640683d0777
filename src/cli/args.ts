import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { canonicalTag } from "../internal/locale.js";

/** What the command line asks for. */
export interface CliArgs {
  /** The subcommand, or `undefined` with `--help`/`--version` alone. */
  readonly command: "validate" | "schema" | "summary" | "anchor" | "view" | undefined;
  /** Input files; `-` is standard input. */
  readonly files: readonly string[];
  /** Print the help and stop. */
  readonly help: boolean;
  /** Print the version and stop. */
  readonly version: boolean;
  /** `text` for people, `json` for one JSON object per line. */
  readonly format: "text" | "json";
  /** Print only the summary. */
  readonly quiet: boolean;
  /** Check grounding (off with `--no-grounding`). */
  readonly grounding: boolean;
  /** The longest JSON Lines line kept, in bytes. */
  readonly maxLineBytes: number;
  /** The largest `.json` file read whole, in bytes. */
  readonly maxJsonBytes: number;
  /** Where `view` writes its HTML; standard output when absent. */
  readonly out: string | undefined;
  /** The locale summaries are written in (`summary --locale`); each article's language when absent. */
  readonly locale: string | undefined;
  /** How many threads validate records (`validate --jobs`): 1 checks on the main thread, more start worker threads. */
  readonly jobs: number;
}

/** A command line that cannot be run; exit code 2. */
export class UsageError extends Error {
  /**
   * @param message - What is wrong with the command line.
   */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const MiB = 1024 * 1024;

/** The text of `--help`. */
export const HELP = `Usage: news-schema <command> [options] [FILE...]

Commands:
  validate [FILE...]   Check records: shape, integrity and grounding.
  summary [FILE...]    Print a status line per record, then its summary: headline, main event, counts, grounding.
  schema               Print the JSON Schema (draft 2020-12) of a record.
  anchor [FILE...]     Turn drafts whose spans are given by their words into
                       records: each record anchored is written to standard
                       output as a JSON line; reports go to standard error.
  view [FILE...]       Write one HTML page (no network, opens from file://): one record's
                       article with its facts and problems drawn on it, or an index of many.

FILE is .json (one record or an array of records) or anything else read as
JSON Lines (.jsonl, .ndjson: one record per line). "-" or no FILE reads
JSON Lines from standard input.

Options:
  --no-grounding          Skip the grounding checks (validate, view).
  --out FILE              Write the HTML of view to FILE instead of standard output.
  --format text|json      Output for people (default) or one JSON object per line.
  -q, --quiet             Print only the summary.
  --max-line-bytes N      Skip JSON Lines lines longer than N bytes (default 16MiB).
  --max-json-bytes N      Refuse .json files larger than N bytes (default 256MiB).
  --locale TAG            Write summaries in TAG (en, de, fr, es; other
                          languages give English); default: each article's language.
  -j, --jobs N            Validate on N threads (validate; default: the cores
                          available). The report is the same for any N.
  -h, --help              Print this help.
  -v, --version           Print the version.
Sizes take an optional suffix: K, M, G (KiB, MiB, GiB).

Each record lists at most 100 issues, then "… and N more issues (M in all)".
A byte order mark is read only at the very start of an input; lines end in
\\n or \\r\\n. An input that holds no record at all is a file error (no_records).
Text from the input is printed with control characters escaped as \\uXXXX.

Exit codes: 0 every record valid (anchor: every draft anchored into a valid
record), 1 some record invalid, 2 usage or I/O error
(or an input with no record), 3 the output was closed (| head, | grep -q)
before every record was read and none read so far was invalid.
`;

/** The most threads `--jobs` starts. */
const MAX_JOBS = 256;

function parseJobs(text: string): number {
  const jobs = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new UsageError(`--jobs expects a whole number from 1 to ${MAX_JOBS}, not ${JSON.stringify(text)}.`);
  }
  return jobs;
}

/** The largest size an option takes: 1 TiB, far past any input the command can hold in memory. */
const MAX_SIZE = 1024 * 1024 * MiB;

function parseSize(name: string, text: string): number {
  const match = /^(\d+)\s*(k|m|g)?(?:i?b)?$/i.exec(text.trim());
  if (match?.[1] === undefined) {
    throw new UsageError(
      `${name} expects a whole number of bytes, with an optional K, M or G, such as 1048576 or 16M, not ${JSON.stringify(text)}.`,
    );
  }
  const unit = match[2]?.toLowerCase();
  const value = Number(match[1]) * (unit === "k" ? 1024 : unit === "m" ? MiB : unit === "g" ? 1024 * MiB : 1);
  if (value < 1) throw new UsageError(`${name} must be at least 1 byte, not ${JSON.stringify(text)}.`);
  if (!(value <= MAX_SIZE)) throw new UsageError(`${name} must be at most 1024G (1 TiB), not ${JSON.stringify(text)}.`);
  return value;
}

/**
 * Reads the command line.
 *
 * @param argv - The arguments after `node dist/cli.cjs`.
 * @returns The command, files and options.
 * @throws {@link UsageError} when the command line is wrong.
 */
export function readArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (
    first !== undefined &&
    first !== "validate" &&
    first !== "schema" &&
    first !== "summary" &&
    first !== "anchor" &&
    first !== "view"
  ) {
    throw new UsageError(`Unknown command "${first}"; expected validate, summary, anchor, view or schema.`);
  }
  if (values.out !== undefined && first !== "view") throw new UsageError("--out goes with view only.");
  if (values.jobs !== undefined && first !== "validate") throw new UsageError("--jobs goes with validate only.");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UsageError(`--format expects "text" or "json", not "${format}".`);
  }
  if (first === "schema" && rest.length > 0) throw new UsageError("schema takes no FILE.");
  const locale = values.locale === undefined ? undefined : canonicalTag(values.locale);
  if (values.locale !== undefined && locale === undefined) {
    throw new UsageError(
      `--locale expects a BCP 47 language tag such as "en", "de-DE" or "fr", not "${values.locale}".`,
    );
  }
  if (first === undefined && values.help !== true && values.version !== true) {
    throw new UsageError("Missing a command; expected validate, summary, anchor, view or schema.");
  }
  return {
    command: first,
    files: rest,
    help: values.help === true,
    version: values.version === true,
    format,
    quiet: values.quiet === true,
    grounding: values["no-grounding"] !== true,
    maxLineBytes:
      values["max-line-bytes"] === undefined ? 16 * MiB : parseSize("--max-line-bytes", values["max-line-bytes"]),
    maxJsonBytes:
      values["max-json-bytes"] === undefined ? 256 * MiB : parseSize("--max-json-bytes", values["max-json-bytes"]),
    out: values.out,
    locale,
    jobs: values.jobs === undefined ? availableParallelism() : parseJobs(values.jobs),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      format: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "no-grounding": { type: "boolean" },
      "max-line-bytes": { type: "string" },
      "max-json-bytes": { type: "string" },
      out: { type: "string" },
      locale: { type: "string" },
      jobs: { type: "string", short: "j" },
    },
  });
}
