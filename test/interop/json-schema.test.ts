import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RECORD_JSON_SCHEMA_ID, recordJsonSchema } from "../../src/interop/json-schema.js";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { validateShape } from "../../src/validation/shape.js";
import { validateRecord } from "../../src/validation/validate.js";
import { validRecordArb } from "../support/arbitraries.js";
import { mutate, mutationArb, pathsOf } from "../support/mutations.js";

const root = new URL("../../", import.meta.url);
const seed: unknown = JSON.parse(readFileSync(new URL("data/belarus-lithuania-border.json", root), "utf8"));

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats.default(ajv);
  return ajv.compile(recordJsonSchema());
}

describe("recordJsonSchema", () => {
  it("is the committed schema/news-record.json, byte for byte (run npm run generate:json-schema)", () => {
    const committed = readFileSync(new URL("schema/news-record.json", root), "utf8");
    expect(committed).toBe(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  });

  it("carries descriptions generated from the current TSDoc of the zod schemas (run npm run generate:json-schema)", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-schema-docs.mjs", "--check"], {
      cwd: fileURLToPath(root),
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    const defs = recordJsonSchema().$defs as Record<
      string,
      { description?: string; properties?: Record<string, { description?: string }> }
    >;
    expect(defs.TextSpan?.description).toMatch(
      /^A stretch of the article's text \(the body, unless `part` says otherwise\)/,
    );
    expect(defs.TextSpan?.properties?.start?.description).toMatch(/UTF-16 code units/);
    expect(defs.Person?.properties?.sameAs?.description).toMatch(/^Knowledge-base URIs/);
    expect(defs.VerbatimSpan?.properties?.exact?.description).toMatch(/^The quoted words exactly/);
  });

  it("is draft 2020-12 with an $id and a title, and names every record type in $defs", () => {
    const schema = recordJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(RECORD_JSON_SCHEMA_ID);
    expect(schema.title).toBe("NewsRecord");
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(["Article", "Actor", "NewsEvent", "Quote", "Statistic", "TextSpan", "CountryCode"]),
    );
  });

  it("says which rules it cannot carry and where to check them", () => {
    expect(recordJsonSchema().description).toMatch(/references.*spans.*grounding.*validateRecord/s);
  });

  it("is built once and frozen, so no caller can change it for the others", () => {
    const schema = recordJsonSchema();
    expect(recordJsonSchema()).toBe(schema);
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(schema.properties)).toBe(true);
  });

  it("compiles in ajv's strict mode and accepts the dataset", () => {
    const validate = compile();
    expect(validate(seed), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("ajv and the zod shape check agree", () => {
  const validate = compile();
  const agree = (value: unknown, description: string): void => {
    const zod = NewsRecordSchema.safeParse(value).success;
    const shape = validateShape(value).success;
    const ajv = validate(value);
    if (zod !== ajv || shape !== ajv) {
      const say = (ok: boolean): string => (ok ? "valid" : "invalid");
      throw new Error(
        `zod says ${say(zod)}, validateShape ${say(shape)}, ajv ${say(ajv)} for the record ${description}: ` +
          `${JSON.stringify(value)}\najv: ${JSON.stringify(validate.errors)}`,
      );
    }
  };

  it("on generated valid records, which pass validateRecord in full", () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        const result = validateRecord(record);
        if (!result.success) throw new Error(`not valid: ${JSON.stringify(result.issues)}\n${JSON.stringify(record)}`);
        agree(record, "(valid)");
      }),
      { numRuns: 300 },
    );
  });

  it("on records mutated in every field type", () => {
    let rejected = 0;
    let runs = 0;
    fc.assert(
      fc.property(validRecordArb, mutationArb, (record, { kind, at, n }) => {
        const { value, description } = mutate(JSON.parse(JSON.stringify(record)), kind, at, n);
        agree(value, `${record.article.id} with ${description}`);
        runs++;
        if (!validate(value)) rejected++;
      }),
      { numRuns: 3000 },
    );
    // The corpus must exercise both answers, or the comparison proves little.
    expect(rejected).toBeGreaterThan(runs / 4);
    expect(rejected).toBeLessThan(runs);
    // Thousands of records checked twice: a generous limit, so that only a
    // hang fails it, not a machine whose cores are busy.
  }, 600_000);

  it("on the seed record mutated at every path", () => {
    const paths = pathsOf(seed as never).length;
    expect(paths).toBeGreaterThan(500);
    for (let at = 0; at < paths; at++) {
      for (const kind of ["wrong-type", "delete-key", "odd-string", "odd-number"] as const) {
        const { value, description } = mutate(seed as never, kind, at, at);
        agree(value, `seed with ${description}`);
      }
    }
  }, 600_000);
});
