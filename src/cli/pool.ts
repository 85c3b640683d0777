import type { Worker } from "node:worker_threads";
import type { BatchItem, BatchMessage } from "./batch.js";
import { loadBatches } from "./load.js";
import type { Outcome } from "./outcome.js";
import type { RawSlot } from "./sources.js";
import { VALIDATE_WORKER_ARG, workerDataFor } from "./worker-data.js";

export type { BatchMessage } from "./batch.js";

/** A batch is sent when it holds this many records or bytes: enough to pay for the message, little enough to keep every worker busy. */
const BATCH_ITEMS = 64;
const BATCH_BYTES = 256 * 1024;

/** Batches in hand per worker: one being checked and one waiting, so that no worker waits for the reader. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * The most batches whose outcomes wait to be written, in order: the ones
 * the workers have in hand and the ones this thread checked after them.
 * Reading stops there until the oldest is written, so memory stays flat.
 */
const MAX_WAITING = 16;

interface Pending {
  readonly resolve: (outcomes: Outcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/** What {@link outcomesInParallel} needs of a pool of workers. */
export interface BatchRunner {
  /** Whether a worker would take one more batch now: false while each has as many in hand as keeps it busy. */
  readonly ready: boolean;
  /** Sends a batch to a worker; resolves to its outcomes, in the batch's order. */
  run(message: BatchMessage): Promise<Outcome[]>;
}

interface WorkerSlot {
  /** The thread, once `node:worker_threads` is loaded and it is started. */
  readonly worker: Promise<Worker>;
  /** Its batches in hand, oldest first: it answers them in the order it was sent them. */
  readonly pending: Pending[];
}

/**
 * Worker threads that validate records. Each worker answers its batches in
 * the order it was sent them; the caller keeps the order across workers.
 * The threads start with the first batch, so a run whose inputs are each
 * too small to fill one never pays for starting them (nor for loading
 * `node:worker_threads`).
 */
export class ValidatorPool implements BatchRunner {
  private slots: WorkerSlot[] | undefined;
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

  private start(): WorkerSlot[] {
    const threads = import("node:worker_threads");
    return Array.from({ length: this.size }, () => {
      const pending: Pending[] = [];
      const worker = threads.then(({ Worker }) => {
        const thread = new Worker(this.script, {
          argv: [VALIDATE_WORKER_ARG],
          workerData: workerDataFor(this.grounding),
        });
        thread.on("message", (outcomes: Outcome[]) => pending.shift()?.resolve(outcomes));
        const fail = (error: unknown): void => {
          for (const waiting of pending.splice(0)) waiting.reject(error);
        };
        thread.on("error", fail);
        thread.on("exit", (code) => fail(new Error(`a validation worker stopped with exit code ${code}`)));
        return thread;
      });
      return { worker, pending };
    });
  }

  /** Whether a worker would take one more batch now. */
  get ready(): boolean {
    return this.slots === undefined || this.slots.some((slot) => slot.pending.length < IN_FLIGHT_PER_WORKER);
  }

  /**
   * Sends a batch to the worker with the fewest batches in hand (the first
   * of them on a tie), starting the workers first if need be, so that a
   * worker slowed down by other work on the machine is given less; resolves
   * to the batch's outcomes, in its order.
   */
  run(message: BatchMessage): Promise<Outcome[]> {
    this.slots ??= this.start();
    let target: WorkerSlot | undefined;
    for (const slot of this.slots) {
      if (target === undefined || slot.pending.length < target.pending.length) target = slot;
    }
    if (target === undefined) return Promise.reject(new Error("the pool has no worker"));
    const { worker, pending } = target;
    return new Promise((resolve, reject) => {
      pending.push({ resolve, reject });
      worker.then((thread) => thread.postMessage(message, [message.bytes.buffer as ArrayBuffer]), reject);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(
      (this.slots ?? []).map(({ worker }) =>
        worker.then(
          (thread) => {
            thread.removeAllListeners("exit");
            return thread.terminate();
          },
          () => undefined,
        ),
      ),
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

/** The outcomes of one batch, in the input's order: checked here already, or awaited from a worker. */
interface Waiting {
  /** The outcomes, once they are known. */
  done: Outcome[] | undefined;
  readonly outcomes: Promise<Outcome[]>;
}

/**
 * Validates the slots of one input on the pool's workers and on this
 * thread, and yields their outcomes in the input's order, as one thread
 * would. A full batch goes to a worker when one would take it, and is
 * checked on this thread when each has enough in hand: this thread checks
 * while the workers start, and takes its share after (with `--jobs N`, the
 * pool has N − 1 workers). At most {@link MAX_WAITING} batches wait to be
 * written, so memory stays flat. The last batch, and so an input that ends
 * before it fills one, is checked on this thread: sending it would cost
 * more than checking it. When reading the input fails, the outcomes of the
 * records read before are yielded first.
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
  const waiting: Waiting[] = [];
  let batch: RawSlot[] = [];
  let bytes = 0;
  const checkHere = async (): Promise<void> => {
    const { outcomesOfSlots } = await loadBatches(grounding);
    const done = outcomesOfSlots(batch, grounding);
    waiting.push({ done, outcomes: Promise.resolve(done) });
  };
  const send = (): void => {
    const entry: Waiting = { done: undefined, outcomes: pool.run(pack(batch, grounding)) };
    // Awaited in order below; a worker that fails rejects every batch it holds, and only the first is awaited.
    entry.outcomes.then(
      (done) => {
        entry.done = done;
      },
      () => {},
    );
    waiting.push(entry);
  };
  let failure: { error: unknown } | undefined;
  try {
    for await (const slot of slots) {
      batch.push(slot);
      bytes += "bytes" in slot ? slot.bytes.length : 0;
      if (batch.length < BATCH_ITEMS && bytes < BATCH_BYTES) continue;
      if (pool.ready) send();
      else await checkHere();
      batch = [];
      bytes = 0;
      for (let head = waiting[0]; head?.done !== undefined; head = waiting[0]) {
        waiting.shift();
        yield* head.done;
      }
      while (waiting.length >= MAX_WAITING) {
        const head = waiting.shift();
        if (head !== undefined) yield* await head.outcomes;
      }
    }
  } catch (error) {
    failure = { error };
  }
  if (batch.length > 0) await checkHere();
  for (let head = waiting.shift(); head !== undefined; head = waiting.shift()) yield* await head.outcomes;
  if (failure !== undefined) throw failure.error;
}
