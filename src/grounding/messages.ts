import { excerpt } from "../internal/excerpt.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { TextSpan } from "../schema/span.js";
import type { QuotationProblem } from "../text/quotation-marks.js";

/** Every sentence grounding writes, in one place so that they read alike. */

/** A number as a person reads it in a message: "1,800,000", "0.25". */
export function showNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** Where the words a span expected do stand, or how they differ from what stands there. */
export interface Suggestion {
  /** The nearest offsets where `exact` stands in the body. */
  readonly at?: readonly [number, number];
  /** The texts differ only in Unicode normalization (NFC against NFD). */
  readonly normalization?: boolean;
  /** The texts differ only in quotation marks, dashes, case or white space. */
  readonly typography?: boolean;
}

function suggest(suggestion: Suggestion, where: string): string {
  if (suggestion.normalization === true) {
    return ` The two differ only in Unicode normalization (NFC against NFD): normalize ${where} and the record alike.`;
  }
  if (suggestion.typography === true) {
    return ` The two differ only in quotation marks, dashes, case or white space: copy the characters of ${where}.`;
  }
  if (suggestion.at !== undefined) return ` Those words stand at [${suggestion.at[0]}, ${suggestion.at[1]}).`;
  return ` Those words stand nowhere in ${where}.`;
}

/** The part of the article a span points into, in words: "the body", "the headline", "the correction". */
function partName(span: ReadonlyDeep<TextSpan>): string {
  return span.part === undefined || span.part === "body" ? "the body" : `the ${span.part}`;
}

/** The text at a span is not the span's `exact`. */
export function exactMismatch(span: ReadonlyDeep<TextSpan>, found: string, suggestion: Suggestion = {}): string {
  const where = partName(span);
  return `${where.charAt(0).toUpperCase()}${where.slice(1)} reads ${excerpt(found)} at [${span.start}, ${span.end}), not ${excerpt(span.exact ?? "")}.${suggest(suggestion, where)}`;
}

export function outOfRange(span: ReadonlyDeep<TextSpan>, length: number): string {
  const part = partName(span);
  return `The span [${span.start}, ${span.end}) is not a stretch of ${part} (0 to ${length} UTF-16 code units, start < end).`;
}

export function cutsWord(found: string, side: "start" | "end" | "both"): string {
  const where = side === "both" ? "starts and ends" : side === "start" ? "starts" : "ends";
  return `The span ${excerpt(found)} ${where} inside a word; move it to the word's edge.`;
}

const QUOTATION: Readonly<Record<QuotationProblem, string>> = {
  "includes-marks": "includes its quotation marks; the span covers the quoted words only",
  "no-opening-mark":
    "has no opening quotation mark before it; a direct quotation's words stand between quotation marks",
  "no-closing-mark": "has no closing quotation mark after it, or runs past it",
  "marks-do-not-pair": "stands between quotation marks that do not pair (an opening mark closed by another kind)",
};

export function quotationMarks(found: string, problem: QuotationProblem): string {
  return `The quoted words ${excerpt(found)} ${QUOTATION[problem]}; fix the span, or record the quote as indirect.`;
}

export function mentionMismatch(found: string, actorName: string): string {
  return `The article reads ${excerpt(found)} here, which is neither the name of ${excerpt(actorName)} nor one of its aliases; fix the span or add the alias.`;
}

export function noExact(role: string): string {
  return `This ${role} span has no "exact" text, so nothing could be compared with the body; add "exact" with the words at the span.`;
}

export function noMentions(name: string): string {
  return `The actor ${excerpt(name)} has no mentions; add the spans where the article names it.`;
}

export function statisticTooLong(found: string, most: number): string {
  return `The span ${excerpt(found)} is longer than a quantity's words (at most ${most} code units): it covers the hedge, the number and its unit only.`;
}

export const NO_STATISTIC_SPAN = "The statistic has no span; add the offsets of its quantity in the body.";

export function numbersMissing(found: string, wanted: readonly number[], read: readonly number[]): string {
  const gives = read.length === 0 ? "gives no number" : `gives ${read.map(showNumber).join(" and ")}`;
  return `The span ${excerpt(found)} ${gives}, not ${wanted.map(showNumber).join(" and ")}; fix the quantity (with its scale word: "million" makes 1.8 into 1,800,000) or the span.`;
}

export function hedgeInExact(found: string, hedge: string): string {
  return `The span ${excerpt(found)} hedges its number with ${excerpt(hedge)}; record the quantity as approximate or as a bound with that hedge, not as exact.`;
}

export function approximateWordInExact(found: string): string {
  return `The span ${excerpt(found)} gives a round number only approximately; record the quantity as approximate or vague, not as exact.`;
}

