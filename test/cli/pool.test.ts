// The pool behind `validate --jobs`: an input too small to fill one batch is
// validated on the calling thread, a larger one on the workers, and both
// give the outcomes one thread would.
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

/** A pool that checks batches on this thread and counts them. */
function countingPool(): BatchRunner & { batches: number } {
  const pool = {
    batches: 0,
    capacity: 4,
    run(message: BatchMessage) {
      pool.batches++;
      return Promise.resolve(
        message.items.map((item) =>
          "slot" in item
            ? outcomeOf(item.slot, message.grounding)
            : outcomeOf(slotOfLine(item.line, message.bytes.subarray(item.start, item.end)), message.grounding),
        ),
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
});
