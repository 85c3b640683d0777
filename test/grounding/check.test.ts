import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { checkGrounding, type NewsRecord, validateRecord } from "../../src/index.js";
import { copyRecord, makeRecord, spanOf } from "../support/records.js";

describe("checkGrounding", () => {
  it("finds the seed record 100% grounded", () => {
    const { entries, totals } = checkGrounding(seed);
    expect(totals.coverage).toBe(1);
    expect(totals.facts).toBe(seed.actors.length + seed.quotes.length + seed.statistics.length + seed.events.length);
    expect(totals.spansUnchecked).toBe(0);
    expect(totals.spansGrounded).toBe(totals.spans);
    expect(entries.filter((e) => e.status !== "grounded")).toEqual([]);
  });

  it("reports a quote span shifted by one as mismatched, with both texts", () => {
    const record = copyRecord(seed);
    const quote = record.quotes[0];
    if (quote?.mode !== "direct" || quote.quoted[0] === undefined)
      throw new Error("fixture: the first quote is direct");
    quote.quoted[0].start += 1;
    quote.quoted[0].end += 1;
    const { entries, totals } = checkGrounding(record);
    const bad = entries.filter((e) => e.status !== "grounded");
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      kind: "quote",
      factId: quote.id,
      status: "mismatched",
      code: "quote_mismatch",
      path: ["quotes", 0, "quoted", 0],
      expected: quote.quoted[0].exact,
      found: record.article.body.slice(quote.quoted[0].start, quote.quoted[0].end),
    });
    expect(totals.factsGrounded).toBe(totals.facts - 1);
    expect(totals.coverage).toBeLessThan(1);
  });

  it("reports a mention shifted by one as mismatched", () => {
    const record = copyRecord(seed);
    const mention = record.actors[0]?.mentions?.[0];
    if (mention === undefined) throw new Error("fixture: the first actor has a mention");
    mention.start += 1;
    mention.end += 1;
    const bad = checkGrounding(record).entries.filter((e) => e.status !== "grounded");
    expect(bad.map((e) => [e.kind, e.status])).toEqual([["mention", "mismatched"]]);
  });

  it("grounds spans in UTF-16 code units after characters outside the BMP, not in code points", () => {
    const body = "🇧🇾🚧 “No one will cross,” he said.";
    const words = "No one will cross,";
    const utf16 = spanOf(body, words);
    const codePoints = [...body].join("|").split("|").indexOf("N");
    expect(codePoints).toBeLessThan(utf16.start);
    const quote = (start: number) => ({
      id: "q",
      mode: "direct" as const,
      speaker: { kind: "anonymous" as const, description: "he" },
      quoted: [{ start, end: start + words.length, exact: words }],
    });
    expect(checkGrounding(makeRecord(body, { quotes: [quote(utf16.start)] })).totals.coverage).toBe(1);
    const wrong = checkGrounding(makeRecord(body, { quotes: [quote(codePoints)] }));
    expect(wrong.entries[0]?.status).toBe("mismatched");
    expect(validateRecord(makeRecord(body, { quotes: [quote(utf16.start)] })).success).toBe(true);
  });

  it("holds a quote's words to the letter: straight quotes do not ground curly ones", () => {
    const body = "He said: “We won’t close it.”";
    const at = spanOf(body, "We won’t close it.");
    const record = makeRecord(body, {
      quotes: [
        {
          id: "q",
          mode: "direct",
          speaker: { kind: "anonymous", description: "he" },
          quoted: [{ start: at.start, end: at.end, exact: "We won't close it." }],
        },
      ],
    });
    const [entry] = checkGrounding(record).entries;
    expect(entry).toMatchObject({ status: "mismatched", found: "We won’t close it.", expected: "We won't close it." });
  });

  it("folds typographic quotes when it checks a mention against the actor's names", () => {
    const body = "Côte d’Ivoire voted.";
    const record = makeRecord(body, {
      actors: [
        { id: "ci", kind: "state", name: "Côte d'Ivoire", country: "CI", mentions: [spanOf(body, "Côte d’Ivoire")] },
      ],
    });
    // `exact` is the body's text, so only the name comparison folds
    expect(checkGrounding(record).totals.coverage).toBe(1);
  });

  it("counts facts without spans against coverage", () => {
    const record = makeRecord("Some people came.", {
      actors: [{ id: "people", kind: "group", name: "people", groupType: "other" }],
      statistics: [
        {
          id: "st",
          measure: "people who came",
          quantity: { kind: "vague", expression: "some" },
          unit: { kind: "count", noun: "people" },
          span: { start: 0, end: 4 },
        },
      ],
    });
    const { entries, totals } = checkGrounding(record);
    expect(entries.map((e) => e.status)).toEqual(["grounded", "no_span"]);
    expect(totals).toMatchObject({ facts: 2, factsWithSpans: 1, factsGrounded: 1, coverage: 0.5 });
  });
});

describe("checkGrounding on values that are not records", () => {
  it("returns the shape issues, no entries and zero coverage instead of throwing", () => {
    for (const input of [null, 7, [], { schemaVersion: "1.0" }]) {
      const report = checkGrounding(input as unknown as NewsRecord);
      expect(report.entries).toEqual([]);
      expect(report.totals.coverage).toBe(0);
      expect(report.issues?.length).toBeGreaterThan(0);
    }
  });
});
