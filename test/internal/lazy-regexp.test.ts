// A regular expression made at its first use: none is built before, the
// same one is given after, and it matches as the literal would.
import { afterEach, describe, expect, it, vi } from "vitest";
import { lazyRegExp } from "../../src/internal/text.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("lazyRegExp", () => {
  it("builds the expression at the first call only, and gives the same one after", () => {
    const built: string[] = [];
    const Original = RegExp;
    vi.stubGlobal(
      "RegExp",
      new Proxy(Original, {
        construct(target, args: [string, string]) {
          built.push(args[0]);
          return Reflect.construct(target, args);
        },
      }),
    );
    const letter = lazyRegExp(String.raw`^\p{L}$`, "u");
    expect(built).toEqual([]);
    const first = letter();
    expect(built).toEqual([String.raw`^\p{L}$`]);
    expect(letter()).toBe(first);
    expect(built).toHaveLength(1);
    expect(["é", "ß", "Ж", "1", "’"].map((char) => first.test(char))).toEqual([true, true, true, false, false]);
  });
});
