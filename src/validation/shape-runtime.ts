// What the shape checker generated at build time (./generated/record-shape.ts)
// calls: each function mirrors, step for step, the zod 4 code that decides
// the same thing, so that the generated checker reports the issues zod's
// parser reports, in the same order (test/validation/generated-shape.test.ts
// holds them to it). Nothing here loads zod. The functions that report an
// issue return 1, the number of issues they added, so that a generated
// checker can return its count in one statement.
import { isAsciiDigit, isAsciiLetter, isSpace } from "../internal/text.js";

/**
 * One shape issue as the checker reports it, before the library words it: the
 * fields of a zod issue that `countedShapeIssues` reads. zod's own issues fit
 * this type, so both are worded by the same code.
 */
export interface ShapeIssue {
  /** zod's issue code: `invalid_type`, `too_big`, `unrecognized_keys`… */
  readonly code: string;
  /** Where the issue is, from the checked value; keys are prepended as the issue travels up. */
  readonly path: PropertyKey[];
  /** The schema's own message, or zod's generic one. */
  readonly message: string;
  /** `false`: later checks of the same value do not run; `true`: they do; absent: only those that test a length run. */
  readonly continue?: boolean | undefined;
  /** What type was expected, for `invalid_type`. */
  readonly expected?: string | undefined;
  /** The allowed values, for `invalid_value`. */
  readonly values?: readonly unknown[] | undefined;
  /** The unknown keys, for `unrecognized_keys`. */
  readonly keys?: readonly string[] | undefined;
  /** The format, for `invalid_format`. */
  readonly format?: string | undefined;
  /** What was measured, for `too_big` and `too_small`: `string`, `array`, `number`, `int`… */
  readonly origin?: string | undefined;
  /** The bound, for `too_small`. */
  readonly minimum?: number | bigint | undefined;
  /** The bound, for `too_big`. */
  readonly maximum?: number | bigint | undefined;
  /** Whether the bound itself is allowed. */
  readonly inclusive?: boolean | undefined;
  /** The discriminating key, for an `invalid_union` of a discriminated union. */
  readonly discriminator?: string | undefined;
  /** The discriminator's allowed values, for an `invalid_union` of a discriminated union. */
  readonly options?: readonly unknown[] | undefined;
}

/** Whether a value is an object and not an array or null (zod's `isObject`). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether any issue from `start` on stops later checks (zod's `aborted`). */
export function aborted(issues: readonly ShapeIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

/** Whether any issue from `start` on stops even the length checks (zod's `explicitlyAborted`). */
export function explicitlyAborted(issues: readonly ShapeIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue === false) return true;
  return false;
}

/** Prepends `key` to the path of the last `count` issues (zod's `prefixIssues`). */
export function prefix(issues: readonly ShapeIssue[], count: number, key: PropertyKey): void {
  for (let i = issues.length - count; i < issues.length; i++) issues[i]?.path.unshift(key);
}

/** Whether a length check runs on a value: it is not null or undefined and has a `length` (zod's `_whenHasLength`). */
export function hasLength(value: unknown): boolean {
  return value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined;
}

/** What a length was measured on (zod's `getLengthableOrigin`). */
export function lengthOrigin(value: unknown): string {
  if (Array.isArray(value)) return "array";
  return typeof value === "string" ? "string" : "unknown";
}

/** The number of code points of a string: a surrogate pair counts once (zod's `codePointLength`). */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** Whether a value's length is at most `maximum` (zod's `max_length` check: strings in code points). */
export function fitsMaxLength(value: unknown, maximum: number): boolean {
  if (typeof value === "string") return value.length <= maximum || codePointLength(value) <= maximum;
  return ((value as { length?: unknown }).length as number) <= maximum;
}

/** Whether a value's length is at least `minimum` (zod's `min_length` check: strings in code points). */
export function fitsMinLength(value: unknown, minimum: number): boolean {
  if (typeof value !== "string") return ((value as { length?: unknown }).length as number) >= minimum;
  const units = value.length;
  if (units < minimum) return false;
  return units >= minimum * 2 || codePointLength(value) >= minimum;
}

/** Whether a UTF-16 code unit is one of `WHITE_SPACE`, the characters a label may not start or end with: `\s` and U+0085. */
function isEdgeSpace(code: number): boolean {
  return code === 0x85 || isSpace(code);
}

/** What `LABEL_EDGES` tests: the text is empty, or neither starts nor ends with white space. */
export function hasPlainEdges(text: string): boolean {
  return text.length === 0 || (!isEdgeSpace(text.charCodeAt(0)) && !isEdgeSpace(text.charCodeAt(text.length - 1)));
}

