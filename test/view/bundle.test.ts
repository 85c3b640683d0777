// The view is an entry point of its own: the root entry's files carry none
// of it, so an app that only validates pays nothing for it. Reads the built
// files (`npm test` builds first).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "..", "..", "dist");

/** Strings only the view's code holds: its functions, its style, its script. */
const VIEW_MARKERS = ["renderRecordView", "renderReportView", "k-quote-content", "Facts on these words"];

describe("the view's entry point", () => {
  it("is built as its own files, which hold the view", () => {
    for (const file of ["view/index.js", "view/index.cjs"]) {
      const code = readFileSync(join(DIST, file), "utf8");
      for (const marker of VIEW_MARKERS) expect(code, `${file}: ${marker}`).toContain(marker);
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
