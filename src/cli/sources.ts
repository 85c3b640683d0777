import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { splitLines } from "./lines.js";

/** A problem with the input itself, found before a record could be validated. */
export interface InputProblem {
  /** `invalid_json`, `invalid_utf8` or `line_too_long`. */
  readonly code: "invalid_json" | "invalid_utf8" | "line_too_long";
  /** What is wrong, for a person. */
  readonly message: string;
}

/** One record slot of an input: its place, and the parsed value or why there is none. */
export interface RecordSlot {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 0-based index of the record in a `.json` array; absent in JSON Lines and single-record files. */
  readonly index?: number;
  /** The parsed JSON value, when the slot could be parsed. */
  readonly value?: unknown;
  /** Why the slot could not be parsed. */
  readonly problem?: InputProblem;
}

/** Limits and hooks for reading an input. */
export interface ReadOptions {
  /** The longest JSON Lines line kept, in bytes; longer lines are reported and skipped. */
  readonly maxLineBytes: number;
  /** The largest `.json` file read, in bytes. */
  readonly maxJsonBytes: number;
  /** Called with the size of each chunk read, for progress. */
  readonly onBytes: (count: number) => void;
}

/** A file that cannot be read, or read whole. */
export class InputFileError extends Error {
  /** `file_unreadable` or `file_too_large`. */
  readonly code: "file_unreadable" | "file_too_large";

  /**
   * @param code - What kind of failure.
   * @param message - What went wrong, for a person.
   */
  constructor(code: "file_unreadable" | "file_too_large", message: string) {
    super(message);
    this.name = "InputFileError";
    this.code = code;
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** JSON.parse's message names a character position; turn it into a line count past `text`'s start. */
function lineOfError(text: string, message: string): number {
  const match = /position (\d+)/.exec(message);
  if (match?.[1] === undefined) return 0;
  let lines = 0;
  const end = Math.min(Number(match[1]), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function describeErrno(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "no such file";
    if (code === "EISDIR") return "is a directory";
    if (code === "EACCES") return "permission denied";
    return error.message;
  }
  return String(error);
}

/**
 * Reads JSON Lines (one record per line) from a byte stream.
 *
 * @param source - The bytes, in chunks.
 * @param options - Limits and the progress hook.
 * @returns One slot per non-blank line: its value, or why it has none.
 */
export async function* readJsonLines(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<RecordSlot> {
  for await (const line of splitLines(source, options.maxLineBytes, options.onBytes)) {
    if ("tooLong" in line) {
      yield {
        line: line.line,
        problem: {
          code: "line_too_long",
          message: `The line is ${line.tooLong} bytes long, over the limit of ${options.maxLineBytes} (--max-line-bytes); skipped.`,
        },
      };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes);
    } catch {
      yield { line: line.line, problem: { code: "invalid_utf8", message: "The line is not valid UTF-8." } };
      continue;
    }
    const parsed = parse(text);
    yield "value" in parsed
      ? { line: line.line, value: parsed.value }
      : { line: line.line, problem: { code: "invalid_json", message: `The line is not JSON: ${parsed.error}.` } };
  }
}

/** Where the top-level values of a `.json` text start and end. */
interface Piece {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the elements of a top-level JSON array without parsing them, so that
 * each is parsed (and reported) alone: a bad element does not hide the good
 * ones, and tells whether the array was closed.
 */
function arrayElements(text: string, open: number): { pieces: Piece[]; close: number | undefined } {
  const pieces: Piece[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  let afterComma = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      if (depth === 0 && start < 0) start = i;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0 && start < 0) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) {
        if (start >= 0) pieces.push({ start, end: i });
        // `[a,]`: the empty element after the comma is reported, as JSON.parse would refuse it.
        else if (afterComma) pieces.push({ start: i, end: i });
        return { pieces, close: i };
      }
      depth--;
    } else if (c === 0x2c && depth === 0) {
      pieces.push({ start: start < 0 ? i : start, end: i });
      start = -1;
      afterComma = true;
      continue;
    } else if (depth === 0 && start < 0 && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      start = i;
    }
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) afterComma = false;
  }
  if (start >= 0) pieces.push({ start, end: text.length });
  return { pieces, close: undefined };
}

/**
 * Reads a `.json` file whole: one record, or an array of records each parsed
 * alone so that a broken element does not hide the others.
 *
 * @param path - The file.
 * @param options - Limits and the progress hook.
 * @returns One slot per record, with its line and index.
 * @throws {@link InputFileError} when the file cannot be read or is too large.
 */
export async function* readJsonFile(path: string, options: ReadOptions): AsyncGenerator<RecordSlot> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > options.maxJsonBytes) {
      throw new InputFileError(
        "file_too_large",
        `The file is ${size} bytes, over the limit of ${options.maxJsonBytes} for a .json file (--max-json-bytes); write it as JSON Lines (.jsonl) to stream it.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError("file_unreadable", `Cannot read the file: ${describeErrno(error)}.`);
  }
  options.onBytes(bytes.length);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    yield { line: 1, problem: { code: "invalid_utf8", message: "The file is not valid UTF-8." } };
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.search(/\S/);
  if (first < 0 || text[first] !== "[") {
    const line = first < 0 ? 1 : 1 + lineOfError(text, `position ${first}`);
    const parsed = parse(text);
    if ("value" in parsed) yield { line, value: parsed.value };
    else {
      yield {
        line: 1 + lineOfError(text, parsed.error),
        problem: { code: "invalid_json", message: `The file is not JSON: ${parsed.error}.` },
      };
    }
    return;
  }
  const { pieces, close } = arrayElements(text, first);
  let line = 1;
  let scanned = 0;
  for (const [index, piece] of pieces.entries()) {
    for (; scanned < piece.start; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const source = text.slice(piece.start, piece.end);
    const parsed = parse(source);
    if ("value" in parsed) yield { line, index, value: parsed.value };
    else {
      yield {
        line: line + lineOfError(source, parsed.error),
        index,
        problem: { code: "invalid_json", message: `Record ${index} of the array is not JSON: ${parsed.error}.` },
      };
    }
  }
  const trailing = close === undefined ? text.length : close + 1 + text.slice(close + 1).search(/\S|$/);
  if (close === undefined || trailing < text.length) {
    for (; scanned < trailing; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    yield {
      line,
      index: pieces.length,
      problem: {
        code: "invalid_json",
        message:
          close === undefined
            ? "The array is not closed with ']' before the end of the file."
            : "The file goes on after the array's closing ']'.",
      },
    };
  }
}

/**
 * Reads a JSON Lines file as a stream, in 1 MiB chunks.
 *
 * @param path - The file.
 * @param options - Limits and the progress hook.
 * @returns One slot per non-blank line.
 * @throws {@link InputFileError} when the file cannot be read.
 */
export async function* readJsonLinesFile(path: string, options: ReadOptions): AsyncGenerator<RecordSlot> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    yield* readJsonLines(stream, options);
  } catch (error) {
    throw new InputFileError("file_unreadable", `Cannot read the file: ${describeErrno(error)}.`);
  } finally {
    stream.destroy();
  }
}
