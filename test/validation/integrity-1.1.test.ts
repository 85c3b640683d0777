import { describe, expect, it } from "vitest";
import type { NewsRecord } from "../../src/schema/record.js";
import type { VerbatimSpan } from "../../src/schema/span.js";
import { validateRecord } from "../../src/validation/validate.js";

const HEADLINE = "Harwick port to reopen eastern terminal after strike";
const BODY =
  "The Harwick port authority will reopen the eastern terminal on Friday, director Lena Ortiz told AFP in a statement on Tuesday. " +
  "Dock workers walked out for two days last week. " +
  "An aide to Ortiz said she had told him that ships were expected by the weekend, the port said, and that cargo had fell by a “record” 12% to 3.1 million tonnes, worth $40 million (37 million euros). " +
  "One in four crane drivers joined the strike. The union declined to comment.";
const CORRECTION = "An earlier version of this article gave the wrong tonnage.";

/** The span of the first `words` in `text` (after `from`), with its exact text. */
function spanOf(words: string, text = BODY, from = 0): VerbatimSpan {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, exact: words };
}

/** An invented record of format 1.1 that uses the new references, parts, units and dates; it passes integrity. */
function harbour(): NewsRecord {
  return {
    schemaVersion: "1.1",
    article: {
      id: "harwick-port-reopening",
      headline: HEADLINE,
      dateline: "HARWICK",
      byline: "By Mara Quinn",
      publishedAt: "2025-03-04",
      dateModified: "2025-03-05",
      language: "en",
      agencies: ["AFP"],
      corrections: [{ id: "corr-tonnage", date: "2025-03-05", text: CORRECTION, changes: ["st-cargo-fall"] }],
      body: BODY,
    },
    actors: [
      {
        kind: "territory",
        id: "harwick",
        name: "Harwick",
        territoryType: "city",
        place: "pl-harwick",
        mentions: [{ ...spanOf("HARWICK", "HARWICK"), part: "dateline" }],
      },
      {
        kind: "organization",
        id: "port-authority",
        name: "Harwick port authority",
        organizationType: "government-agency",
        partOf: "harwick",
        mentions: [spanOf("Harwick port authority")],
      },
      {
        kind: "person",
        id: "ortiz",
        name: "Lena Ortiz",
        roles: [{ title: "director", of: "port-authority" }],
        affiliations: [{ relation: "employee", of: "port-authority" }],
        mentions: [spanOf("Lena Ortiz"), { ...spanOf("she"), form: "pronoun" }],
      },
      { kind: "person", id: "aide", name: "An aide to Ortiz", unnamed: true, mentions: [spanOf("An aide to Ortiz")] },
      { kind: "organization", id: "afp", name: "AFP", organizationType: "news-agency", mentions: [spanOf("AFP")] },
      { kind: "group", id: "dockers", name: "Dock workers", groupType: "workers" },
      { kind: "organization", id: "union", name: "The union", organizationType: "trade-union" },
      { kind: "object", id: "cranes", name: "crane", objectType: "infrastructure", owner: "port-authority" },
    ],
    places: [
      { id: "pl-harwick", name: "Harwick", placeType: "city", country: "GB" },
      { id: "pl-port", name: "Harwick port", placeType: "port", within: "pl-harwick" },
      {
        id: "pl-terminal",
        name: "the eastern terminal",
        placeType: "terminal",
        within: "pl-port",
        mentions: [{ ...spanOf("the eastern terminal"), form: "description" }],
      },
    ],
    events: [
      {
        id: "ev-reopening",
        eventType: "reopening",
        status: "planned",
        summary: "The port authority will reopen the eastern terminal.",
        date: { kind: "date", date: "2025-03-07" },
        announced: { kind: "date", date: "2025-03-04" },
        places: [{ role: "location", place: { kind: "ref", place: "pl-terminal" } }],
        participants: [{ actor: "port-authority", role: "agent" }],
        reportedBy: ["ortiz"],
        related: [{ relation: "response", event: "ev-strike", inferred: true }],
        quotes: ["q-reopening"],
      },
      {
        id: "ev-strike",
        eventType: "strike",
        status: "occurred",
        summary: "Dock workers walked out for two days.",
        participants: [{ actor: "dockers", role: "agent" }],
        claimedBy: ["port-authority"],
        places: [{ role: "location", place: { kind: "relative", position: "centre", of: "pl-port" } }],
      },
      {
        id: "ev-crane-walkout",
        eventType: "strike",
        status: "occurred",
        summary: "Crane drivers joined the strike.",
        related: [{ relation: "part-of", event: "ev-strike" }],
      },
    ],
    quotes: [
      {
        id: "q-reopening",
        mode: "indirect",
        speaker: { kind: "actor", actor: "ortiz" },
        addressee: "afp",
        channel: { type: "statement", span: spanOf("in a statement") },
        verb: "told",
        saidAt: { kind: "date", date: "2025-03-04" },
        content: spanOf("The Harwick port authority will reopen the eastern terminal on Friday"),
      },
      {
        id: "q-aide",
        mode: "mixed",
        speaker: { kind: "actor", actor: "aide" },
        verb: "said",
        content: spanOf("she had told him that ships were expected by the weekend"),
        continuation: [spanOf("that cargo had fell by a “record” 12% to 3.1 million tonnes")],
        quoted: [spanOf("record")],
      },
      {
        id: "q-ortiz-to-aide",
        mode: "indirect",
        speaker: { kind: "actor", actor: "ortiz" },
        addressee: "aide",
        within: "q-aide",
        content: spanOf("ships were expected by the weekend"),
      },
      {
        id: "q-union",
        mode: "refusal",
        speaker: { kind: "actor", actor: "union" },
        refusal: spanOf("declined to comment"),
        denies: { event: "ev-strike", claimant: "port-authority" },
      },
    ],
    statistics: [
      {
        id: "st-cargo-fall",
        measure: "cargo handled",
        quantity: { kind: "exact", value: 12 },
        unit: { kind: "percent" },
        change: { direction: "decrease", to: "st-cargo-level", span: spanOf("fell by") },
        reportedIn: "q-aide",
        uncertainty: { kind: "interval", min: 10, max: 14, level: 95 },
        span: spanOf("12%"),
      },
      {
        id: "st-cargo-level",
        measure: "cargo handled",
        quantity: { kind: "exact", value: 3_100_000 },
        unit: { kind: "mass", unit: "t" },
        related: [{ relation: "part-of", statistic: "st-cargo-all" }],
        span: spanOf("3.1 million tonnes"),
      },
      {
        id: "st-cargo-all",
        measure: "cargo handled at all ports",
        quantity: { kind: "exact", value: 9_000_000 },
        unit: { kind: "mass", unit: "t" },
        estimate: { kind: "forecast", words: "expected" },
        period: { kind: "interval", start: "2025-03", end: "2025-12" },
      },
      {
        id: "st-value-usd",
        measure: "value of the cargo",
        quantity: { kind: "exact", value: 40_000_000 },
        unit: { kind: "money", currency: "USD" },
        span: spanOf("$40 million"),
      },
      {
        id: "st-value-eur",
        measure: "value of the cargo",
        quantity: { kind: "exact", value: 37_000_000 },
        unit: { kind: "money", currency: "EUR" },
        related: [{ relation: "conversion-of", statistic: "st-value-usd" }],
        span: spanOf("37 million euros"),
      },
      {
        id: "st-crane-share",
        measure: "crane drivers who joined the strike",
        quantity: { kind: "ratio", numerator: 1, denominator: 4 },
        unit: { kind: "proportion" },
        of: { text: "crane drivers", actor: "dockers", span: spanOf("crane drivers") },
        span: spanOf("One in four"),
      },
    ],
  };
}

