import { checkGrounding } from "../grounding/check.js";
import type { NewsRecord } from "../schema/record.js";
import type { ValidationResult } from "../validation/validate.js";

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function count(value: unknown, key: string): number | undefined {
  const list = field(value, key);
  return Array.isArray(list) ? list.length : undefined;
}

/**
 * One line about one record for `news-schema summary`: its article id and
 * date, how many facts it holds, whether it is valid, and its grounding
 * coverage. Built from the validation result and `checkGrounding`; this is
 * the one place to change when a richer summary helper is available.
 *
 * @param value - The record as read (it may be invalid).
 * @param result - What `validateRecord` said of it.
 * @returns One line of text.
 */
export function describeRecord(value: unknown, result: ValidationResult): string {
  const article = field(value, "article");
  const id = field(article, "id");
  const date = field(article, "publishedAt");
  const counts = (["actors", "events", "quotes", "statistics"] as const)
    .map((key) => `${count(value, key) ?? "?"} ${key}`)
    .join(", ");
  const head = `${typeof id === "string" ? id : "(no id)"}  ${typeof date === "string" ? date : "(no date)"}  ${counts}`;
  if (!result.success) {
    return `${head}  invalid (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"})`;
  }
  const record: NewsRecord = result.data;
  const { totals } = checkGrounding(record);
  return `${head}  valid  grounding ${Math.round(totals.coverage * 100)}% (${totals.factsGrounded} of ${totals.facts} facts, ${totals.spansGrounded} of ${totals.spans} spans)`;
}
