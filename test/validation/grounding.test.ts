import { describe, expect, it } from "vitest";
import type { NewsRecord } from "../../src/schema/record.js";
import { validateRecord } from "../../src/validation/validate.js";
import { cloneSeed, loadFixture } from "../support/records.js";

function failures(record: NewsRecord, options?: { grounding: boolean }): string[] {
  const result = validateRecord(record, options);
  if (result.success) return [];
  return result.issues.map((issue) => `${issue.stage}:${issue.code} @ ${issue.path.join(".")}`);
}

function find<T extends { id: string }>(items: T[], id: string): [T, number] {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (item === undefined) throw new Error(`no ${id}`);
  return [item, index];
}

describe("grounding: quotes", () => {
  it("reports a direct quotation whose span is shifted by one", () => {
    const record = cloneSeed();
    const [quote, q] = find(record.quotes, "q-no-one-may-cross");
    if (quote.mode !== "direct") throw new Error("direct");
    const span = quote.quoted[0];
    if (span === undefined) throw new Error("span");
    quote.quoted = [{ ...span, start: span.start + 1, end: span.end + 1 }];
    expect(failures(record)).toEqual([`grounding:quote_mismatch @ quotes.${q}.quoted.0`]);
  });

  it("reports quoted words that differ from the body's", () => {
    const record = cloneSeed();
    const [quote, q] = find(record.quotes, "q-deportation-threat");
    if (quote.mode !== "mixed") throw new Error("mixed");
    const [first, second] = quote.quoted;
    if (first === undefined || second === undefined) throw new Error("fragments");
    quote.quoted = [{ ...first, exact: "Threat" }, second];
    const result = validateRecord(record);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: "quote_mismatch",
      stage: "grounding",
      path: ["quotes", q, "quoted", 0],
    });
    expect(result.issues[0]?.message).toContain('"threat"');
  });

  it("compares code unit for code unit: straight quotes do not match a body's curly ones", () => {
    const record = cloneSeed();
    const [quote, q] = find(record.quotes, "q-deportation-threat");
    if (quote.mode !== "mixed") throw new Error("mixed");
    quote.content = {
      ...quote.content,
      exact: (quote.content.exact ?? "").replaceAll("\u201c", '"').replaceAll("\u201d", '"'),
    };
    expect(failures(record)).toEqual([`grounding:span_text_mismatch @ quotes.${q}.content`]);
  });
});

describe("grounding: statistics", () => {
  it("reports a number that the span does not show", () => {
    const record = cloneSeed();
    const [statistic, s] = find(record.statistics, "st-apprehended");
    statistic.quantity = { kind: "approximate", value: 3000, hedge: "some" };
    expect(failures(record)).toEqual([`grounding:statistic_mismatch @ statistics.${s}.span`]);
  });

  it("reports a hedge that the span does not show", () => {
    const record = cloneSeed();
    const [statistic, s] = find(record.statistics, "st-apprehended");
    statistic.quantity = { kind: "approximate", value: 3500, hedge: "about" };
    expect(failures(record)).toEqual([`grounding:hedge_mismatch @ statistics.${s}.span`]);
  });

  it("reports vague words that the span does not show", () => {
    const record = cloneSeed();
    const [statistic, s] = find(record.statistics, "st-recent-entries");
    statistic.quantity = { kind: "vague", expression: "dozens" };
    expect(failures(record)).toEqual([`grounding:hedge_mismatch @ statistics.${s}.span`]);
  });

  it("reads scale words and both ends of a range", () => {
    const record = loadFixture("autoplant-strike");
    expect(failures(record)).toEqual([]);
    const profit = record.statistics[2];
    const range = record.statistics[0];
    if (profit === undefined || range === undefined) throw new Error("fixture");
    profit.quantity = { kind: "exact", value: 2_500 };
    range.quantity = { kind: "range", min: 300, max: 450 };
    expect(failures(record)).toEqual([
      "grounding:statistic_mismatch @ statistics.0.span",
      "grounding:statistic_mismatch @ statistics.2.span",
    ]);
  });
});

describe("grounding: mentions", () => {
  it("reports a mention whose text is neither the actor's name nor an alias", () => {
    const record = cloneSeed();
    const [actor, a] = find(record.actors, "belta");
    const body = record.article.body;
    const start = body.indexOf("Frontex");
    actor.mentions = [{ start, end: start + "Frontex".length }];
    expect(failures(record)).toEqual([`grounding:mention_mismatch @ actors.${a}.mentions.0`]);
  });

  it("folds case, white space and typographic quotes when comparing names", () => {
    const record = cloneSeed();
    const [actor] = find(record.actors, "eu");
    actor.aliases = ["eu", "THE   BLOC"];
    expect(failures(record)).toEqual([]);
  });
});

describe("grounding: exact texts on other spans", () => {
  it("reports an event span whose exact text is wrong", () => {
    const record = cloneSeed();
    const [event, e] = find(record.events, "ev-border-closure");
    const span = event.spans?.[0];
    if (span === undefined) throw new Error("span");
    event.spans = [{ ...span, exact: "Belarus plans to open" }];
    expect(failures(record)).toEqual([`grounding:span_text_mismatch @ events.${e}.spans.0`]);
  });
});

describe("grounding: hedged links between events", () => {
  it("keeps the article's hedge on a link and checks the link's span", () => {
    const record = cloneSeed();
    const [event, e] = find(record.events, "ev-migrant-facilitation");
    const link = event.related?.[0];
    expect(link?.hedge).toBe("is believed to be");
    if (link?.span === undefined) throw new Error("the seed anchors the hedged link");
    link.span = { ...link.span, start: link.span.start + 1, end: link.span.end + 1 };
    expect(failures(record)).toEqual([`grounding:span_text_mismatch @ events.${e}.related.0.span`]);
    link.span = { start: 5, end: 4 };
    expect(failures(record)).toEqual([`integrity:span_reversed @ events.${e}.related.0.span`]);
  });
});

describe("grounding: option", () => {
  it("skips grounding when asked, but not integrity", () => {
    const record = cloneSeed();
    const [statistic] = find(record.statistics, "st-apprehended");
    statistic.quantity = { kind: "approximate", value: 3000, hedge: "some" };
    expect(failures(record, { grounding: false })).toEqual([]);
    statistic.span = { start: 5, end: 4 };
    expect(failures(record, { grounding: false })).toHaveLength(1);
  });
});
