import { Worker } from "node:worker_threads";
import type { BatchItem, BatchMessage } from "./batch.js";
import { loadBatches } from "./load.js";
import type { Outcome } from "./outcome.js";
import type { RawSlot } from "./sources.js";
import { workerDataFor } from "./worker-data.js";

export type { BatchMessage } from "./batch.js";

/** A batch is sent when it holds this many records or bytes: enough to pay for the message, little enough to keep every worker busy. */
const BATCH_ITEMS = 64;
const BATCH_BYTES = 256 * 1024;

/** Batches in flight per worker: one being checked and one waiting, so that no worker waits for the reader. */
const IN_FLIGHT_PER_WORKER = 2;

interface Pending {
  readonly resolve: (outcomes: Outcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/** What {@link outcomesInParallel} needs of a pool of workers. */
export interface BatchRunner {
  /** How many batches may be in flight at once. */
  readonly capacity: number;
  /** Sends a batch to a worker; resolves to its outcomes, in the batch's order. */
  run(message: BatchMessage): Promise<Outcome[]>;
}

/**
 * Worker threads that validate records. Each worker answers its batches in
 * the order it was sent them; the caller keeps the order across workers.
 * The threads start with the first batch, so a run whose inputs are each
 * too small to fill one never pays for starting them.
 */
export class ValidatorPool implements BatchRunner {
  private readonly workers: { readonly worker: Worker; readonly pending: Pending[] }[] = [];
  private readonly size: number;
  private readonly script: URL;
  private readonly grounding: boolean;

  /**
   * @param size - How many worker threads to start.
   * @param script - The module each worker runs: the command line itself.
   * @param grounding - Whether the workers check grounding (they load the marker tables then).
   */
  constructor(size: number, script: URL, grounding: boolean) {
    this.size = size;
    this.script = script;
    this.grounding = grounding;
  }

  private start(): void {
    const { size, script } = this;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: workerDataFor(this.grounding) });
      const pending: Pending[] = [];
      worker.on("message", (outcomes: Outcome[]) => pending.shift()?.resolve(outcomes));
      const fail = (error: unknown): void => {
        for (const waiting of pending.splice(0)) waiting.reject(error);
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`a validation worker stopped with exit code ${code}`)));
      this.workers.push({ worker, pending });
    }
  }

  /** How many batches may be in flight at once. */
  get capacity(): number {
    return this.size * IN_FLIGHT_PER_WORKER;
  }

  /**
   * Sends a batch to the worker with the fewest batches in hand (the first
   * of them on a tie), starting the workers first if need be, so that a
   * worker slowed down by other work on the machine is given less; resolves
   * to the batch's outcomes, in its order.
   */
  run(message: BatchMessage): Promise<Outcome[]> {
    if (this.workers.length === 0) this.start();
    let target = this.workers[0];
    for (const candidate of this.workers) {
      if (target === undefined || candidate.pending.length < target.pending.length) target = candidate;
    }
    if (target === undefined) return Promise.reject(new Error("the pool has no worker"));
    return new Promise((resolve, reject) => {
      target.pending.push({ resolve, reject });
      target.worker.postMessage(message, [message.bytes.buffer as ArrayBuffer]);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(({ worker }) => {
        worker.removeAllListeners("exit");
        return worker.terminate();
      }),
    );
  }
}

/** Packs the lines of a batch into one buffer of their own, so that it can be moved to a worker. */
function pack(slots: readonly RawSlot[], grounding: boolean): BatchMessage {
  let size = 0;
  for (const slot of slots) if ("bytes" in slot) size += slot.bytes.length;
  const bytes = new Uint8Array(size);
  const items: BatchItem[] = [];
  let at = 0;
  for (const slot of slots) {
    if ("bytes" in slot) {
      bytes.set(slot.bytes, at);
      items.push({ line: slot.line, start: at, end: at + slot.bytes.length });
      at += slot.bytes.length;
    } else {
      items.push({ slot });
    }
  }
  return { bytes, items, grounding };
}

/**
 * Validates the slots of one input on the pool's workers and yields their
 * outcomes in the input's order, as one thread would. At most the pool's
 * capacity of batches is in flight, so memory stays flat. An input that
 * ends before it fills one batch is validated on this thread: sending it
 * would cost more than checking it. When reading the input fails, the
 * outcomes of the records read before are yielded first.
 *
 * @param slots - The input's slots, lines left unparsed.
 * @param pool - The workers.
 * @param grounding - Whether to check grounding.
 * @returns One outcome per slot, in order.
 */
export async function* outcomesInParallel(
  slots: AsyncIterable<RawSlot>,
  pool: BatchRunner,
  grounding: boolean,
): AsyncGenerator<Outcome> {
  const inFlight: Promise<Outcome[]>[] = [];
  let batch: RawSlot[] = [];
  let bytes = 0;
  let sent = false;
  const send = (): void => {
    if (batch.length === 0) return;
    sent = true;
    const outcomes = pool.run(pack(batch, grounding));
    // Awaited in order below; a worker that fails rejects every batch it holds, and only the first is awaited.
    outcomes.catch(() => {});
    inFlight.push(outcomes);
    batch = [];
    bytes = 0;
  };
  let failure: { error: unknown } | undefined;
  try {
    for await (const slot of slots) {
      batch.push(slot);
      bytes += "bytes" in slot ? slot.bytes.length : 0;
      if (batch.length >= BATCH_ITEMS || bytes >= BATCH_BYTES) {
        send();
        while (inFlight.length >= pool.capacity) {
          const head = inFlight.shift();
          if (head !== undefined) yield* await head;
        }
      }
    }
  } catch (error) {
    failure = { error };
  }
  if (!sent && batch.length > 0) {
    const { outcomesOfBatch } = await loadBatches(grounding);
    yield* outcomesOfBatch(pack(batch, grounding));
    batch = [];
  }
  send();
  for (let head = inFlight.shift(); head !== undefined; head = inFlight.shift()) yield* await head;
  if (failure !== undefined) throw failure.error;
}
