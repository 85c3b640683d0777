import { INPUT_STAGE } from "../validation/input-codes.js";
import { type ValidationResult, validateRecord } from "../validation/validate.js";
import type { RecordSlot } from "./sources.js";

/** An issue as the CLI reports it: a validation issue, or a problem with the input line. */
export interface ReportedIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly stage: string;
  readonly message: string;
}

/**
 * What `validate` reports of one record slot: where it stands, its article
 * id, and its issues. It is plain data, so that a worker thread can send it
 * back to the thread that writes the report.
 */
export interface Outcome {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 0-based index in a `.json` array, when the record is one. */
  readonly index?: number;
  /** The record's `article.id`, when it has a string there. */
  readonly id?: string;
  /** The issues listed, at most the cap; empty for a valid record. */
  readonly issues: readonly ReportedIssue[];
  /** How many issues there are in all. */
  readonly issueCount: number;
}

/** The `article.id` of a value, when it is a string. */
export function articleId(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const article = (value as { article?: unknown }).article;
  if (article === null || typeof article !== "object") return undefined;
  const id = (article as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Validates one slot and says what to report of it.
 *
 * @param slot - The slot as read: its value, or why it has none.
 * @param grounding - Whether to check grounding (`--no-grounding` turns it off).
 * @returns Where the slot stands, its id and its issues.
 */
export function outcomeOf(slot: RecordSlot, grounding: boolean): Outcome {
  return outcomeFrom(slot, slot.problem === undefined ? validateRecord(slot.value, { grounding }) : undefined);
}

/**
 * What to report of a slot, given what `validateRecord` said of its value.
 *
 * @param slot - The slot as read.
 * @param result - The validation of its value; `undefined` when the slot has a problem instead.
 * @returns Where the slot stands, its id and its issues.
 */
export function outcomeFrom(slot: RecordSlot, result: ValidationResult | undefined): Outcome {
  let issues: readonly ReportedIssue[];
  let issueCount: number;
  if (slot.problem !== undefined || result === undefined) {
    const problem = slot.problem ?? { code: "invalid_json", message: "The record could not be read." };
    issues = [{ path: [], code: problem.code, stage: INPUT_STAGE, message: problem.message }];
    issueCount = 1;
  } else {
    issues = result.success ? [] : result.issues;
    issueCount = result.success ? 0 : Math.max(result.issueCount, result.issues.length);
  }
  const id = articleId(slot.value);
  return {
    line: slot.line,
    ...(slot.index === undefined ? {} : { index: slot.index }),
    ...(id === undefined ? {} : { id }),
    issues,
    issueCount,
  };
}
