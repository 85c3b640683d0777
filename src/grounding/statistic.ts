import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Quantity, Unit } from "../schema/quantity.js";
import { atWordBoundaries, findHedges, foldWords, lookupHedge } from "../text/hedges.js";
import type { HedgeClass, LanguageProfile } from "../text/languages/types.js";
import { findMarkers, type Marker } from "../text/markers.js";
import type { DigitFormat } from "../text/number-format.js";
import { type NumberReading, readNumbers } from "../text/numbers.js";
import type { IssueCode } from "../validation/issues.js";
import * as say from "./messages.js";

/** How the article's language is read: its word tables (absent outside the four read in full) and its digits. */
export interface Reading {
  readonly tag: string;
  readonly profile: LanguageProfile | undefined;
  readonly format: DigitFormat | undefined;
}

/** What checking a statistic's span found. */
export type StatisticOutcome =
  | { readonly status: "grounded" }
  | { readonly status: "mismatched"; readonly code: IssueCode; readonly expected: string; readonly message: string }
  | { readonly status: "unchecked"; readonly reason: string; readonly message: string };

/** Whether two numbers are the same up to floating-point rounding. */
export function sameNumber(a: number, b: number): boolean {
  // Tight enough that 1,200,000,001 is not 1.2 billion, loose enough that 4.2 × 10^6 is 4,200,000.
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

function matches(reading: NumberReading, value: number, unit: ReadonlyDeep<Unit>): boolean {
  if (sameNumber(reading.value, value)) return true;
  // A ratio's value is its share, read as the span writes it: "one in four" and "a quarter" are 0.25.
  if (unit.kind === "proportion") return false;
  // A share written as a fraction or a ratio is its percentage: "one in four" is 25 percent, "a third"
  // 33.3 or 33.33 as the record rounds it.
  if (!reading.fraction || unit.kind !== "percent") return false;
  const share = reading.value * 100;
  const decimals = Math.min(6, (String(value).split(".")[1] ?? "").length);
  return sameNumber(share, value) || sameNumber(Number(share.toFixed(decimals)), value);
}

/**
 * In a range whose scale word follows only its second number ("zwischen 4
 * und 5 Millionen Euro", "between 3 and 5 million"), the first number takes
 * that scale too: the reading of the low end, scaled.
 */
function sharedScale(
  quantity: ReadonlyDeep<Quantity>,
  value: number,
  readings: readonly NumberReading[],
  unit: ReadonlyDeep<Unit>,
): NumberReading | undefined {
  if (quantity.kind !== "range" || value !== quantity.min) return undefined;
  const high = readings.find((r) => matches(r, quantity.max, unit) && r.scale > 1);
  if (high === undefined) return undefined;
  return readings.find((r) => r.end <= high.start && r.scale === 1 && sameNumber(r.value * high.scale, value));
}

function wantedNumbers(quantity: ReadonlyDeep<Quantity>): number[] {
  switch (quantity.kind) {
    case "exact":
    case "approximate":
    case "bound":
      return [quantity.value];
    case "range":
      return [quantity.min, quantity.max];
    case "vague":
      return [];
    case "ratio":
      return [quantity.numerator / quantity.denominator];
  }
}

function describeQuantity(quantity: ReadonlyDeep<Quantity>): string {
  switch (quantity.kind) {
    case "exact":
      return `exact ${say.showNumber(quantity.value)}`;
    case "approximate":
      return `approximate ${say.showNumber(quantity.value)} (${JSON.stringify(quantity.hedge)})`;
    case "bound":
      return `${quantity.relation} ${say.showNumber(quantity.value)} (${JSON.stringify(quantity.hedge)})`;
    case "range":
      return `${say.showNumber(quantity.min)} to ${say.showNumber(quantity.max)}`;
    case "vague":
      return JSON.stringify(quantity.expression);
    case "ratio": {
      const hedge = quantity.hedge === undefined ? "" : ` (${JSON.stringify(quantity.hedge)})`;
      return `ratio ${say.showNumber(quantity.numerator)}/${say.showNumber(quantity.denominator)}${hedge}`;
    }
  }
}

/**
 * Whether `words` stand in `text` at word boundaries, as the text writes
 * them or in lower case (the convention of records written for 1.0), with
 * typographic apostrophes folded.
 */
export function standsInSpan(text: string, words: string): boolean {
  return standsInFolded(text, foldWords(text), words);
}

/** {@link standsInSpan} in a text folded already with `foldWords`, for a text searched for several words. */
export function standsInFolded(text: string, folded: string, words: string): boolean {
  const wanted = foldWords(words);
  const lowerCase = words === words.toLowerCase();
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (atWordBoundaries(folded, at, end) && (lowerCase || straight(text.slice(at, end)) === straight(words))) {
      return true;
    }
  }
  return false;
}

