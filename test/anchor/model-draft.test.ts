import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import type { DraftRecord } from "../../src/anchor/draft.js";
import type { AnchorIssue } from "../../src/anchor/issues.js";

const BODY =
  "Lithuania’s interior minister said on Thursday that “the border will stay closed” until further notice. " +
  "Belarus denied the claim.\n\nThe minister added that “the border will stay closed” to migrants only.";

/** A draft of the kind a language model returns: loose white space, straight quotes, a quote that occurs twice. */
function modelDraft(occurrence: number | null): DraftRecord {
  return {
    schemaVersion: "1.0",
    article: { id: "lt-border", publishedAt: "2021-08-05", language: "en", body: BODY },
    actors: [
      {
        id: "lt",
        kind: "state",
        name: "Lithuania",
        country: "LT",
        aliases: null,
        sameAs: null,
        mentions: [{ exact: "Lithuania" }],
      },
      {
        id: "by",
        kind: "state",
        name: "Belarus",
        country: "BY",
        aliases: null,
        sameAs: null,
        // extra white space around the name
        mentions: [{ exact: " Belarus ", prefix: null, suffix: null, occurrence: null }],
      },
    ],
    events: [
      {
        id: "ev-denial",
        eventType: "statement",
        status: "occurred",
        summary: "Belarus denies the claim",
        // two spaces where the body has one
        spans: [{ exact: "Belarus  denied the claim" }],
      },
    ],
    quotes: [
      {
        id: "q-minister",
        mode: "direct",
        // a straight apostrophe where the body has a curly one
        speaker: {
          kind: "anonymous",
          description: "Lithuania's interior minister",
          span: { exact: "Lithuania's interior minister" },
        },
        verb: "said",
        // these words stand twice in the body
        quoted: [{ exact: "the border will stay closed", prefix: null, suffix: null, occurrence }],
      },
    ],
    statistics: [],
  };
}

function summary(issues: readonly AnchorIssue[]) {
  return issues.map(({ path, code, candidates, candidateCount, foldings }) => ({
    path: path.join("/"),
    code,
    candidates: candidates.map((c) => [c.start, c.end, BODY.slice(c.start, c.end)]),
    candidateCount,
    foldings,
  }));
}

const at = (words: string, from = 0): [number, number, string] => {
  const start = BODY.indexOf(words, from);
  return [start, start + words.length, words];
};
const SECOND = BODY.lastIndexOf("the border will stay closed");

const LOOSE = [
  {
    path: "actors/1/mentions/0",
    code: "quote_loose",
    candidates: [at("Belarus")],
    candidateCount: 1,
    foldings: ["white space"],
  },
  {
    path: "events/0/spans/0",
    code: "quote_loose",
    candidates: [at("Belarus denied the claim")],
    candidateCount: 1,
    foldings: ["white space"],
  },
  {
    path: "quotes/0/speaker/span",
    code: "quote_loose",
    candidates: [at("Lithuania’s interior minister")],
    candidateCount: 1,
    foldings: ["quotation marks"],
  },
];

describe("a draft as a language model writes it", () => {
  it("places the loose quotes with a warning each, and reports the quote that occurs twice", () => {
    const result = anchorRecord(modelDraft(null));
    expect(result.success).toBe(false);
    expect(summary(result.warnings)).toEqual(LOOSE);
    if (result.success) return;
    expect(summary(result.issues as AnchorIssue[])).toEqual([
      {
        path: "quotes/0/quoted/0",
        code: "quote_ambiguous",
        candidates: [at("the border will stay closed"), at("the border will stay closed", SECOND)],
        candidateCount: 2,
        foldings: [],
      },
    ]);
    expect(result.issues[0]?.message).toContain('"occurrence"');
  });

  it("builds the record once the occurrence is given, with the body's own words in every span", () => {
    const result = anchorRecord(modelDraft(2));
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(summary(result.warnings)).toEqual(LOOSE);
    if (!result.success) return;
    const record = result.data;
    expect(record.actors[1]?.mentions).toEqual([{ start: at("Belarus")[0], end: at("Belarus")[1], exact: "Belarus" }]);
    expect(record.actors[1]).not.toHaveProperty("aliases");
    const denial = at("Belarus denied the claim");
    expect(record.events[0]?.spans).toEqual([{ start: denial[0], end: denial[1], exact: "Belarus denied the claim" }]);
    const quote = record.quotes[0];
    expect(quote?.speaker).toEqual({
      kind: "anonymous",
      description: "Lithuania's interior minister",
      span: { start: 0, end: 29, exact: "Lithuania’s interior minister" },
    });
    expect(quote?.mode === "direct" && quote.quoted).toEqual([
      { start: SECOND, end: SECOND + 27, exact: "the border will stay closed" },
    ]);
  });

  it("tells the two apart by their context as well", () => {
    const draft = modelDraft(null);
    const quote = draft.quotes[0];
    if (quote?.mode !== "direct") throw new Error("the draft's quote is direct");
    quote.quoted = [
      { exact: "the border will stay closed", prefix: "The minister added that “", suffix: "” to migrants" },
    ];
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success && result.data.quotes[0]?.mode === "direct") {
      expect(result.data.quotes[0].quoted[0]?.start).toBe(SECOND);
    }
  });

  it("reports context that fits neither place, and an occurrence past the last", () => {
    const draft = modelDraft(3);
    const result = anchorRecord(draft);
    expect(result.success ? [] : summary(result.issues as AnchorIssue[]).map((i) => i.code)).toEqual([
      "occurrence_out_of_range",
    ]);
    const quote = draft.quotes[0];
    if (quote?.mode !== "direct") throw new Error("the draft's quote is direct");
    quote.quoted = [{ exact: "the border will stay closed", prefix: "the president said" }];
    const second = anchorRecord(draft);
    expect(
      second.success ? [] : summary(second.issues as AnchorIssue[]).map((i) => [i.code, i.candidateCount]),
    ).toEqual([["context_not_found", 2]]);
  });

  it("reports words found nowhere", () => {
    const draft = modelDraft(1);
    draft.events[0] = {
      ...draft.events[0],
      id: "ev-denial",
      eventType: "statement",
      status: "occurred",
      summary: "x",
      spans: [{ exact: "Minsk rejected it" }],
    };
    const result = anchorRecord(draft);
    expect(result.success ? [] : summary(result.issues as AnchorIssue[])).toEqual([
      { path: "events/0/spans/0", code: "quote_not_found", candidates: [], candidateCount: 0, foldings: [] },
    ]);
  });
});
