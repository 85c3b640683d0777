import { close, open, read, type Stats, stat } from "node:fs";
import type { FileErrorCode } from "../validation/input-codes.js";
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

/** A file that cannot be read, or read whole, or that holds no record. */
export class InputFileError extends Error {
  /** `file_unreadable`, `file_too_large` or `no_records`. */
  readonly code: FileErrorCode;

  /**
   * @param code - What kind of failure.
   * @param message - What went wrong, for a person.
   */
  constructor(code: FileErrorCode, message: string) {
    super(message);
    this.name = "InputFileError";
    this.code = code;
  }
}

// `ignoreBOM` keeps a byte order mark in the text: only the one at the very
// start of an input is skipped (by `splitLines`, or below for a .json file),
// so that a mark inside the input is reported where it is.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Why a line that JSON.parse refused may look right to a person. */
function hint(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) {
    return " The line starts with a byte order mark (U+FEFF), which is allowed only at the start of the input.";
  }
  const cr = text.indexOf("\r");
  if (cr !== -1 && text.charCodeAt(cr + 1) !== 0x0a) {
    return " It holds a carriage return (\\r) with no line feed after it: JSON Lines lines end in \\n or \\r\\n, so lines ended by \\r alone are read as one.";
  }
  return "";
}

/** JSON.parse's message names a character position; turn it into a line count past `text`'s start. */
function lineOfError(text: string, message: string): number {
  const match = /position (\d+)/.exec(message);
  if (match?.[1] === undefined) return 0;
  let lines = 0;
  const end = Math.min(Number(match[1]), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/** JSON.parse's message, which may quote the input, cut to a length a message can hold. */
function bounded(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
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

/** A line of JSON Lines read but not yet decoded or parsed: what a worker thread is given. */
export interface RawLine {
  /** 1-based line number. */
  readonly line: number;
  /** The line's bytes, without its line end. */
  readonly bytes: Uint8Array;
}

/** A slot as read: parsed already, or a line left for whoever validates it to decode and parse. */
export type RawSlot = RecordSlot | RawLine;

/**
 * Decodes and parses one line of JSON Lines: its value, or why it has none.
 *
 * @param line - The 1-based line number.
 * @param bytes - The line's bytes, without its line end.
 * @returns The slot of the line.
 */
export function slotOfLine(line: number, bytes: Uint8Array): RecordSlot {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { line, problem: { code: "invalid_utf8", message: "The line is not valid UTF-8." } };
  }
  const parsed = parse(text);
  return "value" in parsed
    ? { line, value: parsed.value }
    : {
        line,
        problem: { code: "invalid_json", message: `The line is not JSON: ${bounded(parsed.error)}.${hint(text)}` },
      };
}

/**
 * Reads JSON Lines (one record per line) from a byte stream, leaving each
 * line's decoding and parsing to the caller ({@link slotOfLine}); only a line
 * too long to keep comes as a slot with its problem.
 *
 * @param source - The bytes, in chunks.
 * @param options - Limits and the progress hook.
 * @returns One raw line or slot per non-blank line.
 */
export async function* readRawJsonLines(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<RawSlot> {
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
    yield { line: line.line, bytes: line.bytes };
  }
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
  for await (const slot of readRawJsonLines(source, options)) {
    yield "bytes" in slot ? slotOfLine(slot.line, slot.bytes) : slot;
  }
}

/** Where the top-level values of a `.json` text start and end. */
interface Piece {
  readonly start: number;
  readonly end: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** How one element of the array ends: at a `,` or `]` of the array, or broken. */
interface ElementScan {
  /** Where the scan stopped: the array's `,` or `]`, an unmatched bracket, or the end of the text. */
  readonly end: number;
  /** The brackets or a string did not close before `end`. */
  readonly broken: boolean;
}

/**
 * Scans one element of the array from `start`, keeping a stack of open
 * brackets: it ends at the array's next `,` or `]`, or at the first bracket
 * that closes the wrong thing, or at the end of the text.
 */
function scanElement(text: string, start: number): ElementScan {
  const open: number[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) open.push(c);
    else if (c === 0x7d || c === 0x5d) {
      const top = open.pop();
      if (top === undefined) return { end: i, broken: c === 0x7d };
      if (top !== c - 2) return { end: i, broken: true };
    } else if (c === 0x2c && open.length === 0) return { end: i, broken: false };
  }
  return { end: text.length, broken: true };
}

/** The most places where a record might start that are tried after one broken element. */
const RESYNC_TRIES = 100;

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/**
 * After an element whose brackets or strings do not close, the place where
 * the next record starts: an object after a `,` that parses alone, ends at
 * the array's `,` (or at its `]` with nothing after), and is either a record
 * (it has an `article` or a `schemaVersion`) or starts a line at the broken
 * element's column. Returns the offset of that `,`.
 */
function resync(text: string, start: number, limit: number): number | undefined {
  const column = columnOf(text, start);
  let tries = 0;
  for (let k = text.indexOf("{", start + 1); k !== -1 && k < limit; k = text.indexOf("{", k + 1)) {
    let comma = k - 1;
    while (comma > start && isSpace(text.charCodeAt(comma))) comma--;
    if (comma <= start || text.charCodeAt(comma) !== 0x2c) continue;
    if (++tries > RESYNC_TRIES) return undefined;
    const scan = scanElement(text, k);
    if (scan.broken || scan.end >= text.length) continue;
    if (text.charCodeAt(scan.end) === 0x5d && skipSpace(text, scan.end + 1) < text.length) continue;
    const parsed = parse(text.slice(k, scan.end));
    if (!("value" in parsed) || parsed.value === null || typeof parsed.value !== "object") continue;
    const looksLikeRecord = Object.hasOwn(parsed.value, "article") || Object.hasOwn(parsed.value, "schemaVersion");
    const lineStart = text.lastIndexOf("\n", k - 1) + 1;
    const alignedLine = skipSpace(text, lineStart) === k && columnOf(text, k) === column;
    if (looksLikeRecord || alignedLine) return comma;
  }
  return undefined;
}

/**
 * Finds the elements of a top-level JSON array without parsing them, so that
 * each is parsed (and reported) alone: a bad element does not hide the good
 * ones, and tells whether the array was closed. An element whose brackets
 * or strings do not close would swallow the rest of the file; the next
 * record is then found again (see `resync`), so the good records after it
 * are still read.
 */
function arrayElements(text: string, open: number): { pieces: Piece[]; close: number | undefined } {
  const pieces: Piece[] = [];
  let i = open + 1;
  let afterComma = false;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) {
      if (afterComma) pieces.push({ start: i, end: i });
      return { pieces, close: undefined };
    }
    const c = text.charCodeAt(i);
    if (c === 0x5d) {
      // `[a,]`: the empty element after the comma is reported, as JSON.parse would refuse it.
      if (afterComma) pieces.push({ start: i, end: i });
      return { pieces, close: i };
    }
    if (c === 0x2c) {
      pieces.push({ start: i, end: i });
      i++;
      afterComma = true;
      continue;
    }
    const start = i;
    let scan = scanElement(text, start);
    if (scan.broken) {
      const comma = resync(text, start, scan.end);
      if (comma !== undefined) {
        pieces.push({ start, end: comma });
        i = comma + 1;
        afterComma = true;
        continue;
      }
    }
    // An element broken by a stray `}` goes on to the array's next `,` or `]`.
    while (scan.broken && scan.end < text.length && text.charCodeAt(scan.end) === 0x7d) {
      scan = scanElement(text, scan.end + 1);
    }
    pieces.push({ start, end: scan.end });
    if (scan.end >= text.length) return { pieces, close: undefined };
    if (text.charCodeAt(scan.end) === 0x2c) {
      i = scan.end + 1;
      afterComma = true;
      continue;
    }
    // A `]`, whether it closes the array or a bracket left open inside the element.
    return { pieces, close: scan.end };
  }
}

