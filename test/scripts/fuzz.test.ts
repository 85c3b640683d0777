import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

describe("npm run fuzz", () => {
  it("runs a short fuzzing pass over the built package with no failure", () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, "scripts", "fuzz.mjs"), "--cases", "600", "--seed", "7", "--random-megabytes", "2"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(out).toContain("seed 7");
    expect(out).toMatch(/ok {3}arbitrary JSON values: 200 cases/);
    expect(out).toMatch(/ok {3}command line on 2 MB of random bytes: exit 1, [\d,]+ records: 0 valid, [\d,]+ invalid/);
    expect(out.trim().endsWith("no failures")).toBe(true);
  }, 120_000);
});
