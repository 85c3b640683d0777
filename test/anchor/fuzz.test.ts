import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import { foldText } from "../../src/anchor/fold.js";
import { ANCHOR_ISSUE_CODES, ANCHOR_LIMITS, type AnchorIssue } from "../../src/anchor/issues.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { validRecordArb } from "../support/arbitraries.js";

/** Pieces of text that make bodies with repeats, typographic variants and characters outside the BMP. */
const PIECES = [
  "Minsk",
  "minsk",
  "border",
  "Border",
  " ",
  "  ",
  "\n",
  "\u00a0",
  "'",
  "\u2019",
  '"',
  "\u201c",
  "\u201d",
  "-",
  "\u2013",
  "\u2014",
  "\u00ad",
  "\u{1F600}",
  "été",
  "ÉTÉ",
  "3,500",
  "x",
] as const;

const textArb = (max: number) =>
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: max }).map((pieces) => pieces.join(""));

/** Rewrites words as a careless copy might: straight quotes, other dashes, other spaces, other case. */
const MUTATIONS: readonly ((text: string) => string)[] = [
  (t) => t,
  (t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'),
  (t) => t.replace(/[\u2013\u2014]/g, "-"),
  (t) => t.replace(/\s+/g, " "),
  (t) => ` ${t}  `,
  (t) => t.toUpperCase(),
  (t) => t.replace(/\u00ad/g, ""),
];

interface Case {
  readonly body: string;
  readonly quotes: readonly {
    exact: string;
    prefix?: string | null;
    suffix?: string | null;
    occurrence?: number | null;
  }[];
  readonly budget: number | undefined;
}

/** Moves an offset off the middle of a surrogate pair. */
function whole(body: string, offset: number): number {
  const code = body.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

const CONTEXTS = ["none", "none", "none", "prefix", "suffix", "both", "random"] as const;

const caseArb: fc.Arbitrary<Case> = textArb(40).chain((body) => {
  const quote = fc
    .record({
      a: fc.nat(body.length),
      b: fc.nat(body.length),
      mutation: fc.nat(MUTATIONS.length - 1),
      invented: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: textArb(6), weight: 1 }),
      context: fc.constantFrom(...CONTEXTS),
      width: fc.integer({ min: 1, max: 12 }),
      random: textArb(3),
      occurrence: fc.oneof(
        { arbitrary: fc.constant(null), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
      ),
    })
    .map(({ a, b, mutation, invented, context, width, random, occurrence }) => {
      const start = whole(body, Math.min(a, b));
      const end = whole(body, Math.max(a, b));
      const mutate = MUTATIONS[mutation] ?? ((t: string) => t);
      const exact = invented ?? mutate(body.slice(start, end));
      const prefix = body.slice(whole(body, Math.max(0, start - width)), start);
      const suffix = body.slice(end, whole(body, Math.min(body.length, end + width)));
      return {
        exact: exact === "" ? "x" : exact,
        prefix: context === "prefix" || context === "both" ? prefix : context === "random" ? random : null,
        suffix: context === "suffix" || context === "both" ? suffix : null,
        occurrence,
      };
    });
  return fc.record({
    body: fc.constant(body),
    quotes: fc.array(quote, { minLength: 1, maxLength: 3 }),
    budget: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.nat(2_000), weight: 1 }),
  });
});

function draftOf({ body, quotes }: Case): unknown {
  return {
    schemaVersion: "1.0",
    article: { id: "fuzz", publishedAt: "2021", language: "en", body },
    actors: [],
    events: [{ id: "e1", eventType: "other", status: "occurred", summary: "Something happened", spans: quotes }],
    quotes: [],
    statistics: [],
  };
}

const anchorCodes = new Set<string>(ANCHOR_ISSUE_CODES);

