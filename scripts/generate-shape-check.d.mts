/**
 * The generated shape checker's module text, for the record schema given (a
 * zod schema), with the regular expressions of `patternTests` tested by the
 * named functions of src/validation/shape-runtime.ts.
 */
export function generateShapeCheck(
  recordSchema: unknown,
  patternTests?: readonly (readonly [RegExp, string])[],
): string;
