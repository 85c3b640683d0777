import { notARecord, parsePart, readOptions } from "../internal/guard.js";
import { canonicalTag, languageOf, type ResolvedLocale, resolveLocale } from "../internal/locale.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { type Quantity, QuantitySchema, type RatioQuantity, type Unit, UnitSchema } from "../schema/quantity.js";
import { PHRASES, type Phrases } from "./phrases.js";

/** Options for the helpers that write words. */
export interface FormatOptions {
  /**
   * The BCP 47 locale (or list of locales, best first) to write in. By
   * default the article's language (`"en"` for {@link formatQuantity}, which
   * has no article). `"de_DE"` is read as `"de-DE"`; a value that is not a
   * locale is ignored in favour of the default. Sentences are written in
   * English, German, French or Spanish; a locale of any other language gives
   * English throughout, numbers and dates included, so that no sentence
   * mixes two languages.
   */
  readonly locale?: string | readonly string[];
}

/** Options for {@link formatQuantity}. */
export interface FormatQuantityOptions extends FormatOptions {
  /**
   * The language the quantity's own words (hedge, quantity words, noun) are
   * in: the article's language. When it differs from the language written
   * in, a hedge or a bound is worded afresh from its kind ("etwa", "mehr
   * als") instead of being pasted in; quantity words and nouns, which have
   * no kind to word them from, stay as the record gives them. By default
   * the words are taken to be in the language written in.
   */
  readonly wordsLanguage?: string;
}

/** Where a helper writes: the resolved locale and its row of words. */
export interface WritingContext extends ResolvedLocale {
  /** The language's words. */
  readonly phrases: Phrases;
}

/** The context for a locale asked for, falling back to `fallback` (the article's language), then English. */
export function writingContext(requested: unknown, fallback?: unknown): WritingContext {
  const resolved = resolveLocale(requested, fallback);
  return { ...resolved, phrases: PHRASES[resolved.language] };
}

/** Units `Intl.NumberFormat` names itself (sanctioned simple units), and how to show them. */
const INTL_UNITS: Readonly<Record<string, { readonly unit: string; readonly display: "short" | "long" }>> = {
  m: { unit: "meter", display: "short" },
  km: { unit: "kilometer", display: "short" },
  mi: { unit: "mile", display: "short" },
  ha: { unit: "hectare", display: "short" },
  kg: { unit: "kilogram", display: "short" },
  mm: { unit: "millimeter", display: "short" },
  cm: { unit: "centimeter", display: "short" },
  ft: { unit: "foot", display: "short" },
  g: { unit: "gram", display: "short" },
  lb: { unit: "pound", display: "short" },
  ml: { unit: "milliliter", display: "short" },
  l: { unit: "liter", display: "short" },
  celsius: { unit: "celsius", display: "short" },
  fahrenheit: { unit: "fahrenheit", display: "short" },
  second: { unit: "second", display: "long" },
  minute: { unit: "minute", display: "long" },
  hour: { unit: "hour", display: "long" },
  day: { unit: "day", display: "long" },
  week: { unit: "week", display: "long" },
  month: { unit: "month", display: "long" },
  year: { unit: "year", display: "long" },
};

const NUMERIC_PARTS = new Set(["integer", "group", "decimal", "fraction", "minusSign", "plusSign"]);

function format(locale: string, options: Intl.NumberFormatOptions, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, ...options }).format(value);
}

/** A large number in scale words ("2.5 million", "2,5 Millionen"), when that loses no digit; else `undefined`. */
function compactWords(locale: string, value: number): string | undefined {
  if (Math.abs(value) < 1e6) return undefined;
  const short = format(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }, value);
  const long = format(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 6 }, value);
  return short === long ? short : undefined;
}

function plainNumber(locale: string, value: number): string {
  return compactWords(locale, value) ?? format(locale, {}, value);
}

/** The words of a number format without the number ("kilometers", "euros"), as for 2 of them. */
function wordsOf(locale: string, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options)
    .formatToParts(2)
    .filter((part) => !NUMERIC_PARTS.has(part.type))
    .map((part) => part.value)
    .join("")
    .trim();
}

