import { describe, expect, it } from "vitest";
import { checkGrounding, type NewsRecord, type Quote, validateRecord } from "../../src/index.js";
import { insideWord } from "../../src/text/boundaries.js";
import { quotationProblem } from "../../src/text/quotation-marks.js";
import { cloneSeed, makeRecord, spanOf } from "../support/records.js";

function codes(record: NewsRecord, grounding: "strict" | "lenient" = "strict"): string[] {
  const result = validateRecord(record, { grounding });
  return result.success ? [] : result.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`);
}

function messages(record: NewsRecord): string[] {
  const result = validateRecord(record);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

function directQuote(body: string, words: string): Quote {
  return {
    id: "q",
    mode: "direct",
    speaker: { kind: "anonymous", description: "an official" },
    quoted: [spanOf(body, words)],
  };
}

function withLanguage(record: NewsRecord, language: string): NewsRecord {
  return { ...record, article: { ...record.article, language } };
}

describe("quotation marks around verbatim words", () => {
  it.each([
    ["en", "“We will stay,” she said.", "We will stay,"],
    ["de", "„Wir bleiben“, sagte sie.", "Wir bleiben"],
    ["de", "»Wir bleiben«, sagte sie.", "Wir bleiben"],
    ["fr", "« Nous restons », a-t-elle dit.", "Nous restons"],
    ["es", "«Nos quedamos», dijo.", "Nos quedamos"],
    ["en", "He called it ‘madness’.", "madness"],
    ["ja", "彼は「残る」と言った。", "残る"],
  ])("%s: %j holds", (language, body, words) => {
    const record = withLanguage(makeRecord(body, { quotes: [directQuote(body, words)] }), language);
    expect(codes(record)).toEqual([]);
  });

  it("reports a span that includes its own quotation marks", () => {
    const body = "Officials said „Wir bleiben“ on Monday.";
    const record = makeRecord(body, { quotes: [directQuote(body, "„Wir bleiben“")] });
    expect(codes(record)).toEqual(["quote_marks_missing @ quotes.0.quoted.0"]);
    expect(messages(record)[0]).toContain("includes its quotation marks");
  });

  it("reports a direct quote on the writer's own, unquoted words", () => {
    const body = "The minister said the plan would go ahead.";
    const record = makeRecord(body, { quotes: [directQuote(body, "the plan would go ahead")] });
    expect(codes(record)).toEqual(["quote_marks_missing @ quotes.0.quoted.0"]);
  });

  it("reports a fragment that runs past its closing mark", () => {
    const body = "It would be a “threat” to the country, he said.";
    const quote: Quote = {
      id: "q",
      mode: "mixed",
      speaker: { kind: "anonymous", description: "he" },
      content: spanOf(body, "It would be a “threat” to the country"),
      quoted: [spanOf(body, "threat” to")],
    };
    expect(codes(makeRecord(body, { quotes: [quote] }))).toEqual(["quote_marks_missing @ quotes.0.quoted.0"]);
  });

  it("tells which problem it is", () => {
    expect(quotationProblem("“a b” c", 1, 4)).toBeUndefined();
    expect(quotationProblem("x “a b” c", 2, 7)).toBe("includes-marks");
    expect(quotationProblem("a b c", 2, 3)).toBe("no-opening-mark");
    expect(quotationProblem("“a b c", 1, 4)).toBe("no-closing-mark");
    expect(quotationProblem("«a b”", 1, 4)).toBe("marks-do-not-pair");
  });
});

describe("word boundaries", () => {
  it.each([
    ["Chile", "Chilean regulators approved it.", 0, 5],
    ["300", "Some 3000 people came.", 5, 8],
    ["3,5", "Some 3,500 people came.", 5, 8],
    ["Iran", "Iranian officials said so.", 0, 4],
  ])("finds that %j cuts a word", (_, text, start, end) => {
    expect(insideWord(text, start, "en") || insideWord(text, end, "en")).toBe(true);
  });

  it("lets spans end at punctuation, apostrophes and hyphens", () => {
    const text = "Lukashenko’s 680-kilometre border, “no one”.";
    expect(insideWord(text, 10, "en")).toBe(false);
    expect(insideWord(text, 16, "en")).toBe(false);
    expect(insideWord(text, 33, "en")).toBe(false);
  });

  it("asks Intl.Segmenter where words end in a script without spaces", () => {
    const text = "東京都に住んでいる";
    const inside = Array.from({ length: text.length - 1 }, (_, i) => insideWord(text, i + 1, "ja"));
    expect(inside).toContain(false);
    expect(inside).toContain(true);
  });

  it("reports a mention that cuts a word, even with a matching alias", () => {
    const body = "Chilean regulators approved the drug.";
    const record = makeRecord(body, {
      actors: [
        { id: "cl", kind: "state", name: "Chile", country: "CL", mentions: [{ start: 0, end: 5, exact: "Chile" }] },
      ],
    });
    expect(codes(record)).toEqual(["span_cuts_word @ actors.0.mentions.0"]);
  });
});

describe("nothing unchecked is called grounded", () => {
  const body = "The port reopened on Monday after a strike.";
  const event = (exact: boolean) => ({
    id: "ev",
    eventType: "other" as const,
    status: "occurred" as const,
    summary: "The port reopens.",
    spans: [exact ? spanOf(body, "The port reopened") : { start: 0, end: 17 }],
  });

  it("reports an event span without exact text as unchecked, not grounded", () => {
    const { entries, totals } = checkGrounding(makeRecord(body, { events: [event(false)] }));
    expect(entries).toEqual([
      expect.objectContaining({
        kind: "event",
        status: "unchecked",
        reason: "no exact text",
        code: "grounding_unchecked",
      }),
    ]);
    expect(totals).toMatchObject({ spans: 1, spansGrounded: 0, spansUnchecked: 1, factsUnchecked: 1, coverage: 0 });
  });

  it("fails a strict validation on an unchecked span and passes a lenient one with a warning", () => {
    const record = makeRecord(body, { events: [event(false)] });
    expect(codes(record)).toEqual(["grounding_unchecked @ events.0.spans.0"]);
    const lenient = validateRecord(record, { grounding: "lenient" });
    expect(lenient.success).toBe(true);
    expect(lenient.warnings?.map((w) => w.code)).toEqual(["grounding_unchecked"]);
    expect(validateRecord(record, { grounding: true }).success).toBe(false);
    expect(validateRecord(record, { grounding: false }).success).toBe(true);
  });

  it("grounds the same span once it carries its exact text", () => {
    const record = makeRecord(body, { events: [event(true)] });
    expect(codes(record)).toEqual([]);
    expect(checkGrounding(record).totals.coverage).toBe(1);
  });

  it("keeps the seed record fully checked", () => {
    const { totals } = checkGrounding(cloneSeed());
    expect(totals.spansUnchecked).toBe(0);
    expect(totals.spansGrounded).toBe(totals.spans);
  });
});

describe("messages that help the annotator", () => {
  it("say where the expected words do stand, and never copy a long body", () => {
    const record = cloneSeed();
    const mention = record.actors[0]?.mentions?.[0];
    if (mention === undefined) throw new Error("fixture");
    mention.start += 1;
    mention.end += 1;
    const result = validateRecord(record);
    const message = result.success ? "" : (result.issues[0]?.message ?? "");
    expect(message).toContain("Those words stand at [0, 7)");

    const long = "x".repeat(100_000);
    const body = `${long} end`;
    const quote: Quote = {
      id: "q",
      mode: "indirect",
      speaker: { kind: "anonymous", description: "he" },
      content: { start: 0, end: long.length, exact: "y" },
    };
    const bad = validateRecord(makeRecord(body, { quotes: [quote] }));
    const messages = bad.success ? [] : bad.issues.map((issue) => issue.message);
    expect(messages.join("").length).toBeLessThan(1_000);
    expect(messages[0]).toContain("100,000 code units");
  });

  it("say when only typography or normalization differs", () => {
    const body = "She said “no” twice.";
    const quote: Quote = {
      id: "q",
      mode: "direct",
      speaker: { kind: "anonymous", description: "she" },
      quoted: [{ start: 10, end: 12, exact: "No" }],
    };
    expect(messages(makeRecord(body, { quotes: [quote] }))[0]).toContain(
      "differ only in quotation marks, dashes, case or white space",
    );
  });
});
