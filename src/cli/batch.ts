// The validating side of `validate --jobs`: what a worker thread runs, and
// the writing thread with an input too small to send. The writing thread
// loads this module only when it validates itself.
import type { MessagePort } from "node:worker_threads";
import { type Outcome, outcomeOf } from "./outcome.js";
import { type RawSlot, type RecordSlot, slotOfLine } from "./sources.js";

/** One item of a batch: a line, by its place in the batch's bytes, or a slot read already. */
export type BatchItem =
  | { readonly line: number; readonly start: number; readonly end: number }
  | { readonly slot: RecordSlot };

/** What the writing thread sends a worker: lines packed in one buffer, which is moved, not copied. */
export interface BatchMessage {
  readonly bytes: Uint8Array;
  readonly items: readonly BatchItem[];
  readonly grounding: boolean;
}

/**
 * Validates a batch.
 *
 * @param message - The batch: its lines' bytes and where each line stands.
 * @returns One outcome per item, in the batch's order.
 */
export function outcomesOfBatch(message: BatchMessage): Outcome[] {
  return message.items.map((item) =>
    "slot" in item
      ? outcomeOf(item.slot, message.grounding)
      : outcomeOf(slotOfLine(item.line, message.bytes.subarray(item.start, item.end)), message.grounding),
  );
}

/**
 * Validates slots as read, lines left unparsed: what the writing thread
 * does with a batch it keeps.
 *
 * @param slots - The slots, in order.
 * @param grounding - Whether to check grounding.
 * @returns One outcome per slot, in order.
 */
export function outcomesOfSlots(slots: readonly RawSlot[], grounding: boolean): Outcome[] {
  return slots.map((slot) => outcomeOf("bytes" in slot ? slotOfLine(slot.line, slot.bytes) : slot, grounding));
}

/**
 * Runs in a worker thread: validates each batch it is sent and sends back
 * the outcomes, in order.
 *
 * @param port - The worker's `parentPort` (given, so that a thread that only loads this module does not load `node:worker_threads`).
 */
export function serveValidateWorker(port: MessagePort): void {
  port.on("message", (message: BatchMessage) => {
    port.postMessage(outcomesOfBatch(message));
  });
}
