import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { locate } from "../../src/index.js";

describe("locate", () => {
  it("finds every occurrence, in order, with the body's text", () => {
    const body = seed.article.body;
    const found = locate(body, "Lukashenko");
    const expected = [...body.matchAll(/Lukashenko/g)].map((m) => m.index);
    expect(found.map((s) => s.start)).toEqual(expected);
    expect(found.length).toBeGreaterThan(1);
    for (const span of found) expect(body.slice(span.start, span.end)).toBe("Lukashenko");
  });

  it("finds overlapping occurrences", () => {
    expect(locate("aaa", "aa")).toEqual([
      { start: 0, end: 2, exact: "aa" },
      { start: 1, end: 3, exact: "aa" },
    ]);
  });

  it("finds every mention of the seed record at its span", () => {
    for (const actor of seed.actors) {
      for (const mention of actor.mentions ?? []) {
        const spans = locate(seed.article.body, mention.exact);
        expect(spans.map((s) => s.start)).toContain(mention.start);
      }
    }
  });

  it("counts offsets in UTF-16 code units when characters outside the BMP come first", () => {
    const body = "🚧🇧🇾 Border closed";
    const [span] = locate(body, "Border");
    // three astral characters before: six code units, but three code points
    expect(span).toEqual({ start: 7, end: 13, exact: "Border" });
    expect([...body].indexOf("B")).toBe(4);
    expect(body.slice(span?.start, span?.end)).toBe("Border");
  });

  it("finds an emoji itself, and never half of one", () => {
    expect(locate("a😀b😀", "😀")).toEqual([
      { start: 1, end: 3, exact: "😀" },
      { start: 4, end: 6, exact: "😀" },
    ]);
    expect(locate("a😀b", "\uDE00")).toEqual([]);
    expect(locate("a😀b", "\uD83D", { loose: true })).toEqual([]);
  });

  it("tells curly from straight quotes unless asked to match loosely", () => {
    const body = "It would be a “threat” to Belarus’s border, he said.";
    expect(locate(body, '"threat"')).toEqual([]);
    expect(locate(body, "Belarus's")).toEqual([]);
    expect(locate(body, '"threat"', { loose: true })).toEqual([{ start: 14, end: 22, exact: "“threat”" }]);
    expect(locate(body, "Belarus's", { loose: true })).toEqual([{ start: 26, end: 35, exact: "Belarus’s" }]);
  });

  it("matches straight quotes in the body from curly ones in the text, loosely", () => {
    expect(locate("say 'no'", "‘no’", { loose: true })).toEqual([{ start: 4, end: 8, exact: "'no'" }]);
  });

  it("matches hyphen and dash variants and skips soft hyphens, loosely", () => {
    for (const dash of ["-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212"]) {
      const body = `the 680${dash}kilometre border`;
      expect(locate(body, "680-kilometre", { loose: true })).toEqual([
        { start: 4, end: 17, exact: `680${dash}kilometre` },
      ]);
    }
    const soft = "the 680-kilo\u00ADmetre border";
    expect(locate(soft, "680-kilometre")).toEqual([]);
    expect(locate(soft, "680-kilometre", { loose: true })).toEqual([
      { start: 4, end: 18, exact: "680-kilo\u00ADmetre" },
    ]);
  });

  it("matches any run of white space to any other, loosely", () => {
    const body = "the border  with\n\u00A0Belarus";
    expect(locate(body, "border with Belarus")).toEqual([]);
    expect(locate(body, "border with Belarus", { loose: true })).toEqual([
      { start: 4, end: 25, exact: "border  with\n\u00A0Belarus" },
    ]);
    expect(locate("a  b", "a\tb", { loose: true })).toEqual([{ start: 0, end: 4, exact: "a  b" }]);
  });

  it("still counts case, even loosely", () => {
    expect(locate("Belarus", "belarus", { loose: true })).toEqual([]);
  });

  it("finds nothing for an empty text or one that is not there", () => {
    expect(locate("body", "")).toEqual([]);
    expect(locate("body", "", { loose: true })).toEqual([]);
    expect(locate("body", "\u00AD", { loose: true })).toEqual([]);
    expect(locate("body", "Minsk")).toEqual([]);
    expect(locate("", "x")).toEqual([]);
  });
});

describe("locate on values that are not text", () => {
  // Run in a child process with a small heap: before the guard, these grew
  // an array without end and aborted the process, which no test can catch.
  it("finds nothing, and neither hangs nor aborts the process", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const script = `
      import { locate } from ${JSON.stringify(pathToFileURL(join(root, "dist/index.js")).href)};
      const empty = { toString: () => "" };
      const answers = [
        locate("a body", []),
        locate("a body", [""]),
        locate("a body", empty),
        locate("a body", empty, { loose: true }),
        locate("a body", [], null),
        locate([], "a"),
        locate(null, "a"),
        locate("a body", "body", null),
      ];
      console.log(JSON.stringify(answers));
    `;
    const result = spawnSync(process.execPath, ["--max-old-space-size=64", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([[], [], [], [], [], [], [], [{ start: 2, end: 6, exact: "body" }]]);
  });

  it("finds nothing for an empty text, exactly or loosely", () => {
    expect(locate("a body", "")).toEqual([]);
    expect(locate("a body", "\u00AD", { loose: true })).toEqual([]);
  });
});