/** What `ID_PATTERN` tests: letters and digits joined by single `-`, `_`, `.` or `:`. */
export function isIdText(text: string): boolean {
  if (text.length === 0) return false;
  let afterSeparator = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code) || isAsciiLetter(code)) afterSeparator = false;
    else if (!afterSeparator && (code === 45 || code === 95 || code === 46 || code === 58)) afterSeparator = true;
    else return false;
  }
  return !afterSeparator;
}

/** The number written by the two ASCII digits at `at`, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** The days of a month (1 to 12) of a year, by the Gregorian calendar. */
function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `text` holds, from `at`, a time of day and its offset as `PARTIAL_DATE` writes them: `Thh:mm[:ss[.f…]]` and `Z` or `±hh:mm`. */
function isTimeText(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 84 || text.charCodeAt(at + 3) !== 58) return false;
  const hour = twoDigits(text, at + 1);
  const minute = twoDigits(text, at + 4);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  let i = at + 6;
  if (text.charCodeAt(i) === 58) {
    const second = twoDigits(text, i + 1);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      const from = ++i;
      while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
      if (i === from || i - from > 9) return false;
    }
  }
  if (text.charCodeAt(i) === 90) return i + 1 === text.length;
  const sign = text.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || i + 6 !== text.length || text.charCodeAt(i + 3) !== 58) return false;
  const offsetHour = twoDigits(text, i + 1);
  const offsetMinute = twoDigits(text, i + 4);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

/** What `PARTIAL_DATE` tests: `YYYY`, `YYYY-MM`, a day that exists, or such a day and a time with its offset. */
export function isPartialDateText(text: string): boolean {
  const length = text.length;
  if (length !== 4 && length < 7) return false;
  const high = twoDigits(text, 0);
  const low = twoDigits(text, 2);
  if (high < 0 || low < 0) return false;
  if (length === 4) return true;
  const month = twoDigits(text, 5);
  if (text.charCodeAt(4) !== 45 || month < 1 || month > 12) return false;
  if (length === 7) return true;
  if (length < 10 || text.charCodeAt(7) !== 45) return false;
  const day = twoDigits(text, 8);
  if (day < 1 || day > daysIn(month, high * 100 + low)) return false;
  return length === 10 || isTimeText(text, 10);
}

/** What `WELL_FORMED` tests, one code unit at a time: no surrogate without its other half. */
export function scanWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code > 0xdbff) return false;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** The engine's own test, where it has one (ES2024's `String.prototype.isWellFormed`). */
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** What `WELL_FORMED` tests: the text holds no lone surrogate. */
export function isWellFormedText(text: string): boolean {
  return nativeWellFormed === undefined ? scanWellFormed(text) : nativeWellFormed.call(text);
}

/** Reports a value of the wrong type; returns 1, the issues added. */
export function typeIssue(out: ShapeIssue[], expected: string, message: string): 1 {
  out.push({ code: "invalid_type", expected, path: [], message });
  return 1;
}

/** Reports a value that is not one of `values`; returns 1, the issues added. */
export function valueIssue(out: ShapeIssue[], values: readonly unknown[], message: string): 1 {
  out.push({ code: "invalid_value", values, path: [], message });
  return 1;
}

/** Reports a value over a bound; `go` is the issue's `continue`; returns 1, the issues added. */
export function tooBig(
  out: ShapeIssue[],
  origin: string,
  maximum: number,
  inclusive: boolean,
  go: boolean | undefined,
  message: string,
): 1 {
  out.push({ code: "too_big", origin, maximum, inclusive, continue: go, path: [], message });
  return 1;
}

/** Reports a value under a bound; `go` is the issue's `continue`; returns 1, the issues added. */
export function tooSmall(
  out: ShapeIssue[],
  origin: string,
  minimum: number,
  inclusive: boolean,
  go: boolean | undefined,
  message: string,
): 1 {
  out.push({ code: "too_small", origin, minimum, inclusive, continue: go, path: [], message });
  return 1;
}

/** Reports text that does not match its format; `go` is the issue's `continue`; returns 1, the issues added. */
export function formatIssue(out: ShapeIssue[], format: string, go: boolean | undefined, message: string): 1 {
  out.push({ code: "invalid_format", origin: "string", format, continue: go, path: [], message });
  return 1;
}

/** Whether the host of a URL of the `HTTP_URL` form is at most `maximum` characters (the rule of `hasShortHost`, whose check names its maximum). */
export function hostFits(url: string, maximum: number): boolean {
  const start = url.indexOf("//") + 2;
  const end = url.slice(start).search(/[/?#:]|$/);
  return end <= maximum;
}
