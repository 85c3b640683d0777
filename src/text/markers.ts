import { isAsciiLetter, isGeneralPunctuation, isLatinLetter, lazyRegExp } from "../internal/text.js";
import { foldWords } from "./hedges.js";
import { en } from "./languages/en.js";
import type { LanguageProfile } from "./languages/types.js";
import { canonicalLocale } from "./number-format.js";

/**
 * A sign or word in a text that says what a number measures: a currency
 * (`codes` holds the ISO 4217 codes it may stand for: "$" many, "€" one),
 * percent, or a unit (`codes` holds the units of the record format it may
 * stand for: "km", "minute", …).
 */
export interface Marker {
  /** What the marker says. */
  readonly kind: "currency" | "percent" | "unit";
  /** The currency codes or units it may stand for; `{"percent"}` for percent. */
  readonly codes: ReadonlySet<string>;
  /** The marker as the text writes it. */
  readonly written: string;
  /** Offset of its first code unit. */
  readonly start: number;
  /** Offset just past its last code unit. */
  readonly end: number;
  /** For a currency word that is also a unit word ("pounds", "livres", "Pfund"): the units it may stand for. */
  readonly units?: ReadonlySet<string>;
}

/** The units of the record format and the `Intl` unit each one is, where `Intl` has it. */
const INTL_UNITS: Readonly<Record<string, string>> = {
  m: "meter",
  km: "kilometer",
  mi: "mile",
  ha: "hectare",
  kg: "kilogram",
  second: "second",
  minute: "minute",
  hour: "hour",
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  mm: "millimeter",
  cm: "centimeter",
  ft: "foot",
  g: "gram",
  lb: "pound",
  l: "liter",
  ml: "milliliter",
  celsius: "celsius",
  fahrenheit: "fahrenheit",
};

/** Unit symbols every language writes alike and `Intl` lacks, by unit. */
const UNIT_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  mg: ["mg"],
  hl: ["hl"],
  m3: ["m³", "cbm"],
  barrel: ["bbl"],
  celsius: ["°c", "ºc", "℃"],
  fahrenheit: ["°f", "ºf", "℉"],
};

/** Unit words `Intl` does not give, by unit, in the four languages read in full. */
const EXTRA_UNITS: Readonly<Record<string, readonly string[]>> = {
  t: ["t", "tonne", "tonnes", "ton", "tons", "tonne métrique", "tonnen", "tonelada", "toneladas"],
  km2: [
    "km²",
    "km2",
    "sq km",
    "square kilometre",
    "square kilometres",
    "square kilometer",
    "square kilometers",
    "quadratkilometer",
    "quadratkilometern",
    "kilomètre carré",
    "kilomètres carrés",
    "kilómetro cuadrado",
    "kilómetros cuadrados",
  ],
  m2: [
    "m²",
    "m2",
    "square metre",
    "square metres",
    "square meter",
    "square meters",
    "quadratmeter",
    "quadratmetern",
    "mètre carré",
    "mètres carrés",
    "metro cuadrado",
    "metros cuadrados",
  ],
  "sq-mi": ["sq mi", "square mile", "square miles", "quadratmeile", "quadratmeilen", "mille carré", "milles carrés"],
  ha: ["hektar", "hectares", "hectáreas", "hectárea"],
  km: ["kilometre", "kilometres", "kilometern"],
  year: ["jahre", "jahren", "jahres", "ans", "années", "año", "años"],
  month: ["monate", "monaten", "mois", "mes", "meses"],
  week: ["wochen", "semaines", "semanas"],
  day: ["tagen", "jours", "días"],
  hour: ["stunden", "heures", "horas"],
  minute: ["minuten", "minutos"],
};

