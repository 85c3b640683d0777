// regroundRecord verifies every span it places, reports what it cannot
// place, and stays near-linear on records built to make it slow.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { type NewsRecord, regroundRecord, validateRecord } from "../../src/index.js";
import { collectSpans } from "../../src/internal/walk.js";
import { copyRecord, regroundOk } from "../support/records.js";

function textsByPath(record: NewsRecord): Map<string, string> {
  return new Map(
    collectSpans(record).map(({ path, span }) => [path.join("."), record.article.body.slice(span.start, span.end)]),
  );
}

describe("regroundRecord never guesses", () => {
  it("does not leave a mention on the start of a longer word, nor grow a span over new words", () => {
    const prefix = "Belarusian state media say ";
    const result = regroundOk(seed, prefix + seed.article.body);
    expect(result.unplaced).toEqual([]);
    expect(result.record.actors[0]?.mentions?.[0]).toEqual({ start: 27, end: 34, exact: "Belarus" });
    const closure = result.record.events.find((event) => event.id === "ev-border-closure");
    const oldClosure = seed.events.find((event) => event.id === "ev-border-closure");
    expect(closure?.spans?.[0]?.exact).toBe(oldClosure?.spans?.[0]?.exact);
    expect(closure?.spans?.[0]?.start).toBe(prefix.length);
    // every span keeps its words
    expect(textsByPath(result.record)).toEqual(textsByPath(copyRecord(seed)));
    expect(validateRecord(result.record).success).toBe(true);
  });

  it("places each span on the same words, or reports it, after random edits outside the spans", () => {
    const body = seed.article.body;
    const spans = collectSpans(copyRecord(seed)).map(({ span }) => span);
    // Offsets where text may be inserted without cutting into a span.
    const free = Array.from({ length: body.length + 1 }, (_, i) => i).filter((i) =>
      spans.every((span) => i <= span.start || i >= span.end),
    );
    const oldTexts = textsByPath(copyRecord(seed));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...free),
            fc.oneof(
              fc.constantFrom("Belarus", "ian", "the ", " ", "Lithuania", "“", "x", "EU ", "\n\n"),
              fc.string({ maxLength: 12 }),
            ),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          let newBody = body;
          for (const [at, text] of [...edits].sort((a, b) => b[0] - a[0])) {
            newBody = newBody.slice(0, at) + text + newBody.slice(at);
          }
          const result = regroundRecord(seed, newBody);
          expect(result.success).toBe(true);
          if (!result.success) return;
          const unplaced = new Set(result.unplaced.map((u) => u.path.join(".")));
          for (const { path, span } of collectSpans(result.record)) {
            const key = path.join(".");
            if (unplaced.has(key)) continue;
            expect(newBody.slice(span.start, span.end), key).toBe(oldTexts.get(key));
            if (span.exact !== undefined) expect(span.exact).toBe(newBody.slice(span.start, span.end));
          }
        },
      ),
      { numRuns: 150, seed: 13 },
    );
  });
});

describe("regroundRecord stays near-linear", () => {
  // Run in a child process with a small heap: before, 1,000 mentions of a
  // repeated word took 1.9 GB, and 2,000 ran out of memory.
  it("regrounds 2,000 mentions of a word repeated 10,000 times within a 256 MB heap", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const script = `
      import { regroundRecord } from ${JSON.stringify(pathToFileURL(join(root, "dist/index.js")).href)};
      const body = "Belarus ".repeat(10000);
      const mentions = Array.from({ length: 2000 }, (_, i) => ({ start: 40 * i, end: 40 * i + 7, exact: "Belarus" }));
      const record = {
        schemaVersion: "1.0",
        article: { id: "a", publishedAt: "2021-08-05", language: "en", body },
        actors: [{ id: "belarus", kind: "state", name: "Belarus", country: "BY", mentions }],
        events: [], quotes: [], statistics: [],
      };
      const result = regroundRecord(record, "X " + body + " Y");
      const spans = result.success ? result.record.actors[0].mentions : [];
      const shifted = spans.every((span, i) => span.start === 40 * i + 2 && span.exact === "Belarus");
      console.log(JSON.stringify({ success: result.success, unplaced: result.success ? result.unplaced.length : -1, shifted }));
    `;
    const result = spawnSync(process.execPath, ["--max-old-space-size=256", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ success: true, unplaced: 0, shifted: true });
  }, 120_000);
});
