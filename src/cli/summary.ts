import { summarizeRecord } from "../format/summary.js";
import type { ValidationResult } from "../validation/validate.js";

function articleId(value: unknown): string {
  const article = value !== null && typeof value === "object" ? (value as { article?: unknown }).article : undefined;
  const id = article !== null && typeof article === "object" ? (article as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : "(no id)";
}

/**
 * What `news-schema summary` prints for one record: its article id and
 * status, then, for a valid record, `summarizeRecord`'s lines (headline and
 * date, main event, counts, grounding coverage), indented. This is the one
 * place that decides what a record's summary says.
 *
 * @param value - The record as read (it may be invalid).
 * @param result - What `validateRecord` said of it.
 * @param locale - The locale of the summary (`--locale`); the article's language when absent.
 * @returns The text, its lines joined by `"\n"`.
 */
export function describeRecord(value: unknown, result: ValidationResult, locale?: string): string {
  if (!result.success) {
    // The total, not the capped list: a record with 1,000 issues says 1,000.
    const n = Math.max(result.issueCount, result.issues.length);
    return `${articleId(value)}  invalid (${n} issue${n === 1 ? "" : "s"}; run validate for them)`;
  }
  const lines = summarizeRecord(result.data, locale === undefined ? {} : { locale }).split("\n");
  return [`${result.data.article.id}  valid`, ...lines.map((line) => `  ${line}`)].join("\n");
}
