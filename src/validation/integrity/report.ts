import type { IssueCode, PathSegment, ValidationIssue } from "../issues.js";

/** A path, or a function that builds it when an issue needs it: most records have no issue, so most paths are never built. */
export type LazyPath = readonly PathSegment[] | (() => readonly PathSegment[]);

/** Records one integrity issue. */
export type Report = (path: LazyPath, code: IssueCode, message: string) => void;

/** A {@link Report} that appends to `issues`. */
export function reportInto(issues: ValidationIssue[]): Report {
  return (path, code, message) => {
    issues.push({ path: typeof path === "function" ? path() : path, code, stage: "integrity", message });
  };
}

/** `path` followed by `more`, built only when asked for. */
export function under(path: LazyPath, ...more: PathSegment[]): () => PathSegment[] {
  return () => [...(typeof path === "function" ? path() : path), ...more];
}
