/** One line of a JSON Lines stream, without its line end. */
export type Line =
  | {
      /** 1-based line number. */
      readonly line: number;
      /** The line's bytes, without `\n`, a trailing `\r` or (on line 1) the input's UTF-8 byte order mark. */
      readonly bytes: Uint8Array;
    }
  | {
      /** 1-based line number. */
      readonly line: number;
      /** The line's length in bytes; it was longer than the limit and was skipped, not kept. */
      readonly tooLong: number;
    };

const LF = 0x0a;
const CR = 0x0d;

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The stream without the UTF-8 byte order mark at its very start, if it has
 * one (even when the first chunks are shorter than the mark). A mark
 * anywhere else is text, and the line that holds it is not JSON.
 */
async function* withoutBom(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: number[] | undefined = [];
  for await (const chunk of source) {
    if (head === undefined) {
      yield chunk;
      continue;
    }
    let i = 0;
    while (i < chunk.length && head.length < BOM.length) head.push(chunk[i++] ?? 0);
    if (head.length < BOM.length) continue;
    const marked = head.every((byte, k) => byte === BOM[k]);
    if (!marked) yield Uint8Array.from(head);
    head = undefined;
    if (i < chunk.length) yield chunk.subarray(i);
  }
  if (head !== undefined && head.length > 0) yield Uint8Array.from(head);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

/**
 * Splits a byte stream into lines on `\n`, chunk by chunk: memory holds one
 * chunk and at most one line of `maxLineBytes`. A longer line is counted and
 * dropped as it streams by, never buffered whole. `\r\n` line ends, a UTF-8
 * byte order mark at the start of the stream (not counted in any line's
 * length) and a last line without `\n` are accepted; blank lines (empty or
 * only spaces and tabs) are skipped but counted. A `\r` alone does not end a
 * line (JSON Lines lines end in `\n`).
 *
 * @param source - The bytes, in chunks (a file or standard input).
 * @param maxLineBytes - The longest line kept, in bytes, line end excluded.
 * @param onBytes - Called with the size of each chunk, for progress.
 * @returns The lines, numbered from 1, as they are read.
 */
export async function* splitLines(
  source: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
  onBytes: (count: number) => void = () => {},
): AsyncGenerator<Line> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;

  const finish = (): Line | undefined => {
    lineNo++;
    const pending = length;
    const kept = pieces;
    const dropped = overflow;
    pieces = [];
    length = 0;
    overflow = false;
    if (dropped) return { line: lineNo, tooLong: pending };
    let bytes = kept.length === 1 && kept[0] !== undefined ? kept[0] : Buffer.concat(kept, pending);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxLineBytes) return { line: lineNo, tooLong: bytes.length };
    return isBlank(bytes) ? undefined : { line: lineNo, bytes };
  };

  for await (const chunk of withoutBom(source)) {
    onBytes(chunk.length);
    let pos = 0;
    while (pos < chunk.length) {
      const newline = chunk.indexOf(LF, pos);
      const end = newline === -1 ? chunk.length : newline;
      if (end > pos) {
        // One byte of slack for the `\r` of a `\r\n` line end, checked again in `finish`.
        if (!overflow && length + (end - pos) > maxLineBytes + 1) {
          overflow = true;
          pieces = [];
        }
        if (!overflow) pieces.push(chunk.subarray(pos, end));
        length += end - pos;
      }
      if (newline === -1) break;
      const line = finish();
      if (line !== undefined) yield line;
      pos = newline + 1;
    }
  }
  if (length > 0 || overflow) {
    const line = finish();
    if (line !== undefined) yield line;
  }
}
