import { describe, expect, it } from "vitest";
import { PartialDateSchema, TimeRefSchema } from "../../src/schema/date.js";

describe("PartialDateSchema", () => {
  it.each([
    "2021",
    "2021-08",
    "2021-08-05",
    "2024-02-29",
    "2000-02-29",
    "2021-08-05T14:30+03:00",
    "2021-08-05T14:30:00Z",
    "2021-08-05T14:30:00.123-05:00",
  ])("accepts %s", (date) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    ["2021-02-30", "a day that does not exist"],
    ["2023-02-29", "29 February outside a leap year"],
    ["1900-02-29", "29 February in a century year that is not a leap year"],
    ["2021-13", "month 13"],
    ["2021-00", "month 0"],
    ["2021-08-32", "day 32"],
    ["2021-08-05T14:30:00", "a date-time with no offset"],
    ["2021-08-05T24:00Z", "hour 24"],
    ["21-08-05", "a two-digit year"],
    ["2021/08/05", "slashes"],
    ["", "an empty string"],
    [" 2021", "leading space"],
  ])("rejects %s (%s)", (date) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(false);
  });
});

describe("TimeRefSchema", () => {
  it("accepts a date and an interval open at one end", () => {
    expect(TimeRefSchema.safeParse({ kind: "date", date: "2021-08-05" }).success).toBe(true);
    expect(TimeRefSchema.safeParse({ kind: "interval", end: "2021-08-05" }).success).toBe(true);
  });

  it("rejects an unknown kind and an unknown key", () => {
    expect(TimeRefSchema.safeParse({ kind: "instant", date: "2021" }).success).toBe(false);
    expect(TimeRefSchema.safeParse({ kind: "date", date: "2021", approx: true }).success).toBe(false);
  });
});