/** Words for a currency that name no one currency, with every code they may stand for. */
const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  dollar: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "NAD", "JMD", "BSD", "BBD", "BZD", "FJD", "LRD", "ZWL"],
  pound: ["GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP", "SHP"],
  franc: ["CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF", "MGA"],
  peso: ["MXN", "ARS", "CLP", "COP", "PHP", "UYU", "CUP", "DOP"],
  euro: ["EUR"],
  rand: ["ZAR"],
  yen: ["JPY"],
  yuan: ["CNY"],
  renminbi: ["CNY"],
  rupee: ["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
  krone: ["NOK", "DKK", "SEK", "ISK", "CZK"],
  real: ["BRL"],
  rouble: ["RUB", "BYN"],
  ruble: ["RUB", "BYN"],
  lira: ["TRY"],
  shekel: ["ILS"],
  naira: ["NGN"],
  shilling: ["KES", "UGX", "TZS", "SOS"],
  zloty: ["PLN"],
  forint: ["HUF"],
};

/** The words above in every form the four languages write them. */
const CURRENCY_FORMS: Readonly<Record<string, string>> = {
  dollars: "dollar",
  dólar: "dollar",
  dólares: "dollar",
  pounds: "pound",
  pfund: "pound",
  livre: "pound",
  livres: "pound",
  libra: "pound",
  libras: "pound",
  francs: "franc",
  franken: "franc",
  franco: "franc",
  francos: "franc",
  "fr.": "franc",
  pesos: "peso",
  euros: "euro",
  "euro-": "euro",
  rupees: "rupee",
  rupien: "rupee",
  roupies: "rupee",
  rupias: "rupee",
  kronen: "krone",
  kroner: "krone",
  kronor: "krone",
  couronnes: "krone",
  coronas: "krone",
  reais: "real",
  reales: "real",
  roubles: "rouble",
  rubel: "rouble",
  rubles: "rouble",
  rublos: "rouble",
  shekels: "shekel",
  schekel: "shekel",
  shillings: "shilling",
};

/** Markers by the character they start with, each list longest first, so that "us$" is found before "$". */
type Table = ReadonlyMap<string, readonly (readonly [string, ReadonlySet<string>])[]>;

type Building = Map<string, Set<string>>;

interface MarkerTables {
  /** Currency symbols as written ("$", "KM", "R"), matched case for case. */
  readonly symbols: Table;
  /** Currency names, lower case ("euros", "south african rand"); ISO codes are matched apart, in capitals. */
  readonly currencies: Table;
  /** Unit words and abbreviations, lower case. */
  readonly units: Table;
  /** Percent signs and words, lower case. */
  readonly percent: Table;
  /** The four tables indexed for search, built with them. */
  readonly prefixed: {
    readonly symbols: PrefixTable;
    readonly currencies: PrefixTable;
    readonly units: PrefixTable;
    readonly percent: PrefixTable;
  };
}

/** What one locale writes, built once per locale and shared by every tag that reads it. */
interface LocaleWords {
  readonly symbols: Building;
  readonly currencies: Building;
  readonly units: Building;
  readonly percent: Building;
}

const byLocale = new Map<string, LocaleWords>();
const byTag = new Map<string, MarkerTables>();
/** The locales whose words this process built from `Intl`, not from a preset: what a cache of them would gain. */
const builtFromIntl = new Set<string>();

function add(table: Building, written: string, code: string, fold = true): void {
  const key = fold ? foldWords(written.trim()) : written.trim();
  if (key === "" || /\d/.test(key)) return;
  let codes = table.get(key);
  if (codes === undefined) {
    codes = new Set();
    table.set(key, codes);
  }
  codes.add(code);
}

/** The text `format` writes around a number, without the number. */
function around(format: Intl.NumberFormat, value: number): string {
  return format
    .formatToParts(value)
    .filter(
      (part) => part.type !== "integer" && part.type !== "decimal" && part.type !== "fraction" && part.type !== "group",
    )
    .map((part) => part.value)
    .join("")
    .trim();
}

/** Adds what `format` writes around 1 and 2 of a currency, unless that is only its code. */
function addCurrency(
  table: Building,
  format: Intl.NumberFormat,
  code: string,
  values: readonly number[],
  fold: boolean,
): void {
  for (const value of values) {
    const written = around(format, value);
    if (written.toUpperCase() !== code) add(table, written, code, fold);
  }
}

/** One table of a locale's marker words as plain data: each marker and its codes, in the order `Intl` gave them. */
export type MarkerWordsEntries = readonly (readonly [string, readonly string[]])[];

