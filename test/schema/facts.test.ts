import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, ActorSchema, ORGANIZATION_TYPE_DEFINITIONS, ORGANIZATION_TYPES } from "../../src/schema/actor.js";
import { ArticleSchema } from "../../src/schema/article.js";
import { CAMEO_CODES } from "../../src/schema/cameo.js";
import { EVENT_TYPE_DEFINITIONS, EVENT_TYPES, NewsEventSchema } from "../../src/schema/news-event.js";
import { PlaceEntrySchema, PlaceSchema } from "../../src/schema/place.js";
import { QUANTITY_KINDS, QuantitySchema, UnitSchema } from "../../src/schema/quantity.js";
import { QUOTE_MODES, QuoteSchema } from "../../src/schema/quote.js";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { TextSpanSchema } from "../../src/schema/span.js";
import { StatisticSchema } from "../../src/schema/statistic.js";
import { cloneSeed } from "../support/records.js";

const actors = {
  person: { id: "p", kind: "person", name: "Ana Petrova", roles: [{ title: "Mayor", of: "c" }] },
  state: { id: "s", kind: "state", name: "Belarus", country: "BY", aliases: ["Minsk"] },
  organization: { id: "o", kind: "organization", name: "Frontex", organizationType: "government-agency", partOf: "eu" },
  group: { id: "g", kind: "group", name: "refugees", groupType: "refugees", origins: ["sy"], originsIncomplete: true },
  territory: {
    id: "koeln",
    kind: "territory",
    name: "Köln",
    territoryType: "city",
    country: "DE",
    subdivision: "DE-NW",
    mentions: [{ start: 0, end: 4, exact: "Köln" }],
  },
  object: { id: "bridge", kind: "object", name: "Mülheimer Brücke", objectType: "infrastructure", owner: "koeln" },
} as const;

