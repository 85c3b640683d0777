import { describe, expect, it } from "vitest";
import type { NewsRecord } from "../../src/schema/record.js";
import type { ValidationIssue } from "../../src/validation/issues.js";
import { validateRecord } from "../../src/validation/validate.js";
import { cloneSeed, loadFixture } from "../support/records.js";

/** The issues of a record that must fail, as `code @ path` strings. */
function failures(record: NewsRecord): string[] {
  const result = validateRecord(record);
  if (result.success) throw new Error("expected the record to fail validation");
  return result.issues.map((issue: ValidationIssue) => `${issue.code} @ ${issue.path.join(".")}`);
}

function stageOf(record: NewsRecord): string[] {
  const result = validateRecord(record);
  return result.success ? [] : result.issues.map((issue) => issue.stage);
}

function indexOf<T extends { id: string }>(items: readonly T[], id: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`no ${id}`);
  return index;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe("integrity: ids", () => {
  it("reports a duplicate id at the second use, across kinds", () => {
    const record = cloneSeed();
    record.quotes.push({ ...at(record.quotes, 1), id: "belarus" });
    expect(failures(record)).toEqual([`duplicate_id @ quotes.${record.quotes.length - 1}.id`]);
    expect(stageOf(record)).toEqual(["integrity"]);
  });
});

describe("integrity: references", () => {
  it("reports a speaker that names no fact", () => {
    const record = cloneSeed();
    const quote = at(record.quotes, 0);
    quote.speaker = { kind: "actor", actor: "lukashenka" };
    expect(failures(record)).toEqual(["unresolved_reference @ quotes.0.speaker.actor"]);
  });

  it("reports a reference to the wrong kind of fact", () => {
    const record = cloneSeed();
    at(record.quotes, 0).via = ["ev-border-closure"];
    expect(failures(record)).toEqual(["wrong_reference_kind @ quotes.0.via.0"]);
  });

  it("checks participants, related events, event quotes and statistics", () => {
    const record = cloneSeed();
    const event = at(record.events, 0);
    event.participants = [{ actor: "nobody", role: "agent" }];
    event.related = [{ relation: "cause", event: "belarus" }];
    event.quotes = ["st-apprehended"];
    event.statistics = ["q-no-one-may-cross"];
    expect(failures(record)).toEqual([
      "unresolved_reference @ events.0.participants.0.actor",
      "wrong_reference_kind @ events.0.related.0.event",
      "wrong_reference_kind @ events.0.quotes.0",
      "wrong_reference_kind @ events.0.statistics.0",
    ]);
  });

  it("checks partOf, roles, origins, subject, reportedBy and an anonymous speaker's affiliation", () => {
    const record = cloneSeed();
    const frontex = at(record.actors, indexOf(record.actors, "frontex"));
    if (frontex.kind !== "organization") throw new Error("frontex is an organization");
    frontex.partOf = "migrants";
    const lukashenko = at(record.actors, indexOf(record.actors, "lukashenko"));
    if (lukashenko.kind !== "person") throw new Error("lukashenko is a person");
    lukashenko.roles = [{ title: "President", of: "refugees" }];
    const refugees = at(record.actors, indexOf(record.actors, "refugees"));
    if (refugees.kind !== "group") throw new Error("refugees is a group");
    refugees.origins = ["eu"];
    const statistic = at(record.statistics, 0);
    statistic.subject = "ev-protests";
    statistic.reportedBy = "nobody";
    at(record.quotes, 1).speaker = {
      kind: "anonymous",
      description: "an EU official",
      affiliation: "q-refugee-threat",
    };
    const f = indexOf(record.actors, "frontex");
    const l = indexOf(record.actors, "lukashenko");
    const r = indexOf(record.actors, "refugees");
    expect(failures(record)).toEqual(
      expect.arrayContaining([
        `wrong_reference_kind @ actors.${f}.partOf`,
        `wrong_reference_kind @ actors.${l}.roles.0.of`,
        `wrong_reference_kind @ actors.${r}.origins.0`,
        "wrong_reference_kind @ statistics.0.subject",
        "unresolved_reference @ statistics.0.reportedBy",
        "wrong_reference_kind @ quotes.1.speaker.affiliation",
      ]),
    );
  });

  it("reports an event related to itself and an organization part of itself", () => {
    const record = cloneSeed();
    const event = at(record.events, 0);
    event.related = [{ relation: "cause", event: event.id }];
    const frontex = at(record.actors, indexOf(record.actors, "frontex"));
    if (frontex.kind !== "organization") throw new Error("frontex is an organization");
    frontex.partOf = "frontex";
    expect(failures(record)).toEqual([
      `self_reference @ actors.${indexOf(record.actors, "frontex")}.partOf`,
      "self_reference @ events.0.related.0.event",
    ]);
  });

  it("reports a partOf cycle once", () => {
    const record = cloneSeed();
    const eu = at(record.actors, indexOf(record.actors, "eu"));
    if (eu.kind !== "organization") throw new Error("eu is an organization");
    eu.partOf = "frontex";
    expect(failures(record)).toEqual([`reference_cycle @ actors.${indexOf(record.actors, "eu")}.partOf`]);
  });
});