// Thousands of runs: generous time on a busy machine; no assertion depends on speed.
describe("anchoring random drafts", { timeout: 300_000 }, () => {
  it("never throws on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = anchorRecord(value);
        expect(result.success).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it("places spans only on the quoted words, or reports the folding; stays within its budget", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb, (draftCase) => {
        const { body, quotes, budget } = draftCase;
        const result = anchorRecord(draftOf(draftCase), budget === undefined ? {} : { budget });
        seen.add(result.success ? "success" : "failure");
        for (const item of [...result.warnings, ...(result.success ? [] : result.issues)]) seen.add(item.code);
        const longest = Math.max(
          ...quotes.map((q) => q.exact.length + (q.prefix?.length ?? 0) + (q.suffix?.length ?? 0)),
        );
        expect(result.work).toBeLessThanOrEqual((budget ?? ANCHOR_LIMITS.budget) + body.length + longest + 1);
        const loose = new Map(result.warnings.map((w) => [w.path.join("/"), w]));
        for (const warning of result.warnings) {
          expect(warning.code).toBe("quote_loose");
          expect(warning.foldings.length).toBeGreaterThan(0);
          const [placed] = warning.candidates;
          const quote = quotes[Number(warning.path[3])];
          if (placed === undefined || quote === undefined) throw new Error("a loose warning names its place and quote");
          expect(foldText(body.slice(placed.start, placed.end))).toBe(foldText(quote.exact));
        }
        if (result.success) {
          const spans = result.data.events[0]?.spans ?? [];
          expect(spans).toHaveLength(quotes.length);
          spans.forEach((span, i) => {
            const words = body.slice(span.start, span.end);
            expect(span.exact).toBe(words);
            if (words !== quotes[i]?.exact) expect(loose.has(`events/0/spans/${i}`)).toBe(true);
          });
          return;
        }
        for (const issue of result.issues) {
          if (!anchorCodes.has(issue.code)) continue;
          const { candidates, path } = issue as AnchorIssue;
          const quote = quotes[Number(path[3])];
          if (quote === undefined) throw new Error("an anchoring issue names a quote of the draft");
          for (const candidate of candidates) {
            expect(foldText(body.slice(candidate.start, candidate.end))).toBe(foldText(quote.exact));
          }
        }
        if (budget === undefined) {
          expect(result.issues.map((issue) => issue.code)).not.toContain("anchor_budget_exceeded");
        }
      }),
      { numRuns: 3_000 },
    );
    // The generator reaches every outcome, so the checks above are not vacuous.
    expect([...seen].sort()).toEqual(expect.arrayContaining(["success", "failure", ...ANCHOR_ISSUE_CODES]));
  });

  it("anchors random valid records back to themselves (with `exact` filled in) from their quotes and occurrences", () => {
    const startsOf = (body: string, words: string): number[] => {
      const out: number[] = [];
      for (let at = body.indexOf(words); at !== -1; at = body.indexOf(words, at + 1)) out.push(at);
      return out;
    };
    const strip = (node: unknown, body: string): unknown => {
      if (Array.isArray(node)) return node.map((item) => strip(item, body));
      if (node === null || typeof node !== "object") return node;
      const { start, end } = node as { start?: unknown; end?: unknown };
      if (typeof start === "number" && typeof end === "number") {
        const exact = body.slice(start, end);
        const starts = startsOf(body, exact);
        return starts.length === 1 ? { exact } : { exact, occurrence: starts.indexOf(start) + 1 };
      }
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v, body)]));
    };
    // An anchored span always carries the body's words, also where the original left `exact` out.
    const withExact = (node: unknown, body: string): unknown => {
      if (Array.isArray(node)) return node.map((item) => withExact(item, body));
      if (node === null || typeof node !== "object") return node;
      const { start, end } = node as { start?: unknown; end?: unknown };
      if (typeof start === "number" && typeof end === "number") return { start, end, exact: body.slice(start, end) };
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withExact(v, body)]));
    };
    fc.assert(
      fc.property(validRecordArb, (record: NewsRecord) => {
        const body = record.article.body;
        const result = anchorRecord(strip(record, body));
        expect(result.success ? [] : result.issues).toEqual([]);
        expect(result.warnings).toEqual([]);
        if (result.success) expect(result.data).toEqual(withExact(record, body));
      }),
      { numRuns: 300 },
    );
  });
});
