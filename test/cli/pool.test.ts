// The pool behind `validate --jobs`: an input too small to fill one batch is
// validated on the calling thread, a larger one on the workers and on the
// calling thread while the workers have enough in hand, and every way gives
// the outcomes one thread would, in its order.
import { describe, expect, it } from "vitest";
import { outcomeOf } from "../../src/cli/outcome.js";
import { type BatchMessage, type BatchRunner, outcomesInParallel } from "../../src/cli/pool.js";
import { type RawSlot, slotOfLine } from "../../src/cli/sources.js";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";

const encoder = new TextEncoder();

function lines(count: number): RawSlot[] {
  return Array.from({ length: count }, (_, i) => {
    const record = structuredClone(belarusLithuaniaBorder) as { article: { id: string } };
    record.article.id = `seed-${i}`;
    const text = i % 4 === 1 ? `{"article": ${i}` : JSON.stringify(record);
    return { line: i + 1, bytes: encoder.encode(text) };
  });
}

async function* from(slots: readonly RawSlot[]): AsyncGenerator<RawSlot> {
  yield* slots;
}

/** The outcomes of a batch, as a worker gives them. */
function outcomesOf(message: BatchMessage) {
  return message.items.map((item) =>
    "slot" in item
      ? outcomeOf(item.slot, message.grounding)
      : outcomeOf(slotOfLine(item.line, message.bytes.subarray(item.start, item.end)), message.grounding),
  );
}

/**
 * A pool that checks batches on this thread and counts them. `ready` says
 * when it takes a batch (by the number of the batch offered, from 0); each
 * answer comes after `delay` ms, so that answers may come out of order.
 */
function countingPool(
  ready: (offered: number) => boolean = () => true,
  delay: (batch: number) => number = () => 0,
): BatchRunner & { batches: number; offered: number } {
  const pool = {
    batches: 0,
    offered: 0,
    get ready() {
      return ready(pool.offered++);
    },
    run(message: BatchMessage) {
      const wait = delay(pool.batches++);
      return new Promise<ReturnType<typeof outcomesOf>>((resolve) =>
        setTimeout(() => resolve(outcomesOf(message)), wait),
      );
    },
  };
  return pool;
}

async function collect(slots: readonly RawSlot[], pool: BatchRunner) {
  const out = [];
  for await (const outcome of outcomesInParallel(from(slots), pool, true)) out.push(outcome);
  return out;
}

function oneThread(slots: readonly RawSlot[]) {
  return slots.map((slot) => outcomeOf("bytes" in slot ? slotOfLine(slot.line, slot.bytes) : slot, true));
}

describe("outcomesInParallel", () => {
  it("validates an input smaller than one batch on this thread, without sending it", async () => {
    const slots = lines(5);
    const pool = countingPool();
    const outcomes = await collect(slots, pool);
    expect(pool.batches).toBe(0);
    expect(outcomes).toEqual(oneThread(slots));
    expect(outcomes.filter((outcome) => outcome.issues.length > 0)).toHaveLength(1);
  });

  it("sends an input of several batches to the workers, and keeps its order", async () => {
    const slots = lines(150);
    const pool = countingPool();
    const outcomes = await collect(slots, pool);
    expect(pool.batches).toBeGreaterThan(1);
    expect(outcomes).toEqual(oneThread(slots));
  });

  it("checks a batch on this thread when no worker would take it, and keeps the order", async () => {
    const slots = lines(300);
    const never = countingPool(() => false);
    expect(await collect(slots, never)).toEqual(oneThread(slots));
    expect(never.batches).toBe(0);
    expect(never.offered).toBeGreaterThan(1);

    // Every other batch to the workers, whose answers come late and out of order.
    const half = countingPool(
      (offered) => offered % 2 === 0,
      (batch) => (batch % 3) * 15,
    );
    expect(await collect(slots, half)).toEqual(oneThread(slots));
    expect(half.batches).toBeGreaterThan(1);
    expect(half.batches).toBeLessThan(half.offered);
  });

  it("stops reading while too many batches wait behind one a worker has not answered", async () => {
    const slots = lines(4000);
    let read = 0;
    async function* counted(): AsyncGenerator<RawSlot> {
      for (const slot of slots) {
        read++;
        yield slot;
      }
    }
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first batch is sent and held; every later one is checked on this thread.
    const pool = {
      sent: false,
      get ready() {
        return !pool.sent;
      },
      async run(message: BatchMessage) {
        pool.sent = true;
        await held;
        return outcomesOf(message);
      },
    };
    const outcomes = outcomesInParallel(counted(), pool, false);
    const first = outcomes.next();
    // Until reading has stood still for a while: it stops, or reads the whole input.
    for (let still = 0, last = -1; still < 5 && read < slots.length; ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      still = read === last ? still + 1 : 0;
      last = read;
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(slots.length / 2);
    release();
    expect((await first).value).toEqual(oneThread(slots.slice(0, 1))[0]);
    let rest = 0;
    for await (const _ of outcomes) rest++;
    expect(rest).toBe(slots.length - 1);
  });
});
