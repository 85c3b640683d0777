import { describe, expect, it } from "vitest";
import { migrateRecord, SCHEMA_VERSION, validateRecord, validateShape } from "../../src/index.js";
import { storedRecords } from "./records.js";

const OLD = storedRecords("1.0");

/** The codes and paths of a validation result, to compare two results. */
function outcome(input: unknown): string[] {
  const result = validateRecord(input, { grounding: "lenient" });
  return result.success ? [] : result.issues.map((issue) => `${issue.code} @ ${issue.path.join(".")}`);
}

describe("records of format 1.0 in the repository", () => {
  it("are many, from the fixtures, the seed record as format 1.0 wrote it among them", () => {
    const folders = new Set(OLD.map((record) => record.folder));
    expect(OLD.map((record) => record.name)).toContain("test/fixtures/records/seed-1.0-belarus-lithuania-border.json");
    expect(folders).toContain("test/fixtures/records");
    expect(folders).toContain("test/fixtures/grounding");
    expect(OLD.length).toBeGreaterThan(20);
  });

  it.each(
    OLD.filter((record) => /^(data|test\/fixtures\/(records|grounding))$/.test(record.folder)).map((r) => [
      r.name,
      r.value,
    ]),
  )("%s validates unchanged, as 1.0", (_, value) => {
    const result = validateRecord(value, { grounding: "lenient" });
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.success && result.data.schemaVersion).toBe("1.0");
  });
});

describe("migrateRecord", () => {
  it.each(OLD.map((record) => [record.name, record.value]))(
    "%s migrates to 1.1, equal apart from its version and as valid as before",
    (_, value) => {
      const before = JSON.stringify(value);
      const result = migrateRecord(value);
      const shape = validateShape(value);
      if (!shape.success) {
        // A fixture broken on purpose stays broken, with the same issues.
        expect(result).toEqual({ success: false, issues: shape.issues });
        return;
      }
      if (!result.success) throw new Error(`${result.issues[0]?.message}`);
      expect(result.data).toStrictEqual({ ...shape.data, schemaVersion: SCHEMA_VERSION });
      expect(result.data).toEqual({ ...value, schemaVersion: "1.1" });
      expect(result.from).toBe("1.0");
      expect(result.changes).toEqual([
        expect.objectContaining({ path: ["schemaVersion"], before: "1.0", after: "1.1" }),
      ]);
      expect(outcome(result.data)).toEqual(outcome(value));
      expect(JSON.stringify(value)).toBe(before);
    },
  );

  it("makes every valid 1.0 record a valid 1.1 record", () => {
    const valid = OLD.filter((record) => validateRecord(record.value, { grounding: "lenient" }).success);
    expect(valid.length).toBeGreaterThan(20);
    for (const record of valid) {
      const result = migrateRecord(record.value);
      const migrated = result.success ? validateRecord(result.data, { grounding: "lenient" }) : result;
      expect(migrated.success, record.name).toBe(true);
    }
  });

  it("returns a 1.1 record as it is, with no changes", () => {
    const first = OLD[0];
    if (first === undefined) throw new Error("no 1.0 record");
    const current = { ...first.value, schemaVersion: "1.1" };
    const result = migrateRecord(current);
    expect(result).toEqual({ success: true, data: current, from: "1.1", changes: [] });
  });

  it("names an unknown version and what this release reads", () => {
    const result = migrateRecord({ schemaVersion: "2.0", article: {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([expect.objectContaining({ path: ["schemaVersion"], code: "invalid_value" })]);
    expect(result.issues[0]?.message).toContain('"1.0" and "1.1", not "2.0"');
  });

  it("bounds an unknown version in its message", () => {
    const result = migrateRecord({ schemaVersion: "9".repeat(5000) });
    expect(result.success ? "" : result.issues[0]?.message.length).toBeLessThan(300);
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["an array", []],
    ["an object with no version", { article: {} }],
  ])("reports %s as not a record, without throwing", (_, input) => {
    const result = migrateRecord(input);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.length).toBeGreaterThan(0);
  });

  it("reports a record whose fields cannot be read, without throwing", () => {
    const hostile = {
      schemaVersion: "1.0",
      get article(): never {
        throw new Error("no access");
      },
    };
    const result = migrateRecord(hostile);
    expect(result.success).toBe(false);
  });
});