function money(ctx: WritingContext, currency: string, value: number): string {
  const locale = ctx.tag;
  const digits = Number.isInteger(value) ? { minimumFractionDigits: 0 } : { minimumFractionDigits: 2 };
  const words = compactWords(locale, value);
  if (words === undefined) return format(locale, { style: "currency", currency, ...digits }, value);
  if (ctx.phrases.scaledMoney === "name") {
    return ctx.phrases.scaled(words, wordsOf(locale, { style: "currency", currency, currencyDisplay: "name" }));
  }
  // Intl writes compact currency only in its short form ("€2.5M"): put the
  // long scale word of the plain number ("2.5 million") in its place.
  const wordParts = new Intl.NumberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 6,
  }).formatToParts(value);
  let lastNumeric = -1;
  wordParts.forEach((part, i) => {
    if (NUMERIC_PARTS.has(part.type)) lastNumeric = i;
  });
  const scale = wordParts
    .slice(lastNumeric + 1)
    .map((p) => p.value)
    .join("");
  const parts = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 6,
  }).formatToParts(value);
  let out = "";
  parts.forEach((part, i) => {
    if (part.type === "compact") out += scale;
    else if (part.type === "literal" && parts[i + 1]?.type === "compact") return;
    else out += part.value;
  });
  return out;
}

/** Units `Intl` cannot name, which the language's row names. */
type OtherUnit = keyof Phrases["otherUnits"];
const OTHER_UNITS: ReadonlySet<string> = new Set<OtherUnit>(["m2", "km2", "sq-mi", "t", "mg", "hl", "m3"]);
const isOther = (unit: string): unit is OtherUnit => OTHER_UNITS.has(unit);

/** A unit of measure with a code: length, area, mass, duration, volume, temperature. */
type MeasuredUnit = Extract<Unit, { unit: string }>;

/** What a unit is called in the plural ("kilometers", "euros", "Tonnen"), after a scale word or quantity words. */
function unitName(ctx: WritingContext, unit: ReadonlyDeep<Unit>): string {
  switch (unit.kind) {
    case "count":
      return unit.noun;
    case "percent":
    case "proportion":
      return "";
    case "money":
      return wordsOf(ctx.tag, { style: "currency", currency: unit.currency, currencyDisplay: "name" });
    case "magnitude":
      // The scale's word alone ("magnitude", "Stärke"): a scale's name reads only after a number.
      return ctx.phrases.magnitude("", "moment").trim();
    case "points":
      return ctx.phrases.points("", false).trim();
    case "age":
      return wordsOf(ctx.tag, { style: "unit", unit: unit.unit, unitDisplay: "long" });
    default:
      return measuredName(ctx, unit);
  }
}

function measuredName(ctx: WritingContext, unit: ReadonlyDeep<MeasuredUnit>): string {
  if (unit.unit === "barrel") return ctx.phrases.barrels[1];
  const known = INTL_UNITS[unit.unit];
  if (known !== undefined) return wordsOf(ctx.tag, { style: "unit", unit: known.unit, unitDisplay: "long" });
  return isOther(unit.unit) ? ctx.phrases.otherUnits[unit.unit].plural : unit.unit;
}

/** A measured unit after its number ("680 km", "38 °C", "3 barrels", "1,200 km²"). */
function measured(ctx: WritingContext, unit: ReadonlyDeep<MeasuredUnit>, value: number): string {
  const { tag, phrases } = ctx;
  if (unit.kind === "duration" && value === 1) return phrases.oneDuration[unit.unit];
  const words = compactWords(tag, value);
  if (words !== undefined) return phrases.scaled(words, measuredName(ctx, unit));
  if (unit.unit === "barrel") {
    const one = new Intl.PluralRules(tag).select(value) === "one";
    return `${format(tag, {}, value)} ${phrases.barrels[one ? 0 : 1]}`;
  }
  const known = INTL_UNITS[unit.unit];
  if (known !== undefined) return format(tag, { style: "unit", unit: known.unit, unitDisplay: known.display }, value);
  return `${format(tag, {}, value)} ${isOther(unit.unit) ? phrases.otherUnits[unit.unit].symbol : unit.unit}`;
}

/** The number with its unit, as the language writes them ("680 km", "40 %", "€2.5 million", "1 person", "a year"). */
function withUnit(ctx: WritingContext, unit: ReadonlyDeep<Unit>, value: number): string {
  const { tag, phrases } = ctx;
  switch (unit.kind) {
    case "count": {
      const words = compactWords(tag, value);
      if (words !== undefined) return phrases.scaled(words, unit.noun);
      const one = new Intl.PluralRules(tag).select(value) === "one";
      return `${format(tag, {}, value)} ${one ? phrases.singular(unit.noun) : unit.noun}`;
    }
    case "percent":
      return format(tag, { style: "unit", unit: "percent" }, value);
    case "money":
      return money(ctx, unit.currency, value);
    case "proportion":
      return plainNumber(tag, value);
    case "magnitude":
      return phrases.magnitude(format(tag, {}, value), unit.scale);
    case "points": {
      const one = new Intl.PluralRules(tag).select(value) === "one";
      const points = phrases.points(plainNumber(tag, value), one);
      return unit.of === undefined ? points : `${points} (${unit.of})`;
    }
    case "age":
      return phrases.age(format(tag, { style: "unit", unit: unit.unit, unitDisplay: "long" }, value));
    default:
      return measured(ctx, unit, value);
  }
}

