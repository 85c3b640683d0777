import { describe, expect, it } from "vitest";
import { checkGrounding } from "../../src/grounding/check.js";
import { validateRecord } from "../../src/validation/validate.js";
import { FIXTURE_NAMES, loadFixture, readFixture } from "../support/records.js";

describe("invented records", () => {
  it.each(FIXTURE_NAMES)("%s passes every check and is fully grounded", (name) => {
    const result = validateRecord(readFixture(name));
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(checkGrounding(loadFixture(name)).totals.coverage).toBe(1);
  });

  it("exercise the shapes the seed record lacks", () => {
    const all = FIXTURE_NAMES.map(loadFixture);
    const statistics = all.flatMap((record) => record.statistics);
    const quotes = all.flatMap((record) => record.quotes);
    const events = all.flatMap((record) => record.events);
    expect(statistics.some((s) => s.quantity.kind === "range")).toBe(true);
    expect(statistics.some((s) => s.quantity.kind === "bound")).toBe(true);
    expect(statistics.some((s) => s.unit.kind === "percent" && s.quantity.kind === "approximate")).toBe(true);
    expect(statistics.some((s) => s.unit.kind === "money" && s.unit.currency === "EUR")).toBe(true);
    expect(statistics.some((s) => s.unit.kind === "mass" && s.unit.unit === "t")).toBe(true);
    expect(quotes.some((q) => q.speaker.kind === "anonymous" && (q.via?.length ?? 0) > 0)).toBe(true);
    expect(quotes.some((q) => q.mode === "direct" && q.quoted.length === 2)).toBe(true);
    expect(events.some((e) => e.places?.some((p) => p.place.kind === "named" && p.place.placeType === "city"))).toBe(
      true,
    );
    expect(events.some((e) => e.date?.kind === "interval" && e.date.start !== undefined)).toBe(true);
    expect(quotes.some((q) => q.saidAt?.kind === "date" && q.saidAt.date.includes("T"))).toBe(true);
  });

  it("count offsets in UTF-16 code units: an emoji before a span counts as two", () => {
    const record = loadFixture("ruse-flood");
    const body = record.article.body;
    expect(body.codePointAt(0)).toBe(0x1f30a);
    const mention = record.actors[0]?.mentions?.[0];
    expect(mention).toBeDefined();
    if (mention === undefined) return;
    expect(body.slice(mention.start, mention.end)).toBe("Mayor Ana Petrova");
    expect([...body.slice(0, mention.start)].length).toBe(mention.start - 1);
  });
});