/** A locale's marker words as plain data, as `scripts/generate-text-tables.mjs` writes them. */
export interface LocaleMarkerWords {
  /** Currency symbols, as written. */
  readonly symbols: MarkerWordsEntries;
  /** Currency names, folded. */
  readonly currencies: MarkerWordsEntries;
  /** Unit words and abbreviations, folded. */
  readonly units: MarkerWordsEntries;
  /** Percent signs, folded. */
  readonly percent: MarkerWordsEntries;
}

/** Marker words computed ahead of time, by locale, as data or as its JSON text; `undefined` reads everything from `Intl`. */
let preset: Readonly<Record<string, LocaleMarkerWords | string>> | undefined;

/** The ISO 4217 codes `Intl` knows, listed ahead of time; `undefined` asks `Intl`. */
let presetCodes: readonly string[] | undefined;

/**
 * Uses the ISO 4217 codes `Intl.supportedValuesOf("currency")` gave ahead of
 * time; `undefined` goes back to asking `Intl`. As with
 * {@link presetMarkerWords}, the list must come from the same `Intl` data.
 *
 * @param codes - The codes, or `undefined`.
 */
export function presetCurrencyCodes(codes: readonly string[] | undefined): void {
  presetCodes = codes;
  isoCodes = undefined;
}

/**
 * Uses marker words computed ahead of time for the locales they hold, and
 * `Intl` for every other locale; `undefined` goes back to `Intl` for all.
 * Building a locale's words from `Intl` costs tens of milliseconds (a
 * formatter for every currency), which a short-lived process such as the
 * command line pays at every start. The caller must make sure the words
 * were computed with the same `Intl` data (ICU and CLDR versions) as the
 * running platform, or the markers found would differ.
 *
 * A locale's words may be given as their JSON text, parsed when the locale
 * is first read: a process then parses only the locales its texts are in.
 *
 * @param words - The words by locale (as `Intl.NumberFormat.supportedLocalesOf` names it), as data or JSON text, or `undefined`.
 */
export function presetMarkerWords(words: Readonly<Record<string, LocaleMarkerWords | string>> | undefined): void {
  preset = words;
  byLocale.clear();
  byTag.clear();
  builtFromIntl.clear();
}

function fromEntries(entries: MarkerWordsEntries): Building {
  const table: Building = new Map();
  // Read by index: destructuring runs the iterator protocol, slow in code not yet optimised, as at a first call.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry !== undefined) table.set(entry[0], new Set(entry[1]));
  }
  return table;
}

function toEntries(table: Building): [string, string[]][] {
  return [...table].map(([key, codes]) => [key, [...codes]]);
}

/** Currency symbols and names, unit words and the percent sign as one locale writes them: preset, or from `Intl`. */
function localeWords(locale: string): LocaleWords {
  const found = byLocale.get(locale);
  if (found !== undefined) return found;
  const given = preset !== undefined && Object.hasOwn(preset, locale) ? preset[locale] : undefined;
  // A JSON text is what `presetMarkerWords` was given for the locale: the generated tables' own data.
  const data = typeof given === "string" ? (JSON.parse(given) as LocaleMarkerWords) : given;
  if (data === undefined) builtFromIntl.add(locale);
  const words: LocaleWords =
    data === undefined
      ? intlWords(locale)
      : {
          symbols: fromEntries(data.symbols),
          currencies: fromEntries(data.currencies),
          units: fromEntries(data.units),
          percent: fromEntries(data.percent),
        };
  byLocale.set(locale, words);
  return words;
}

/**
 * The marker words this process has built from `Intl` so far (for the
 * locales no preset held), as plain data, by locale: what
 * {@link presetMarkerWords} takes, for a later process on the same `Intl`
 * data to skip building them.
 *
 * @returns The words by locale; empty when every locale read was preset.
 */
export function markerWordsBuiltFromIntl(): Record<string, LocaleMarkerWords> {
  const built: Record<string, LocaleMarkerWords> = {};
  for (const locale of builtFromIntl) {
    const words = byLocale.get(locale);
    if (words !== undefined) built[locale] = asData(words);
  }
  return built;
}

