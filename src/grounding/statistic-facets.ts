import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Quantity } from "../schema/quantity.js";
import type { Change, Estimate, Rate, Statistic, Uncertainty } from "../schema/statistic.js";
import { findHedges } from "../text/hedges.js";
import { findDirections, findTimeRates, findWords, type WordMatch } from "../text/lexicon.js";
import { readNumbers } from "../text/numbers.js";
import * as say from "./messages.js";
import { type Reading, type StatisticOutcome, sameNumber, standsInSpan } from "./statistic.js";

const GROUNDED: StatisticOutcome = { status: "grounded" };

function unread(reading: Reading): StatisticOutcome {
  return { status: "unchecked", reason: "language not read", message: say.unreadLanguage(reading.tag) };
}

/**
 * Where a quantity's own hedge stands in a text: "up to 50" holds "up",
 * which there is a bound, not a rise.
 */
function hedgeStretches(text: string, quantity: ReadonlyDeep<Quantity>, reading: Reading): WordMatch[] {
  const profile = reading.profile;
  const own = quantity.kind === "vague" ? quantity.expression : quantity.kind === "exact" ? undefined : quantity.hedge;
  const stretches: WordMatch[] = profile === undefined ? [] : findHedges(text, profile);
  return own === undefined ? stretches : [...stretches, ...findWords(text, [own.toLowerCase()])];
}

function outside(match: WordMatch, stretches: readonly WordMatch[]): boolean {
  return !stretches.some((s) => match.start < s.end && match.end > s.start);
}

/**
 * Checks a rate against a text (its own span, or the statistic's): a rate
 * per unit of time needs the language's words for that unit ("a month",
 * "monatlich", "par mois", "al mes"); a rate per item needs a per-item
 * marker ("per", "a", "each", "pro Kopf", "par habitant", "por persona").
 * The item's noun is English and is not compared.
 */
export function checkRateText(text: string, rate: ReadonlyDeep<Rate>, reading: Reading): StatisticOutcome {
  const profile = reading.profile;
  if (profile === undefined) return unread(reading);
  if (rate.kind === "item") {
    // A marker counts after the number it rates: "$3 to $5 a tablet", not the "an" of "an estimated 4,100".
    const firstDigit = text.search(/[0-9]/);
    const markers = findWords(text, profile.itemRates).filter((m) => firstDigit < 0 || m.start > firstDigit);
    return markers.length > 0
      ? GROUNDED
      : { status: "mismatched", code: "rate_mismatch", expected: `per ${rate.noun}`, message: say.noItemRate(text) };
  }
  const found = findTimeRates(text, profile);
  if (found.some((match) => match.unit === rate.unit)) return GROUNDED;
  const other = found[0];
  return {
    status: "mismatched",
    code: "rate_mismatch",
    expected: `per ${rate.unit}`,
    message: other === undefined ? say.noTimeRate(text, rate.unit) : say.otherTimeRate(text, other.written, rate.unit),
  };
}

/**
 * Checks a change's direction against a text (its own span, or the
 * statistic's): words of the other direction and none of its own are a
 * `change_mismatch`; no direction words at all leave it unchecked.
 */
export function checkChangeText(
  text: string,
  change: ReadonlyDeep<Change>,
  quantity: ReadonlyDeep<Quantity> | undefined,
  reading: Reading,
): StatisticOutcome {
  const profile = reading.profile;
  if (profile === undefined) return unread(reading);
  const directions = findDirections(text, profile);
  // The hedges matter only where there are direction words to set apart.
  const hedges = quantity === undefined || directions.length === 0 ? [] : hedgeStretches(text, quantity, reading);
  const found = directions.filter((match) => outside(match, hedges));
  if (found.some((match) => match.way === change.direction)) return GROUNDED;
  const other = found[0];
  if (other === undefined) {
    return { status: "unchecked", reason: "no direction words", message: say.noDirection(text, change.direction) };
  }
  return {
    status: "mismatched",
    code: "change_mismatch",
    expected: change.direction,
    message: say.otherDirection(text, other.written, other.way, change.direction),
  };
}