export function hedgeNotInSpan(found: string, hedge: string): string {
  return `The hedge ${excerpt(hedge)} is not a word or phrase of the span ${excerpt(found)}; write it as the span does, at word boundaries.`;
}

export function hedgeWrongKind(hedge: string, says: string, wanted: string): string {
  return `${excerpt(hedge)} ${says}; the quantity records ${wanted}.`;
}

export function expressionNotInSpan(found: string, expression: string): string {
  return `The expression ${excerpt(expression)} is not a word or phrase of the span ${excerpt(found)}; write it as the span does.`;
}

export function unitMismatch(found: string, shows: string, unit: string): string {
  return `The span ${excerpt(found)} shows ${shows}, which does not agree with the unit (${unit}); fix the unit or the span.`;
}

export function unknownHedge(hedge: string, language: string): string {
  return `${excerpt(hedge)} is not in the ${language} hedge lexicon, so whether it means about, more or less was not checked.`;
}

export function unreadLanguage(tag: string): string {
  return `Numbers in words and hedges are read in English, German, French and Spanish; the article is in "${tag}", so the words of this span were not checked.`;
}

export function unknownLocale(tag: string): string {
  return `The platform's Intl knows no number format for "${tag}", so the span's number was not checked.`;
}

export function noItemRate(found: string): string {
  return `The span ${excerpt(found)} gives no per-item word ("per", "each", "a", "pro", "par", "por"…); record the rate's span, or drop the rate.`;
}

export function noTimeRate(found: string, unit: string): string {
  return `The span ${excerpt(found)} gives no rate per ${unit} ("a ${unit}", "per ${unit}"…); record the span of the rate's words, or drop the rate.`;
}

export function otherTimeRate(found: string, words: string, unit: string): string {
  return `The span ${excerpt(found)} gives a rate with ${excerpt(words)}, not one per ${unit}; fix the rate's unit of time.`;
}

export function droppedRate(found: string, words: string): string {
  return `The span ${excerpt(found)} gives a rate (${excerpt(words)}) that the statistic drops; record it in "per".`;
}

export function noDirection(found: string, direction: string): string {
  return `The span ${excerpt(found)} has no words for the change's direction (${direction}), so it was not checked; give "change.span" at the words that say it ("rose", "fell").`;
}

export function otherDirection(found: string, words: string, way: string, direction: string): string {
  return `The span ${excerpt(found)} says ${excerpt(words)}, a change of direction ${way}, but the statistic records ${direction}; fix the direction.`;
}

export function droppedChange(found: string, words: string): string {
  return `The span ${excerpt(found)} gives a change (${excerpt(words)}) that the statistic drops; record it in "change" with its direction.`;
}

export function estimateNotInSpan(found: string, words: string): string {
  return `The estimate's words ${excerpt(words)} are not words of the span ${excerpt(found)}; write them as the article does, or give "estimate.span".`;
}

export function phraseMismatch(found: string, text: string): string {
  return `The article reads ${excerpt(found)} at the phrase's span, not its text ${excerpt(text)}; fix the span or the text.`;
}

export function notPronoun(found: string, language: string): string {
  return `The mention ${excerpt(found)} is recorded as a pronoun, but it is not a ${language} pronoun; record it as a name, an alias or a description.`;
}

export function pronounUnread(tag: string): string {
  return `Pronouns are read in English, German, French and Spanish; the article is in "${tag}", so this pronoun mention was not checked.`;
}

export function placeMentionMismatch(found: string, placeName: string): string {
  return `The article reads ${excerpt(found)} here, which is neither the name of the place ${excerpt(placeName)} nor one of its aliases; fix the span or add the alias.`;
}

export function undeclaredPlace(id: string): string {
  return `The place ${excerpt(id)} is not declared in the record's places, so its name could not be compared with the span.`;
}

export function qualifierNotInSpans(qualifier: string): string {
  return `The qualifier ${excerpt(qualifier)} stands in none of the event's spans; write it as the article does, or extend a span to cover it.`;
}

export function qualifierNoSpans(qualifier: string): string {
  return `The event has no span, so its qualifier ${excerpt(qualifier)} could not be compared with the article; add the event's span.`;
}

export function missingPart(span: ReadonlyDeep<TextSpan>): string {
  const part =
    span.part === "correction" ? `correction ${excerpt(span.correction ?? "(no id)")}` : (span.part ?? "body");
  return `The span [${span.start}, ${span.end}) points into the article's ${part}, which the article does not have.`;
}

export function noPlaceMentions(name: string): string {
  return `The place ${excerpt(name)} has no mentions; add the spans where the article names it.`;
}
