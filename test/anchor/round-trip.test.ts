import { describe, expect, it } from "vitest";
import { anchorRecord } from "../../src/anchor/anchor.js";
import type { AnchorIssue } from "../../src/anchor/issues.js";
import { repositoryRecordFiles } from "../support/records.js";

/** Every record the repository holds: the dataset and the invented fixtures, found by listing their folders. */
function recordFiles(): { name: string; record: unknown }[] {
  return repositoryRecordFiles().map(({ path, value }) => ({ name: path, record: value }));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Span = { start: number; end: number; exact?: string; part?: string; correction?: string; form?: string };
type Article = { body: string; corrections?: { id: string; text: string }[] } & Record<string, unknown>;

function isSpan(node: Json): node is Span {
  return (
    node !== null &&
    typeof node === "object" &&
    !Array.isArray(node) &&
    typeof node.start === "number" &&
    typeof node.end === "number"
  );
}

/** The text a span's offsets count into: the body, or the part of the article it names. */
function textOf(article: Article, span: Span): string {
  if (span.part === undefined || span.part === "body") return article.body;
  if (span.part === "correction") {
    const note = article.corrections?.find((c) => c.id === span.correction);
    if (note === undefined) throw new Error(`no correction ${span.correction}`);
    return note.text;
  }
  const text = article[span.part];
  if (typeof text !== "string") throw new Error(`no ${span.part}`);
  return text;
}

/** A span stripped of its offsets: its words (as its text has them) and its other fields (part, correction, form). */
interface Stripped {
  readonly path: string;
  readonly span: Span;
  /** The text the span points into. */
  readonly text: string;
  /** The span's words. */
  readonly exact: string;
}

/**
 * Copies a record with each span replaced by what `quote` makes of its words,
 * keeping the span's other fields (`part`, `correction`, `form`), and collects
 * every span with its path.
 */
function stripOffsets(record: Json, quote: (span: Stripped) => { [key: string]: Json }, spans: Stripped[] = []): Json {
  const article = (record as { article: Article }).article;
  const strip = (node: Json, path: string): Json => {
    if (Array.isArray(node)) return node.map((item, i) => strip(item, `${path}/${i}`));
    if (node === null || typeof node !== "object") return node;
    if (isSpan(node)) {
      const text = textOf(article, node);
      const stripped = { path, span: node, text, exact: text.slice(node.start, node.end) };
      spans.push(stripped);
      const { start: _start, end: _end, exact: _exact, ...rest } = node;
      return { ...rest, ...quote(stripped) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v, `${path}/${k}`)]));
  };
  return strip(record, "");
}

/** Every start of `needle` in `body`, overlapping ones included: the oracle the tests compare with. */
function startsOf(body: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The shortest prefix and suffix (of 4, 8, 16 … code units) that only the span's own place has in its text. */
function context({ text: body, span, exact }: Stripped): { prefix: string; suffix: string } {
  for (let k = 4; ; k *= 2) {
    const prefix = body.slice(Math.max(0, span.start - k), span.start);
    const suffix = body.slice(span.end, span.end + k);
    const fits = startsOf(body, exact).filter(
      (at) =>
        at >= prefix.length &&
        body.startsWith(prefix, at - prefix.length) &&
        body.startsWith(suffix, at + exact.length),
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
    const spans: Stripped[] = [];
    const draft = stripOffsets(
      record as Json,
      (stripped) =>
        startsOf(stripped.text, stripped.exact).length === 1
          ? { exact: stripped.exact }
          : { exact: stripped.exact, ...context(stripped) },
      spans,
    );
    expect(spans.length).toBeGreaterThan(0);
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, with the occurrence where the words occur more than once", ({ record }) => {
    const draft = stripOffsets(record as Json, ({ text, span, exact }) => {
      const starts = startsOf(text, exact);
      return starts.length === 1 ? { exact } : { exact, occurrence: starts.indexOf(span.start) + 1 };
    });
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, as a structured-output API returns it: every absent field null", ({ record }) => {
    const draft = stripOffsets(record as Json, ({ text, span, exact }) => {
      const starts = startsOf(text, exact);
      return {
        exact,
        prefix: null,
        suffix: null,
        occurrence: starts.length === 1 ? null : starts.indexOf(span.start) + 1,
        part: span.part ?? null,
        correction: span.correction ?? null,
      };
    });
    const result = anchorRecord(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(record);
  });

  it.each(files)("$name, without context: every ambiguity is reported and nothing is placed", ({ record }) => {
    const spans: Stripped[] = [];
    const draft = stripOffsets(record as Json, ({ exact }) => ({ exact }), spans);
    const ambiguous = spans.filter(({ text, exact }) => startsOf(text, exact).length > 1);
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
    for (const { path, text, exact } of ambiguous) {
      const issue = reported.get(path);
      const starts = startsOf(text, exact);
      expect(issue?.candidateCount).toBe(starts.length);
      expect(issue?.candidates.map((c) => c.start)).toEqual(starts.slice(0, 10));
      expect(issue?.candidates.every((c) => text.slice(c.start, c.end) === exact)).toBe(true);
    }
  });
});
