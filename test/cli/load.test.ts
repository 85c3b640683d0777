// A thread loads the build-time tables once, however many batches it checks:
// presetting them again would throw away the search tables built from them.
import { describe, expect, it } from "vitest";
import { loadTables } from "../../src/cli/load.js";
import { en } from "../../src/text/languages/en.js";
import { findMarkers } from "../../src/text/markers.js";

describe("loadTables", () => {
  it("presets the tables once per thread, and loads nothing without grounding", async () => {
    const first = loadTables(true);
    expect(loadTables(true)).toBe(first);
    await first;
    const markers = findMarkers("It costs US$4.50, up 12%.", "en", en);
    expect(markers.length).toBeGreaterThan(0);
    await loadTables(true);
    // Found with the same tables: a second load would have cleared them, and a fresh build gives equal but new sets.
    expect(findMarkers("It costs US$4.50, up 12%.", "en", en)[0]?.codes).toBe(markers[0]?.codes);
    expect(loadTables(false)).not.toBe(first);
    await expect(loadTables(false)).resolves.toBeUndefined();
  });
});
