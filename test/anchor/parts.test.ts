import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import type { AnchorIssue } from "../../src/anchor/issues.js";

/** A draft with one article and the given actors and events; quotes and statistics empty. */
function draftOf(article: Record<string, unknown>, actors: unknown[], events: unknown[] = []): unknown {
  return { schemaVersion: "1.1", article, actors, events, quotes: [], statistics: [] };
}

function event(id: string, spans: unknown[]): Record<string, unknown> {
  return { id, eventType: "strike", status: "occurred", summary: "Bus drivers strike.", spans };
}

/** Each anchoring issue as "code @ path". */
function reported(result: ReturnType<typeof anchorRecord>): string[] {
  return result.success ? [] : result.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`);
}

const RENNES = {
  id: "rennes-greve",
  publishedAt: "2025-03-10",
  language: "fr",
  headline: "Grève des bus à Rennes : aucun bus lundi",
  dateline: "RENNES",
  byline: "Par Claire Morel",
  corrections: [{ id: "corr-1", text: "Une version précédente indiquait que la grève durait deux jours." }],
  body: "Les chauffeurs de bus de Rennes sont en grève depuis lundi. À Rennes, la grève dure trois jours, selon le syndicat.",
};

describe("quotes of other parts of the article", () => {
  it("are looked for in the part they name, with offsets from that part's start, and keep the part", () => {
    const result = anchorRecord(
      draftOf(
        RENNES,
        [
          {
            id: "rennes",
            kind: "territory",
            territoryType: "city",
            name: "Rennes",
            // "Rennes" stands twice in the body, once in the headline.
            mentions: [{ exact: "Rennes", part: "headline" }],
          },
          { id: "morel", kind: "person", name: "Claire Morel", mentions: [{ exact: "Claire Morel", part: "byline" }] },
        ],
        [
          event("greve", [
            { exact: "Grève des bus à Rennes", part: "headline" },
            { exact: "la grève durait deux jours", part: "correction", correction: "corr-1" },
          ]),
        ],
      ),
      { grounding: false },
    );
    expect(reported(result)).toEqual([]);
    if (!result.success) return;
    const at = (text: string, words: string) => ({
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
    });
    expect(result.data.actors[0]?.mentions).toEqual([
      { ...at(RENNES.headline, "Rennes"), exact: "Rennes", part: "headline" },
    ]);
    expect(result.data.actors[1]?.mentions).toEqual([
      { ...at(RENNES.byline, "Claire Morel"), exact: "Claire Morel", part: "byline" },
    ]);
    const note = RENNES.corrections[0]?.text ?? "";
    expect(result.data.events[0]?.spans).toEqual([
      { ...at(RENNES.headline, "Grève des bus à Rennes"), exact: "Grève des bus à Rennes", part: "headline" },
      {
        ...at(note, "la grève durait deux jours"),
        exact: "la grève durait deux jours",
        part: "correction",
        correction: "corr-1",
      },
    ]);
  });

  it("are ambiguous only among the places of their own part, and take an occurrence counted there", () => {
    const twice = anchorRecord(draftOf(RENNES, [], [event("greve", [{ exact: "bus", part: "headline" }])]), {
      grounding: false,
    });
    expect(reported(twice)).toEqual(["quote_ambiguous @ events.0.spans.0"]);
    const [issue] = twice.success ? [] : (twice.issues as AnchorIssue[]);
    // "bus" stands twice in the headline (and once more in the body, which does not count).
    expect(issue?.candidateCount).toBe(2);
    expect(issue?.candidates.map((c) => RENNES.headline.slice(c.start, c.end))).toEqual(["bus", "bus"]);
    expect(issue?.message).toContain("places in the headline");

    const second = anchorRecord(
      draftOf(RENNES, [], [event("greve", [{ exact: "bus", part: "headline", occurrence: 2, correction: null }])]),
      { grounding: false },
    );
    const start = RENNES.headline.lastIndexOf("bus");
    expect(second.success && second.data.events[0]?.spans).toEqual([
      { start, end: start + 3, exact: "bus", part: "headline" },
    ]);
  });

  it("are reported, and nothing is placed, when the article lacks the part or the correction note", () => {
    const article = {
      id: "sevilla-huelga",
      publishedAt: "2025-03-10",
      language: "es",
      body: "Los conductores de autobús de Sevilla están en huelga desde el lunes.",
      corrections: [{ id: "fe-1", text: "Una versión anterior decía que la huelga empezó el martes." }],
    };
    const result = anchorRecord(
      draftOf(
        article,
        [],
        [
          event("huelga", [
            { exact: "Huelga en Sevilla", part: "headline" },
            { exact: "la huelga empezó el martes", part: "correction" },
            { exact: "la huelga empezó el martes", part: "correction", correction: "fe-9" },
            { exact: "la huelga empezó el martes", part: "correction", correction: "fe-1" },
          ]),
        ],
      ),
      { grounding: false },
    );
    expect(reported(result)).toEqual([
      "quote_not_found @ events.0.spans.0",
      "quote_not_found @ events.0.spans.1",
      "quote_not_found @ events.0.spans.2",
    ]);
    const messages = result.success ? [] : result.issues.map((issue) => issue.message);
    expect(messages[0]).toContain("the article has no headline");
    expect(messages[1]).toContain('give the note\'s id in "correction"');
    expect(messages[2]).toContain('"fe-9"');
  });

  it("name the part in what they report when their words are not there", () => {
    const result = anchorRecord(draftOf(RENNES, [], [event("greve", [{ exact: "trois jours", part: "headline" }])]), {
      grounding: false,
    });
    expect(reported(result)).toEqual(["quote_not_found @ events.0.spans.0"]);
    expect(result.success ? "" : result.issues[0]?.message).toContain("nowhere in the headline");
  });

  it("are searched on the draft's one work budget", () => {
    const result = anchorRecord(draftOf(RENNES, [], [event("greve", [{ exact: "Rennes", part: "headline" }])]), {
      budget: 0,
      grounding: false,
    });
    expect(reported(result)).toEqual(["anchor_budget_exceeded @ events.0.spans.0"]);
  });
});

describe("pronoun mentions", () => {
  const body =
    "Die Ministerin kam am Morgen. Sie sagte, sie werde bleiben, und sie hielt Wort. Die Gewerkschaft, sagte sie, sei zufrieden.";
  const article = { id: "ministerin", publishedAt: "2025-03-10", language: "de", body };
  const minister = (mentions: unknown[]) => ({
    id: "ministerin",
    kind: "person",
    name: "Die Ministerin",
    unnamed: true,
    mentions,
  });

  it("that stand many times are ambiguous without context, and take an occurrence or a prefix", () => {
    const bare = anchorRecord(draftOf(article, [minister([{ exact: "sie", form: "pronoun" }])]), {
      grounding: false,
    });
    expect(reported(bare)).toEqual(["quote_ambiguous @ actors.0.mentions.0"]);
    // Exact words first: the capitalised "Sie" is another word.
    expect(bare.success ? 0 : (bare.issues[0] as AnchorIssue).candidateCount).toBe(3);

    const third = body.indexOf("sie", body.indexOf("sagte sie"));
    const result = anchorRecord(
      draftOf(article, [
        minister([
          { exact: "sie", form: "pronoun", occurrence: 3 },
          { exact: "sie", form: "pronoun", prefix: "und " },
          { exact: "Sie", form: "pronoun" },
        ]),
      ]),
      { grounding: false },
    );
    expect(reported(result)).toEqual([]);
    expect(result.success && result.data.actors[0]?.mentions).toEqual([
      { start: third, end: third + 3, exact: "sie", form: "pronoun" },
      { start: body.indexOf("und sie") + 4, end: body.indexOf("und sie") + 7, exact: "sie", form: "pronoun" },
      { start: body.indexOf("Sie"), end: body.indexOf("Sie") + 3, exact: "Sie", form: "pronoun" },
    ]);
  });

  it("in English are found inside longer words too, so a short one needs its context", () => {
    const text = "The city council met. It said it would decide within a week.";
    const english = { id: "council", publishedAt: "2025-03-10", language: "en", body: text };
    const council = (mentions: unknown[]) => [
      { id: "council", kind: "organization", organizationType: "government", name: "city council", mentions },
    ];
    const bare = anchorRecord(draftOf(english, council([{ exact: "it", form: "pronoun" }])), { grounding: false });
    // "city", "it" and "within": every place the letters stand counts.
    expect(bare.success ? 0 : (bare.issues[0] as AnchorIssue).candidateCount).toBe(3);
    const placed = anchorRecord(draftOf(english, council([{ exact: "it", form: "pronoun", prefix: "said " }])), {
      grounding: false,
    });
    const start = text.indexOf("said it") + 5;
    expect(placed.success && placed.data.actors[0]?.mentions).toEqual([
      { start, end: start + 2, exact: "it", form: "pronoun" },
    ]);
  });
});
