// Integrity compares two calendar dates by their text; it must say what the
// calendar says: a date is after another when its first day comes after the
// other's last, whatever the precision of either, leap days and month ends included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarBounds, dateBounds, datePrecision } from "../../../src/time/partial-date.js";
import { after as comesAfter } from "../../../src/validation/integrity/dates.js";
import { partialDateArb } from "../../support/arbitraries.js";

/** What the calendar says, from the periods' bounds in milliseconds. */
function byBounds(a: string, b: string): boolean {
  const calendar = datePrecision(a) !== "time" && datePrecision(b) !== "time";
  const bounds = calendar ? calendarBounds : dateBounds;
  return bounds(a)[0] >= bounds(b)[1];
}

describe("after", () => {
  it("agrees with the calendar's bounds for dates of every precision", () => {
    fc.assert(
      fc.property(partialDateArb, partialDateArb, (a, b) => {
        expect(comesAfter(a, b)).toBe(byBounds(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the calendar at month and year ends, on leap days and on dates far apart", () => {
    const dates = [
      "2020",
      "2020-02",
      "2020-02-29",
      "2020-03",
      "2020-03-01",
      "2020-12-31",
      "2021",
      "2021-01-01",
      "0999",
      "9999-12",
    ];
    for (const a of dates) for (const b of dates) expect(comesAfter(a, b), `${a} after ${b}`).toBe(byBounds(a, b));
    expect(comesAfter("2020-03-01", "2020-02-29")).toBe(true);
    expect(comesAfter("2020-03", "2020")).toBe(false);
    expect(comesAfter("2021", "2020-12-31")).toBe(true);
  });
});