describe("integrity: spans", () => {
  it("reports a span that runs past the body", () => {
    const record = cloneSeed();
    const length = record.article.body.length;
    at(record.statistics, 0).span = { start: length - 2, end: length + 5 };
    expect(failures(record)).toEqual(["span_out_of_range @ statistics.0.span"]);
  });

  it("reports an empty or reversed span", () => {
    const record = cloneSeed();
    at(record.statistics, 0).span = { start: 10, end: 10 };
    at(record.statistics, 1).span = { start: 12, end: 10 };
    expect(failures(record)).toEqual(["span_reversed @ statistics.0.span", "span_reversed @ statistics.1.span"]);
  });

  it("reports a span that cuts a surrogate pair in half", () => {
    const record = loadFixture("ruse-flood");
    const petrova = at(record.actors, 0);
    petrova.mentions = [{ start: 1, end: 5 }];
    expect(failures(record)).toEqual(expect.arrayContaining(["span_splits_character @ actors.0.mentions.0"]));
  });

  it("reports a mixed quote's fragment outside its content", () => {
    const record = cloneSeed();
    const q = indexOf(record.quotes, "q-deportation-threat");
    const quote = at(record.quotes, q);
    if (quote.mode !== "mixed") throw new Error("q-deportation-threat is mixed");
    const outside = record.article.body.indexOf("Belarus");
    quote.quoted = [...quote.quoted, { start: outside, end: outside + 7, exact: "Belarus" }];
    // The fragment is not between quotation marks either.
    expect(failures(record)).toEqual([
      `fragment_outside_content @ quotes.${q}.quoted.2`,
      `quote_marks_missing @ quotes.${q}.quoted.2`,
    ]);
  });
});

describe("integrity: quantities, intervals and places", () => {
  it("reports a reversed range and vague bounds", () => {
    const record = loadFixture("autoplant-strike");
    at(record.statistics, 0).quantity = { kind: "range", min: 400, max: 300 };
    expect(failures(record)).toEqual(["range_reversed @ statistics.0.quantity"]);
  });

  it("reports a negative count of people", () => {
    const record = cloneSeed();
    const s = indexOf(record.statistics, "st-apprehended");
    at(record.statistics, s).quantity = { kind: "approximate", value: -3500, hedge: "some" };
    expect(failures(record)).toEqual(expect.arrayContaining([`negative_count @ statistics.${s}.quantity`]));
  });

  it("reports an interval that ends before it starts, and one with no ends", () => {
    const record = cloneSeed();
    at(record.events, 0).date = { kind: "interval", start: "2021-08-05", end: "2021" };
    expect(validateRecord(record).success).toBe(true);
    at(record.events, 0).date = { kind: "interval", start: "2021-08-05", end: "2020-12" };
    at(record.statistics, 0).period = { kind: "interval" };
    expect(failures(record)).toEqual(["interval_reversed @ events.0.date", "interval_unbounded @ statistics.0.period"]);
  });

  it("compares two calendar dates by the calendar, with no time zone slack", () => {
    for (const [start, end] of [
      ["2022", "2021"],
      ["2021-08", "2021-07"],
      ["2021-08-06", "2021-08-05"],
    ] as const) {
      const record = cloneSeed();
      at(record.events, 0).date = { kind: "interval", start, end };
      expect(failures(record), `${start} to ${end}`).toEqual(["interval_reversed @ events.0.date"]);
    }
    const record = cloneSeed();
    at(record.events, 0).date = { kind: "interval", start: "2021-08-05", end: "2021-08-05" };
    expect(validateRecord(record).success).toBe(true);
    // A day with no zone may be the day before somewhere, so it may end after this instant.
    at(record.events, 0).date = { kind: "interval", start: "2021-08-06", end: "2021-08-05T23:30:00+00:00" };
    expect(validateRecord(record).success).toBe(true);
  });

  it("reports a border between a country and itself", () => {
    const record = cloneSeed();
    at(record.statistics, 1).place = { kind: "border", countries: ["LT", "LT"] };
    expect(failures(record)).toEqual(["border_same_country @ statistics.1.place.countries"]);
  });
});

