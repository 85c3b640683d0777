import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import type { AnchorIssue } from "../../src/anchor/issues.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every record the repository holds: the dataset and the invented fixtures, found by listing their folders. */
function recordFiles(): { name: string; record: unknown }[] {
  const out: { name: string; record: unknown }[] = [];
  for (const folder of ["data", join("test", "fixtures", "records"), join("test", "fixtures", "grounding")]) {
    for (const file of readdirSync(join(ROOT, folder)).sort()) {
      if (!file.endsWith(".json")) continue;
      out.push({ name: `${folder}/${file}`, record: JSON.parse(readFileSync(join(ROOT, folder, file), "utf8")) });
    }
  }
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Span = { start: number; end: number; exact: string };

function isSpan(node: Json): node is Span {
  return (
    node !== null &&
    typeof node === "object" &&
    !Array.isArray(node) &&
    typeof node.start === "number" &&
    typeof node.end === "number"
  );
}

/** Copies a record with each span replaced by what `quote` makes of it, collecting every span with its path. */
function stripOffsets(
  node: Json,
  quote: (span: Span) => Json,
  spans: { path: string; span: Span }[] = [],
  path = "",
): Json {
  if (Array.isArray(node)) return node.map((item, i) => stripOffsets(item, quote, spans, `${path}/${i}`));
  if (node === null || typeof node !== "object") return node;
  if (isSpan(node)) {
    spans.push({ path, span: node });
    return quote(node);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, stripOffsets(v, quote, spans, `${path}/${k}`)]));
}

/** Every start of `needle` in `body`, overlapping ones included: the oracle the tests compare with. */
function startsOf(body: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The shortest prefix and suffix (of 4, 8, 16 … code units) that only the span's own place has. */
function context(body: string, span: Span): { prefix: string; suffix: string } {
  for (let k = 4; ; k *= 2) {
    const prefix = body.slice(Math.max(0, span.start - k), span.start);
    const suffix = body.slice(span.end, span.end + k);
    const fits = startsOf(body, span.exact).filter(
      (at) =>
        at >= prefix.length &&
        body.startsWith(prefix, at - prefix.length) &&
        body.startsWith(suffix, at + span.exact.length),
    );
    if (fits.length === 1 || k > body.length) return { prefix, suffix };
  }
}

function pathOf(issue: AnchorIssue): string {
  return issue.path.map((segment) => `/${segment}`).join("");
}

const files = recordFiles();

describe("a record with its offsets stripped anchors back to itself", () => {
  it("finds the records to test", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)("$name, with context where the words occur more than once", ({ record }) => {
    const body = (record as { article: { body: string } }).article.body;
    const spans: { path: string; span: Span }[] = [];
    const draft = stripOffsets(
      record as Json,
      (span) =>
        startsOf(body, span.exact).length === 1 ? { exact: span.exact } : { exact: span.exact, ...context(body, span) },
      spans,
    );
    expect(spans.length).toBeGreaterThan(0);
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, with the occurrence where the words occur more than once", ({ record }) => {
    const body = (record as { article: { body: string } }).article.body;
    const draft = stripOffsets(record as Json, (span) => {
      const starts = startsOf(body, span.exact);
      return starts.length === 1
        ? { exact: span.exact }
        : { exact: span.exact, occurrence: starts.indexOf(span.start) + 1 };
    });
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, as a structured-output API returns it: every absent field null", ({ record }) => {
    const body = (record as { article: { body: string } }).article.body;
    const draft = stripOffsets(record as Json, (span) => {
      const starts = startsOf(body, span.exact);
      return {
        exact: span.exact,
        prefix: null,
        suffix: null,
        occurrence: starts.length === 1 ? null : starts.indexOf(span.start) + 1,
      };
    });
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, without context: every ambiguity is reported and nothing is placed", ({ record }) => {
    const body = (record as { article: { body: string } }).article.body;
    const spans: { path: string; span: Span }[] = [];
    const draft = stripOffsets(record as Json, (span) => ({ exact: span.exact }), spans);
    const ambiguous = spans.filter(({ span }) => startsOf(body, span.exact).length > 1);
    const result = anchorRecord(draft);
    if (ambiguous.length === 0) {
      expect(result.success).toBe(true);
      return;
    }
    expect(result.success).toBe(false);
    if (result.success) return;
    // Only ambiguities: the record is not built, so nothing is placed.
    expect(result.issues.map((issue) => issue.code).filter((code) => code !== "quote_ambiguous")).toEqual([]);
    const reported = new Map(result.issues.map((issue) => [pathOf(issue as AnchorIssue), issue as AnchorIssue]));
    expect([...reported.keys()].sort()).toEqual(ambiguous.map(({ path }) => path).sort());
    for (const { path, span } of ambiguous) {
      const issue = reported.get(path);
      const starts = startsOf(body, span.exact);
      expect(issue?.candidateCount).toBe(starts.length);
      expect(issue?.candidates.map((c) => c.start)).toEqual(starts.slice(0, 10));
      expect(issue?.candidates.every((c) => body.slice(c.start, c.end) === span.exact)).toBe(true);
    }
  });
});