function asData(words: LocaleWords): LocaleMarkerWords {
  return {
    symbols: toEntries(words.symbols),
    currencies: toEntries(words.currencies),
    units: toEntries(words.units),
    percent: toEntries(words.percent),
  };
}

/**
 * The marker words one locale writes, from `Intl` (never the preset), as
 * plain data: what the generator writes and the drift test compares.
 *
 * @param locale - A locale `Intl.NumberFormat` supports.
 * @returns The locale's words.
 */
export function intlMarkerWords(locale: string): LocaleMarkerWords {
  return asData(intlWords(locale));
}

/** Currency symbols and names, unit words and the percent sign as one locale writes them, from `Intl`. */
function intlWords(locale: string): LocaleWords {
  const words: LocaleWords = { symbols: new Map(), currencies: new Map(), units: new Map(), percent: new Map() };
  for (const code of Intl.supportedValuesOf("currency")) {
    const narrow = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: "narrowSymbol",
    });
    const symbol = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    const name = new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: "name" });
    addCurrency(words.symbols, narrow, code, [1], false);
    addCurrency(words.symbols, symbol, code, [1], false);
    addCurrency(words.currencies, name, code, [1, 2], true);
  }
  for (const [unit, intl] of Object.entries(INTL_UNITS)) {
    for (const unitDisplay of ["long", "short", "narrow"] as const) {
      const format = new Intl.NumberFormat(locale, { style: "unit", unit: intl, unitDisplay });
      for (const value of [1, 2, 5]) {
        const written = around(format, value);
        // A bare "°" (Fahrenheit in narrow English), "#" (pound) or "′" (foot) says too little to be a unit.
        if (LETTER().test(written)) add(words.units, written, unit);
      }
    }
  }
  add(words.percent, around(new Intl.NumberFormat(locale, { style: "percent" }), 0.5), "percent");
  return words;
}

/** The words no `Intl` call gives: currency families, unit words, percent signs. */
function fixedWords(profile: LanguageProfile | undefined): LocaleWords {
  const words: LocaleWords = { symbols: new Map(), currencies: new Map(), units: new Map(), percent: new Map() };
  for (const [word, codes] of Object.entries(CURRENCY_WORDS))
    for (const code of codes) add(words.currencies, word, code);
  for (const [form, word] of Object.entries(CURRENCY_FORMS)) {
    for (const code of CURRENCY_WORDS[word] ?? []) add(words.currencies, form, code);
  }
  for (const table of [EXTRA_UNITS, UNIT_SYMBOLS, en.unitWords, profile?.unitWords ?? {}]) {
    for (const [unit, list] of Object.entries(table)) for (const word of list) add(words.units, word, unit);
  }
  for (const sign of ["%", "\uFF05", "\u066A", ...(profile?.percentWords ?? [])]) add(words.percent, sign, "percent");
  return words;
}

/**
 * Merges tables and indexes them by first character, longest key first, keys
 * of one length in the order the tables give them (what a stable sort by
 * length gives). A key's set of codes is shared with the one table that
 * holds it, and copied only when another adds codes to it: the sets of a
 * built table are never changed.
 */
function index(tables: readonly Building[]): Table {
  const merged = new Map<string, ReadonlySet<string>>();
  for (const table of tables) {
    table.forEach((codes, key) => {
      const before = merged.get(key);
      if (before === undefined) merged.set(key, codes);
      else if (!isSubsetOf(codes, before)) merged.set(key, new Set([...before, ...codes]));
    });
  }
  // A list per key length, rather than a sort: the first call builds these tables before any code is optimised.
  const byLength: (Entry[] | undefined)[] = [];
  let longest = 0;
  for (const entry of merged) {
    const { length } = entry[0];
    if (length > longest) longest = length;
    const list = byLength[length];
    if (list === undefined) byLength[length] = [entry];
    else list.push(entry);
  }
  const out = new Map<string, Entry[]>();
  for (let length = longest; length > 0; length--) {
    for (const entry of byLength[length] ?? []) {
      const first = entry[0].charAt(0);
      const list = out.get(first);
      if (list === undefined) out.set(first, [entry]);
      else list.push(entry);
    }
  }
  return out;
}

