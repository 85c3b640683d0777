import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, ActorSchema } from "../../src/schema/actor.js";
import { NewsEventSchema } from "../../src/schema/news-event.js";
import { PlaceSchema } from "../../src/schema/place.js";
import { QUANTITY_KINDS, QuantitySchema, UnitSchema } from "../../src/schema/quantity.js";
import { QUOTE_MODES, QuoteSchema } from "../../src/schema/quote.js";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { StatisticSchema } from "../../src/schema/statistic.js";
import { cloneSeed } from "../support/records.js";

const actors = {
  person: { id: "p", kind: "person", name: "Ana Petrova", roles: [{ title: "Mayor", of: "c" }] },
  state: { id: "s", kind: "state", name: "Belarus", country: "BY", aliases: ["Minsk"] },
  organization: { id: "o", kind: "organization", name: "Frontex", organizationType: "government-agency", partOf: "eu" },
  group: { id: "g", kind: "group", name: "refugees", groupType: "refugees", origins: ["sy"] },
} as const;

describe("ActorSchema", () => {
  it("accepts one actor of each kind", () => {
    expect(Object.keys(actors).sort()).toEqual([...ACTOR_KINDS].sort());
    for (const actor of Object.values(actors)) expect(ActorSchema.safeParse(actor).success, actor.kind).toBe(true);
  });
  it("rejects an unknown kind, a field of another kind, and a state without its code", () => {
    expect(ActorSchema.safeParse({ ...actors.person, kind: "robot" }).success).toBe(false);
    expect(ActorSchema.safeParse({ ...actors.person, country: "BY" }).success).toBe(false);
    expect(ActorSchema.safeParse({ id: "s", kind: "state", name: "Belarus" }).success).toBe(false);
  });
});

const speaker = { kind: "actor", actor: "p" } as const;
const quotes = {
  direct: { id: "q", mode: "direct", speaker, quoted: [{ start: 0, end: 4, exact: "Text" }] },
  indirect: { id: "q", mode: "indirect", speaker, content: { start: 0, end: 4 } },
  mixed: {
    id: "q",
    mode: "mixed",
    speaker,
    content: { start: 0, end: 9 },
    quoted: [{ start: 0, end: 4, exact: "Text" }],
  },
} as const;

describe("QuoteSchema", () => {
  it("accepts each mode", () => {
    expect(Object.keys(quotes).sort()).toEqual([...QUOTE_MODES].sort());
    for (const quote of Object.values(quotes)) expect(QuoteSchema.safeParse(quote).success, quote.mode).toBe(true);
  });
  it("accepts an anonymous speaker relayed via an agency", () => {
    const quote = {
      ...quotes.indirect,
      speaker: { kind: "anonymous", description: "a union official who asked not to be named", affiliation: "u" },
      via: ["reuters"],
      verb: "told",
    };
    expect(QuoteSchema.safeParse(quote).success).toBe(true);
  });
  it("needs verbatim words for direct and mixed quotes, and none for indirect ones", () => {
    expect(QuoteSchema.safeParse({ ...quotes.direct, quoted: [] }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quotes.direct, quoted: [{ start: 0, end: 4 }] }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quotes.indirect, quoted: quotes.direct.quoted }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quotes.mixed, quoted: [] }).success).toBe(false);
  });
});

describe("QuantitySchema and UnitSchema", () => {
  const quantities = {
    exact: { kind: "exact", value: 680 },
    approximate: { kind: "approximate", value: 3500, hedge: "some" },
    bound: { kind: "bound", value: 200, relation: "more-than", hedge: "more than" },
    range: { kind: "range", min: 300, max: 400 },
    vague: { kind: "vague", expression: "several hundred", min: 300, max: 999 },
  } as const;
  it("accepts each kind of quantity", () => {
    expect(Object.keys(quantities).sort()).toEqual([...QUANTITY_KINDS].sort());
    for (const q of Object.values(quantities)) expect(QuantitySchema.safeParse(q).success, q.kind).toBe(true);
  });
  it("keeps the hedge required where the article hedges", () => {
    expect(QuantitySchema.safeParse({ kind: "approximate", value: 3500 }).success).toBe(false);
    expect(QuantitySchema.safeParse({ kind: "vague", min: 1 }).success).toBe(false);
  });
  it("rejects NaN, Infinity and numbers given as strings", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "680"]) {
      expect(QuantitySchema.safeParse({ kind: "exact", value }).success, String(value)).toBe(false);
    }
  });
  it("accepts people, km, percent, tonnes and money with an ISO 4217 currency", () => {
    for (const unit of [
      { kind: "count", noun: "people" },
      { kind: "length", unit: "km" },
      { kind: "percent" },
      { kind: "mass", unit: "t" },
      { kind: "money", currency: "EUR" },
      { kind: "duration", unit: "year" },
    ]) {
      expect(UnitSchema.safeParse(unit).success, unit.kind).toBe(true);
    }
    expect(UnitSchema.safeParse({ kind: "money", currency: "euro" }).success).toBe(false);
    expect(UnitSchema.safeParse({ kind: "length", unit: "furlong" }).success).toBe(false);
  });
});

describe("PlaceSchema", () => {
  it("accepts a country, a border and a named place within a country", () => {
    expect(PlaceSchema.safeParse({ kind: "country", country: "LT" }).success).toBe(true);
    expect(PlaceSchema.safeParse({ kind: "border", countries: ["BY", "LT"], partial: true }).success).toBe(true);
    expect(
      PlaceSchema.safeParse({ kind: "named", name: "Medininkai", placeType: "border-crossing", country: "LT" }).success,
    ).toBe(true);
  });
  it("needs exactly two countries for a border", () => {
    expect(PlaceSchema.safeParse({ kind: "border", countries: ["BY"] }).success).toBe(false);
    expect(PlaceSchema.safeParse({ kind: "border", countries: ["BY", "LT", "PL"] }).success).toBe(false);
  });
});

describe("StatisticSchema and NewsEventSchema", () => {
  it("accept the seed record's facts and reject a misspelt optional field", () => {
    const seed = cloneSeed();
    for (const statistic of seed.statistics) expect(StatisticSchema.safeParse(statistic).success).toBe(true);
    for (const event of seed.events) expect(NewsEventSchema.safeParse(event).success).toBe(true);
    expect(StatisticSchema.safeParse({ ...seed.statistics[0], reportedby: "eu" }).success).toBe(false);
    expect(NewsEventSchema.safeParse({ ...seed.events[0], statuss: "occurred" }).success).toBe(false);
  });
  it("rejects an unknown event status, type and relation", () => {
    const event = cloneSeed().events[0];
    expect(NewsEventSchema.safeParse({ ...event, status: "rumoured" }).success).toBe(false);
    expect(NewsEventSchema.safeParse({ ...event, eventType: "party" }).success).toBe(false);
    expect(NewsEventSchema.safeParse({ ...event, related: [{ relation: "vibes", event: "ev-x" }] }).success).toBe(
      false,
    );
  });
});

describe("NewsRecordSchema", () => {
  it("accepts the seed record and needs its schemaVersion", () => {
    const seed = cloneSeed();
    expect(NewsRecordSchema.safeParse(seed).success).toBe(true);
    expect(NewsRecordSchema.safeParse({ ...seed, schemaVersion: "2.0" }).success).toBe(false);
  });
});