describe("integrity: dates against publication", () => {
  it("reports words said, an event that occurred and a period that ended after publication", () => {
    const record = cloneSeed();
    const q = indexOf(record.quotes, "q-no-one-may-cross");
    at(record.quotes, q).saidAt = { kind: "date", date: "2022-08-05" };
    const e = indexOf(record.events, "ev-border-closure");
    const event = at(record.events, e);
    event.status = "occurred";
    event.date = { kind: "date", date: "2021-08-06" };
    const s = indexOf(record.statistics, "st-apprehended");
    at(record.statistics, s).period = { kind: "interval", start: "2021", end: "2021-09" };
    expect(failures(record)).toEqual([
      `date_after_publication @ events.${e}.date`,
      `date_after_publication @ quotes.${q}.saidAt`,
      `date_after_publication @ statistics.${s}.period`,
    ]);
  });

  it("lets planned, announced and expected events lie after publication, and an ongoing one end there", () => {
    const record = cloneSeed();
    const event = at(record.events, indexOf(record.events, "ev-border-closure"));
    event.date = { kind: "date", date: "2021-09-01" };
    for (const status of ["announced", "planned", "expected", "hypothetical", "threatened"] as const) {
      event.status = status;
      expect(validateRecord(record).success).toBe(true);
    }
    event.status = "ongoing";
    event.date = { kind: "interval", start: "2021-08-01", end: "2021-12-31" };
    expect(validateRecord(record).success).toBe(true);
  });

  it("compares a date-time in its own offset with a publication day", () => {
    const record = cloneSeed();
    const q = at(record.quotes, indexOf(record.quotes, "q-no-one-may-cross"));
    q.saidAt = { kind: "date", date: "2021-08-05T23:30:00-05:00" };
    expect(validateRecord(record).success).toBe(true);
  });
});

describe("integrity: messages", () => {
  it("name the kind of fact with the right article: an event, an organization, a quote", () => {
    const record = cloneSeed();
    const e = indexOf(record.events, "ev-border-closure");
    at(record.quotes, 0).id = at(record.events, e).id;
    const result = validateRecord(record);
    const messages = result.success ? [] : result.issues.map((issue) => issue.message);
    expect(messages.join(" ")).toContain("is already used by an event");
    expect(messages.join(" ")).not.toMatch(/\ba event\b/);
  });
});

describe("shape: messages", () => {
  it("show the value received for a bad format, bounded", () => {
    const record = cloneSeed();
    record.article.publishedAt = "2021-13-05";
    record.article.language = `en-${"x".repeat(500)}`;
    const result = validateRecord(record);
    const messages = result.success ? [] : result.issues.map((issue) => issue.message);
    expect(messages[0]).toContain('Got "2021-13-05".');
    expect(messages[1]).toContain("(503 code units)");
    expect(messages[1]?.length).toBeLessThan(400);
  });
});
