import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerpt } from "../../src/internal/excerpt.js";

describe("excerpt", () => {
  it("quotes a short text whole", () => {
    expect(excerpt("some 3,500")).toBe('"some 3,500"');
  });

  it("bounds a long text and names its length", () => {
    const long = "a".repeat(1_000_000);
    const out = excerpt(long);
    expect(out.length).toBeLessThan(EXCERPT_LENGTH + 40);
    expect(out).toContain("…");
    expect(out).toContain("1,000,000 code units");
  });

  it("never cuts a surrogate pair", () => {
    const text = "😀".repeat(100);
    const out = excerpt(text, 11);
    const quoted = JSON.parse(out.slice(0, out.indexOf(" (")));
    expect(quoted).toMatch(/^(?:😀)+…(?:😀)+$/u);
  });
});
