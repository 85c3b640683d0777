import { describe, expect, it } from "vitest";
import { describeQuote } from "../../src/format/quote.js";
import type { PartialDate } from "../../src/schema/date.js";
import { calendarBounds, dateBounds, datePrecision } from "../../src/time/partial-date.js";
import { makeRecord, spanOf } from "../support/records.js";

describe("partial dates", () => {
  it("tell their precision from their form", () => {
    expect(["2021", "2021-08", "2021-08-05", "2021-08-05T10:00Z"].map(datePrecision)).toEqual([
      "year",
      "month",
      "day",
      "time",
    ]);
  });

  it("cover their whole period, and every time zone's version of it", () => {
    expect(calendarBounds("2021-08").map((ms) => new Date(ms).toISOString())).toEqual([
      "2021-08-01T00:00:00.000Z",
      "2021-09-01T00:00:00.000Z",
    ]);
    expect(dateBounds("2021-08-05").map((ms) => new Date(ms).toISOString())).toEqual([
      "2021-08-04T10:00:00.000Z",
      "2021-08-06T12:00:00.000Z",
    ]);
  });

  it("read years before 100 as themselves, not as the 1900s", () => {
    expect(new Date(calendarBounds("0050")[0]).getUTCFullYear()).toBe(50);
    expect(new Date(calendarBounds("0099-12-31")[0]).toISOString()).toBe("0099-12-31T00:00:00.000Z");
  });
});

describe("date-times in words", () => {
  it("keep the record's own wall-clock time and offset, not UTC's day", () => {
    const body = "“We will,” she said.";
    const record = makeRecord(body, {
      actors: [{ id: "a", kind: "person", name: "Ana" }],
      quotes: [
        {
          id: "q",
          mode: "direct",
          speaker: { kind: "actor", actor: "a" },
          saidAt: { kind: "date", date: "2021-08-05T01:30:00+03:00" },
          quoted: [spanOf(body, "We will,")],
        },
      ],
    });
    const quote = record.quotes[0];
    if (quote === undefined) throw new Error("quote");
    expect(describeQuote(record, quote)).toContain("on August 5, 2021 at 1:30 AM (UTC+03:00)");
  });
});

describe("date helpers on values that are not dates", () => {
  it("never throw", () => {
    for (const value of [null, undefined, {}, 5, [], { kind: "date" }] as unknown as PartialDate[]) {
      expect(datePrecision(value)).toBe("time");
      expect(dateBounds(value)).toEqual([Number.NaN, Number.NaN]);
    }
  });
});
