import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { Place } from "../../schema/place.js";
import type { Quantity, Unit } from "../../schema/quantity.js";
import type { NewsRecord } from "../../schema/record.js";
import type { Statistic } from "../../schema/statistic.js";
import type { PathSegment } from "../issues.js";
import type { FactTable } from "./facts.js";
import {
  conversionNotMoney,
  currencySame,
  distanceRatio,
  negativeChange,
  negativeCount,
  negativeDistance,
  rangeReversed,
  ratioUnit,
} from "./messages.js";
import { type LazyPath, type Report, under } from "./report.js";

/** The lowest and highest values a quantity allows, where it gives them; a ratio gives neither. */
function boundsOf(quantity: ReadonlyDeep<Quantity>): { min: number | undefined; max: number | undefined } {
  switch (quantity.kind) {
    case "range":
    case "vague":
      // One shape for every quantity: spreading optional fields takes V8's slow path.
      return { min: quantity.min, max: quantity.max };
    case "ratio":
      return { min: undefined, max: undefined };
    default:
      return { min: quantity.value, max: quantity.value };
  }
}

/** The value of a quantity below zero, when one is: the field to point at and the number. */
function negativeValue(quantity: ReadonlyDeep<Quantity>): { field: string; value: number } | undefined {
  switch (quantity.kind) {
    case "range":
    case "vague":
      if (quantity.min !== undefined && quantity.min < 0) return { field: "min", value: quantity.min };
      if (quantity.max !== undefined && quantity.max < 0) return { field: "max", value: quantity.max };
      return undefined;
    case "ratio":
      return quantity.numerator < 0 ? { field: "numerator", value: quantity.numerator } : undefined;
    default:
      return quantity.value < 0 ? { field: "value", value: quantity.value } : undefined;
  }
}

/** What a value below zero means for a quantity, or `undefined` when it may be negative (a temperature, a score). */
function negativeMeaning(unit: ReadonlyDeep<Unit>, isChange: boolean): ((value: number) => string) | undefined {
  if (isChange) return negativeChange;
  if (unit.kind === "count") return () => negativeCount(unit.noun);
  return undefined;
}

/** Checks one quantity: low end not above high end, and no value below zero where `negative` says why. */
function checkQuantity(
  path: LazyPath,
  quantity: ReadonlyDeep<Quantity>,
  negative: ((value: number) => string) | undefined,
  report: Report,
): void {
  const { min, max } = boundsOf(quantity);
  if (min !== undefined && max !== undefined && min > max) {
    report(path, "range_reversed", rangeReversed(min, max));
  }
  const below = negative === undefined ? undefined : negativeValue(quantity);
  if (below !== undefined && negative !== undefined) {
    report(path, "negative_count", negative(below.value));
  }
}

/** A relative place's distance is a length: not a ratio, ranges in order, never below zero. */
export function checkPlaceDistance(path: LazyPath, place: ReadonlyDeep<Place> | undefined, report: Report): void {
  if (place?.kind !== "relative" || place.distance === undefined) return;
  const at = under(path, "distance", "quantity");
  const quantity = place.distance.quantity;
  if (quantity.kind === "ratio") {
    report(at, "unit_not_allowed", distanceRatio());
    return;
  }
  checkQuantity(at, quantity, negativeDistance, report);
}

/** A conversion links two amounts of money in different currencies. */
function checkConversion(
  at: readonly PathSegment[],
  statistic: ReadonlyDeep<Statistic>,
  otherId: string,
  facts: FactTable,
  report: Report,
): void {
  const other = facts.get(otherId);
  // An id that names nothing, or no statistic, is reported with the references.
  if (other?.kind !== "statistic" || other.unit === undefined) return;
  if (statistic.unit.kind !== "money") {
    report([...at, "relation"], "wrong_reference_kind", conversionNotMoney(statistic.id, "this statistic"));
  } else if (other.unit.kind !== "money") {
    report([...at, "statistic"], "wrong_reference_kind", conversionNotMoney(otherId, "the statistic it converts"));
  } else if (other.unit.currency === statistic.unit.currency) {
    report([...at, "statistic"], "currency_same", currencySame(statistic.unit.currency, otherId));
  }
}

/**
 * Checks the numbers of every statistic: ranges in order, no negative
 * count or change size, a ratio in a proportion unit, a confidence interval
 * in order, conversions between two currencies, and the distances of
 * relative places.
 */
export function checkQuantities(record: ReadonlyDeep<NewsRecord>, facts: FactTable, report: Report): void {
  record.statistics.forEach((statistic, s) => {
    const at: PathSegment[] = ["statistics", s];
    const negative = negativeMeaning(statistic.unit, statistic.change !== undefined);
    checkQuantity([...at, "quantity"], statistic.quantity, negative, report);
    if (statistic.quantity.kind === "ratio" && statistic.unit.kind !== "proportion") {
      report([...at, "unit"], "unit_not_allowed", ratioUnit(statistic.unit.kind));
    }
    const uncertainty = statistic.uncertainty;
    if (uncertainty?.kind === "interval" && uncertainty.min > uncertainty.max) {
      report([...at, "uncertainty"], "range_reversed", rangeReversed(uncertainty.min, uncertainty.max));
    }
    statistic.related?.forEach((link, l) => {
      if (link.relation === "conversion-of")
        checkConversion([...at, "related", l], statistic, link.statistic, facts, report);
    });
    checkPlaceDistance([...at, "place"], statistic.place, report);
  });
  record.events.forEach((event, e) => {
    event.places?.forEach((entry, p) => {
      checkPlaceDistance(["events", e, "places", p, "place"], entry.place, report);
    });
  });
}
