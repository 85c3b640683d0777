import { splitsPair } from "../internal/text.js";
import type { VerbatimSpan } from "../schema/span.js";
import { foldChar } from "./fold.js";

/** Options for {@link locate}. */
export interface LocateOptions {
  /**
   * Match across typographic variants (default `false`): curly and straight
   * quotes and apostrophes, hyphens, dashes and the minus sign, soft hyphens
   * (ignored), and runs of white space (any run matches any other). Case
   * still counts.
   */
  readonly loose?: boolean;
}

/** A body folded for loose matching, with where each folded code unit came from. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each folded code unit, the offset of the first original code unit it stands for. */
  readonly starts: readonly number[];
  /** For each folded code unit, the offset just past the last original code unit it stands for. */
  readonly ends: readonly number[];
}

/** Folds a text for loose matching, keeping where each folded code unit came from. */
export function foldWithOffsets(text: string): FoldedText {
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      const last = out.length - 1;
      if (out.charAt(last) === " " && ends[last] === i) {
        ends[last] = i + 1;
        continue;
      }
      out += " ";
      starts.push(i);
      ends.push(i + 1);
      continue;
    }
    const folded = foldChar(char);
    if (folded === "") continue;
    out += folded;
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: out, starts, ends };
}

function indexesOf(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Finds every occurrence of a text in an article's body, overlapping ones
 * included, as spans in UTF-16 code units (the unit of every span of a
 * record). With `{ loose: true }` it matches across typographic variants
 * and still returns the offsets of the body's own characters, so the span's
 * `exact` is the body's text, which may differ from `text`. A match never
 * cuts a character outside the Basic Multilingual Plane in half.
 *
 * @param body - The text to search, typically `record.article.body`; a value
 *   that is not a string holds nothing.
 * @param text - What to look for; an empty text, or a value that is not a
 *   string, is found nowhere.
 * @param options - `{ loose: true }` to match across typographic variants.
 * @returns The spans of every occurrence, in order of `start`, each with the
 *   body's text as `exact`; `[]` when there is none.
 * @example
 * ```ts
 * import { locate } from "news-schema";
 *
 * const body = "🇱🇹 Lithuania’s 680‑kilometre border";
 * // the flag takes four UTF-16 code units
 * locate(body, "Lithuania"); // => [{ "start": 5, "end": 14, "exact": "Lithuania" }]
 * locate(body, "Lithuania's 680-kilometre"); // => []
 * locate(body, "Lithuania's 680-kilometre", { loose: true }); // => [{ "start": 5, "end": 30, "exact": "Lithuania’s 680‑kilometre" }]
 * ```
 */
export function locate(body: string, text: string, options: LocateOptions = {}): VerbatimSpan[] {
  const out: VerbatimSpan[] = [];
  // A JavaScript caller may pass anything: `indexOf` would turn an array or
  // an object into text, and an empty result would never advance.
  if (typeof body !== "string" || typeof text !== "string") return out;
  const loose = typeof options === "object" && options !== null && options.loose === true;
  const push = (start: number, end: number): void => {
    if (start < end && !splitsPair(body, start) && !splitsPair(body, end)) {
      out.push({ start, end, exact: body.slice(start, end) });
    }
  };
  if (!loose) {
    if (text === "") return out;
    for (const at of indexesOf(body, text)) push(at, at + text.length);
    return out;
  }
  return locateFolded(body, foldWithOffsets(body), text);
}

/**
 * {@link locate} with `{ loose: true }` on a body folded once with
 * {@link foldWithOffsets}, for callers that look for many texts in it.
 */
export function locateFolded(body: string, folded: FoldedText, text: string): VerbatimSpan[] {
  const out: VerbatimSpan[] = [];
  const needle = foldWithOffsets(text).text;
  if (needle === "") return out;
  for (const at of indexesOf(folded.text, needle)) {
    const start = folded.starts[at];
    const end = folded.ends[at + needle.length - 1];
    if (start !== undefined && end !== undefined && start < end && !splitsPair(body, start) && !splitsPair(body, end)) {
      out.push({ start, end, exact: body.slice(start, end) });
    }
  }
  return out;
}
