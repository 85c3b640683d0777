// Standard output and standard error for the commands that check records,
// written by file descriptor. A module of its own, apart from output.ts:
// its import of `node:fs`, in an ES module, would load Node's stream modules
// for the commands that write through output.ts.
import { writeSync } from "node:fs";
import { write } from "./output.js";

/**
 * Standard output or standard error, written with `fs.writeSync` on its file
 * descriptor rather than through Node's `process.stdout` or
 * `process.stderr`, whose first use loads the stream and socket modules
 * (some 3 ms of a start, on the 100 ms a run on one record takes). Node
 * writes files, and on Linux pipes and terminals, synchronously too. A
 * descriptor that would block (a pipe set non-blocking by another program)
 * makes the rest of the output go through Node's stream, in order.
 */
export class StandardStream {
  readonly #fd: number;
  readonly #open: () => NodeJS.WritableStream;
  readonly #onError: (error: NodeJS.ErrnoException) => void;
  #stream: NodeJS.WritableStream | undefined;

  /**
   * @param fd - The file descriptor: 1 for standard output, 2 for standard error.
   * @param open - Node's stream of the descriptor (`() => process.stdout`), made only when needed.
   * @param onError - Called with an error of a write (`EPIPE` when the reader has gone), whichever way it was written.
   */
  constructor(fd: number, open: () => NodeJS.WritableStream, onError: (error: NodeJS.ErrnoException) => void) {
    this.#fd = fd;
    this.#open = open;
    this.#onError = onError;
  }

  /**
   * Node's stream of the descriptor, its errors given to the handler: for
   * code that writes to `process.stdout` or `process.stderr` itself. Once
   * it is made, every write goes through it.
   *
   * @returns The stream.
   */
  stream(): NodeJS.WritableStream {
    if (this.#stream === undefined) {
      const stream = this.#open();
      stream.on("error", this.#onError);
      this.#stream = stream;
    }
    return this.#stream;
  }

  /**
   * Writes the text, in order with the writes before it.
   *
   * @param text - The text.
   * @returns When more may be written.
   */
  async write(text: string): Promise<void> {
    if (this.#stream !== undefined) return write(this.#stream, text);
    const left = this.#writeDirectly(text);
    if (left !== undefined) await write(this.stream(), left);
  }

  /** Writes to the descriptor; returns what is left when it would block, else `undefined`. */
  #writeDirectly(text: string): Uint8Array | undefined {
    const bytes = Buffer.from(text, "utf8");
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.#fd, bytes, offset);
      } catch (error) {
        const failure = error as NodeJS.ErrnoException;
        if (failure.code === "EAGAIN") return bytes.subarray(offset);
        this.#onError(failure);
        return undefined;
      }
    }
    return undefined;
  }
}

/** Standard output and standard error, as the commands that check records write them. */
export interface StandardOutputs {
  readonly stdout: StandardStream;
  readonly stderr: StandardStream;
}