/** Checks that an estimate's words stand in a text (its own span, or the statistic's). */
export function checkEstimateText(text: string, estimate: ReadonlyDeep<Estimate>): StatisticOutcome {
  return standsInSpan(text, estimate.words)
    ? GROUNDED
    : {
        status: "mismatched",
        code: "estimate_mismatch",
        expected: `${estimate.kind} (${JSON.stringify(estimate.words)})`,
        message: say.estimateNotInSpan(text, estimate.words),
      };
}

/** Checks that an uncertainty's numbers (and its level) are numbers a text gives. */
export function checkUncertaintyText(
  text: string,
  uncertainty: ReadonlyDeep<Uncertainty>,
  reading: Reading,
): StatisticOutcome {
  const format = reading.format;
  if (format === undefined) {
    return { status: "unchecked", reason: "no number format", message: say.unknownLocale(reading.tag) };
  }
  const wanted = uncertainty.kind === "interval" ? [uncertainty.min, uncertainty.max] : [uncertainty.value];
  if (uncertainty.level !== undefined) wanted.push(uncertainty.level);
  const readings = readNumbers(text, reading.profile, format, false);
  const missing = wanted.filter((value) => !readings.some((r) => sameNumber(r.value, value)));
  if (missing.length === 0) return GROUNDED;
  const expected =
    uncertainty.kind === "interval"
      ? `interval ${say.showNumber(uncertainty.min)} to ${say.showNumber(uncertainty.max)}`
      : `margin ${say.showNumber(uncertainty.value)}`;
  return {
    status: "mismatched",
    code: "statistic_mismatch",
    expected,
    message: say.numbersMissing(
      text,
      missing,
      readings.map((r) => r.value),
    ),
  };
}

/**
 * Checks what a statistic's span must also show beyond its quantity: the
 * rate, change, estimate and uncertainty that have no span of their own,
 * and that it drops no rate ("a month" with no `per`) and no change
 * ("rose" with no `change`).
 *
 * @returns One outcome per facet checked, in that order.
 */
export function checkFacets(text: string, statistic: ReadonlyDeep<Statistic>, reading: Reading): StatisticOutcome[] {
  const out: StatisticOutcome[] = [];
  const profile = reading.profile;
  const { per, change, estimate, uncertainty, quantity, unit } = statistic;
  if (per !== undefined) {
    if (per.span === undefined) out.push(checkRateText(text, per, reading));
  } else if (profile !== undefined && unit.kind !== "duration" && unit.kind !== "age") {
    const dropped = findTimeRates(text, profile)[0];
    if (dropped !== undefined) {
      out.push({
        status: "mismatched",
        code: "rate_mismatch",
        expected: "no rate",
        message: say.droppedRate(text, dropped.written),
      });
    }
  }
  if (change !== undefined) {
    if (change.span === undefined) out.push(checkChangeText(text, change, quantity, reading));
  } else if (profile !== undefined) {
    const directions = findDirections(text, profile);
    const hedges = directions.length === 0 ? [] : hedgeStretches(text, quantity, reading);
    const dropped = directions.find((match) => outside(match, hedges));
    if (dropped !== undefined) {
      out.push({
        status: "mismatched",
        code: "change_mismatch",
        expected: "no change",
        message: say.droppedChange(text, dropped.written),
      });
    }
  }
  if (estimate !== undefined && estimate.span === undefined) out.push(checkEstimateText(text, estimate));
  if (uncertainty !== undefined && uncertainty.span === undefined) {
    out.push(checkUncertaintyText(text, uncertainty, reading));
  }
  return out;
}

/** The outcome that speaks for several: the first mismatch, else the first unchecked, else grounded. */
export function firstProblem(outcomes: readonly StatisticOutcome[]): StatisticOutcome {
  return outcomes.find((o) => o.status === "mismatched") ?? outcomes.find((o) => o.status === "unchecked") ?? GROUNDED;
}
