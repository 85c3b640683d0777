import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

/** Runs a script with node in the package root, where `news-schema` resolves to the built package. */
function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
}

const check = `
  const { validateRecord } = root;
  const { records, belarusLithuaniaBorder } = dataset;
  const result = validateRecord(belarusLithuaniaBorder);
  console.log(JSON.stringify({ success: result.success, records: records.length, id: belarusLithuaniaBorder.article.id }));
`;

describe("the built package", () => {
  it("has been built (npm test builds first)", () => {
    for (const file of [
      "index.js",
      "index.cjs",
      "index.d.ts",
      "index.d.cts",
      "dataset/index.js",
      "dataset/index.cjs",
    ]) {
      expect(existsSync(join(ROOT, "dist", file)), file).toBe(true);
    }
  });

  it("imports as ESM from news-schema and news-schema/dataset", () => {
    const out = run([
      "--input-type=module",
      "-e",
      `import * as root from "news-schema"; import * as dataset from "news-schema/dataset"; ${check}`,
    ]);
    expect(JSON.parse(out)).toEqual({ success: true, records: 1, id: "belarus-lithuania-border-2021-08-05" });
  });

  it("requires as CommonJS from news-schema and news-schema/dataset", () => {
    const out = run([
      "--input-type=commonjs",
      "-e",
      `const root = require("news-schema"); const dataset = require("news-schema/dataset"); ${check}`,
    ]);
    expect(JSON.parse(out)).toEqual({ success: true, records: 1, id: "belarus-lithuania-border-2021-08-05" });
  });

  it("keeps the dataset out of the root entry's files", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(join(ROOT, "dist", file), "utf8");
      expect(code, file).not.toContain("Belarus plans to close");
      expect(code, file).not.toContain("belarus-lithuania-border");
    }
  });

  it("validates where code generation is forbidden (as under a strict Content Security Policy)", () => {
    // Enough checks that the schema would be compiled with new Function, which this process forbids.
    const out = execFileSync(
      process.execPath,
      [
        "--disallow-code-generation-from-strings",
        "--input-type=module",
        "-e",
        `import { validateRecord } from "news-schema";
         import { belarusLithuaniaBorder } from "news-schema/dataset";
         let valid = 0;
         for (let i = 0; i < 40; i++) if (validateRecord(belarusLithuaniaBorder).success) valid++;
         const broken = validateRecord({ ...belarusLithuaniaBorder, schemaVersion: "9" });
         let generated = "allowed";
         try { new Function("return 1"); } catch { generated = "forbidden"; }
         console.log(JSON.stringify({ valid, broken: broken.success ? [] : broken.issues.map((i) => i.code), generated }));`,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(JSON.parse(out)).toEqual({ valid: 40, broken: ["invalid_value"], generated: "forbidden" });
  });
});
