// Read by the shape checker's generator (scripts/generate-shape-check.mjs)
// and its tests only, never at run time.
import { ID_PATTERN, LABEL_EDGES, PARTIAL_DATE, WELL_FORMED } from "../schema/patterns.js";

/**
 * The schemas' regular expressions that the generated checker tests with a
 * function of ./shape-runtime.ts instead: each pattern and its function's
 * name. test/validation/generated-shape.test.ts holds each function to its
 * pattern.
 */
export const PATTERN_TESTS: readonly (readonly [RegExp, string])[] = [
  [ID_PATTERN, "isIdText"],
  [LABEL_EDGES, "hasPlainEdges"],
  [WELL_FORMED, "isWellFormedText"],
  [PARTIAL_DATE, "isPartialDateText"],
];
