import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { findMainEvent, type NewsEvent } from "../../src/index.js";
import { makeRecord } from "../support/records.js";

function event(id: string, starts: number[]): NewsEvent {
  return {
    id,
    eventType: "other",
    status: "occurred",
    summary: `Event ${id}.`,
    ...(starts.length === 0 ? {} : { spans: starts.map((start) => ({ start, end: start + 1 })) }),
  };
}

describe("findMainEvent", () => {
  it("picks the border closure, which the seed article leads with", () => {
    expect(findMainEvent(seed)?.id).toBe("ev-border-closure");
  });

  it("picks the event whose span comes first in the body, whatever the record order", () => {
    const record = makeRecord("0123456789", {
      events: [event("later", [5]), event("lead", [8, 1]), event("none", [])],
    });
    expect(findMainEvent(record)?.id).toBe("lead");
  });

  it("breaks a tie by record order", () => {
    const record = makeRecord("0123456789", { events: [event("first", [2]), event("second", [2])] });
    expect(findMainEvent(record)?.id).toBe("first");
  });

  it("falls back to the first event when none has a span, and to undefined without events", () => {
    expect(findMainEvent(makeRecord("text", { events: [event("a", []), event("b", [])] }))?.id).toBe("a");
    expect(findMainEvent(makeRecord("text"))).toBeUndefined();
  });
});
