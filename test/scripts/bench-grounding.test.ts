import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { variants } from "../../bench/grounding.mjs";
import { validateRecord } from "../../src/index.js";
import { cloneSeed } from "../support/records.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("npm run bench:grounding -- --quick", () => {
  it("catches at least 95% of wrong variants and rejects no correct record", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "bench", "grounding.mjs"), "--quick"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("False positives (correct records rejected): 0 of");
    expect(run.stdout).toContain("Goal: at least 95% caught and 0 false positives: met");
    expect(run.status).toBe(0);
  }, 240_000);

  it("makes variants that are wrong, of every kind, from the seed record", () => {
    const made = variants(cloneSeed());
    const kinds = new Set(made.map((variant) => variant.kind));
    for (const kind of ["hedge dropped", "value off by one", "span cuts a word", "date after publication"]) {
      expect(kinds).toContain(kind);
    }
    expect(made.filter((variant) => validateRecord(variant.record).success)).toEqual([]);
  }, 120_000);
});
