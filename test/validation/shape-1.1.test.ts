import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/validation/issues.js";
import { validateShape } from "../../src/validation/shape.js";
import { cloneSeed, setAt } from "../support/records.js";

function issuesOf(input: unknown): ValidationIssue[] {
  const result = validateShape(input);
  return result.success ? [] : [...result.issues];
}

describe("shape messages for the unions of record format 1.1", () => {
  it.each([
    [["quotes", 0, "mode"], "refusl", '"mode" to be one of "direct", "indirect", "mixed", "refusal"'],
    [["statistics", 0, "unit"], { kind: "ratio" }, '"proportion"'],
    [["actors", 0, "kind"], "city", '"territory", "object"'],
    [
      ["events", 0, "codes"],
      [{ scheme: "gdelt", code: "14" }],
      '"scheme" to be one of "iptc-mediatopic", "cameo", "plover"',
    ],
    [["statistics", 0, "per"], { kind: "weekly" }, '"kind" to be one of "time", "item"'],
    [["statistics", 0, "uncertainty"], { kind: "range", min: 1, max: 2 }, '"kind" to be one of "interval", "margin"'],
    [["statistics", 0, "place"], { kind: "nearby", of: "x" }, '"ref", "relative"'],
  ] as const)("name the discriminator at %j and list every allowed value", (path, value, words) => {
    const issues = issuesOf(setAt(cloneSeed(), path, value));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("invalid_value");
    expect(issues[0]?.message).toContain(words);
  });

  it("name the field a chosen member lacks, at that member's path", () => {
    const seed = cloneSeed();
    const speaker = seed.quotes[0]?.speaker;
    const refusal = setAt(seed, ["quotes", 0], { id: "q-refusal", mode: "refusal", speaker });
    expect(issuesOf(refusal)).toEqual([
      {
        path: ["quotes", 0, "refusal"],
        code: "missing_field",
        stage: "shape",
        message: 'The required field "refusal" is missing.',
      },
    ]);
    const ref = setAt(seed, ["statistics", 0, "place"], { kind: "ref" });
    expect(issuesOf(ref).map((issue) => issue.path.join("."))).toEqual(["statistics.0.place.place"]);
  });

  it("show the value given for a new enumeration: a mention's form, a span's part", () => {
    const form = setAt(cloneSeed(), ["actors", 0, "mentions", 0, "form"], "nickname");
    expect(issuesOf(form)[0]?.message).toBe(
      'Expected one of "name", "alias", "pronoun", "description", got "nickname".',
    );
    const part = setAt(cloneSeed(), ["statistics", 0, "span", "part"], "title");
    expect(issuesOf(part)[0]?.message).toContain('got "title"');
  });
});
