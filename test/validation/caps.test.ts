// Issues are bounded per record, listed once each, and worded for a person.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ISSUES_PER_RECORD, NewsRecordError, parseRecord, validateRecord } from "../../src/index.js";
import { capIssues } from "../../src/validation/cap.js";
import type { ValidationIssue } from "../../src/validation/issues.js";
import { validateShape } from "../../src/validation/shape.js";
import { cloneSeed } from "../support/records.js";

type Loose = Record<string, unknown> & { actors: Record<string, unknown>[] };

function seedWith(edit: (record: Loose) => void): unknown {
  const record = JSON.parse(JSON.stringify(cloneSeed())) as Loose;
  edit(record);
  return record;
}

describe("the per-record issue cap", () => {
  it("lists at most MAX_ISSUES_PER_RECORD issues and counts them all", () => {
    const record = seedWith((r) => {
      for (let i = 0; i < 50_000; i++) r[`unknown${i}`] = i;
    });
    const result = validateRecord(record);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(MAX_ISSUES_PER_RECORD).toBe(100);
    expect(result.issues).toHaveLength(MAX_ISSUES_PER_RECORD);
    expect(result.issueCount).toBe(50_000);
    expect(result.issues[0]?.path).toEqual(["unknown0"]);
  });

  it("caps integrity issues too, and counts them", () => {
    const record = seedWith((r) => {
      const actor = r.actors[0] as { mentions: { start: number; end: number }[] };
      actor.mentions = Array.from({ length: 500 }, () => ({ start: 5, end: 2 }));
    });
    const result = validateRecord(record);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(MAX_ISSUES_PER_RECORD);
    expect(result.issueCount).toBeGreaterThanOrEqual(500);
  });

  it("gives the total in parseRecord's error", () => {
    const record = seedWith((r) => {
      for (let i = 0; i < 300; i++) r[`x${i}`] = i;
    });
    try {
      parseRecord(record);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NewsRecordError);
      if (!(error instanceof NewsRecordError)) return;
      expect(error.issues).toHaveLength(MAX_ISSUES_PER_RECORD);
      expect(error.issueCount).toBe(300);
      expect(error.message).toContain("(and 299 more issues)");
    }
  });

  it("says how many issues a record has when they are fewer than the cap", () => {
    const result = validateRecord({});
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issueCount).toBe(result.issues.length);
  });

  it("does not copy a huge unknown key into its message", () => {
    const key = "k".repeat(1_000_000);
    const result = validateShape({ ...(cloneSeed() as object), [key]: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.message.length).toBeLessThan(300);
  });
});

describe("an issue found twice", () => {
  it("is listed and counted once (an offset past the largest safe integer)", () => {
    const record = seedWith((r) => {
      const actor = r.actors[0] as { mentions: { end: number }[] };
      const mention = actor.mentions[0];
      if (mention !== undefined) mention.end = 9007199254740992;
    });
    const result = validateRecord(record);
    expect(result.success).toBe(false);
    if (result.success) return;
    const keys = result.issues.map((issue) => JSON.stringify([issue.path, issue.code, issue.message]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.issues.filter((issue) => issue.code === "too_big")).toHaveLength(1);
    expect(result.issueCount).toBe(result.issues.length);
  });
});

describe("shape messages", () => {
  const messageAt = (record: unknown, path: readonly (string | number)[]): string | undefined => {
    const result = validateShape(record);
    if (result.success) return undefined;
    return result.issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))?.message;
  };

  it("name a hole in an array as a hole, not as a missing field named by its index", () => {
    const record = seedWith((r) => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
      (r.actors[0] as { aliases: unknown[] }).aliases = ["a", , "b"];
    });
    const message = messageAt(record, ["actors", 0, "aliases", 1]);
    expect(message).toBe("The array has a hole at index 1 (a sparse array); every item must be present.");
    expect(message).not.toContain('field "1"');
  });

  it('show the number that is not whole, not "a number"', () => {
    const record = seedWith((r) => {
      const actor = r.actors[0] as { mentions: { start: number }[] };
      const mention = actor.mentions[0];
      if (mention !== undefined) mention.start = 1.5;
    });
    expect(messageAt(record, ["actors", 0, "mentions", 0, "start"])).toBe(
      "Expected a whole number, got the number 1.5.",
    );
  });

  it('never say "a undefined"', () => {
    const inputs: unknown[] = [undefined, [undefined], { article: undefined }, { schemaVersion: undefined }];
    for (const input of inputs) {
      const result = validateShape(input);
      if (!result.success) for (const issue of result.issues) expect(issue.message).not.toMatch(/\ba undefined\b/);
    }
    expect(validateShape(undefined).success ? "" : validateShape(undefined)).toMatchObject({
      issues: [{ message: "Expected an object, got undefined." }],
    });
  });

  it("survive a thrown value that cannot be turned into text", () => {
    const record = {
      get article(): never {
        throw {
          toString() {
            throw new Error("no text either");
          },
        };
      },
    };
    const result = validateRecord(record);
    expect(result.success).toBe(false);
  });
});

describe("capIssues", () => {
  /** The cap as a key per issue: what the comparison of short lists must agree with. */
  function byKey(issues: readonly ValidationIssue[]): { issues: ValidationIssue[]; count: number } {
    const out: ValidationIssue[] = [];
    const seen = new Set<string>();
    for (const issue of issues) {
      const key = JSON.stringify([issue.path, issue.code, issue.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      if (out.length < MAX_ISSUES_PER_RECORD) out.push(issue);
    }
    return { issues: out, count: seen.size };
  }

  const issueArb: fc.Arbitrary<ValidationIssue> = fc.record({
    path: fc.array(fc.constantFrom<string | number>("quotes", "actors", 0, 1, "1", "text"), { maxLength: 3 }),
    code: fc.constantFrom("unknown_field" as const, "duplicate_id" as const),
    stage: fc.constantFrom("shape" as const, "integrity" as const),
    message: fc.constantFrom("a", "b"),
  });

  it("keeps the first of each issue, in order, and counts the distinct ones, however many there are", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 40 }), (issues) => {
        const capped = capIssues(issues);
        const expected = byKey(issues);
        expect(capped.count).toBe(expected.count);
        expect(capped.issues.length).toBe(expected.issues.length);
        capped.issues.forEach((issue, i) => {
          expect(issue).toBe(expected.issues[i]);
        });
      }),
      { numRuns: 3000 },
    );
    // A key and a path index are told apart, as JSON tells "1" from 1.
    const one = { path: ["quotes", 1], code: "unknown_field", stage: "shape", message: "a" } as const;
    expect(capIssues([one, { ...one, path: ["quotes", "1"] }]).count).toBe(2);
    expect(capIssues([one, { ...one }]).count).toBe(1);
  });
});
