import type { z } from "zod";
import type { PathSegment, ValidationIssue } from "./issues.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** Whether `path` names an own property that the input does not have. */
function isMissing(input: unknown, path: readonly PathSegment[]): boolean {
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (node === null || typeof node !== "object" || key === undefined) return false;
    if (!Object.hasOwn(node, key)) return i === path.length - 1;
    node = (node as Record<PathSegment, unknown>)[key];
  }
  return false;
}

function fieldName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return last === undefined ? "value" : `"${String(last)}"`;
}

/**
 * Turns zod's issues into the library's: stable codes, one issue per unknown
 * key (with the key in its path), and messages that say what to do.
 */
export function shapeIssues(error: z.core.$ZodError, input: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const path = toPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          out.push(
            FORBIDDEN_KEYS.has(key)
              ? {
                  path: [...path, key],
                  code: "forbidden_key",
                  stage: "shape",
                  message: `The key "${key}" is not allowed anywhere in a record; remove it.`,
                }
              : {
                  path: [...path, key],
                  code: "unknown_field",
                  stage: "shape",
                  message: `"${key}" is not a field here; check its spelling (unknown fields are rejected, not dropped).`,
                },
          );
        }
        break;
      case "invalid_type":
      case "invalid_value":
      case "invalid_union":
        if (isMissing(input, path)) {
          out.push({
            path,
            code: "missing_field",
            stage: "shape",
            message: `The required field ${fieldName(path)} is missing.`,
          });
        } else if (
          issue.code === "invalid_union" &&
          issue.discriminator !== undefined &&
          "options" in issue &&
          issue.options !== undefined
        ) {
          out.push({
            path,
            code: "invalid_value",
            stage: "shape",
            message: `Expected ${fieldName(path)} to be one of ${issue.options.map((option) => JSON.stringify(option)).join(", ")}.`,
          });
        } else {
          const code = issue.code === "invalid_union" ? "invalid_input" : issue.code;
          out.push({ path, code, stage: "shape", message: issue.message });
        }
        break;
      case "invalid_format":
      case "too_small":
      case "too_big":
        out.push({ path, code: issue.code, stage: "shape", message: issue.message });
        break;
      default:
        out.push({ path, code: "invalid_input", stage: "shape", message: issue.message });
    }
  }
  return out;
}