describe("ActorSchema", () => {
  it("accepts one actor of each kind", () => {
    expect(Object.keys(actors).sort()).toEqual([...ACTOR_KINDS].sort());
    for (const actor of Object.values(actors)) expect(ActorSchema.safeParse(actor).success, actor.kind).toBe(true);
  });
  it("accepts unnamed actors, honorifics, affiliations and mentions by pronoun or description", () => {
    const person = {
      ...actors.person,
      honorific: "Dr.",
      affiliations: [{ relation: "member", of: "cdu", span: { start: 12, end: 17, exact: "(CDU)" } }],
      mentions: [
        { start: 0, end: 11, exact: "Ana Petrova" },
        { start: 40, end: 43, exact: "sie", form: "pronoun" },
        { start: 50, end: 62, exact: "die Ministerin", form: "description" },
      ],
    };
    expect(ActorSchema.safeParse(person).success).toBe(true);
    expect(ActorSchema.safeParse({ id: "m", kind: "person", name: "a mediator", unnamed: true }).success).toBe(true);
    expect(ActorSchema.safeParse({ ...person, mentions: [{ start: 0, end: 3, form: "nickname" }] }).success).toBe(
      false,
    );
    expect(ActorSchema.safeParse({ ...person, affiliations: [{ relation: "friend", of: "cdu" }] }).success).toBe(false);
  });
  it("defines every organization type in one line, and checks territory codes", () => {
    expect(Object.keys(ORGANIZATION_TYPE_DEFINITIONS).sort()).toEqual([...ORGANIZATION_TYPES].sort());
    for (const line of Object.values(ORGANIZATION_TYPE_DEFINITIONS)) expect(line).toMatch(/^[A-Z].*\.$/);
    expect(ActorSchema.safeParse({ ...actors.territory, subdivision: "NRW" }).success).toBe(false);
    expect(ActorSchema.safeParse({ ...actors.territory, country: "XK", subdivision: "XK-01" }).success).toBe(true);
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
  refusal: { id: "q", mode: "refusal", speaker, refusal: { start: 20, end: 39, exact: "declined to comment" } },
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
  it("tells the addressee, the channel, a nesting quote, a denial and content interrupted by its reporting clause", () => {
    const quote = {
      ...quotes.indirect,
      addressee: "afp",
      via: ["belta"],
      channel: { type: "interview", span: { start: 30, end: 45, exact: "in an interview" } },
      within: "q-outer",
      denies: { event: "ev-report", claimant: "reports" },
      continuation: [{ start: 60, end: 90 }],
    };
    expect(QuoteSchema.safeParse(quote).success).toBe(true);
    expect(QuoteSchema.safeParse({ ...quote, channel: { type: "pigeon" } }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quotes.direct, continuation: [{ start: 60, end: 90 }] }).success).toBe(false);
  });
  it("needs the verbatim words of a refusal, and no content", () => {
    expect(QuoteSchema.safeParse({ ...quotes.refusal, refusal: { start: 20, end: 39 } }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quotes.refusal, content: { start: 0, end: 4 } }).success).toBe(false);
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
    ratio: { kind: "ratio", numerator: 1, denominator: 20, hedge: "fewer than", relation: "fewer-than" },
  } as const;
  it("accepts each kind of quantity", () => {
    expect(Object.keys(quantities).sort()).toEqual([...QUANTITY_KINDS].sort());
    for (const q of Object.values(quantities)) expect(QuantitySchema.safeParse(q).success, q.kind).toBe(true);
  });
  it("needs a ratio's whole to be greater than zero", () => {
    expect(QuantitySchema.safeParse({ kind: "ratio", numerator: 1, denominator: 0 }).success).toBe(false);
    expect(QuantitySchema.safeParse({ kind: "ratio", numerator: 2, denominator: 1 }).success).toBe(true);
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
      { kind: "volume", unit: "l" },
      { kind: "temperature", unit: "celsius" },
      { kind: "magnitude", scale: "moment" },
      { kind: "points", of: "DAX" },
      { kind: "age", unit: "year" },
      { kind: "proportion" },
      { kind: "length", unit: "mm" },
      { kind: "mass", unit: "g" },
    ]) {
      expect(UnitSchema.safeParse(unit).success, unit.kind).toBe(true);
    }
    expect(UnitSchema.safeParse({ kind: "money", currency: "euro" }).success).toBe(false);
    expect(UnitSchema.safeParse({ kind: "length", unit: "furlong" }).success).toBe(false);
    expect(UnitSchema.safeParse({ kind: "temperature", unit: "kelvin" }).success).toBe(false);
    expect(UnitSchema.safeParse({ kind: "magnitude" }).success).toBe(false);
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
  it("accepts a reference to a declared place and a place relative to one", () => {
    expect(
      PlaceSchema.safeParse({ kind: "ref", place: "port", span: { start: 4, end: 12, exact: "the port" } }).success,
    ).toBe(true);
    const relative = {
      kind: "relative",
      position: "south-east-of",
      of: "lima",
      distance: { quantity: { kind: "exact", value: 50 }, unit: "km" },
    };
    expect(PlaceSchema.safeParse(relative).success).toBe(true);
    expect(PlaceSchema.safeParse({ ...relative, position: "upstream" }).success).toBe(false);
    expect(
      PlaceSchema.safeParse({ ...relative, distance: { quantity: { kind: "exact", value: 50 }, unit: "kg" } }).success,
    ).toBe(false);
  });
  it("declares places with containment, coordinates and mentions, and refuses coordinates off the globe", () => {
    const terminal = {
      id: "terminal",
      name: "Terminal Este",
      placeType: "terminal",
      within: "port",
      coordinates: { latitude: -12.05, longitude: -77.15 },
      aliases: ["the terminal"],
      mentions: [{ start: 0, end: 12, exact: "the terminal", form: "alias" }],
    };
    expect(PlaceEntrySchema.safeParse(terminal).success).toBe(true);
    expect(PlaceEntrySchema.safeParse({ ...terminal, coordinates: { latitude: 91, longitude: 0 } }).success).toBe(
      false,
    );
    expect(PlaceEntrySchema.safeParse({ ...terminal, coordinates: { latitude: 0, longitude: -181 } }).success).toBe(
      false,
    );
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

describe("statistics of format 1.1", () => {
  const base = {
    id: "st",
    measure: "fare",
    quantity: { kind: "exact", value: 3.1 },
    unit: { kind: "percent" },
  } as const;
  it("accepts a change with its baseline, a rate, a share's whole, an interval, an estimate and links", () => {
    const statistic = {
      ...base,
      change: {
        direction: "increase",
        since: { kind: "date", date: "2025" },
        from: "st-old",
        to: "st-new",
        comparedWith: { text: "the control group" },
      },
      per: { kind: "time", unit: "month" },
      of: { text: "its members", actor: "union" },
      uncertainty: { kind: "interval", min: 2.5, max: 3.8, level: 95 },
      estimate: { kind: "forecast", words: "could reach" },
      reportedIn: "q-statement",
      related: [{ relation: "change-in", statistic: "st-new" }],
    };
    expect(StatisticSchema.safeParse(statistic).success).toBe(true);
    expect(StatisticSchema.safeParse({ ...statistic, change: { direction: "sideways" } }).success).toBe(false);
    expect(StatisticSchema.safeParse({ ...statistic, per: { kind: "time", unit: "fortnight" } }).success).toBe(false);
    expect(StatisticSchema.safeParse({ ...statistic, estimate: { kind: "guess", words: "maybe" } }).success).toBe(
      false,
    );
    expect(
      StatisticSchema.safeParse({ ...statistic, related: [{ relation: "twin-of", statistic: "x" }] }).success,
    ).toBe(false);
  });
  it("bounds a confidence level between 0 and 100 and a margin above 0", () => {
    for (const level of [0, 100, 120]) {
      const uncertainty = { kind: "interval", min: 1, max: 2, level };
      expect(StatisticSchema.safeParse({ ...base, uncertainty }).success, String(level)).toBe(false);
    }
    expect(StatisticSchema.safeParse({ ...base, uncertainty: { kind: "margin", value: 0 } }).success).toBe(false);
    expect(StatisticSchema.safeParse({ ...base, per: { kind: "item", noun: "tablet" } }).success).toBe(true);
  });
});

describe("events of format 1.1", () => {
  it("defines every event type in one line", () => {
    expect(Object.keys(EVENT_TYPE_DEFINITIONS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const line of Object.values(EVENT_TYPE_DEFINITIONS)) expect(line).toMatch(/^[A-Z].*\.$/);
  });
  it("lists CAMEO's 20 root codes and their refinements, each under its parent", () => {
    expect(CAMEO_CODES.filter((code) => code.length === 2)).toHaveLength(20);
    for (const code of CAMEO_CODES) {
      expect(code).toMatch(/^[0-9]{2,4}$/);
      if (code.length > 2) expect(CAMEO_CODES, code).toContain(code.slice(0, -1));
    }
    expect(new Set(CAMEO_CODES).size).toBe(CAMEO_CODES.length);
  });
  it("takes codes of IPTC Media Topics, CAMEO and PLOVER in their published forms only", () => {
    const event = cloneSeed().events[0];
    const good = [
      { scheme: "iptc-mediatopic", code: "medtop:20000568" },
      { scheme: "cameo", code: "14" },
      { scheme: "cameo", code: "0231" },
      { scheme: "plover", code: "PROTEST" },
    ];
    expect(NewsEventSchema.safeParse({ ...event, codes: good }).success).toBe(true);
    for (const bad of [
      { scheme: "iptc-mediatopic", code: "20000568" },
      { scheme: "cameo", code: "21" },
      { scheme: "cameo", code: "00" },
      { scheme: "cameo", code: "0199" },
      { scheme: "cameo", code: 14 },
      { scheme: "plover", code: "protest" },
      { scheme: "gdelt", code: "14" },
    ]) {
      expect(NewsEventSchema.safeParse({ ...event, codes: [bad] }).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it("tells when an event was announced apart from when it takes effect, and who claims and denies it", () => {
    const event = {
      ...cloneSeed().events[0],
      status: "conditional",
      announced: { kind: "date", date: "2026-03-03" },
      date: { kind: "date", date: "2026-03-06" },
      qualifiers: ["appeared to"],
      claimedBy: ["lt"],
      deniedBy: ["by"],
      reportedBy: ["belta"],
      related: [{ relation: "condition", event: "ev-vote", inferred: true }],
    };
    expect(NewsEventSchema.safeParse(event).success).toBe(true);
    expect(
      NewsEventSchema.safeParse({ ...event, related: [{ relation: "condition", event: "e", inferred: "yes" }] })
        .success,
    ).toBe(false);
  });
});

describe("articles and spans of format 1.1", () => {
  it("lets a span point into the headline or a correction note", () => {
    expect(TextSpanSchema.safeParse({ start: 0, end: 8, part: "headline" }).success).toBe(true);
    expect(TextSpanSchema.safeParse({ start: 0, end: 8, part: "correction", correction: "corr-1" }).success).toBe(true);
    expect(TextSpanSchema.safeParse({ start: 0, end: 8, part: "footer" }).success).toBe(false);
  });
  it("holds wire credits, corrections and an unknown publication date", () => {
    const { publishedAt: _unknown, ...article } = cloneSeed().article;
    const full = {
      ...article,
      agencies: ["AFP"],
      authors: ["Anna Berger"],
      byline: "By Anna Berger",
      dateline: "LIMA",
      image: "https://example.org/photo.jpg",
      dateModified: "2021-08-06",
      corrections: [{ id: "corr-1", date: "2021-08-06", text: "An earlier version misspelt a name.", changes: ["by"] }],
    };
    expect(ArticleSchema.safeParse(full).success).toBe(true);
    expect(ArticleSchema.safeParse({ ...full, corrections: [{ id: "corr-1" }] }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...full, image: "photo.jpg" }).success).toBe(false);
  });
});

describe("NewsRecordSchema", () => {
  it("accepts the seed record and needs its schemaVersion", () => {
    const seed = cloneSeed();
    expect(NewsRecordSchema.safeParse(seed).success).toBe(true);
    expect(NewsRecordSchema.safeParse({ ...seed, schemaVersion: "2.0" }).success).toBe(false);
  });
  it("reads records of format 1.0 and 1.1, and declared places", () => {
    const seed = cloneSeed();
    for (const schemaVersion of ["1.0", "1.1"]) {
      expect(NewsRecordSchema.safeParse({ ...seed, schemaVersion }).success, schemaVersion).toBe(true);
    }
    const places = [{ id: "vilnius", name: "Vilnius", placeType: "city", country: "LT" }];
    expect(NewsRecordSchema.safeParse({ ...seed, places }).success).toBe(true);
    expect(NewsRecordSchema.safeParse({ ...seed, places: [{ id: "x", name: "X", placeType: "planet" }] }).success).toBe(
      false,
    );
  });
});
