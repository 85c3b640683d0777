/**
 * Every sentence the integrity stage writes, in one place: each says what is
 * wrong and how to put it right, and quotes no more record text than an id,
 * a date, a number or a bounded excerpt.
 */
import type { ArticlePart } from "../../schema/span.js";
import { formatPath, type PathSegment } from "../issues.js";
import type { Fact, Target } from "./facts.js";

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/** "an event", "a state", "a correction": what an id names, for a message. */
export function describeFact(fact: Fact): string {
  return withArticle(fact.kind === "actor" && fact.actorKind !== undefined ? fact.actorKind : fact.kind);
}

export function duplicateId(id: string, earlier: Fact, earlierPath: readonly PathSegment[]): string {
  return `The id "${id}" is already used by ${describeFact(earlier)} at ${formatPath(earlierPath)}; ids must be unique across actors, events, quotes, statistics, places and corrections.`;
}

export function selfReference(id: string, target: Target): string {
  return `"${id}" refers to itself; point it at another ${target.label.replace(/^an? /, "")}, or leave the field out.`;
}

export function unresolvedReference(id: string, target: Target): string {
  return `Nothing in the record has the id "${id}"; expected ${target.label}. Add it or fix the id.`;
}

export function wrongReferenceKind(id: string, fact: Fact, target: Target): string {
  return `"${id}" is ${describeFact(fact)}, but this field must name ${target.label}.`;
}

export function referenceCycle(field: string, ids: readonly string[]): string {
  return `"${field}" goes round in a circle: ${ids.join(" → ")}. Remove one of these links.`;
}

export const INTERVAL_UNBOUNDED =
  "An interval needs a start, an end or both; leave out the whole field when the time is unknown.";

export function intervalReversed(start: string, end: string): string {
  return `The interval starts (${start}) after it ends (${end}); swap or fix the dates.`;
}

export function dateAfterPublication(what: string, published: string, late: string): string {
  return `${what} cannot lie after the article's publication (${published}), but the record dates it ${late}; fix the date, or the status if it is only planned, expected or hoped for.`;
}

export function forecastAfterPublication(what: string, published: string, late: string): string {
  return `${what} cannot lie after the article's publication (${published}), but the record dates it ${late}; fix the period, or mark the statistic as a forecast, projection or target with \`estimate\`.`;
}

export function dateBeforePublication(what: string, date: string, published: string): string {
  return `${what} (${date}) comes before the article's publication (${published}), which is impossible; fix one of the two dates.`;
}

export function borderSameCountry(country: string): string {
  return `A border lies between two different countries, not ${country} and itself.`;
}

export function rangeReversed(low: number, high: number): string {
  return `The low end (${low}) is above the high end (${high}); swap them.`;
}

export function negativeCount(noun: string): string {
  return `A count of ${noun} cannot be negative.`;
}

export function negativeChange(value: number): string {
  return `The size of a change is never negative (${value} here): give its size and say which way it goes in change.direction ("decrease" for a fall).`;
}

export function negativeDistance(value: number): string {
  return `A distance cannot be negative (${value} here); the direction is in \`position\`.`;
}

export function ratioUnit(unitKind: string): string {
  return `A ratio ("one in four", "twice") has no unit of its own: its unit must be { "kind": "proportion" }, not ${withArticle(unitKind)} unit.`;
}

export function distanceRatio(): string {
  return "A distance is a length, not a ratio; give it as a number of its unit.";
}

export function conversionNotMoney(id: string, which: "this statistic" | "the statistic it converts"): string {
  return `A conversion links two amounts of money in different currencies, but ${which}${which === "this statistic" ? "" : ` ("${id}")`} is not money; use another relation, such as "compared-with".`;
}

export function currencySame(currency: string, id: string): string {
  return `A conversion gives an amount in another currency, but this statistic and "${id}" are both in ${currency}; fix a currency or use another relation.`;
}

export function spanOutOfRange(start: number, end: number, part: string, length: number): string {
  return `The span [${start}, ${end}) runs past the end of the ${part}, which is ${length} UTF-16 code units long.`;
}

export function spanReversed(start: number, end: number): string {
  return `A span needs start < end; this one is [${start}, ${end}).`;
}

export function spanSplitsCharacter(start: number, end: number): string {
  return `The span [${start}, ${end}) cuts a character outside the Basic Multilingual Plane in half; offsets count UTF-16 code units, so such a character takes two.`;
}

export function partMissing(part: ArticlePart): string {
  return `The span points into the article's ${part}, but the article has no ${part}; add article.${part} or point the span at the part that holds the words.`;
}

export const CORRECTION_UNNAMED =
  'A span with part "correction" must name its correction note in `correction` (an id in article.corrections).';

export function correctionWithoutPart(id: string, part: string): string {
  return `The span names the correction "${id}" but points into the ${part}; set part to "correction", or leave out \`correction\`.`;
}

export function fragmentOutside(start: number, end: number, where: string): string {
  return `The quoted fragment [${start}, ${end}) lies outside the quote's content (${where}); a fragment is part of what the quote reports.`;
}

export function inferredWithSpan(what: "span" | "hedge"): string {
  return `A link marked inferred is one the article does not state, so it has no ${what === "span" ? "span of its words" : "hedge"}; remove \`${what}\`, or \`inferred\` if the article states the link.`;
}

/** Names a content stretch for a message: `[120, 180)` or `[120, 180) in the headline`. */
export function stretch(start: number, end: number, part: string | undefined): string {
  return `[${start}, ${end})${part === undefined || part === "body" ? "" : ` in the ${part}`}`;
}