/** The integrity issues of a record, as `code @ path` strings; grounding is another stage's work. */
function integrity(record: NewsRecord): string[] {
  const result = validateRecord(record, { grounding: false });
  return result.success ? [] : result.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`);
}

function item<T>(items: readonly T[] | undefined, index: number): T {
  const found = items?.[index];
  if (found === undefined) throw new Error(`no item ${index}`);
  return found;
}

function quote(record: NewsRecord, id: string): NewsRecord["quotes"][number] {
  const found = record.quotes.find((q) => q.id === id);
  if (found === undefined) throw new Error(`no quote ${id}`);
  return found;
}

function statistic(record: NewsRecord, id: string): NewsRecord["statistics"][number] {
  const found = record.statistics.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no statistic ${id}`);
  return found;
}

function event(record: NewsRecord, id: string): NewsRecord["events"][number] {
  const found = record.events.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
}

function actor(record: NewsRecord, id: string): NewsRecord["actors"][number] {
  const found = record.actors.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no actor ${id}`);
  return found;
}

describe("integrity 1.1: the invented record", () => {
  it("passes integrity with every new reference, part, unit and date in use", () => {
    expect(integrity(harbour())).toEqual([]);
  });
});

describe("integrity 1.1: references resolve to the right kind", () => {
  const cases: readonly [string, (record: NewsRecord) => void, string][] = [
    [
      "an addressee that is an event",
      (r) => {
        quote(r, "q-reopening").addressee = "ev-strike";
      },
      "wrong_reference_kind @ quotes.0.addressee",
    ],
    [
      "a nesting quote that is missing",
      (r) => {
        quote(r, "q-ortiz-to-aide").within = "q-gone";
      },
      "unresolved_reference @ quotes.2.within",
    ],
    [
      "a denial of a quote that is an event",
      (r) => {
        quote(r, "q-union").denies = { quote: "ev-strike" };
      },
      "wrong_reference_kind @ quotes.3.denies.quote",
    ],
    [
      "a denied event that is a quote",
      (r) => {
        quote(r, "q-union").denies = { event: "q-aide" };
      },
      "wrong_reference_kind @ quotes.3.denies.event",
    ],
    [
      "a claimant that is a place",
      (r) => {
        quote(r, "q-union").denies = { claimant: "pl-port" };
      },
      "wrong_reference_kind @ quotes.3.denies.claimant",
    ],
    [
      "a statistic reported in an actor",
      (r) => {
        statistic(r, "st-cargo-fall").reportedIn = "ortiz";
      },
      "wrong_reference_kind @ statistics.0.reportedIn",
    ],
    [
      "a change from a quote",
      (r) => {
        statistic(r, "st-cargo-fall").change = { direction: "decrease", from: "q-aide" };
      },
      "wrong_reference_kind @ statistics.0.change.from",
    ],
    [
      "a change to a missing statistic",
      (r) => {
        statistic(r, "st-cargo-fall").change = { direction: "decrease", to: "st-gone" };
      },
      "unresolved_reference @ statistics.0.change.to",
    ],
    [
      "a comparison with an event",
      (r) => {
        statistic(r, "st-cargo-fall").change = {
          direction: "increase",
          comparedWith: { text: "last year", actor: "ev-strike" },
        };
      },
      "wrong_reference_kind @ statistics.0.change.comparedWith.actor",
    ],
    [
      "a share of a missing actor",
      (r) => {
        statistic(r, "st-crane-share").of = { text: "crane drivers", actor: "drivers" };
      },
      "unresolved_reference @ statistics.5.of.actor",
    ],
    [
      "a related statistic that is an event",
      (r) => {
        statistic(r, "st-cargo-level").related = [{ relation: "part-of", statistic: "ev-strike" }];
      },
      "wrong_reference_kind @ statistics.1.related.0.statistic",
    ],
    [
      "a reporter that is a statistic",
      (r) => {
        event(r, "ev-reopening").reportedBy = ["st-cargo-level"];
      },
      "wrong_reference_kind @ events.0.reportedBy.0",
    ],
    [
      "a claimant that is missing",
      (r) => {
        event(r, "ev-strike").claimedBy = ["nobody"];
      },
      "unresolved_reference @ events.1.claimedBy.0",
    ],
    [
      "a denier that is a quote",
      (r) => {
        event(r, "ev-strike").deniedBy = ["q-union"];
      },
      "wrong_reference_kind @ events.1.deniedBy.0",
    ],
    [
      "an affiliation with a place",
      (r) => {
        const ortiz = actor(r, "ortiz");
        ortiz.affiliations = [{ relation: "member", of: "pl-port" }];
      },
      "wrong_reference_kind @ actors.2.affiliations.0.of",
    ],
    [
      "an owner that is an event",
      (r) => {
        const cranes = actor(r, "cranes");
        if (cranes.kind === "object") cranes.owner = "ev-strike";
      },
      "wrong_reference_kind @ actors.7.owner",
    ],
    [
      "a territory's land that is an actor",
      (r) => {
        const harwick = actor(r, "harwick");
        if (harwick.kind === "territory") harwick.place = "port-authority";
      },
      "wrong_reference_kind @ actors.0.place",
    ],
    [
      "a place reference to an actor",
      (r) => {
        item(event(r, "ev-reopening").places, 0).place = { kind: "ref", place: "harwick" };
      },
      "wrong_reference_kind @ events.0.places.0.place.place",
    ],
    [
      "a relative place of a missing place",
      (r) => {
        item(event(r, "ev-strike").places, 0).place = { kind: "relative", position: "off", of: "pl-coast" };
      },
      "unresolved_reference @ events.1.places.0.place.of",
    ],
    [
      "a statistic's place given against an actor",
      (r) => {
        statistic(r, "st-cargo-level").place = { kind: "ref", place: "ortiz" };
      },
      "wrong_reference_kind @ statistics.1.place.place",
    ],
    [
      "a place within an actor",
      (r) => {
        item(r.places, 1).within = "harwick";
      },
      "wrong_reference_kind @ places.1.within",
    ],
    [
      "a correction that changes a missing fact",
      (r) => {
        item(r.article.corrections, 0).changes = ["st-gone"];
      },
      "unresolved_reference @ article.corrections.0.changes.0",
    ],
    [
      "a correction that changes another correction",
      (r) => {
        r.article.corrections = [
          item(r.article.corrections, 0),
          { id: "corr-two", text: "A second note.", changes: ["corr-tonnage"] },
        ];
      },
      "wrong_reference_kind @ article.corrections.1.changes.0",
    ],
    [
      "a span into a correction that is a statistic",
      (r) => {
        statistic(r, "st-cargo-level").span = {
          start: 0,
          end: 5,
          part: "correction",
          correction: "st-cargo-all",
        };
      },
      "wrong_reference_kind @ statistics.1.span.correction",
    ],
    [
      "a span into a correction that is missing",
      (r) => {
        statistic(r, "st-cargo-level").span = { start: 0, end: 5, part: "correction", correction: "corr-gone" };
      },
      "unresolved_reference @ statistics.1.span.correction",
    ],
  ];
  it.each(cases)("reports %s", (_, breakIt, expected) => {
    const record = harbour();
    breakIt(record);
    expect(integrity(record)).toEqual([expected]);
  });

  it("names what was expected and what was found, in a sentence", () => {
    const record = harbour();
    quote(record, "q-reopening").addressee = "pl-port";
    const result = validateRecord(record, { grounding: false });
    expect(result.success ? "" : result.issues[0]?.message).toBe(
      '"pl-port" is a place, but this field must name an actor.',
    );
  });
});

describe("integrity 1.1: no self-references", () => {
  const cases: readonly [string, (record: NewsRecord) => void, string][] = [
    [
      "a quote within itself",
      (r) => {
        quote(r, "q-aide").within = "q-aide";
      },
      "self_reference @ quotes.1.within",
    ],
    [
      "a change from itself",
      (r) => {
        statistic(r, "st-cargo-fall").change = { direction: "decrease", from: "st-cargo-fall" };
      },
      "self_reference @ statistics.0.change.from",
    ],
    [
      "a statistic part of itself",
      (r) => {
        statistic(r, "st-cargo-all").related = [{ relation: "part-of", statistic: "st-cargo-all" }];
      },
      "self_reference @ statistics.2.related.0.statistic",
    ],
    [
      "a place within itself",
      (r) => {
        item(r.places, 0).within = "pl-harwick";
      },
      "self_reference @ places.0.within",
    ],
    [
      "an actor affiliated with itself",
      (r) => {
        actor(r, "afp").affiliations = [{ relation: "affiliate", of: "afp" }];
      },
      "self_reference @ actors.4.affiliations.0.of",
    ],
  ];
  it.each(cases)("reports %s", (_, breakIt, expected) => {
    const record = harbour();
    breakIt(record);
    expect(integrity(record)).toEqual([expected]);
  });
});

describe("integrity 1.1: no cycles", () => {
  it("reports a circle of nested quotes once, from its first quote", () => {
    const record = harbour();
    quote(record, "q-aide").within = "q-ortiz-to-aide";
    expect(integrity(record)).toEqual(["reference_cycle @ quotes.1.within"]);
    const result = validateRecord(record, { grounding: false });
    expect(result.success ? "" : result.issues[0]?.message).toContain("q-aide → q-ortiz-to-aide → q-aide");
  });

  it("reports a circle of events part of each other", () => {
    const record = harbour();
    event(record, "ev-strike").related = [{ relation: "part-of", event: "ev-crane-walkout" }];
    expect(integrity(record)).toEqual(["reference_cycle @ events.1.related.0.event"]);
  });

  it("lets other relations between events go both ways", () => {
    const record = harbour();
    event(record, "ev-strike").related = [{ relation: "cause", event: "ev-crane-walkout" }];
    expect(integrity(record)).toEqual([]);
  });

  it("reports a circle of statistics part of each other", () => {
    const record = harbour();
    statistic(record, "st-cargo-all").related = [{ relation: "part-of", statistic: "st-cargo-level" }];
    expect(integrity(record)).toEqual(["reference_cycle @ statistics.1.related.0.statistic"]);
  });

  it("reports a circle of three places within each other", () => {
    const record = harbour();
    item(record.places, 0).within = "pl-terminal";
    expect(integrity(record)).toEqual(["reference_cycle @ places.0.within"]);
  });

  it("finds no cycle where two paths meet again", () => {
    const record = harbour();
    event(record, "ev-reopening").related = [
      { relation: "part-of", event: "ev-crane-walkout" },
      { relation: "part-of", event: "ev-strike" },
    ];
    expect(integrity(record)).toEqual([]);
  });
});

describe("integrity 1.1: ids", () => {
  it("are unique across places and corrections too", () => {
    const record = harbour();
    item(record.places, 2).id = "ortiz";
    item(record.article.corrections, 0).id = "pl-port";
    expect(integrity(record)).toEqual(
      expect.arrayContaining(["duplicate_id @ places.2.id", "duplicate_id @ article.corrections.0.id"]),
    );
  });
});

describe("integrity 1.1: spans into the parts of the article", () => {
  it("count a headline span's offsets in the headline", () => {
    const record = harbour();
    event(record, "ev-reopening").spans = [{ ...spanOf("reopen eastern terminal", HEADLINE), part: "headline" }];
    expect(integrity(record)).toEqual([]);
    event(record, "ev-reopening").spans = [{ start: 40, end: HEADLINE.length + 1, part: "headline" }];
    expect(integrity(record)).toEqual(["span_out_of_range @ events.0.spans.0"]);
  });

  it("report a part the article does not have", () => {
    const record = harbour();
    delete record.article.byline;
    event(record, "ev-reopening").spans = [{ start: 3, end: 7, part: "byline" }];
    expect(integrity(record)).toEqual(["missing_part @ events.0.spans.0.part"]);
  });

  it("count a correction span's offsets in its note, which it must name", () => {
    const record = harbour();
    const statisticSpan = { ...spanOf("wrong tonnage", CORRECTION), part: "correction" as const };
    statistic(record, "st-cargo-level").span = { ...statisticSpan, correction: "corr-tonnage" };
    expect(integrity(record)).toEqual([]);
    statistic(record, "st-cargo-level").span = statisticSpan;
    expect(integrity(record)).toEqual(["missing_part @ statistics.1.span.part"]);
  });

  it("name a correction only with the part correction", () => {
    const record = harbour();
    statistic(record, "st-cargo-level").span = { ...spanOf("3.1 million tonnes"), correction: "corr-tonnage" };
    expect(integrity(record)).toEqual(["missing_part @ statistics.1.span.correction"]);
  });

  it("are checked wherever 1.1 puts them: a rate, an uncertainty, a channel, an affiliation, a refusal", () => {
    const record = harbour();
    const past = BODY.length + 10;
    statistic(record, "st-value-usd").per = { kind: "time", unit: "month", span: { start: past, end: past + 3 } };
    const fall = statistic(record, "st-cargo-fall");
    fall.uncertainty = { kind: "margin", value: 2, span: { start: 9, end: 4 } };
    quote(record, "q-reopening").channel = { type: "statement", span: { start: past, end: past + 1 } };
    actor(record, "ortiz").affiliations = [{ relation: "employee", of: "port-authority", span: { start: 5, end: 5 } }];
    const union = quote(record, "q-union");
    if (union.mode === "refusal") union.refusal = { ...union.refusal, start: past, end: past + 2 };
    expect(integrity(record)).toEqual([
      "span_reversed @ actors.2.affiliations.0.span",
      "span_out_of_range @ quotes.0.channel.span",
      "span_out_of_range @ quotes.3.refusal",
      "span_reversed @ statistics.0.uncertainty.span",
      "span_out_of_range @ statistics.3.per.span",
    ]);
  });
});

describe("integrity 1.1: links, units and numbers", () => {
  it("report an inferred link that gives words for it", () => {
    const record = harbour();
    const link = item(event(record, "ev-reopening").related, 0);
    link.span = spanOf("walked out");
    link.hedge = "apparently";
    expect(integrity(record)).toEqual([
      "inferred_with_span @ events.0.related.0.span",
      "inferred_with_span @ events.0.related.0.hedge",
    ]);
    delete link.inferred;
    expect(integrity(record)).toEqual([]);
  });

  it("report a ratio in any unit but a proportion", () => {
    const record = harbour();
    statistic(record, "st-crane-share").unit = { kind: "count", noun: "crane driver" };
    expect(integrity(record)).toEqual(["unit_not_allowed @ statistics.5.unit"]);
  });

  it("report a distance given as a ratio, or below zero", () => {
    const record = harbour();
    const place = item(event(record, "ev-strike").places, 0);
    place.place = {
      kind: "relative",
      position: "south-of",
      of: "pl-port",
      distance: { quantity: { kind: "exact", value: 5 }, unit: "km" },
    };
    expect(integrity(record)).toEqual([]);
    place.place = {
      kind: "relative",
      position: "south-of",
      of: "pl-port",
      distance: { quantity: { kind: "ratio", numerator: 1, denominator: 2 }, unit: "km" },
    };
    expect(integrity(record)).toEqual(["unit_not_allowed @ events.1.places.0.place.distance.quantity"]);
    place.place = {
      kind: "relative",
      position: "south-of",
      of: "pl-port",
      distance: { quantity: { kind: "exact", value: -5 }, unit: "km" },
    };
    expect(integrity(record)).toEqual(["negative_count @ events.1.places.0.place.distance.quantity"]);
  });

  it("report a conversion within one currency, or of what is not money", () => {
    const record = harbour();
    statistic(record, "st-value-eur").unit = { kind: "money", currency: "USD" };
    expect(integrity(record)).toEqual(["currency_same @ statistics.4.related.0.statistic"]);
    statistic(record, "st-value-eur").unit = { kind: "money", currency: "EUR" };
    statistic(record, "st-value-usd").unit = { kind: "mass", unit: "t" };
    expect(integrity(record)).toEqual(["wrong_reference_kind @ statistics.4.related.0.statistic"]);
    statistic(record, "st-value-usd").unit = { kind: "money", currency: "USD" };
    statistic(record, "st-value-eur").unit = { kind: "percent" };
    expect(integrity(record)).toEqual(["wrong_reference_kind @ statistics.4.related.0.relation"]);
  });

  it("report a change whose size is negative: the direction says which way", () => {
    const record = harbour();
    statistic(record, "st-cargo-fall").quantity = { kind: "exact", value: -12 };
    expect(integrity(record)).toEqual(["negative_count @ statistics.0.quantity"]);
    const result = validateRecord(record, { grounding: false });
    expect(result.success ? "" : result.issues[0]?.message).toContain('"decrease"');
  });

  it("let a number without a change be negative when its unit allows it", () => {
    const record = harbour();
    statistic(record, "st-cargo-all").quantity = { kind: "exact", value: -3 };
    statistic(record, "st-cargo-all").unit = { kind: "temperature", unit: "celsius" };
    expect(integrity(record)).toEqual([]);
  });

  it("report a confidence interval whose low end is above its high end", () => {
    const record = harbour();
    statistic(record, "st-cargo-fall").uncertainty = { kind: "interval", min: 14, max: 10 };
    expect(integrity(record)).toEqual(["range_reversed @ statistics.0.uncertainty"]);
  });
});

describe("integrity 1.1: mixed quotes with a continuation", () => {
  it("accept a fragment inside the continuation and report one outside every stretch", () => {
    const record = harbour();
    const aide = quote(record, "q-aide");
    if (aide.mode !== "mixed") throw new Error("q-aide is mixed");
    expect(integrity(record)).toEqual([]);
    aide.quoted = [spanOf("crane drivers")];
    expect(integrity(record)).toEqual(["fragment_outside_content @ quotes.1.quoted.0"]);
  });

  it("report a fragment in another part of the article than its content", () => {
    const record = harbour();
    const aide = quote(record, "q-aide");
    if (aide.mode !== "mixed") throw new Error("q-aide is mixed");
    const inBody = spanOf("record");
    aide.quoted = [{ ...inBody, part: "headline", start: 0, end: 7, exact: "Harwick" }];
    expect(integrity(record)).toEqual(["fragment_outside_content @ quotes.1.quoted.0"]);
  });
});

describe("integrity 1.1: dates and publication", () => {
  it("compare nothing with publication when publishedAt is unknown", () => {
    const record = harbour();
    delete record.article.publishedAt;
    event(record, "ev-strike").date = { kind: "date", date: "2031-01-01" };
    record.article.dateModified = "2020-01-01";
    expect(integrity(record)).toEqual([]);
  });

  it("report an announcement after publication", () => {
    const record = harbour();
    event(record, "ev-reopening").announced = { kind: "date", date: "2025-03-06" };
    expect(integrity(record)).toEqual(["date_after_publication @ events.0.announced"]);
  });

  it("report an announcement interval that ends before it starts", () => {
    const record = harbour();
    event(record, "ev-reopening").announced = { kind: "interval", start: "2025-03-03", end: "2025-03-01" };
    expect(integrity(record)).toEqual(["interval_reversed @ events.0.announced"]);
  });

  it("report a last change or a correction before publication", () => {
    const record = harbour();
    record.article.dateModified = "2025-03-03";
    item(record.article.corrections, 0).date = "2025-02";
    expect(integrity(record)).toEqual([
      "date_after_publication @ article.dateModified",
      "date_after_publication @ article.corrections.0.date",
    ]);
  });

  it("let forecasts, projections and targets cover a period after publication, and nothing else", () => {
    const record = harbour();
    const all = statistic(record, "st-cargo-all");
    for (const kind of ["forecast", "projection", "target"] as const) {
      all.estimate = { kind, words: "expected" };
      expect(integrity(record), kind).toEqual([]);
    }
    all.estimate = { kind: "estimate", words: "expected" };
    expect(integrity(record)).toEqual(["date_after_publication @ statistics.2.period"]);
    delete all.estimate;
    expect(integrity(record)).toEqual(["date_after_publication @ statistics.2.period"]);
  });

  it("let events hoped for, urged, demanded, conditional, proposed or planned lie after publication", () => {
    const record = harbour();
    const reopening = event(record, "ev-reopening");
    for (const status of ["hoped", "urged", "demanded", "conditional", "proposed", "planned"] as const) {
      reopening.status = status;
      expect(integrity(record), status).toEqual([]);
    }
    reopening.status = "occurred";
    expect(integrity(record)).toEqual(["date_after_publication @ events.0.date"]);
  });
});
