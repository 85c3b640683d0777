import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { collectSpans, type SpanEntry } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import { checkCycles } from "./integrity/cycles.js";
import { checkDates } from "./integrity/dates.js";
import { declareFacts } from "./integrity/facts.js";
import { checkEventsAndPlaces } from "./integrity/places.js";
import { checkQuantities } from "./integrity/quantities.js";
import { checkQuotes } from "./integrity/quotes.js";
import { checkReferences } from "./integrity/references.js";
import { reportInto } from "./integrity/report.js";
import { checkSpans } from "./integrity/spans.js";
import type { ValidationIssue } from "./issues.js";

/**
 * Checks what the schema alone cannot: ids unique across actors, events,
 * quotes, statistics, places and corrections; references that resolve to
 * the right kind of thing, never to the fact that holds them; no cycles in
 * the relations that nest facts; spans inside the part of the article they
 * point into; quoted fragments inside their content; ranges, intervals and
 * units that fit; dates that fit the article's publication. Assumes
 * `record` has passed the shape check; `spans` are its spans, as
 * `collectSpans` lists them (validation lists them once for integrity and
 * grounding). Each rule lives in its own module under `integrity/`.
 */
export function integrityIssues(
  record: ReadonlyDeep<NewsRecord>,
  spans: readonly SpanEntry[] = collectSpans(record),
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = reportInto(issues);
  const facts = declareFacts(record, report);
  checkReferences(record, facts, report);
  checkCycles(record, report);
  checkDates(record, report);
  checkEventsAndPlaces(record, report);
  checkQuotes(record, report);
  checkQuantities(record, facts, report);
  checkSpans(record, facts, report, spans);
  return issues;
}
