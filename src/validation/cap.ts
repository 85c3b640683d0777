import type { ValidationIssue } from "./issues.js";

/**
 * The most issues `validateRecord` lists for one record. The rest are
 * counted, not written out: a failure's `issueCount` says how many there are
 * in all, so that a record with a million unknown keys costs a count, not a
 * million messages.
 */
export const MAX_ISSUES_PER_RECORD = 100;

/**
 * Up to this many issues are told apart by comparing them with each other;
 * more, by a key made of each. A record's issues are most often a handful,
 * and a key costs a `JSON.stringify` of the path and message.
 */
const COMPARED = 16;

/** Whether two issues are the same: the same path, code and message. */
function sameIssue(a: ValidationIssue, b: ValidationIssue): boolean {
  if (a.code !== b.code || a.message !== b.message || a.path.length !== b.path.length) return false;
  for (let i = 0; i < a.path.length; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}

/**
 * The first {@link MAX_ISSUES_PER_RECORD} of a list of issues, without
 * repeats (the same path, code and message), and how many distinct issues
 * there are in all.
 */
export function capIssues(issues: readonly ValidationIssue[]): { issues: ValidationIssue[]; count: number } {
  if (issues.length <= COMPARED) {
    const out: ValidationIssue[] = [];
    for (const issue of issues) if (!out.some((kept) => sameIssue(kept, issue))) out.push(issue);
    return { issues: out, count: out.length };
  }
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