/** Whether every code of `codes` is in `of`. */
function isSubsetOf(codes: ReadonlySet<string>, of: ReadonlySet<string>): boolean {
  for (const code of codes) if (!of.has(code)) return false;
  return true;
}

/**
 * The markers an article in `tag` may show: what its own locale and English
 * (American and British) write, and the fixed words. Built once per tag; a
 * locale's words are built once and shared between tags.
 */
function markerTables(tag: string, profile: LanguageProfile | undefined): MarkerTables {
  const found = byTag.get(tag);
  if (found !== undefined) return found;
  const own = canonicalLocale(tag);
  const parts = [...new Set(["en", "en-GB", ...(own === undefined ? [] : [own])])].map(localeWords);
  const fixed = fixedWords(profile);
  const all = [...parts, fixed];
  const symbols = index(all.map((words) => words.symbols));
  const currencies = index(all.map((words) => words.currencies));
  const units = index(all.map((words) => words.units));
  const percent = index(all.map((words) => words.percent));
  const tables: MarkerTables = {
    symbols,
    currencies,
    units,
    percent,
    prefixed: {
      symbols: prefixTable(symbols),
      currencies: prefixTable(currencies),
      units: prefixTable(units),
      percent: prefixTable(percent),
    },
  };
  byTag.set(tag, tables);
  return tables;
}

let isoCodes: ReadonlySet<string> | undefined;

/** Whether any offset of `[start, end)` is already part of a marker. */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/**
 * Whether a text has a run of exactly three capital letters A to Z: where a
 * currency code may stand (a longer run, "NATO", is a letter next to any
 * three of its capitals).
 */
function hasCapitalRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) run++;
    else if (run === 3) return true;
    else run = 0;
  }
  return false;
}

/** ISO 4217 codes written in capitals at word boundaries ("EUR 5", "5 ZAR"). */
function searchCodes(text: string, out: Marker[], taken: Uint8Array): void {
  // Most spans have no run of capitals: no code to look for.
  if (!hasCapitalRun(text)) return;
  isoCodes ??= new Set(presetCodes ?? Intl.supportedValuesOf("currency"));
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[A-Z]{3}(?![\p{L}\p{N}])/gu)) {
    const code = match[0];
    const at = match.index;
    if (!isoCodes.has(code) || anyTaken(taken, at, at + 3)) continue;
    out.push({ kind: "currency", codes: new Set([code]), written: code, start: at, end: at + 3 });
    taken.fill(1, at, at + 3);
  }
}

const LETTER = lazyRegExp(String.raw`[\p{L}\p{M}]`, "u");

/**
 * `LETTER().test(text)`, whether a text holds a letter or a mark, answered
 * without the regular expression (costly to compile at a first call) for
 * ASCII, Latin letters and General Punctuation.
 */
function hasLetter(text: string): boolean {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? isAsciiLetter(code) : isLatinLetter(code)) return true;
    if (code >= 0x80 && !isGeneralPunctuation(code)) plain = false;
  }
  return !plain && LETTER().test(text);
}

const DIGIT_NEAR = /\d[\s\u00A0\u202F-]?$/;

/** Whether a marker found at `[start, end)` stands as a marker: at word boundaries, and beside a digit if it is short. */
function standsAsMarker(text: string, start: number, end: number, written: string): boolean {
  const lettered = hasLetter(written);
  if (lettered && (hasLetter(text.charAt(start - 1)) || hasLetter(text.charAt(end)))) return false;
  if (!lettered || written.length > 2) return true;
  // One- or two-letter markers ("R", "m", "kr") count only beside a number: "R95", "5 m".
  return (
    DIGIT_NEAR.test(text.slice(Math.max(0, start - 2), start)) || /^[\s\u00A0\u202F]?\d/.test(text.slice(end, end + 2))
  );
}

/** Whether a short word is a word of the language ("y" is "and" in Spanish), not an abbreviation. */
function isWordOf(word: string, profile: LanguageProfile | undefined): boolean {
  return profile !== undefined && (profile.joiners.includes(word) || profile.articles.includes(word));
}