/** The number alone, for the low end of a range whose high end carries the unit. */
function bare(ctx: WritingContext, unit: ReadonlyDeep<Unit>, value: number): string {
  return unit.kind === "money" ? money(ctx, unit.currency, value) : plainNumber(ctx.tag, value);
}

/** Two numbers in the unit, the unit written once ("49–66%", "€2–€3 million"), for a confidence interval. */
export function writeInterval(ctx: WritingContext, unit: ReadonlyDeep<Unit>, min: number, max: number): string {
  return `${bare(ctx, unit, min)}–${withUnit(ctx, unit, max)}`;
}

/** One number in the unit ("3%", "€2.5 million"), for a margin of error or a level. */
export function writeValue(ctx: WritingContext, unit: ReadonlyDeep<Unit>, value: number): string {
  return withUnit(ctx, unit, value);
}

/** A quantity in words only: "several hundred migrants", "dozens of kilometers", "mainly (more than 50%)". */
function vague(
  ctx: WritingContext,
  quantity: ReadonlyDeep<Extract<Quantity, { kind: "vague" }>>,
  unit: ReadonlyDeep<Unit>,
): string {
  const { phrases } = ctx;
  const { expression } = quantity;
  if (unit.kind === "percent") {
    const pct = (value: number): string => format(ctx.tag, { style: "unit", unit: "percent" }, value);
    const { min, max } = quantity;
    const bounds =
      min !== undefined && (max === undefined || max >= 100)
        ? phrases.share.over(pct(min))
        : min !== undefined && max !== undefined
          ? phrases.share.between(pct(min), pct(max))
          : max !== undefined
            ? phrases.share.under(pct(max))
            : phrases.share.none;
    return `${expression} (${bounds})`;
  }
  const name = unitName(ctx, unit);
  const lower = expression.toLowerCase();
  const named = lower.includes(name.toLowerCase()) || (unit.kind === "duration" && phrases.timeWords.test(expression));
  if (named) return expression;
  return phrases.takesOf.test(lower) ? phrases.of(expression, name) : `${expression} ${name}`;
}

/**
 * Writes a quantity with its unit as a reader of the language expects,
 * keeping the article's hedging: "some 3,500 people", "more than 200
 * people", "between 300 and 400 workers", "roughly 300 to 400 workers",
 * "several hundred migrants", "dozens of kilometers", "nearly 40%", "€2.5
 * million", "3.4 million tonnes", "a year", "1 ship"; in German "rund 3.500
 * Beschäftigte", "zwischen 200 und 250 Beschäftigte", "2,5 Millionen Euro";
 * in French "entre 200 et 250 salariés", "2,5 millions d’euros"; in Spanish
 * "entre 200 y 250 trabajadores", "2,5 millones de euros".
 *
 * - Numbers, percentages, currencies, units and scale words come from
 *   `Intl.NumberFormat`; a million or more is written with its scale word
 *   when that loses no digit. Plurals come from `Intl.PluralRules`: a count
 *   of one takes the singular of the record's plural noun in English, French
 *   and Spanish (German keeps the record's noun: its plurals have no rule
 *   safe enough to undo).
 * - The words of the range, of "of", and the units `Intl` cannot name
 *   (tonnes, square kilometres) come from the language's row of phrases.
 * - The hedge and quantity words are the record's own (see
 *   `wordsLanguage`). A vague share says the bounds the record infers
 *   ("mainly (more than 50%)"), or that none is given.
 *
 * It never throws: a locale that cannot be used falls back to English (see
 * {@link FormatOptions}); a quantity or unit that is not well formed (an
 * unknown kind, a missing number) gives a sentence saying so.
 *
 * @param quantity - The quantity, exact, approximate, a bound, a range or vague.
 * @param unit - What it counts or measures.
 * @param options - `{ locale, wordsLanguage }`, English by default.
 * @returns The quantity in words.
 * @example
 * ```ts
 * import { formatQuantity } from "news-schema";
 *
 * formatQuantity({ kind: "approximate", value: 3500, hedge: "some" }, { kind: "count", noun: "people" }); // => "some 3,500 people"
 * formatQuantity({ kind: "range", min: 300, max: 400 }, { kind: "count", noun: "workers" }); // => "between 300 and 400 workers"
 * formatQuantity({ kind: "exact", value: 2500000 }, { kind: "money", currency: "EUR" }); // => "€2.5 million"
 * formatQuantity({ kind: "exact", value: 1 }, { kind: "count", noun: "ships" }); // => "1 ship"
 * formatQuantity({ kind: "range", min: 200, max: 250 }, { kind: "count", noun: "Beschäftigte" }, { locale: "de" }); // => "zwischen 200 und 250 Beschäftigte"
 * formatQuantity({ kind: "approximate", value: 3500, hedge: "some" }, { kind: "count", noun: "Menschen" }, { locale: "de", wordsLanguage: "en" }); // => "etwa 3.500 Menschen"
 * ```
 */
