import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { ISSUE_CODES, NewsRecordError, VALIDATION_STAGES } from "../../src/validation/issues.js";
import { validateShape } from "../../src/validation/shape.js";
import { parseRecord, validateRecord } from "../../src/validation/validate.js";
import { cloneSeed, leafPaths, setAt } from "../support/records.js";

function issuesOf(input: unknown) {
  const result = validateRecord(input);
  if (result.success) throw new Error("expected a failure");
  return result.issues;
}

describe("validateRecord on values that are not records", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["a string", "record"],
    ["an array", []],
    ["a boolean", true],
  ])("reports %s as an invalid type at the root", (_, input) => {
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: [], code: "invalid_type", stage: "shape" })]);
  });

  it("reports every missing required field of an empty object", () => {
    expect(issuesOf({}).map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
      "missing_field @ schemaVersion",
      "missing_field @ article",
      "missing_field @ actors",
      "missing_field @ events",
      "missing_field @ quotes",
      "missing_field @ statistics",
    ]);
  });
});

describe("validateRecord on broken fields", () => {
  it("rejects an unknown key where an optional field was misspelt", () => {
    const record = { ...cloneSeed(), provenence: { method: "manual" } };
    expect(issuesOf(record)).toEqual([
      expect.objectContaining({ path: ["provenence"], code: "unknown_field", stage: "shape" }),
    ]);
  });

  it("rejects __proto__, constructor and prototype keys and pollutes nothing", () => {
    const text = JSON.stringify(cloneSeed()).replace(
      '"schemaVersion":"1.1"',
      '"schemaVersion":"1.1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const input: unknown = JSON.parse(text);
    const issues = issuesOf(input);
    expect(issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
      "forbidden_key @ __proto__",
      "forbidden_key @ constructor",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("rejects a forbidden key deep inside", () => {
    const record = cloneSeed();
    const text = JSON.stringify(record).replace('"kind":"person"', '"kind":"person","prototype":1');
    expect(issuesOf(JSON.parse(text))).toEqual([
      expect.objectContaining({ code: "forbidden_key", path: ["actors", 3, "prototype"] }),
    ]);
  });

  it("rejects NaN and Infinity as numbers", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const record = cloneSeed();
      const statistic = record.statistics[0];
      if (statistic === undefined) throw new Error("seed");
      statistic.quantity = { kind: "exact", value };
      expect(issuesOf(record)).toEqual([
        expect.objectContaining({ path: ["statistics", 0, "quantity", "value"], code: "invalid_type" }),
      ]);
    }
  });

  it("rejects an impossible date with its path", () => {
    const record = cloneSeed();
    record.article.publishedAt = "2021-02-30";
    expect(issuesOf(record)).toEqual([
      expect.objectContaining({ path: ["article", "publishedAt"], code: "invalid_format" }),
    ]);
  });

  it("rejects lower-case and unknown country codes", () => {
    for (const country of ["by", "XX"]) {
      const record = cloneSeed();
      const state = record.actors[0];
      if (state?.kind !== "state") throw new Error("the first seed actor is Belarus");
      state.country = country as "BY";
      expect(issuesOf(record)).toEqual([
        expect.objectContaining({ path: ["actors", 0, "country"], code: "invalid_value" }),
      ]);
    }
  });

  it("rejects an unknown kind of actor and names the allowed kinds", () => {
    const text = JSON.stringify(cloneSeed()).replace('"kind":"state"', '"kind":"nation"');
    const [issue] = issuesOf(JSON.parse(text));
    expect(issue).toMatchObject({ path: ["actors", 0, "kind"], code: "invalid_value" });
    expect(issue?.message).toContain('"person", "state", "organization", "group"');
  });

  it("reports a missing discriminator as a missing field", () => {
    const text = JSON.stringify(cloneSeed()).replace('"kind":"state",', "");
    expect(issuesOf(JSON.parse(text))[0]).toMatchObject({ path: ["actors", 0, "kind"], code: "missing_field" });
  });

  it("gives every issue a known code, a known stage and a sentence", () => {
    const inputs: unknown[] = [null, {}, { ...cloneSeed(), extra: 1 }, JSON.parse('{"schemaVersion":1}')];
    for (const input of inputs) {
      for (const issue of issuesOf(input)) {
        expect(ISSUE_CODES).toContain(issue.code);
        expect(VALIDATION_STAGES).toContain(issue.stage);
        expect(issue.message.length).toBeGreaterThan(10);
      }
    }
  });
});

describe("validateRecord never throws", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateRecord(value);
        return result.success === false && result.issues.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it("on the seed record with one field replaced by an arbitrary JSON value", () => {
    const seed = cloneSeed();
    const paths = leafPaths(seed);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const result = validateRecord(setAt(seed, path, value));
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });

  it("on a value whose getter throws", () => {
    const input = {
      get schemaVersion(): string {
        throw new Error("boom");
      },
    };
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: [], code: "invalid_input" })]);
  });
});

