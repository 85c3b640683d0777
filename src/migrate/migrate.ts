/**
 * Reading records written for an earlier record format as records of the
 * format this release writes.
 *
 * @module
 */
import { excerpt } from "../internal/excerpt.js";
import { type NewsRecord, SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from "../schema/record.js";
import type { PathSegment, ValidationIssue } from "../validation/issues.js";
import { unreadable, validateShape } from "../validation/shape.js";

/** One edit {@link migrateRecord} made to a record. */
export interface MigrationChange {
  /** Where the edit is, as a JSON path from the record's root. */
  readonly path: readonly PathSegment[];
  /** The value before the edit. */
  readonly before: unknown;
  /** The value after the edit. */
  readonly after: unknown;
  /** What changed and why, in a sentence. */
  readonly message: string;
}

/** A record read and rewritten in the format this release writes. */
export interface MigrationSuccess {
  /** Marks success. */
  readonly success: true;
  /** The record in format {@link SCHEMA_VERSION}: a new object, shape-checked. */
  readonly data: NewsRecord;
  /** The format version the record was written in. */
  readonly from: SchemaVersion;
  /** Every edit made, in order; empty when the record was already in the current format. */
  readonly changes: readonly MigrationChange[];
}

/** A value that could not be read as a record of a known format. */
export interface MigrationFailure {
  /** Marks failure. */
  readonly success: false;
  /** Why: an unknown `schemaVersion`, or the shape issues of a value that is not a record. Never empty. */
  readonly issues: readonly ValidationIssue[];
}

/** What {@link migrateRecord} returns. */
export type MigrationResult = MigrationSuccess | MigrationFailure;

function isKnownVersion(value: unknown): value is SchemaVersion {
  return SCHEMA_VERSIONS.some((version) => version === value);
}

function unknownVersion(value: unknown): MigrationFailure {
  const shown = typeof value === "string" ? excerpt(value, 20) : `a value of type ${typeof value}`;
  return {
    success: false,
    issues: [
      {
        path: ["schemaVersion"],
        code: "invalid_value",
        stage: "shape",
        message: `This release reads records of format ${SCHEMA_VERSIONS.map((v) => `"${v}"`).join(" and ")}, not ${shown}; a record of a later format needs a later release of news-schema.`,
      },
    ],
  };
}

/**
 * Reads a record written for any record format this release knows and
 * returns it in the current format ({@link SCHEMA_VERSION}), with a list of
 * what changed. Format 1.1 only added optional fields and values, so a
 * `"1.0"` record keeps every field as it is and only its `schemaVersion`
 * becomes `"1.1"`; a `"1.1"` record comes back unchanged. The input is
 * never modified.
 *
 * Only the shape is checked (as {@link validateShape} does); run
 * `validateRecord` on the result for its integrity and grounding. A
 * migration never guesses: in 1.0, a quote's `via` sometimes held the
 * outlet spoken to ("told AFP"), which 1.1 records as `addressee`; words
 * alone cannot tell the two apart, so `via` is left as it is.
 *
 * @param input - Any value, typically a parsed JSON record.
 * @returns `{ success: true, data, from, changes }`, or `{ success: false, issues }`
 *   for an unknown `schemaVersion` or a value that is not a record.
 * @example
 * ```ts
 * import { migrateRecord } from "news-schema";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const result = migrateRecord({ ...belarusLithuaniaBorder, schemaVersion: "1.0" });
 * if (result.success) {
 *   result.data.schemaVersion; // => "1.1"
 *   result.from; // => "1.0"
 *   result.changes.map((change) => change.path); // => [["schemaVersion"]]
 * }
 * migrateRecord({ schemaVersion: "2.0" }).success; // => false
 * ```
 */
export function migrateRecord(input: unknown): MigrationResult {
  try {
    const version =
      typeof input === "object" && input !== null && "schemaVersion" in input ? input.schemaVersion : undefined;
    if (version !== undefined && !isKnownVersion(version)) return unknownVersion(version);
    const changes: MigrationChange[] = [];
    let value = input;
    if (isKnownVersion(version) && version !== SCHEMA_VERSION && typeof input === "object" && input !== null) {
      value = { ...input, schemaVersion: SCHEMA_VERSION };
      changes.push({
        path: ["schemaVersion"],
        before: version,
        after: SCHEMA_VERSION,
        message: `Format ${SCHEMA_VERSION} only adds optional fields and values to ${version}, so the record is kept as it was and marked "${SCHEMA_VERSION}".`,
      });
    }
    const shape = validateShape(value);
    if (!shape.success) return { success: false, issues: shape.issues };
    return { success: true, data: shape.data, from: isKnownVersion(version) ? version : SCHEMA_VERSION, changes };
  } catch (error) {
    return { success: false, issues: unreadable(error).issues };
  }
}
