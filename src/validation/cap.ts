import type { ValidationIssue } from "./issues.js";

/**
 * The most issues `validateRecord` lists for one record. The rest are
 * counted, not written out: a failure's `issueCount` says how many there are
 * in all, so that a record with a million unknown keys costs a count, not a
 * million messages.
 */
export const MAX_ISSUES_PER_RECORD = 100;

/**
 * The first {@link MAX_ISSUES_PER_RECORD} of a list of issues, without
 * repeats (the same path, code and message), and how many distinct issues
 * there are in all.
 */
export function capIssues(issues: readonly ValidationIssue[]): { issues: ValidationIssue[]; count: number } {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const key = JSON.stringify([issue.path, issue.code, issue.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length < MAX_ISSUES_PER_RECORD) out.push(issue);
  }
  return { issues: out, count: seen.size };
}
