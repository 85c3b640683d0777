import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { checkGrounding, type NewsRecord, summarizeRecord } from "../../src/index.js";
import { copyRecord, makeRecord, spanOf } from "../support/records.js";

describe("summarizeRecord", () => {
  it("sums up the seed record in four lines with its 100% grounding", () => {
    const { totals } = checkGrounding(seed);
    expect(summarizeRecord(seed).split("\n")).toEqual([
      "Untitled article of August 5, 2021: “Belarus plans to close parts of the country’s border with Lithuania in…”",
      "Main event: Belarus announces it will close parts of its border with Lithuania, to stop migrants who crossed into Lithuania from coming back (status: announced; date: August 5, 2021).",
      "It names 15 actors and reports 19 events, 4 quotes, and 7 statistics.",
      `Grounding: 100% (${totals.facts} of ${totals.facts} facts grounded; ${totals.spans} of ${totals.spans} spans hold).`,
    ]);
  });

  it("gives the headline and publisher when the article has them, and the whole first sentence when short", () => {
    const body = "Rain fell. Then it stopped.";
    const withHeadline = makeRecord(body, { headline: "Rain", publisher: "The Daily" });
    expect(summarizeRecord(withHeadline).split("\n")[0]).toBe("“Rain” (The Daily, March 1, 2024)");
    expect(summarizeRecord(makeRecord(body)).split("\n")[0]).toBe("Untitled article of March 1, 2024: “Rain fell.”");
    expect(summarizeRecord(makeRecord(body, { publisher: "The Daily" })).split("\n")[0]).toBe(
      "Untitled article by The Daily of March 1, 2024: “Rain fell.”",
    );
  });

  it("says so when there is no event, and counts in the singular", () => {
    const body = "Rain fell.";
    const record = makeRecord(body, {
      actors: [{ id: "rain", kind: "group", name: "Rain", groupType: "other", mentions: [spanOf(body, "Rain")] }],
    });
    const lines = summarizeRecord(record).split("\n");
    expect(lines[1]).toBe("Main event: none recorded.");
    expect(lines[2]).toBe("It names 1 actor and reports 0 events, 0 quotes, and 0 statistics.");
    expect(lines[3]).toBe("Grounding: 100% (1 of 1 facts grounded; 1 of 1 spans hold).");
  });

  it("rounds coverage down, so that 100% means every fact", () => {
    const record = copyRecord(seed);
    const mention = record.actors[0]?.mentions?.[0];
    if (mention === undefined) throw new Error("fixture: the first actor has a mention");
    mention.start += 1;
    mention.end += 1;
    const { totals } = checkGrounding(record);
    expect(totals.coverage).toBeGreaterThan(0.95);
    const line = summarizeRecord(record).split("\n")[3];
    expect(line).toContain(`Grounding: ${Math.floor(totals.coverage * 100)}% (${totals.facts - 1} of ${totals.facts}`);
    expect(line).not.toContain("100%");
  });

  it("writes dates and the percentage in the locale asked for", () => {
    const lines = summarizeRecord(seed, { locale: "de" }).split("\n");
    expect(lines[0]).toContain("5. August 2021");
    expect(lines[3]).toContain("100\u00A0%");
  });
});

describe("summarizeRecord on a value that is not a record", () => {
  it("says so, naming the first problem, instead of throwing", () => {
    expect(summarizeRecord(JSON.parse('{"schemaVersion":"1.0"}') as NewsRecord)).toBe(
      'Not a well-formed news record at article: The required field "article" is missing.',
    );
    expect(summarizeRecord(null as unknown as NewsRecord)).toMatch(
      /^Not a well-formed news record: Expected an object/,
    );
  });
});