describe("parseRecord", () => {
  it("returns the typed record when it is valid", () => {
    expect(parseRecord(cloneSeed()).article.id).toBe("belarus-lithuania-border-2021-08-05");
  });

  it("throws NewsRecordError with the same issues", () => {
    let caught: unknown;
    try {
      parseRecord({});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewsRecordError);
    if (!(caught instanceof NewsRecordError)) return;
    expect(caught.name).toBe("NewsRecordError");
    expect(caught.issues).toEqual(issuesOf({}));
    expect(caught.message).toContain("schemaVersion");
  });
});

describe("limits", () => {
  it("rejects a lone surrogate in a name, the body and an exact text", () => {
    const record = cloneSeed();
    const actor = record.actors[0];
    if (actor === undefined) throw new Error("seed");
    actor.name = "Bela\uD800rus";
    record.article.body = `${record.article.body.slice(0, 10)}\uDC00${record.article.body.slice(11)}`;
    const issues = issuesOf(record);
    expect(issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
      "invalid_format @ article.body",
      "invalid_format @ actors.0.name",
    ]);
    expect(issues[0]?.message).toContain("lone UTF-16 surrogate");
  });

  it("accepts characters outside the BMP written as surrogate pairs", () => {
    const record = cloneSeed();
    const actor = record.actors[0];
    if (actor === undefined) throw new Error("seed");
    actor.aliases = ["🇧🇾 Belarus"];
    expect(validateRecord(record, { grounding: false }).success).toBe(true);
  });

  it("rejects a 10 MB string field with too_big, without reading it all", () => {
    const record = cloneSeed();
    record.article.body = "x".repeat(10 * 1024 * 1024);
    const event = record.events[0];
    if (event === undefined) throw new Error("seed");
    event.summary = "🙂".repeat(5 * 1024 * 1024);
    expect(issuesOf(record).map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
      "too_big @ article.body",
      "too_big @ events.0.summary",
    ]);
  });

  it("rejects an array of 1,000,000 quotes with one too_big issue", () => {
    const record = cloneSeed();
    const quote = record.quotes[0];
    if (quote === undefined) throw new Error("seed");
    record.quotes = Array.from({ length: 1_000_000 }, () => quote);
    expect(issuesOf(record)).toEqual([expect.objectContaining({ code: "too_big", path: ["quotes"] })]);
  });

  it("rejects nesting 10,000 levels deep under an unknown key without a stack overflow", () => {
    const deep = `${'{"next":'.repeat(10_000)}"bottom"${"}".repeat(10_000)}`;
    const text = JSON.stringify(cloneSeed()).replace(/}$/, `,"extra":${deep}}`);
    expect(issuesOf(JSON.parse(text))).toEqual([expect.objectContaining({ code: "unknown_field", path: ["extra"] })]);
    let nested: unknown = [];
    for (let i = 0; i < 10_000; i++) nested = [nested];
    const record = { ...cloneSeed(), actors: nested };
    expect(issuesOf(record)[0]).toMatchObject({ path: ["actors", 0], code: "invalid_type" });
  });
});

describe("validateShape", () => {
  it("agrees with the uncompiled schema on the seed with one field replaced", () => {
    const seed = cloneSeed();
    const paths = leafPaths(seed);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = setAt(seed, path, value);
        const runtime = NewsRecordSchema.safeParse(copy);
        const fast = validateShape(copy);
        expect(fast.success).toBe(runtime.success);
        if (runtime.success && fast.success) expect(fast.data).toEqual(runtime.data);
      }),
      { numRuns: 1000 },
    );
  });
});
