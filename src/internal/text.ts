import type { TextSpan } from "../schema/span.js";
import type { ReadonlyDeep } from "./readonly-deep.js";

/** Whether an offset falls between the two halves of a surrogate pair, cutting a character in two. */
export function splitsPair(body: string, offset: number): boolean {
  if (offset <= 0 || offset >= body.length) return false;
  const before = body.charCodeAt(offset - 1);
  const after = body.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Whether a span is a non-empty stretch of the body: `0 <= start < end <= body.length`. */
export function spanInBody(body: string, span: ReadonlyDeep<TextSpan>): boolean {
  return span.start >= 0 && span.start < span.end && span.end <= body.length;
}
