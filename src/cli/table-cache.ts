// The text tables a run of the command line built from `Intl`, kept for the
// next run on the same platform: on a platform whose ICU or CLDR data differ
// from the build's, the tables generated at build time do not fit, and
// building a language's marker words from `Intl` takes a first record some
// 150 ms (a formatter for every currency). The cache holds exactly what
// `Intl` gave, so a run reads the same markers with it as without it; it is
// only ever a shortcut, ignored when it does not fit or cannot be read.
import { readFileSync } from "node:fs";
import { type LocaleMarkerWords, type MarkerWordsEntries, markerWordsBuiltFromIntl } from "../text/markers.js";
import { type DigitFormatData, digitFormatsBuiltFromIntl } from "../text/number-format.js";
import { writeAtomically } from "./atomic-write.js";

/** Text tables computed ahead of time from `Intl`, as `useTables` (tables.ts) presets them. */
export interface TextTables {
  /** Marker words by locale. */
  readonly markerWords: Readonly<Record<string, LocaleMarkerWords>>;
  /** The locale `Intl` formats for, by tag. */
  readonly locales: Readonly<Record<string, string>>;
  /** The digit format of each tag. */
  readonly formats: Readonly<Record<string, DigitFormatData>>;
  /** The ISO 4217 codes `Intl` knows. */
  readonly currencyCodes: readonly string[];
}

/** Where a cache of text tables is kept, and for which copy of the checks. */
export interface TableCacheFile {
  /** The cache file: one per Node version and ICU and CLDR data (`tableCachePathOf` in script.ts). */
  readonly path: string;
  /** The copy of the checks that may read it (as script.ts identifies it): the tables' code may differ from copy to copy. */
  readonly identity: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isEntries(value: unknown): value is MarkerWordsEntries {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && isStrings(entry[1]),
    )
  );
}

function isMarkerWords(value: unknown): value is LocaleMarkerWords {
  return (
    isRecord(value) &&
    isEntries(value.symbols) &&
    isEntries(value.currencies) &&
    isEntries(value.units) &&
    isEntries(value.percent)
  );
}

function isScales(value: unknown): value is (readonly [string, number])[] {
  return (
    Array.isArray(value) &&
    value.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "number",
    )
  );
}

function isDigitFormat(value: unknown): value is DigitFormatData {
  return (
    isRecord(value) &&
    Array.isArray(value.marks) &&
    value.marks.every((marks) => isRecord(marks) && typeof marks.decimal === "string" && isStrings(marks.groups)) &&
    isScales(value.scales) &&
    isScales(value.letterScales)
  );
}

function everyValue<T>(value: unknown, test: (item: unknown) => item is T): value is Record<string, T> {
  return isRecord(value) && Object.values(value).every(test);
}

function isTables(value: unknown): value is TextTables {
  return (
    isRecord(value) &&
    everyValue(value.markerWords, isMarkerWords) &&
    everyValue(value.locales, (item): item is string => typeof item === "string") &&
    everyValue(value.formats, isDigitFormat) &&
    isStrings(value.currencyCodes)
  );
}

/**
 * Reads the cached tables, when the file holds tables made for this copy of
 * the checks; `undefined` when there is none, or it is for another copy, or
 * it cannot be read or is not what a run writes (a cache is never trusted
 * further than that: it is then rebuilt).
 *
 * @param file - The cache file and the copy of the checks reading it.
 * @returns The tables, or `undefined`.
 */
export function readTableCache(file: TableCacheFile): TextTables | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file.path, "utf8"));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.identity !== file.identity || !isTables(value.tables)) return undefined;
  return value.tables;
}

/**
 * Writes the tables this process built from `Intl`, with those it read from
 * the cache, when it built any: a run in a language the cache did not hold
 * adds it. Written atomically ({@link writeAtomically}); never throws: a
 * cache that cannot be written (a read-only install) is left out.
 *
 * @param file - The cache file and the copy of the checks writing it.
 * @param before - The tables read from the cache at the start, if any.
 * @returns Whether a cache was written.
 */
export function writeTableCache(file: TableCacheFile, before: TextTables | undefined): boolean {
  const words = markerWordsBuiltFromIntl();
  const digits = digitFormatsBuiltFromIntl();
  if (Object.keys(words).length === 0 && Object.keys(digits.formats).length === 0) return false;
  const tables: TextTables = {
    markerWords: { ...before?.markerWords, ...words },
    locales: { ...before?.locales, ...digits.locales },
    formats: { ...before?.formats, ...digits.formats },
    currencyCodes: before?.currencyCodes ?? Intl.supportedValuesOf("currency"),
  };
  return writeAtomically(file.path, `${JSON.stringify({ identity: file.identity, tables })}\n`);
}
