import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Quantity, Unit } from "../schema/quantity.js";

/** Options for {@link formatQuantity}. */
export interface FormatOptions {
  /** The BCP 47 locale (or list of locales, best first) numbers are written in; `"en"` when absent. */
  readonly locale?: string | readonly string[];
}

type Locale = string | string[];

/** The locale of a {@link FormatOptions}, `"en"` when none is given. */
export function localeOf(options: FormatOptions): Locale {
  const { locale } = options;
  if (typeof locale === "string") return locale;
  return locale === undefined || locale.length === 0 ? "en" : [...locale];
}

/** Units `Intl.NumberFormat` names itself (sanctioned simple units), and how to show them. */
const INTL_UNITS: Readonly<Record<string, { readonly unit: string; readonly display: "short" | "long" }>> = {
  m: { unit: "meter", display: "short" },
  km: { unit: "kilometer", display: "short" },
  mi: { unit: "mile", display: "short" },
  ha: { unit: "hectare", display: "short" },
  kg: { unit: "kilogram", display: "short" },
  second: { unit: "second", display: "long" },
  minute: { unit: "minute", display: "long" },
  hour: { unit: "hour", display: "long" },
  day: { unit: "day", display: "long" },
  week: { unit: "week", display: "long" },
  month: { unit: "month", display: "long" },
  year: { unit: "year", display: "long" },
};

/** Units `Intl.NumberFormat` does not know, with their symbol and plural name. */
const OTHER_UNITS: Readonly<Record<string, { readonly symbol: string; readonly plural: string }>> = {
  m2: { symbol: "m²", plural: "square metres" },
  km2: { symbol: "km²", plural: "square kilometres" },
  "sq-mi": { symbol: "sq mi", plural: "square miles" },
  t: { symbol: "t", plural: "tonnes" },
};

const NUMERIC_PARTS = new Set(["integer", "group", "decimal", "fraction", "minusSign", "plusSign"]);

function format(locale: Locale, options: Intl.NumberFormatOptions, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, ...options }).format(value);
}

/** A large number in words ("2.5 million"), when that loses nothing; else `undefined`. */
function compactWords(locale: Locale, value: number): string | undefined {
  if (Math.abs(value) < 1e6) return undefined;
  const short = format(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }, value);
  const long = format(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 6 }, value);
  return short === long ? short : undefined;
}

function plainNumber(locale: Locale, value: number): string {
  return compactWords(locale, value) ?? format(locale, {}, value);
}

function money(locale: Locale, currency: string, value: number): string {
  const digits = Number.isInteger(value) ? { minimumFractionDigits: 0 } : { minimumFractionDigits: 2 };
  const words = compactWords(locale, value);
  if (words === undefined) return format(locale, { style: "currency", currency, ...digits }, value);
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

/** The number with its unit, as the locale writes them ("680 km", "40%", "€2.5 million", "3,500 people"). */
function withUnit(locale: Locale, unit: ReadonlyDeep<Unit>, value: number): string {
  switch (unit.kind) {
    case "count":
      return `${plainNumber(locale, value)} ${unit.noun}`;
    case "percent":
      return format(locale, { style: "unit", unit: "percent" }, value);
    case "money":
      return money(locale, unit.currency, value);
    case "length":
    case "area":
    case "mass":
    case "duration": {
      const known = INTL_UNITS[unit.unit];
      if (known !== undefined) {
        return format(locale, { style: "unit", unit: known.unit, unitDisplay: known.display }, value);
      }
      return `${format(locale, {}, value)} ${OTHER_UNITS[unit.unit]?.symbol ?? unit.unit}`;
    }
  }
}

/** The number alone, for the low end of a range whose high end carries the unit. */
function bare(locale: Locale, unit: ReadonlyDeep<Unit>, value: number): string {
  return unit.kind === "money" ? money(locale, unit.currency, value) : plainNumber(locale, value);
}

/** What a unit is called in the plural ("kilometers", "euros"), for a quantity in words ("dozens of kilometers"). */
function unitName(locale: Locale, unit: ReadonlyDeep<Unit>): string {
  const words = (options: Intl.NumberFormatOptions): string =>
    new Intl.NumberFormat(locale, options)
      .formatToParts(2)
      .filter((part) => !NUMERIC_PARTS.has(part.type))
      .map((part) => part.value)
      .join("")
      .trim();
  switch (unit.kind) {
    case "count":
      return unit.noun;
    case "percent":
      return "";
    case "money":
      return words({ style: "currency", currency: unit.currency, currencyDisplay: "name" });
    default: {
      const known = INTL_UNITS[unit.unit];
      if (known !== undefined) return words({ style: "unit", unit: known.unit, unitDisplay: "long" });
      return OTHER_UNITS[unit.unit]?.plural ?? unit.unit;
    }
  }
}

/**
 * Writes a quantity with its unit as an English reader expects, keeping the
 * article's hedging: "680 km", "some 3,500 people", "more than 200 people",
 * "between 300 and 400 workers", "several hundred migrants", "nearly 40%",
 * "€2.5 million". Numbers, units and currencies follow the locale through
 * `Intl.NumberFormat` ("3.500", "40 %", "2,5 Millionen €" in `de`); the
 * words (hedges, nouns, "between … and") are the record's own, in English.
 * A million or more is written with its scale word when that loses no
 * digit. A vague percentage is its words alone ("most"); another vague
 * quantity of a measured unit reads "dozens of kilometers".
 *
 * @param quantity - The quantity, exact, approximate, a bound, a range or vague.
 * @param unit - What it counts or measures.
 * @param options - `{ locale }`, `"en"` by default.
 * @returns The quantity in words.
 * @throws RangeError when `locale` is not a valid BCP 47 tag, as `Intl` does.
 * @example
 * ```ts
 * import { formatQuantity } from "news-schema";
 *
 * formatQuantity({ kind: "approximate", value: 3500, hedge: "some" }, { kind: "count", noun: "people" }); // => "some 3,500 people"
 * formatQuantity({ kind: "range", min: 300, max: 400 }, { kind: "count", noun: "workers" }); // => "between 300 and 400 workers"
 * formatQuantity({ kind: "exact", value: 2500000 }, { kind: "money", currency: "EUR" }); // => "€2.5 million"
 * formatQuantity({ kind: "approximate", value: 3500, hedge: "some" }, { kind: "count", noun: "people" }, { locale: "de" }); // => "some 3.500 people"
 * ```
 */
export function formatQuantity(
  quantity: ReadonlyDeep<Quantity>,
  unit: ReadonlyDeep<Unit>,
  options: FormatOptions = {},
): string {
  const locale = localeOf(options);
  switch (quantity.kind) {
    case "exact":
      return withUnit(locale, unit, quantity.value);
    case "approximate":
    case "bound":
      return `${quantity.hedge} ${withUnit(locale, unit, quantity.value)}`;
    case "range": {
      const range = `between ${bare(locale, unit, quantity.min)} and ${withUnit(locale, unit, quantity.max)}`;
      return quantity.hedge === undefined ? range : `${quantity.hedge} ${range}`;
    }
    case "vague": {
      const name = unitName(locale, unit);
      if (name === "") return quantity.expression;
      return unit.kind === "count" ? `${quantity.expression} ${name}` : `${quantity.expression} of ${name}`;
    }
  }
}
