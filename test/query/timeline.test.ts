import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { buildTimeline, dateBounds, type NewsEvent, type TimeRef } from "../../src/index.js";
import { makeRecord } from "../support/records.js";

function event(id: string, date?: TimeRef): NewsEvent {
  return {
    id,
    eventType: "other",
    status: "occurred",
    summary: `Event ${id}.`,
    ...(date === undefined ? {} : { date }),
  };
}
const on = (date: string): TimeRef => ({ kind: "date", date });
const order = (events: NewsEvent[]): string[] => buildTimeline(makeRecord("text", { events })).map((e) => e.event.id);

describe("buildTimeline", () => {
  it("orders the seed record's events from the disputed election to the border closure, undated last", () => {
    const ids = buildTimeline(seed).map((entry) => entry.event.id);
    expect(ids).toEqual([
      "ev-disputed-election",
      "ev-protests",
      "ev-apprehensions",
      "ev-asylum-applications",
      "ev-migrant-facilitation",
      "ev-migrant-entries",
      "ev-frontex-deployment",
      "ev-border-closure",
      "ev-migrant-returns",
      "ev-refugee-threat",
      "ev-eu-sanctions",
      "ev-repression",
      "ev-lithuania-support",
    ]);
  });

  it("lists every event exactly once", () => {
    const ids = buildTimeline(seed).map((entry) => entry.event.id);
    expect([...ids].sort()).toEqual(seed.events.map((e) => e.id).sort());
  });

  it("lets a year-only date cover its whole year instead of standing for January 1st", () => {
    const [entry] = buildTimeline(makeRecord("text", { events: [event("y", on("2021"))] }));
    expect(entry?.earliest).toBe(dateBounds("2021")[0]);
    expect(entry?.latest).toBe(dateBounds("2021")[1]);
    expect(new Date(entry?.latest ?? 0).toISOString()).toBe("2022-01-01T12:00:00.000Z");
  });

  it("puts a wider date first when two start together, whatever the record order", () => {
    const events = [event("day", on("2021-01-01")), event("month", on("2021-01")), event("year", on("2021"))];
    expect(order(events)).toEqual(["year", "month", "day"]);
    expect(order([...events].reverse())).toEqual(["year", "month", "day"]);
  });

  it("orders by the earliest instant a date allows", () => {
    const events = [
      event("mar", on("2021-03-05")),
      event("year", on("2021")),
      event("eve", on("2020-12-31")),
      event("early", on("2021-03-04T06:00:00Z")),
    ];
    expect(order(events)).toEqual(["eve", "year", "early", "mar"]);
  });

  it("places an interval with no start at its end, before the events of that day", () => {
    const events = [
      event("closure", on("2021-08-05")),
      event("recent-weeks", { kind: "interval", end: "2021-08-05" }),
      event("july", on("2021-07-20")),
    ];
    expect(order(events)).toEqual(["july", "recent-weeks", "closure"]);
  });

  it("places an interval with no end at its start, before the events that start with it", () => {
    const events = [event("day", on("2021-03-01")), event("since-march", { kind: "interval", start: "2021-03" })];
    expect(order(events)).toEqual(["since-march", "day"]);
  });

  it("keeps record order for ties and for undated events, which come last", () => {
    const events = [event("u1"), event("a", on("2021-05")), event("u2"), event("b", on("2021-05")), event("u3")];
    expect(order(events)).toEqual(["a", "b", "u1", "u2", "u3"]);
  });

  it("treats an interval with neither end as undated", () => {
    expect(order([event("open", { kind: "interval" }), event("dated", on("1999"))])).toEqual(["dated", "open"]);
  });

  it("gives [] for a record without events", () => {
    expect(buildTimeline(makeRecord("text"))).toEqual([]);
  });
});
