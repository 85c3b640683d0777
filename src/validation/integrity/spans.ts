import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import { splitsPair } from "../../internal/text.js";
import type { SpanEntry } from "../../internal/walk.js";
import type { NewsRecord } from "../../schema/record.js";
import type { ArticlePart, TextSpan } from "../../schema/span.js";
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
 * Checks every span (`spans`: those `collectSpans` lists): it points
 * into a part the article has (a correction span names its note), lies
 * inside that part's text, is not empty or reversed, and cuts no character
 * in half.
 */
export function checkSpans(
  record: ReadonlyDeep<NewsRecord>,
  facts: FactTable,
  report: Report,
  spans: readonly SpanEntry[],
): void {
  const body = record.article.body;
  for (const entry of spans) {
    const span = entry.span;
    // Most spans point into the body: no part to look up, nothing built.
    if (span.part === undefined && span.correction === undefined) {
      checkOffsets(entry, body, "body", report);
      continue;
    }
    const target = partText(record, facts, report, span, () => entry.path);
    if (target !== undefined) checkOffsets(entry, target.text, target.part, report);
  }
}

/** Reports a span that does not lie inside `text`, is empty or reversed, or cuts a character in two. */
function checkOffsets(entry: SpanEntry, text: string, part: ArticlePart, report: Report): void {
  const span = entry.span;
  if (span.end > text.length || span.start > text.length) {
    report(entry.path, "span_out_of_range", spanOutOfRange(span.start, span.end, part, text.length));
  } else if (span.start >= span.end) {
    report(entry.path, "span_reversed", spanReversed(span.start, span.end));
  } else if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
    report(entry.path, "span_splits_character", spanSplitsCharacter(span.start, span.end));
  }
}
