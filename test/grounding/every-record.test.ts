import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGrounding, type NewsRecord, validateRecord } from "../../src/index.js";
import { repositoryRecordFiles } from "../support/records.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FILES = repositoryRecordFiles().map(({ path }) => path);

describe("every record of the repository", () => {
  it("covers four languages", () => {
    const languages = new Set(
      FILES.map((file) =>
        (JSON.parse(readFileSync(join(ROOT, file), "utf8")) as NewsRecord).article.language.slice(0, 2),
      ),
    );
    expect([...languages].sort()).toEqual(["de", "en", "es", "fr"]);
  });

  it.each(FILES)("%s is valid, with every fact checked and grounded", (file) => {
    const record: unknown = JSON.parse(readFileSync(join(ROOT, file), "utf8"));
    const result = validateRecord(record);
    expect(result.success ? [] : result.issues).toEqual([]);
    const { totals } = checkGrounding(record as NewsRecord);
    expect(totals.spansUnchecked).toBe(0);
    expect(totals.spansGrounded).toBe(totals.spans);
    expect(totals.coverage).toBe(1);
  });
});
