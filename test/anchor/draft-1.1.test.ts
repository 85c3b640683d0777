import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { anchorRecord } from "../../src/anchor/anchor.js";
import { DraftFactsSchema, DraftRecordSchema } from "../../src/anchor/draft.js";

const BODY =
  "Die Stadt Kassel sperrt die Fuldabrücke ab Freitag, teilte Bürgermeisterin Eva Roth (SPD) in einer Erklärung mit. " +
  "Sie sagte, die Reparatur koste 40.000 Euro im Monat, so die Stadt, und dauere bis zum Sommer. " +
  "Die Baufirma wollte sich nicht äußern.";

/** A draft of format 1.1 whose new spans are all given by their words. */
function draft(): Record<string, unknown> {
  return {
    schemaVersion: "1.1",
    article: { id: "kassel-bruecke", publishedAt: "2025-05-06", language: "de", body: BODY },
    actors: [
      {
        id: "kassel",
        kind: "territory",
        territoryType: "city",
        name: "Kassel",
        place: "pl-kassel",
        mentions: [{ exact: "Kassel" }],
      },
      {
        id: "spd",
        kind: "organization",
        organizationType: "political-party",
        name: "SPD",
        mentions: [{ exact: "SPD" }],
      },
      {
        id: "roth",
        kind: "person",
        name: "Eva Roth",
        affiliations: [{ relation: "member", of: "spd", span: { exact: "(SPD)" } }],
        mentions: [
          { exact: "Eva Roth", form: "name" },
          { exact: "Sie", form: "pronoun" },
        ],
      },
      { id: "firma", kind: "organization", organizationType: "company", name: "Die Baufirma", unnamed: true },
    ],
    places: [
      { id: "pl-kassel", name: "Kassel", placeType: "city", country: "DE" },
      {
        id: "pl-bruecke",
        name: "Fuldabrücke",
        placeType: "bridge",
        within: "pl-kassel",
        mentions: [{ exact: "Fuldabrücke", prefix: "die ", form: null }],
      },
    ],
    events: [
      {
        id: "ev-sperrung",
        eventType: "closure",
        status: "planned",
        summary: "Kassel closes the Fulda bridge from Friday.",
        places: [{ role: "location", place: { kind: "ref", place: "pl-bruecke", span: { exact: "Fuldabrücke" } } }],
        spans: [{ exact: "sperrt die Fuldabrücke ab Freitag" }],
      },
    ],
    quotes: [
      {
        id: "q-roth",
        mode: "indirect",
        speaker: { kind: "actor", actor: "roth" },
        channel: { type: "statement", span: { exact: "in einer Erklärung" } },
        content: { exact: "die Reparatur koste 40.000 Euro im Monat" },
        continuation: [{ exact: "und dauere bis zum Sommer" }],
      },
      {
        id: "q-firma",
        mode: "refusal",
        speaker: { kind: "actor", actor: "firma" },
        refusal: { exact: "wollte sich nicht äußern" },
      },
    ],
    statistics: [
      {
        id: "st-kosten",
        measure: "cost of the repair",
        quantity: { kind: "exact", value: 40000 },
        unit: { kind: "money", currency: "EUR" },
        per: { kind: "time", unit: "month", span: { exact: "im Monat" } },
        reportedIn: "q-roth",
        span: { exact: "40.000 Euro" },
      },
    ],
  };
}

describe("drafts of record format 1.1", () => {
  it("take every new span by its words, and a mention's form", () => {
    expect(z.safeParse(DraftRecordSchema, draft()).success).toBe(true);
    const { schemaVersion: _v, article: _a, ...facts } = draft();
    expect(z.safeParse(DraftFactsSchema, facts).success).toBe(true);
  });

  it("anchor into a record that keeps each mention's form and places every new span", () => {
    const result = anchorRecord(draft(), { grounding: false });
    if (!result.success) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const roth = result.data.actors.find((actor) => actor.id === "roth");
    expect(roth?.mentions).toEqual([
      { start: BODY.indexOf("Eva Roth"), end: BODY.indexOf("Eva Roth") + 8, exact: "Eva Roth", form: "name" },
      { start: BODY.indexOf("Sie"), end: BODY.indexOf("Sie") + 3, exact: "Sie", form: "pronoun" },
    ]);
    const bridge = result.data.places?.find((place) => place.id === "pl-bruecke");
    expect(bridge?.mentions).toEqual([
      { start: BODY.indexOf("Fuldabrücke"), end: BODY.indexOf("Fuldabrücke") + 11, exact: "Fuldabrücke" },
    ]);
    const refusal = result.data.quotes.find((quote) => quote.mode === "refusal");
    expect(refusal?.mode === "refusal" && BODY.slice(refusal.refusal.start, refusal.refusal.end)).toBe(
      "wollte sich nicht äußern",
    );
    const cost = result.data.statistics[0];
    expect(cost?.per?.span && BODY.slice(cost.per.span.start, cost.per.span.end)).toBe("im Monat");
  });

  it("report a mention's words that are not in the body, at the mention", () => {
    const broken = draft();
    const actors = broken.actors as { mentions?: unknown[] }[];
    const roth = actors[2];
    if (roth !== undefined) roth.mentions = [{ exact: "Ihr", form: "pronoun" }];
    const result = anchorRecord(broken, { grounding: false });
    expect(result.success ? [] : result.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
      "quote_not_found @ actors.2.mentions.0",
    ]);
  });
});
