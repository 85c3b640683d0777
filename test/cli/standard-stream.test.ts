// Standard output and error are written by file descriptor, and through
// Node's stream only once a write would block: nothing is lost or
// reordered either way, and a reader that has gone is reported.
import { execFileSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { StandardStream } from "../../src/cli/standard-stream.js";

const temp = mkdtempSync(join(tmpdir(), "news-schema-output-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A FIFO opened at both ends without blocking: a write past its buffer fails with EAGAIN. */
function fifo(name: string): { reader: number; writer: number } {
  const path = join(temp, name);
  execFileSync("mkfifo", [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  return { reader, writer };
}

/** Everything a FIFO holds now. */
function drain(fd: number): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
  }
  return Buffer.concat(chunks).toString("utf8");
}

describe("StandardStream", () => {
  it("writes to the descriptor, in order, without making the stream", async () => {
    const file = join(temp, "direct.txt");
    const fd = openSync(file, "w");
    let opened = 0;
    const output = new StandardStream(
      fd,
      () => {
        opened++;
        return new PassThrough();
      },
      (error) => {
        throw error;
      },
    );
    await output.write("première ligne\n");
    await output.write("zweite Zeile — ✓\n");
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe("première ligne\nzweite Zeile — ✓\n");
    expect(opened).toBe(0);
  });

  it("goes on through the stream, in order, once a write would block", async () => {
    const { reader, writer } = fifo("full");
    const kept: Buffer[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => kept.push(chunk));
    const output = new StandardStream(
      writer,
      () => stream,
      (error) => {
        throw error;
      },
    );
    // Far more than a pipe's buffer (64 kB on Linux), in lines that number themselves.
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} — ${"é".repeat(i % 7)}\n`);
    for (let i = 0; i < lines.length; i += 1000) await output.write(lines.slice(i, i + 1000).join(""));
    await output.write("last\n");
    const direct = drain(reader);
    closeSync(reader);
    closeSync(writer);
    expect(direct.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    expect(direct + Buffer.concat(kept).toString("utf8")).toBe(`${lines.join("")}last\n`);
  });

  it("gives a write to a reader that has gone to the error handler", async () => {
    const { reader, writer } = fifo("gone");
    closeSync(reader);
    const errors: string[] = [];
    const output = new StandardStream(
      writer,
      () => new PassThrough(),
      (error) => {
        errors.push(error.code ?? "");
      },
    );
    await output.write("nobody reads this\n");
    closeSync(writer);
    expect(errors).toEqual(["EPIPE"]);
  });

  it("writes through the stream alone once the stream is asked for", async () => {
    const file = join(temp, "streamed.txt");
    writeFileSync(file, "");
    const fd = openSync(file, "w");
    const kept: Buffer[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => kept.push(chunk));
    const output = new StandardStream(
      fd,
      () => stream,
      (error) => {
        throw error;
      },
    );
    expect(output.stream()).toBe(stream);
    await output.write("through the stream\n");
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe("");
    expect(Buffer.concat(kept).toString("utf8")).toBe("through the stream\n");
  });
});