/** A text with typographic apostrophes made straight. */
function straight(text: string): string {
  return text.replace(/[\u2019\u02BC]/g, "'");
}

const RELATION_WORDS: Readonly<Record<HedgeClass, string>> = {
  approximate: "makes its number approximate",
  "more-than": "is a bound (more-than)",
  "at-least": "is a bound (at-least)",
  "fewer-than": "is a bound (fewer-than)",
  "at-most": "is a bound (at-most)",
};

function hedgeSays(classes: readonly HedgeClass[]): string {
  return classes.map((c) => RELATION_WORDS[c]).join(" or ");
}

/** Checks the hedge or expression of a quantity against the span's words. */
function checkHedge(
  text: string,
  quantity: ReadonlyDeep<Quantity>,
  readings: readonly NumberReading[],
  reading: Reading,
): StatisticOutcome {
  const profile = reading.profile;
  const mismatch = (code: IssueCode, message: string): StatisticOutcome => ({
    status: "mismatched",
    code,
    expected: describeQuantity(quantity),
    message,
  });
  if (quantity.kind === "vague") {
    return standsInSpan(text, quantity.expression)
      ? { status: "grounded" }
      : mismatch("hedge_mismatch", say.expressionNotInSpan(text, quantity.expression));
  }
  if (quantity.kind === "exact" || (quantity.kind === "ratio" && quantity.hedge === undefined)) {
    if (profile === undefined) {
      return { status: "unchecked", reason: "language not read", message: say.unreadLanguage(reading.tag) };
    }
    const hedge = findHedges(text, profile)[0];
    if (hedge !== undefined) return mismatch("hedge_mismatch", say.hedgeInExact(text, hedge.written));
    if (readings.some((r) => r.approximate)) return mismatch("hedge_mismatch", say.approximateWordInExact(text));
    return { status: "grounded" };
  }
  const hedge = quantity.hedge;
  if (hedge === undefined) return { status: "grounded" };
  if (!standsInSpan(text, hedge)) return mismatch("hedge_mismatch", say.hedgeNotInSpan(text, hedge));
  if (profile === undefined) {
    return { status: "unchecked", reason: "language not read", message: say.unreadLanguage(reading.tag) };
  }
  const entry = lookupHedge(hedge, profile);
  const relation = quantity.kind === "bound" || quantity.kind === "ratio" ? quantity.relation : undefined;
  const wanted: HedgeClass = relation ?? "approximate";
  if (entry === undefined) {
    // "une vingtaine", "a score": a round number word is its own hedge.
    const roundWord = readings.some((r) => r.approximate && foldWords(text.slice(r.start, r.end)) === foldWords(hedge));
    if (roundWord && wanted === "approximate") return { status: "grounded" };
    return { status: "unchecked", reason: "hedge not in lexicon", message: say.unknownHedge(hedge, profile.name) };
  }
  if (!entry.classes.includes(wanted)) {
    const records =
      relation !== undefined
        ? `a bound ${relation}`
        : `an approximate ${quantity.kind === "range" ? "range" : quantity.kind === "ratio" ? "ratio" : "number"}`;
    return mismatch("hedge_mismatch", say.hedgeWrongKind(hedge, hedgeSays(entry.classes), records));
  }
  return { status: "grounded" };
}