/** One-letter unit abbreviations read as units: metre, tonne, hour, gram and litre ("5 m", "3 t", "8 h", "5 g", "2 l"). */
const ONE_LETTER_UNITS = new Set(["m", "t", "h", "g", "l"]);

/**
 * Marks in `letters` which code units of `text` are letters (as {@link LETTER} reads them):
 * a marker that starts with a letter right after another is inside a word,
 * and {@link standsAsMarker} refuses it, so the search skips such places.
 */
function lettersOf(text: string, letters: Uint8Array): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    letters[i] = code < 0x80 ? (isAsciiLetter(code) ? 1 : 0) : hasLetter(text.charAt(i)) ? 1 : 0;
  }
}

/** A marker key and the codes it stands for. */
type Entry = readonly [string, ReadonlySet<string>];

/** The keys that start with one pair of code units: by their third code unit (keys of three or more), and the pair itself. */
interface PairNode {
  readonly byThird: Map<number, Entry[]>;
  pair: Entry | undefined;
}

/**
 * A table indexed by its keys' first three code units: at an offset, only
 * the keys that start with the text's next three code units are tried,
 * longest first, then the two-unit key, then the one-unit key. The order of
 * the table's lists is kept, so the first key that stands is the one the
 * whole list would have given.
 */
interface PrefixTable {
  readonly pairs: ReadonlyMap<number, PairNode>;
  readonly singles: ReadonlyMap<number, Entry>;
  /** For each ASCII code unit, 1 when a key starts with it: most offsets of a text start none. */
  readonly asciiStarts: Uint8Array;
  /**
   * The nodes of `pairs` whose two code units are ASCII, at `[first][second]`,
   * with a row only for the first code units that start a key: arrays are
   * read faster than a map, and rows for every code unit would cost a start
   * a garbage collection.
   */
  readonly asciiPairs: readonly (readonly (PairNode | undefined)[] | undefined)[];
}

function prefixTable(table: Table): PrefixTable {
  const pairs = new Map<number, PairNode>();
  const singles = new Map<number, Entry>();
  const asciiStarts = new Uint8Array(0x80);
  for (const list of table.values()) {
    for (const entry of list) {
      const key = entry[0];
      if (key.charCodeAt(0) < 0x80) asciiStarts[key.charCodeAt(0)] = 1;
      if (key.length === 1) {
        if (!singles.has(key.charCodeAt(0))) singles.set(key.charCodeAt(0), entry);
        continue;
      }
      const pair = key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
      let node = pairs.get(pair);
      if (node === undefined) {
        node = { byThird: new Map(), pair: undefined };
        pairs.set(pair, node);
      }
      if (key.length === 2) {
        node.pair ??= entry;
        continue;
      }
      const third = key.charCodeAt(2);
      const bucket = node.byThird.get(third);
      if (bucket === undefined) node.byThird.set(third, [entry]);
      else bucket.push(entry);
    }
  }
  const asciiPairs = new Array<(PairNode | undefined)[] | undefined>(0x80).fill(undefined);
  pairs.forEach((node, pair) => {
    const first = Math.floor(pair / 0x10000);
    const second = pair % 0x10000;
    if (first >= 0x80 || second >= 0x80) return;
    let row = asciiPairs[first];
    if (row === undefined) {
      row = new Array<PairNode | undefined>(0x80).fill(undefined);
      asciiPairs[first] = row;
    }
    row[second] = node;
  });
  return { pairs, singles, asciiStarts, asciiPairs };
}

/** Whether one of `candidates`, tried in order, stands at `at` (and was taken). */
function standsFirst(
  candidates: readonly Entry[],
  at: number,
  stands: (at: number, key: string, codes: ReadonlySet<string>) => boolean,
): boolean {
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c];
    if (candidate !== undefined && stands(at, candidate[0], candidate[1])) return true;
  }
  return false;
}