function tooLarge(limit: number, size?: number): InputFileError {
  const what = size === undefined ? `more than ${limit} bytes` : `${size} bytes`;
  return new InputFileError(
    "file_too_large",
    `The file is ${what}, over the limit of ${limit} for a .json file (--max-json-bytes); write it as JSON Lines (.jsonl) to stream it.`,
  );
}

/**
 * Reads a file whole, but never more than `limit` bytes: the size of a
 * regular file is checked first, and any file (a FIFO, a device such as
 * `/dev/zero`, a file that grows while read) is read in chunks that stop
 * with the first chunk past the limit.
 */
async function readBounded(path: string, limit: number): Promise<Buffer> {
  let size: number | undefined;
  try {
    // The callback form: `node:fs/promises` is one more module to load at every start.
    const info = await new Promise<Stats>((resolve, reject) =>
      stat(path, (error, stats) => (error === null ? resolve(stats) : reject(error))),
    );
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = info.isFile() ? info.size : undefined;
  } catch (error) {
    throw new InputFileError("file_unreadable", `Cannot read the file: ${describeErrno(error)}.`);
  }
  if (size !== undefined && size > limit) throw tooLarge(limit, size);
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    // Read as a JSON Lines file is (see fileChunks), not through a read stream: one more module to load.
    for await (const chunk of fileChunks(path, 1 << 20)) {
      length += chunk.length;
      if (length > limit) throw tooLarge(limit);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError("file_unreadable", `Cannot read the file: ${describeErrno(error)}.`);
  }
  return Buffer.concat(chunks, length);
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
  const bytes = await readBounded(path, options.maxJsonBytes);
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
        problem: { code: "invalid_json", message: `The file is not JSON: ${bounded(parsed.error)}.` },
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
        problem: {
          code: "invalid_json",
          message: `Record ${index} of the array is not JSON: ${bounded(parsed.error)}.`,
        },
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
 * The size of a JSON Lines file's chunks. A line read is a view of its
 * chunk, so a chunk stays in memory while any of its lines does, until a
 * full garbage collection: small chunks keep little memory held that way
 * (1 MiB chunks held 20 MB on a run of dense records), and the few lines
 * that span two chunks are copied whole.
 */
const JSON_LINES_CHUNK = 64 * 1024;

/**
 * A file's bytes, read in chunks of `size` bytes with `fs.read`: what a read
 * stream gives, without loading and setting up Node's file streams, a
 * noticeable part of a start that reads one small file. Each chunk is a
 * buffer of its own (the lines read are views of it); a short read is
 * copied when it would keep most of its buffer unused. The next chunk is
 * read while the one given is checked, so that the thread never waits for
 * the disk between chunks.
 */
async function* fileChunks(path: string, size: number): AsyncGenerator<Uint8Array> {
  const fd = await new Promise<number>((resolve, reject) =>
    open(path, "r", (error, descriptor) => (error === null ? resolve(descriptor) : reject(error))),
  );
  // A read never rejects: its error is kept, and thrown when its chunk is asked for. The next chunk is
  // read while the reader works on this one, when nothing awaits it yet, and a rejection then would be
  // unhandled (and end the process) instead of reported as an unreadable file.
  const readChunk = (): Promise<Uint8Array | undefined | { readonly error: unknown }> => {
    const buffer = Buffer.allocUnsafeSlow(size);
    return new Promise((resolve) =>
      read(fd, buffer, 0, size, null, (error, count) => {
        if (error !== null) resolve({ error });
        else if (count === 0) resolve(undefined);
        else
          resolve(
            count === size
              ? buffer
              : count * 4 < size
                ? new Uint8Array(buffer.subarray(0, count))
                : buffer.subarray(0, count),
          );
      }),
    );
  };
  let next = readChunk();
  try {
    for (;;) {
      const chunk = await next;
      if (chunk === undefined) return;
      if (!(chunk instanceof Uint8Array)) throw chunk.error;
      next = readChunk();
      yield chunk;
    }
  } finally {
    // A read still under way when the reader stops ends before the file is closed; its bytes, or its error, are dropped.
    void next.then(() => close(fd, () => {}));
  }
}

/**
 * Reads a JSON Lines file as a stream, in chunks of {@link JSON_LINES_CHUNK} bytes.
 *
 * @param path - The file.
 * @param options - Limits and the progress hook.
 * @returns One slot per non-blank line.
 * @throws {@link InputFileError} when the file cannot be read.
 */
export async function* readJsonLinesFile(path: string, options: ReadOptions): AsyncGenerator<RawSlot> {
  try {
    yield* readRawJsonLines(fileChunks(path, JSON_LINES_CHUNK), options);
  } catch (error) {
    throw new InputFileError("file_unreadable", `Cannot read the file: ${describeErrno(error)}.`);
  }
}

/**
 * The records of one input as read, JSON Lines left unparsed: standard
 * input for `-`, a `.json` file as a document, any other file as JSON Lines.
 */
export function rawSlotsOf(file: string, options: ReadOptions): AsyncGenerator<RawSlot> {
  if (file === "-") return readRawJsonLines(process.stdin, options);
  return file.toLowerCase().endsWith(".json") ? readJsonFile(file, options) : readJsonLinesFile(file, options);
}

/** The records of one input: standard input for `-`, a `.json` file as a document, any other file as JSON Lines. */
export async function* slotsOf(file: string, options: ReadOptions): AsyncGenerator<RecordSlot> {
  for await (const slot of rawSlotsOf(file, options)) yield "bytes" in slot ? slotOfLine(slot.line, slot.bytes) : slot;
}

/** Where a record stands, for a person: `file:line`, and `[index]` in a `.json` array. */
export function where(file: string, slot: RecordSlot): string {
  return `${file}:${slot.line}${slot.index === undefined ? "" : ` [${slot.index}]`}`;
}
