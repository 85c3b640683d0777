import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

describe("npm run bench -- --quick", () => {
  it("measures every section on small sizes and prints its table", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "bench", "run.mjs"), "--quick"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const section of [
      "1 in memory",
      "2 CLI pipeline",
      "3 memory",
      "4 cold start",
      "5 type-checking",
      "6 bundle",
    ]) {
      expect(run.stdout, section).toContain(`| ${section} |`);
    }
    expect(run.stdout).toContain("| 1 in memory | records where ajv and validateShape disagree | 0 |");
    expect(run.stdout).toContain("| 6 bundle | dataset strings found in the bundle | 0 |");
  }, 240_000);
});
