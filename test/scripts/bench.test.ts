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
      "1 in memory, dense (as the seed)",
      "1 in memory, generated",
      "2 CLI, dense",
      "2 CLI, generated",
      "3 per core",
      "4 memory",
      "5 cold start",
      "6 type-checking",
      "7 growth",
      "8 bundle",
    ]) {
      expect(run.stdout, section).toContain(`| ${section} |`);
    }
    expect(run.stdout).toContain(
      "| 1 in memory, dense (as the seed) | records where ajv and validateShape disagree | 0 |",
    );
    expect(run.stdout).toContain("| 1 in memory, generated | records where ajv and validateShape disagree | 0 |");
    expect(run.stdout).toContain("| 2 CLI, dense | validate --jobs 2: records/s |");
    expect(run.stdout).toContain("| 7 growth | time slope, log-log from x1 to x100 (1 = linear) |");
    expect(run.stdout).toContain(
      "| 5 cold start | validate where the build's tables do not fit (other ICU data), its tables cached, vs node -e 0 |",
    );
    expect(run.stdout).not.toContain("INVALID");
    expect(run.stdout).toContain("| 8 bundle | dataset strings found in the bundle | 0 |");
  }, 240_000);
});