function search(
  text: string,
  haystack: string,
  table: PrefixTable,
  kind: Marker["kind"],
  out: Marker[],
  taken: Uint8Array,
  letters: Uint8Array,
  profile?: LanguageProfile,
  unitsTable?: Table,
): void {
  const { pairs, singles, asciiStarts, asciiPairs } = table;
  /** Whether the key stands as a marker at `at`, and if so marks it found. */
  const stands = (at: number, key: string, codes: ReadonlySet<string>): boolean => {
    // Each test only skips a candidate: the cheapest, whether the text holds it here, comes first.
    if (!haystack.startsWith(key, at)) return false;
    if (kind === "unit" && key.length === 1 && (!ONE_LETTER_UNITS.has(key) || isWordOf(key, profile))) return false;
    const end = at + key.length;
    if (anyTaken(taken, at, end)) return false;
    const written = text.slice(at, end);
    if (!standsAsMarker(text, at, end, written)) return false;
    const units = kind === "currency" ? unitsTable?.get(key.charAt(0))?.find(([word]) => word === key)?.[1] : undefined;
    out.push(
      units === undefined ? { kind, codes, written, start: at, end } : { kind, codes, written, start: at, end, units },
    );
    taken.fill(1, at, end);
    return true;
  };
  for (let at = 0; at < haystack.length; at++) {
    // Whatever marker starts here holds the letter at `at`, right after a letter: none stands as a marker.
    if (taken[at] === 1 || (at > 0 && letters[at] === 1 && letters[at - 1] === 1)) continue;
    const first = haystack.charCodeAt(at);
    if (first < 0x80 && asciiStarts[first] === 0) continue;
    const second = haystack.charCodeAt(at + 1);
    const node =
      at + 1 >= haystack.length
        ? undefined
        : first < 0x80 && second < 0x80
          ? asciiPairs[first]?.[second]
          : pairs.get(first * 0x10000 + second);
    if (node !== undefined) {
      const candidates = at + 2 < haystack.length ? node.byThird.get(haystack.charCodeAt(at + 2)) : undefined;
      if (candidates !== undefined && standsFirst(candidates, at, stands)) continue;
      if (node.pair !== undefined && stands(at, node.pair[0], node.pair[1])) continue;
    }
    const single = singles.get(first);
    if (single !== undefined) stands(at, single[0], single[1]);
  }
}

/** The marks {@link findMarkers} keeps per offset of a text, reused from call to call (a call never runs inside another). */
let scratch = { taken: new Uint8Array(256), letters: new Uint8Array(256) };

/**
 * The currencies, percent signs and words, and units a text shows, read in
 * the language of `tag`: currency symbols, codes and names from
 * `Intl.NumberFormat` for every currency it knows (in the language and in
 * English), the words that name a family of currencies ("dollars",
 * "Franken", "pesos"), percent signs and words, and unit words and
 * abbreviations ("km", "Kilometer", "minutes", "Tonnen"). Longer markers
 * win over the shorter ones they contain ("US$" over "$").
 *
 * @param text - The text to search, typically a statistic's span.
 * @param tag - The text's BCP 47 language tag.
 * @param profile - The language's tables, for its percent words.
 * @returns The markers found, longest first.
 */
export function findMarkers(text: string, tag: string, profile: LanguageProfile | undefined): Marker[] {
  const found = markerTables(tag, profile);
  const folded = foldWords(text);
  const out: Marker[] = [];
  // Lower-casing may lengthen a text ("İ"): the folded text's offsets are marked too.
  const length = Math.max(text.length, folded.length);
  if (length > scratch.taken.length) {
    scratch = { taken: new Uint8Array(2 * length), letters: new Uint8Array(2 * length) };
  }
  // Cleared, not allocated, per call: a typed array costs more to make (or to `fill`) than a short span to search.
  const { taken, letters } = scratch;
  for (let i = 0; i < length; i++) {
    taken[i] = 0;
    letters[i] = 0;
  }
  lettersOf(text, letters);
  const { prefixed } = found;
  search(text, folded, prefixed.percent, "percent", out, taken, letters);
  searchCodes(text, out, taken);
  search(text, text, prefixed.symbols, "currency", out, taken, letters);
  search(text, folded, prefixed.currencies, "currency", out, taken, letters, profile, found.units);
  search(text, folded, prefixed.units, "unit", out, taken, letters, profile);
  return out;
}
