import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import { splitsPair } from "../../internal/text.js";
import type { NewsRecord } from "../../schema/record.js";
import type { ArticlePart, TextSpan } from "../../schema/span.js";
import type { PathSegment } from "../issues.js";
import { CORRECTION, type FactTable } from "./facts.js";
import {
  CORRECTION_UNNAMED,
  correctionWithoutPart,
  partMissing,
  spanOutOfRange,
  spanReversed,
  spanSplitsCharacter,
} from "./messages.js";
import { checkReference } from "./references.js";
import { type LazyPath, type Report, under } from "./report.js";

/** Whether a value of a shape-checked record is a span: the only objects with numeric `start` and `end` (an interval's are dates). */
function isSpan(value: object): value is ReadonlyDeep<TextSpan> {
  // Read as properties, not tested with `in`: an object without them reads undefined just as fast.
  return (
    typeof (value as { start?: unknown }).start === "number" && typeof (value as { end?: unknown }).end === "number"
  );
}

/**
 * Calls `found` with every span of a shape-checked record, found by its
 * shape rather than by a list of fields, so that a span the schema gains is
 * checked without an edit here: mentions, event spans, link spans, quote
 * content, continuations, fragments and refusals, statistics' rate, change,
 * uncertainty and estimate spans, phrases, places, affiliations, channels.
 * The path is built only when asked for, during the call.
 */
function eachSpan(
  record: ReadonlyDeep<NewsRecord>,
  found: (span: ReadonlyDeep<TextSpan>, path: LazyPath) => void,
): void {
  const stack: PathSegment[] = [];
  const path = (): PathSegment[] => [...stack];
  const walk = (node: object): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item !== "object" || item === null) continue;
        stack.push(i);
        walk(item);
        stack.pop();
      }
    } else if (isSpan(node)) {
      found(node, path);
    } else {
      // A shape-checked record has only its own keys, so `for…in` reads them without building a list.
      for (const key in node) {
        const value: unknown = (node as Record<string, unknown>)[key];
        if (typeof value !== "object" || value === null) continue;
        stack.push(key);
        walk(value);
        stack.pop();
      }
    }
  };
  for (const key of ["actors", "events", "quotes", "statistics", "places"] as const) {
    const list = record[key];
    if (list === undefined) continue;
    stack.push(key);
    walk(list);
    stack.pop();
  }
}

/**
 * The text a span's offsets count into, or `undefined` after reporting why
 * there is none: a part the article lacks (`missing_part`), a correction
 * span that names no note, or a note that is not there.
 */
function partText(
  record: ReadonlyDeep<NewsRecord>,
  facts: FactTable,
  report: Report,
  span: ReadonlyDeep<TextSpan>,
  path: LazyPath,
): { readonly part: ArticlePart; readonly text: string } | undefined {
  const part = span.part ?? "body";
  if (span.correction !== undefined && part !== "correction") {
    report(under(path, "correction"), "missing_part", correctionWithoutPart(span.correction, part));
  }
  switch (part) {
    case "body":
      return { part, text: record.article.body };
    case "correction": {
      if (span.correction === undefined) {
        report(under(path, "part"), "missing_part", CORRECTION_UNNAMED);
        return undefined;
      }
      const id = span.correction;
      const note = record.article.corrections?.find((correction) => correction.id === id);
      if (note === undefined) {
        checkReference(facts, report, under(path, "correction"), id, CORRECTION, undefined);
        return undefined;
      }
      return { part, text: note.text };
    }
    default: {
      const text = record.article[part];
      if (text === undefined) {
        report(under(path, "part"), "missing_part", partMissing(part));
        return undefined;
      }
      return { part, text };
    }
  }
}

/**
 * Checks every span: it points into a part the article has (a correction
 * span names its note), lies inside that part's text, is not empty or
 * reversed, and cuts no character in half.
 */
export function checkSpans(record: ReadonlyDeep<NewsRecord>, facts: FactTable, report: Report): void {
  const body = record.article.body;
  eachSpan(record, (span, path) => {
    // Most spans point into the body: no part to look up, nothing built.
    if (span.part === undefined && span.correction === undefined) {
      checkOffsets(span, body, "body", path, report);
      return;
    }
    const target = partText(record, facts, report, span, path);
    if (target !== undefined) checkOffsets(span, target.text, target.part, path, report);
  });
}

/** Reports a span that does not lie inside `text`, is empty or reversed, or cuts a character in two. */
function checkOffsets(
  span: ReadonlyDeep<TextSpan>,
  text: string,
  part: ArticlePart,
  path: LazyPath,
  report: Report,
): void {
  if (span.end > text.length || span.start > text.length) {
    report(path, "span_out_of_range", spanOutOfRange(span.start, span.end, part, text.length));
  } else if (span.start >= span.end) {
    report(path, "span_reversed", spanReversed(span.start, span.end));
  } else if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
    report(path, "span_splits_character", spanSplitsCharacter(span.start, span.end));
  }
}
