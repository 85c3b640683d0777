import { isAsciiDigit } from "../internal/text.js";
import { primaryLanguage } from "./languages/index.js";

/** A decimal mark and the marks that group thousands with it. */
export interface DigitMarks {
  /** The decimal mark ("." in English, "," in German). */
  readonly decimal: string;
  /** The marks that group thousands ("," in English; ".", spaces and "’" in German). */
  readonly groups: readonly string[];
}

/**
 * How a language writes the digits of a number: the marks of the language
 * as a whole, then those of its region where they differ (newsrooms in
 * Switzerland write "3,5 Millionen" and "1.5"; in South Africa "20,000"
 * and "20 000").
 */
export interface DigitFormat {
  /** The marks to read digits with, in order: the first that reads a number wins. */
  readonly marks: readonly DigitMarks[];
  /** Scale words and abbreviations of the language as `Intl` writes them, lower case ("millionen" → 1e6). */
  readonly scales: ReadonlyMap<string, number>;
  /**
   * One-letter scale abbreviations ("m" in "£5m", "K"), lower case: read as
   * a scale only beside a currency, since alone they are units ("5 m").
   */
  readonly letterScales: ReadonlyMap<string, number>;
}

/** Spaces that languages group thousands with: space, no-break space, narrow no-break space, thin space. */
const SPACES = [" ", "\u00A0", "\u202F", "\u2009"];

/** Group marks each language uses besides the one `Intl` gives, in newsroom practice. */
const EXTRA_GROUPS: Readonly<Record<string, readonly string[]>> = {
  en: SPACES,
  de: [".", "’", "'", ...SPACES],
  fr: [".", ...SPACES],
  es: [".", ...SPACES],
  it: [".", ...SPACES],
  pt: [".", ...SPACES],
};

const cache = new Map<string, DigitFormat | null>();

/** The digit formats of the tags this process read from `Intl`, not from a preset, as data with their locale. */
const builtFromIntl = new Map<string, { readonly locale: string; readonly data: DigitFormatData }>();

/**
 * A digit format as plain data, as tables computed ahead of time hold it:
 * the marks, and the scale words as `[word, scale]` pairs.
 */
export interface DigitFormatData {
  /** The marks to read digits with, in order. */
  readonly marks: readonly DigitMarks[];
  /** Scale words and abbreviations, lower case. */
  readonly scales: readonly (readonly [string, number])[];
  /** One-letter scale abbreviations, lower case. */
  readonly letterScales: readonly (readonly [string, number])[];
}

/** What `Intl` was asked ahead of time, for some tags: `undefined` asks `Intl` for every tag. */
let preset:
  | { readonly locales: Readonly<Record<string, string>>; readonly formats: Readonly<Record<string, DigitFormatData>> }
  | undefined;

/**
 * Uses, for the tags they hold, the locales and digit formats `Intl` gave
 * ahead of time (by {@link canonicalLocale} and {@link digitFormatData}),
 * and `Intl` for every other tag; `undefined` goes back to `Intl` for all.
 * The first question put to `Intl` in a process loads its locale data,
 * tens of milliseconds that a short-lived process such as the command line
 * pays at every start. The caller must make sure the tables were computed
 * with the same `Intl` data (ICU and CLDR versions) as the running platform.
 *
 * @param tables - The canonical locale and the digit format of each tag, or `undefined`.
 */
export function presetDigitFormats(
  tables:
    | {
        readonly locales: Readonly<Record<string, string>>;
        readonly formats: Readonly<Record<string, DigitFormatData>>;
      }
    | undefined,
): void {
  preset = tables;
  cache.clear();
  builtFromIntl.clear();
}

/**
 * The locales and digit formats this process has read from `Intl` so far
 * (for the tags no preset held), as {@link presetDigitFormats} takes them,
 * for a later process on the same `Intl` data to skip reading them. A tag
 * the platform does not know is left out: it is asked again.
 *
 * @returns The locale and the digit format of each tag read from `Intl`.
 */
export function digitFormatsBuiltFromIntl(): {
  locales: Record<string, string>;
  formats: Record<string, DigitFormatData>;
} {
  const locales: Record<string, string> = {};
  const formats: Record<string, DigitFormatData> = {};
  for (const [tag, { locale, data }] of builtFromIntl) {
    locales[tag] = locale;
    formats[tag] = data;
  }
  return { locales, formats };
}

/**
 * The locale `Intl` formats for when asked for `tag` ("en-gb" → "en-GB"), or
 * `undefined` when it does not accept the tag (an unknown language gets
 * `undefined`, not the platform's default locale).
 */
export function canonicalLocale(tag: string): string | undefined {
  if (preset !== undefined && Object.hasOwn(preset.locales, tag)) return preset.locales[tag];
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag])[0];
  } catch {
    return undefined;
  }
}

function marksOf(locale: string, extra: readonly string[]): DigitMarks {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
  const group = parts.find((part) => part.type === "group")?.value ?? ",";
  return { decimal, groups: [...new Set([group, ...extra])].filter((mark) => mark !== decimal) };
}

