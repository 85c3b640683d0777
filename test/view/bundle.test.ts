// The view is an entry point of its own: the root entry's files carry none
// of it, so an app that only validates pays nothing for it. Reads the built
// files (`npm test` builds first).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "..", "..", "dist");

/** Strings only the view's code holds: its functions, its style, its script. */
const VIEW_MARKERS = ["renderRecordView", "renderReportView", "k-quote-content", "Facts on these words"];

describe("the view's entry point", () => {
  it("is built as its own files, which hold the view", () => {
    // The ES modules are one file per source module, under view/; the CommonJS build is one file.
    const modules = readdirSync(join(DIST, "view")).filter((file) => file.endsWith(".js"));
    expect(modules).toContain("index.js");
    const esm = modules.map((file) => readFileSync(join(DIST, "view", file), "utf8")).join("\n");
    const cjs = readFileSync(join(DIST, "view", "index.cjs"), "utf8");
    for (const [build, code] of [
      ["view/*.js", esm],
      ["view/index.cjs", cjs],
    ] as const) {
      for (const marker of VIEW_MARKERS) expect(code, `${build}: ${marker}`).toContain(marker);
    }
  });

  it("is not in the root entry's files, nor in the dataset's", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "dataset/index.js", "dataset/index.cjs"]) {
      const code = readFileSync(join(DIST, file), "utf8");
      for (const marker of VIEW_MARKERS) expect(code, `${file}: ${marker}`).not.toContain(marker);
      expect(code, file).not.toMatch(/from\s*["']\.\/view|require\(["']\.\/view/);
    }
    const sizes = ["index.js", "view/index.js"].map((file) => `${file} ${readFileSync(join(DIST, file)).length} bytes`);
    console.info(`built: ${sizes.join(", ")}`);
  });
});