/** Units whose words may stand before their number: "magnitude 6.1", "Stärke 5,4", "aged 54", "âgé de 54 ans". */
const LEADING_UNITS: ReadonlySet<string> = new Set(["magnitude", "age"]);

/**
 * Markers of units that say what a number measures: those that follow a
 * number directly ("680-kilometre", "30 Minuten") or, for a magnitude or an
 * age, stand just before it ("magnitude 6.1", "aged 54"); not those a
 * number's scale took; with no number in the span (a vague quantity,
 * "cientos de años"), every unit marker of the span.
 */
function unitMarkersAfterNumbers(
  text: string,
  markers: readonly Marker[],
  readings: readonly NumberReading[],
): Marker[] {
  return markers.filter(
    (marker) =>
      marker.kind === "unit" &&
      !readings.some((r) => marker.start < r.end && marker.end > r.start) &&
      (readings.length === 0 ||
        readings.some((r) => r.end <= marker.start && /^[\s\u00A0\u202F-]*$/.test(text.slice(r.end, marker.start))) ||
        ([...marker.codes].some((code) => LEADING_UNITS.has(code)) &&
          readings.some((r) => marker.end <= r.start && /^[\s\u00A0\u202F]*$/.test(text.slice(marker.end, r.start))))),
  );
}

function unitName(unit: ReadonlyDeep<Unit>): string {
  switch (unit.kind) {
    case "count":
      return `a count of ${unit.noun}`;
    case "percent":
      return "percent";
    case "money":
      return unit.currency;
    case "magnitude":
      return "a magnitude";
    case "points":
      return "points";
    case "proportion":
      return "a proportion";
    case "age":
      return `an age in ${unit.unit}s`;
    default:
      return unit.unit;
  }
}

/** The marker codes that agree with a unit: its own unit, and for an age any age word. */
function claimedCodes(unit: ReadonlyDeep<Unit>): readonly string[] {
  switch (unit.kind) {
    case "duration":
      // Records written for 1.0 give an age ("65-Jährigen") as a duration in years.
      return [unit.unit, `age:${unit.unit}`];
    case "length":
    case "area":
    case "mass":
    case "volume":
    case "temperature":
      return [unit.unit];
    case "magnitude":
      return ["magnitude"];
    case "points":
      return ["points"];
    case "age":
      return ["age", `age:${unit.unit}`, unit.unit];
    default:
      return [];
  }
}

function shows(marker: Marker): string {
  if (marker.kind === "percent") return `${JSON.stringify(marker.written)}, a percentage`;
  const codes = [...marker.codes];
  const listed = codes.length > 4 ? `${codes.slice(0, 4).join(", ")}, …` : codes.join(", ");
  return `${JSON.stringify(marker.written)} (${listed})`;
}