/** The words `Intl` writes for 10^3 to 10^12 in compact form ("Millionen", "Mio.", "mil millones"), lower case. */
function compactScales(locale: string): Map<string, number> {
  const scales = new Map<string, number>();
  for (const notation of ["long", "short"] as const) {
    const format = new Intl.NumberFormat(locale, { notation: "compact", compactDisplay: notation });
    for (let power = 3; power <= 12; power += 3) {
      const scale = 10 ** power;
      for (const count of [1, 2, 5]) {
        const written = format.format(count * scale);
        const words = written
          .replace(/[\d\s.,'’\u00A0\u202F]+/gu, " ")
          .trim()
          .toLowerCase();
        // A compact form that rounds ("1000 M" for a billion in Spanish) names another scale: skip it.
        const digits = Number(written.replace(/[^\d]/g, ""));
        if (words !== "" && digits === count && !scales.has(words)) scales.set(words, scale);
      }
    }
  }
  return scales;
}

/**
 * How the language of a BCP 47 tag writes numbers in digits, from
 * `Intl.NumberFormat` (so every locale the platform knows is read, with its
 * regional marks: "de-CH" groups with "’", "es-MX" writes "4.2"), plus the
 * group marks newsrooms use beside it. `undefined` when the platform does
 * not know the tag.
 */
export function digitFormat(tag: string): DigitFormat | undefined {
  const cached = cache.get(tag);
  if (cached !== undefined) return cached ?? undefined;
  let data = preset !== undefined && Object.hasOwn(preset.formats, tag) ? preset.formats[tag] : undefined;
  if (data === undefined) {
    const read = intlDigitFormat(tag);
    if (read !== undefined) builtFromIntl.set(tag, read);
    data = read?.data;
  }
  const format =
    data === undefined
      ? null
      : { marks: data.marks, scales: new Map(data.scales), letterScales: new Map(data.letterScales) };
  cache.set(tag, format);
  return format ?? undefined;
}

/**
 * What {@link digitFormat} reads from `Intl` for a tag, as plain data: what
 * the tables computed ahead of time hold (the format is always read from
 * `Intl`, whatever is preset).
 * `undefined` when the platform does not know the tag.
 */
export function digitFormatData(tag: string): DigitFormatData | undefined {
  return intlDigitFormat(tag)?.data;
}

/** {@link digitFormatData}, with the locale `Intl` formats for (asked once for both). */
function intlDigitFormat(tag: string): { readonly locale: string; readonly data: DigitFormatData } | undefined {
  const locale = canonicalLocale(tag);
  if (locale === undefined) return undefined;
  const primary = primaryLanguage(tag);
  const extra = EXTRA_GROUPS[primary] ?? SPACES;
  const marks = [...new Set([primary, locale])].map((each) => marksOf(each, extra));
  const scales: [string, number][] = [];
  const letterScales: [string, number][] = [];
  for (const [word, scale] of compactScales(locale)) {
    if (word.includes(" ")) continue;
    (word.length === 1 ? letterScales : scales).push([word, scale]);
  }
  return { locale, data: { marks, scales, letterScales } };
}

/**
 * Reads a number written in digits with a language's marks: "15.000" is
 * 15000 in German and 15 in English; "4,2" is 4.2 in French; "12 700"
 * with a no-break space is 12700. Groups must hold three digits. The
 * language's own marks are tried first, then its region's.
 * `undefined` when the digits cannot be read either way ("1,5" in English).
 */
export function readDigits(written: string, format: DigitFormat): number | undefined {
  // Digits alone ("2020", "680") read the same with any marks.
  if (format.marks.length > 0 && onlyDigits(written)) return Number(written);
  for (const marks of format.marks) {
    const value = readWith(written, marks);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether a text is one or more ASCII digits and nothing else, as `/^\d+$/` reads it. */
function onlyDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiDigit(code)) return false;
  }
  return true;
}

function readWith(written: string, format: DigitMarks): number | undefined {
  const at = written.lastIndexOf(format.decimal);
  const whole = at < 0 ? written : written.slice(0, at);
  const fraction = at < 0 ? "" : written.slice(at + 1);
  // `onlyDigits` stands for /^\d+$/ here, with no regular expression made per call.
  if (at >= 0 && !onlyDigits(fraction)) return undefined;
  if (!onlyDigits(whole)) {
    const mark = format.groups.find((group) => whole.includes(group));
    if (mark === undefined) return undefined;
    const digits = groupedDigits(whole, mark);
    if (digits === undefined) return undefined;
    return Number(`${digits}${at < 0 ? "" : `.${fraction}`}`);
  }
  return Number(`${whole}${at < 0 ? "" : `.${fraction}`}`);
}

/**
 * The digits of a whole number written in groups, `mark` between them
 * ("12 700" → "12700"): one to three digits, then groups of three. Read in
 * place rather than split, which builds an array and a string per group.
 * `undefined` when the text is not written that way.
 */
function groupedDigits(whole: string, mark: string): string | undefined {
  const first = whole.indexOf(mark);
  if (first < 1 || first > 3) return undefined;
  let digits = whole.slice(0, first);
  if (!onlyDigits(digits)) return undefined;
  let at = first;
  while (at < whole.length) {
    if (!whole.startsWith(mark, at)) return undefined;
    const from = at + mark.length;
    at = from + 3;
    if (at > whole.length) return undefined;
    for (let i = from; i < at; i++) if (!isAsciiDigit(whole.charCodeAt(i))) return undefined;
    digits += whole.slice(from, at);
  }
  return digits;
}
