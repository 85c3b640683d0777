// A JSON Lines file is read in 64 kB chunks with fs.read, the next chunk read
// ahead: the lines must be the same whatever the chunk boundaries cut, as
// when the input comes whole, and a reader that stops early leaves nothing
// behind.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputFileError, type RawSlot, readJsonLinesFile, readRawJsonLines } from "../../src/cli/sources.js";

const temp = mkdtempSync(join(tmpdir(), "news-schema-sources-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const options = { maxLineBytes: 1 << 20, maxJsonBytes: 1 << 20, onBytes: () => {} };

async function all(slots: AsyncIterable<RawSlot>): Promise<{ line: number; text: string }[]> {
  const out: { line: number; text: string }[] = [];
  for await (const slot of slots)
    out.push({ line: slot.line, text: "bytes" in slot ? Buffer.from(slot.bytes).toString() : "" });
  return out;
}

async function* whole(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe("readJsonLinesFile", () => {
  it("reads the lines of a file of many chunks as of the same bytes given whole", async () => {
    // Lines of changing lengths, so that chunk boundaries fall in lines, at line ends and between \r and \n; no last \n.
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ i, pad: "é".repeat((i * 977) % 3000) }));
    const text = `\uFEFF${lines.map((line, i) => (i % 7 === 0 ? `${line}\r\n` : i % 11 === 0 ? `${line}\n\n` : `${line}\n`)).join("")}{"last":true}`;
    const file = join(temp, "many.jsonl");
    writeFileSync(file, text);
    const read = await all(readJsonLinesFile(file, options));
    expect(read).toEqual(await all(readRawJsonLines(whole(Buffer.from(text)), options)));
    expect(read.length).toBe(401);
    expect(read.at(-1)?.text).toBe('{"last":true}');
  });

  it("stops reading when its reader stops, with the next chunk under way and nothing left unhandled", async () => {
    const file = join(temp, "stop.jsonl");
    writeFileSync(
      file,
      `${Array.from({ length: 2000 }, (_, i) => JSON.stringify({ i, pad: "x".repeat(100) })).join("\n")}\n`,
    );
    // On Linux, the files this process holds open: none of the stopped readers' may stay open.
    const openFiles = (): number => (existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0);
    const before = openFiles();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on("unhandledRejection", onUnhandled);
    try {
      for (let run = 0; run < 20; run++) {
        let seen = 0;
        for await (const slot of readJsonLinesFile(file, options)) {
          seen = slot.line;
          // Past the first chunk, so that the reader is reading ahead when the loop leaves.
          if (seen === 700 + run) break;
        }
        expect(seen).toBe(700 + run);
      }
      // A read left under way settles, and the file is closed, within a few turns of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(openFiles()).toBeLessThanOrEqual(before);
    // Read whole again: nothing of the stopped readers is left in the way.
    expect((await all(readJsonLinesFile(file, options))).length).toBe(2000);
  });

  it("reports a missing file and a folder as unreadable", async () => {
    for (const [path, why] of [
      [join(temp, "missing.jsonl"), "no such file"],
      [temp, "is a directory"],
    ] as const) {
      const error = await all(readJsonLinesFile(path, options)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputFileError);
      expect((error as InputFileError).message).toBe(`Cannot read the file: ${why}.`);
    }
  });
});