/** Checks the currency, percent or unit the span shows against the statistic's unit. */
function checkUnit(
  text: string,
  unit: ReadonlyDeep<Unit>,
  markers: readonly Marker[],
  readings: readonly NumberReading[],
  matched: readonly NumberReading[],
): StatisticOutcome {
  const fail = (message: string): StatisticOutcome => ({
    status: "mismatched",
    code: "unit_mismatch",
    expected: unitName(unit),
    message,
  });
  const claimed = claimedCodes(unit);
  // "5 pounds" of a mass: a currency word that is also the unit's word is the unit.
  const currencies = markers.filter(
    (m) => m.kind === "currency" && (unit.kind === "money" || !claimed.some((code) => m.units?.has(code))),
  );
  if (unit.kind === "money") {
    const wrong = currencies.find((m) => !m.codes.has(unit.currency));
    if (wrong !== undefined && !currencies.some((m) => m.codes.has(unit.currency))) {
      return fail(say.unitMismatch(text, shows(wrong), unit.currency));
    }
  } else if (currencies[0] !== undefined) {
    return fail(say.unitMismatch(text, shows(currencies[0]), unitName(unit)));
  }
  const percent = markers.find((m) => m.kind === "percent");
  if (unit.kind !== "percent" && percent !== undefined)
    return fail(say.unitMismatch(text, shows(percent), unitName(unit)));
  if (unit.kind === "percent" && percent === undefined && matched.some((r) => !r.fraction)) {
    return fail(say.unitMismatch(text, "no percent sign or word", "percent"));
  }
  const units = unitMarkersAfterNumbers(text, markers, readings);
  if (units.length > 0) {
    const wrong = units.find((m) => !claimed.some((code) => m.codes.has(code)));
    if (wrong !== undefined) return fail(say.unitMismatch(text, shows(wrong), unitName(unit)));
  }
  return { status: "grounded" };
}

/**
 * Checks a statistic's span against its quantity and unit, reading the
 * span in the article's language: every number of the quantity must be
 * one the span gives (scaled by its scale words, a fraction or ratio as its
 * percentage), the hedge must be the span's words and mean what the kind
 * and relation say (a hedge in the span makes `exact` wrong), and a
 * currency, percent sign or unit word in the span must agree with the
 * unit. What cannot be read (number words or hedges outside the four
 * languages read in full, a hedge missing from the lexicon) is
 * `unchecked`, never grounded.
 *
 * @param text - The body's text at the statistic's span.
 * @param quantity - The statistic's quantity.
 * @param unit - The statistic's unit.
 * @param reading - How the article's language is read.
 * @returns Whether the span holds the statistic, and why not.
 */
export function checkStatisticText(
  text: string,
  quantity: ReadonlyDeep<Quantity>,
  unit: ReadonlyDeep<Unit>,
  reading: Reading,
): StatisticOutcome {
  const format = reading.format;
  if (format === undefined) {
    return { status: "unchecked", reason: "no number format", message: say.unknownLocale(reading.tag) };
  }
  const markers = findMarkers(text, reading.tag, reading.profile);
  const readings = readNumbers(
    text,
    reading.profile,
    format,
    markers.some((m) => m.kind === "currency"),
  );
  const percentSign = markers.find((m) => m.kind === "percent");
  if (unit.kind === "proportion" && percentSign !== undefined) {
    // "25%" is a percentage, not a ratio: the unit, not the number, is what is wrong.
    return {
      status: "mismatched",
      code: "unit_mismatch",
      expected: unitName(unit),
      message: say.unitMismatch(text, shows(percentSign), "a proportion; record a percentage as percent"),
    };
  }
  const wanted = wantedNumbers(quantity);
  const matched: NumberReading[] = [];
  const missing: number[] = [];
  for (const value of wanted) {
    const found = readings.find((r) => matches(r, value, unit)) ?? sharedScale(quantity, value, readings, unit);
    if (found === undefined) missing.push(value);
    else matched.push(found);
  }
  if (missing.length > 0) {
    const wordsOnly = readings.length === 0 && !/\d/.test(text);
    if (reading.profile === undefined && wordsOnly) {
      return { status: "unchecked", reason: "language not read", message: say.unreadLanguage(reading.tag) };
    }
    return {
      status: "mismatched",
      code: "statistic_mismatch",
      expected: describeQuantity(quantity),
      message: say.numbersMissing(
        text,
        missing,
        readings.map((r) => r.value),
      ),
    };
  }
  const unitOutcome = checkUnit(text, unit, markers, readings, matched);
  if (unitOutcome.status !== "grounded") return unitOutcome;
  return checkHedge(text, quantity, readings, reading);
}