export function formatQuantity(
  quantity: ReadonlyDeep<Quantity>,
  unit: ReadonlyDeep<Unit>,
  options: FormatQuantityOptions = {},
): string {
  const parsedQuantity = parsePart(QuantitySchema, quantity);
  if (!parsedQuantity.ok) return notARecord(parsedQuantity.issues, "quantity");
  const parsedUnit = parsePart(UnitSchema, unit);
  if (!parsedUnit.ok) return notARecord(parsedUnit.issues, "unit");
  const opts = readOptions(options, ["locale", "wordsLanguage"]);
  const ctx = writingContext(opts.locale, "en");
  const wordsTag = opts.wordsLanguage === undefined ? undefined : canonicalTag(opts.wordsLanguage);
  // A words language that cannot be read is not taken for the sentence's: the hedges are then replaced.
  const ownWords =
    opts.wordsLanguage === undefined || (wordsTag !== undefined && languageOf(wordsTag) === ctx.language);
  return writeQuantity(ctx, parsedQuantity.data, parsedUnit.data, ownWords);
}

/**
 * A well-formed quantity in words, for the helpers that have already
 * checked it; `ownWords` says whether the record's hedges are in the
 * language written.
 */
export function writeQuantity(
  ctx: WritingContext,
  quantity: ReadonlyDeep<Quantity>,
  unit: ReadonlyDeep<Unit>,
  ownWords: boolean,
): string {
  const { phrases } = ctx;
  // A hedge before a number written with a scale word agrees with the scale word ("unos 3,4 millones").
  const hedgeFor = (hedge: string, value: number): string =>
    unit.kind !== "percent" && unit.kind !== "magnitude" && compactWords(ctx.tag, value) !== undefined
      ? phrases.agreeWithScale(hedge)
      : hedge;
  switch (quantity.kind) {
    case "exact":
      return withUnit(ctx, unit, quantity.value);
    case "approximate":
      return phrases.hedged(
        ownWords ? hedgeFor(quantity.hedge, quantity.value) : phrases.about,
        withUnit(ctx, unit, quantity.value),
      );
    case "bound":
      return phrases.hedged(
        ownWords ? hedgeFor(quantity.hedge, quantity.value) : phrases.bound[quantity.relation],
        withUnit(ctx, unit, quantity.value),
      );
    case "range": {
      if (unit.kind === "magnitude") {
        const range = phrases.range(format(ctx.tag, {}, quantity.min), format(ctx.tag, {}, quantity.max));
        const words = phrases.magnitude(range, unit.scale);
        return quantity.hedge === undefined ? words : phrases.hedged(ownWords ? quantity.hedge : phrases.about, words);
      }
      const min = bare(ctx, unit, quantity.min);
      const max = withUnit(ctx, unit, quantity.max);
      if (quantity.hedge === undefined) return phrases.range(min, max);
      return phrases.hedgedRange(ownWords ? hedgeFor(quantity.hedge, quantity.min) : phrases.about, min, max);
    }
    case "vague":
      return vague(ctx, quantity, unit);
    case "ratio":
      return ratio(ctx, quantity, ownWords);
  }
}

/** A ratio in words: "one in four", "1 von 4", "twice", "le double", with its hedge or bound ("nearly one in four"). */
export function ratio(ctx: WritingContext, quantity: ReadonlyDeep<RatioQuantity>, ownWords: boolean): string {
  const { phrases, tag } = ctx;
  const { numerator, denominator } = quantity;
  const written =
    denominator === 1
      ? phrases.times(format(tag, {}, numerator), numerator)
      : phrases.inEvery(format(tag, {}, numerator), format(tag, {}, denominator), numerator, denominator);
  if (quantity.hedge === undefined) return written;
  const hedge = ownWords
    ? quantity.hedge
    : quantity.relation === undefined
      ? phrases.about
      : phrases.bound[quantity.relation];
  return phrases.hedged(hedge, written);
}
