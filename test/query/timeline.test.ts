import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  buildTimeline,
  dateBounds,
  type EventLink,
  type EventRelation,
  type NewsEvent,
  type TimeRef,
} from "../../src/index.js";
import { makeRecord } from "../support/records.js";

function event(id: string, date?: TimeRef, related?: EventLink[]): NewsEvent {
  return {
    id,
    eventType: "other",
    status: "occurred",
    summary: `Event ${id}.`,
    ...(date === undefined ? {} : { date }),
    ...(related === undefined ? {} : { related }),
  };
}
const on = (date: string): TimeRef => ({ kind: "date", date });
const link = (relation: EventRelation, to: string): EventLink => ({ relation, event: to });
const timeline = (events: NewsEvent[]) => buildTimeline(makeRecord("text", { events }));
const order = (events: NewsEvent[]): string[] => timeline(events).entries.map((e) => e.event.id);
const apart = (events: NewsEvent[]): string[] => timeline(events).unplaced.map((e) => e.id);

describe("buildTimeline", () => {
  it("orders the seed record's events from the 2020 election to the closure and what it aims to stop", () => {
    const { entries, unplaced } = buildTimeline(seed);
    expect(entries.map((entry) => [entry.event.id, entry.placedBy])).toEqual([
      ["ev-election", "date"],
      ["ev-election-dispute", "date"],
      ["ev-protests", "date"],
      ["ev-apprehensions", "date"],
      ["ev-asylum-applications", "date"],
      ["ev-spat", "link"],
      ["ev-refugee-threat", "link"],
      ["ev-demonstrations", "link"],
      ["ev-repression", "link"],
      ["ev-eu-sanctions", "link"],
      ["ev-migrant-facilitation", "date"],
      ["ev-eu-accusation", "link"],
      ["ev-migrant-entries", "date"],
      ["ev-frontex-deployment", "date"],
      ["ev-further-crossings", "link"],
      ["ev-lithuania-support", "link"],
      ["ev-border-closure", "date"],
      ["ev-migrant-returns", "link"],
      ["ev-return-crossings", "link"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("puts the seed's 2020 election, the sanctions and the threat before the 5 August closure", () => {
    const ids = buildTimeline(seed).entries.map((entry) => entry.event.id);
    const closure = ids.indexOf("ev-border-closure");
    for (const id of ["ev-election", "ev-election-dispute", "ev-eu-sanctions", "ev-refugee-threat"]) {
      expect(ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(id), id).toBeLessThan(closure);
    }
  });

  it("lists every event exactly once, placed or apart", () => {
    const { entries, unplaced } = buildTimeline(seed);
    const ids = [...entries.map((entry) => entry.event.id), ...unplaced.map((e) => e.id)];
    expect([...ids].sort()).toEqual(seed.events.map((e) => e.id).sort());
  });

  it("puts the seed's events in the order the article's dates and links give, each with what placed it", () => {
    const { entries, unplaced } = buildTimeline(seed);
    // 2020: the election, its dispute, the protests; 2021: the figures of the year so far, the events the
    // spat groups (placed by their links), the facilitation and entries, Frontex; the closure of
    // 5 August; then what it aims to prevent.
    expect(entries.map((e) => [e.event.id, e.placedBy])).toEqual([
      ["ev-election", "date"],
      ["ev-election-dispute", "date"],
      ["ev-protests", "date"],
      ["ev-apprehensions", "date"],
      ["ev-asylum-applications", "date"],
      ["ev-spat", "link"],
      ["ev-refugee-threat", "link"],
      ["ev-demonstrations", "link"],
      ["ev-repression", "link"],
      ["ev-eu-sanctions", "link"],
      ["ev-migrant-facilitation", "date"],
      ["ev-eu-accusation", "link"],
      ["ev-migrant-entries", "date"],
      ["ev-frontex-deployment", "date"],
      ["ev-further-crossings", "link"],
      ["ev-lithuania-support", "link"],
      ["ev-border-closure", "date"],
      ["ev-migrant-returns", "link"],
      ["ev-return-crossings", "link"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("lets a year-only date cover its whole year instead of standing for January 1st", () => {
    const [entry] = timeline([event("y", on("2021"))]).entries;
    expect(entry?.earliest).toBe(dateBounds("2021")[0]);
    expect(entry?.latest).toBe(dateBounds("2021")[1]);
    expect(entry?.placedBy).toBe("date");
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

  it("lets links order events that start together, before the wider date does", () => {
    // A strike called in 2023 after a vote the same year: the vote is its cause.
    const events = [
      event("strike-year", { kind: "interval", start: "2023", end: "2024-02-01" }, [link("cause", "ballot")]),
      event("ballot", on("2023"), [link("response", "pay-offer")]),
      event("pay-offer", on("2023")),
    ];
    expect(order(events)).toEqual(["pay-offer", "ballot", "strike-year"]);
  });

  it("keeps record order for ties the links do not decide", () => {
    const events = [event("a", on("2021-05")), event("b", on("2021-05")), event("c", on("2021-05"))];
    expect(order(events)).toEqual(["a", "b", "c"]);
  });

  it("places an undated response or effect just after the dated event it follows", () => {
    const events = [
      event("reaction", undefined, [link("response", "storm")]),
      event("storm", on("2024-01-10")),
      event("repairs", on("2024-03")),
      event("damage", undefined, [link("cause", "storm")]),
    ];
    const { entries, unplaced } = timeline(events);
    expect(entries.map((e) => [e.event.id, e.placedBy])).toEqual([
      ["storm", "date"],
      ["reaction", "link"],
      ["damage", "link"],
      ["repairs", "date"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("places an undated cause or background just before the dated event it leads to", () => {
    const events = [
      event("early", on("2020")),
      event("strike", on("2024-05-02"), [link("cause", "talks-fail"), link("background", "inflation")]),
      event("talks-fail"),
      event("inflation"),
    ];
    expect(order(events)).toEqual(["early", "talks-fail", "inflation", "strike"]);
  });

  it("places what an event aims at or aims to stop after it", () => {
    const events = [
      event("later", on("2025")),
      event("dam-opened", on("2024-06-01"), [link("prevention", "flood"), link("purpose", "harvest")]),
      event("flood"),
      event("harvest"),
    ];
    expect(order(events)).toEqual(["dam-opened", "flood", "harvest", "later"]);
  });

  it("opens a whole before its parts", () => {
    const events = [
      event("first-match", on("2024-06-14"), [link("part-of", "tournament")]),
      event("final", on("2024-07-14"), [link("part-of", "tournament")]),
      event("tournament"),
    ];
    expect(order(events)).toEqual(["tournament", "first-match", "final"]);
  });

  it("follows links through undated events to a dated one", () => {
    // sanctions → retaliation (dated); the abuses the sanctions answer come before them.
    const events = [
      event("abuses"),
      event("sanctions", undefined, [link("response", "abuses")]),
      event("retaliation", on("2021-07"), [link("response", "sanctions")]),
      event("start", on("2021-01")),
    ];
    expect(order(events)).toEqual(["start", "abuses", "sanctions", "retaliation"]);
  });

  it("puts an undated event before the earliest dated event it must precede, even when it must also follow another", () => {
    const events = [
      event("a", on("2021-01-01")),
      event("b", on("2021-02-01")),
      event("c", on("2021-03-01"), [link("response", "u")]),
      event("u", undefined, [link("response", "a")]),
    ];
    expect(order(events)).toEqual(["a", "b", "u", "c"]);
  });

  it("lets an undated event linked only to placed undated events join them, in the links' order", () => {
    const events = [
      event("closure", on("2021-08-05"), [link("background", "threat")]),
      event("accusation", undefined, [link("background", "threat")]),
      event("threat"),
    ];
    const { entries } = timeline(events);
    expect(entries.map((e) => [e.event.id, e.placedBy])).toEqual([
      ["threat", "link"],
      ["accusation", "link"],
      ["closure", "date"],
    ]);
  });

  it("returns apart, in record order, the undated events nothing places, never after the dated ones", () => {
    const events = [event("u1"), event("a", on("2021-05")), event("u2"), event("b", on("2021-05")), event("u3")];
    expect(order(events)).toEqual(["a", "b"]);
    expect(apart(events)).toEqual(["u1", "u2", "u3"]);
  });

  it("returns apart undated events linked only among themselves", () => {
    const events = [event("dated", on("2022")), event("x", undefined, [link("cause", "y")]), event("y")];
    expect(order(events)).toEqual(["dated"]);
    expect(apart(events)).toEqual(["x", "y"]);
  });

  it("reads no order from a condition, nor from a link to an event the record lacks", () => {
    const events = [
      event("dated", on("2022")),
      event("if-approved", undefined, [link("condition", "dated")]),
      event("dangling", undefined, [link("cause", "nowhere")]),
    ];
    expect(order(events)).toEqual(["dated"]);
    expect(apart(events)).toEqual(["if-approved", "dangling"]);
  });

  it("treats an interval with neither end as undated", () => {
    const events = [event("open", { kind: "interval" }), event("dated", on("1999"))];
    expect(order(events)).toEqual(["dated"]);
    expect(apart(events)).toEqual(["open"]);
    const linked = [event("open", { kind: "interval" }, [link("response", "dated")]), event("dated", on("1999"))];
    expect(timeline(linked).entries.map((e) => [e.event.id, e.placedBy])).toEqual([
      ["dated", "date"],
      ["open", "link"],
    ]);
  });

  it("breaks a cycle of links at record order and still lists every event once", () => {
    const events = [
      event("p", undefined, [link("cause", "q")]),
      event("q", undefined, [link("cause", "p")]),
      event("d", on("2020-02-02"), [link("cause", "p")]),
      event("e", on("2020-02-02"), [link("cause", "d")]),
      event("f", on("2020-02-02"), [link("cause", "e"), link("response", "f")]),
    ];
    const ids = order(events);
    expect([...ids].sort()).toEqual(["d", "e", "f", "p", "q"]);
    expect(ids.slice(-3)).toEqual(["d", "e", "f"]);
    const cyclic = [event("m", on("2020"), [link("cause", "n")]), event("n", on("2020"), [link("cause", "m")])];
    expect(order(cyclic)).toEqual(["m", "n"]);
  });

  it("places a long chain of undated events in one pass", () => {
    const chain = Array.from({ length: 5_000 }, (_, i) =>
      event(`u${i}`, undefined, [link("response", i === 0 ? "start" : `u${i - 1}`)]),
    );
    const ids = order([...chain].reverse().concat(event("start", on("2020"))));
    expect(ids).toHaveLength(5_001);
    expect(ids.slice(0, 3)).toEqual(["start", "u0", "u1"]);
    expect(ids.at(-1)).toBe("u4999");
  });

  it("gives no entries for a record without events, or for what is not a record", () => {
    expect(buildTimeline(makeRecord("text"))).toEqual({ entries: [], unplaced: [] });
    expect(buildTimeline(JSON.parse("{}"))).toEqual({ entries: [], unplaced: [] });
  });
});
