// The text tables a run built from `Intl`, cached for the next run on the
// same platform (src/cli/table-cache.ts): a run that reads them must find
// the same markers and digits as one that asks `Intl`, without asking it,
// and a cache that does not fit or cannot be read must only cost the time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { tableCachePathOf } from "../../src/cli/script.js";
import { readTableCache, type TableCacheFile, writeTableCache } from "../../src/cli/table-cache.js";
import { useTables } from "../../src/cli/tables.js";
import { MARKER_WORDS_CLDR, MARKER_WORDS_ICU } from "../../src/text/generated/marker-words.js";
import { de } from "../../src/text/languages/de.js";
import { en } from "../../src/text/languages/en.js";
import { es } from "../../src/text/languages/es.js";
import { fr } from "../../src/text/languages/fr.js";
import type { LanguageProfile } from "../../src/text/languages/types.js";
import {
  findMarkers,
  markerWordsBuiltFromIntl,
  presetCurrencyCodes,
  presetMarkerWords,
} from "../../src/text/markers.js";
import {
  digitFormat,
  digitFormatsBuiltFromIntl,
  presetDigitFormats,
  readDigits,
} from "../../src/text/number-format.js";

const temp = mkdtempSync(join(tmpdir(), "news-schema-table-cache-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function reset(): void {
  presetMarkerWords(undefined);
  presetCurrencyCodes(undefined);
  presetDigitFormats(undefined);
}
afterEach(reset);

/** A platform whose ICU data the generated tables were not made with: only `Intl` and a cache can answer. */
const otherPlatform = { node: "20.0.0", icu: "0.1", cldr: "0.1" };

const texts: readonly [string, LanguageProfile | undefined, string][] = [
  ["de-CH", de, "Der Kanton zahlt 2,5 Millionen Franken, 12 Prozent mehr, für 1’200 Kilometer Strasse."],
  ["fr-CH", fr, "La commune verse 1,8 million de francs, soit 9 % de plus, pour 40 kilomètres."],
  ["es-CO", es, "La alcaldía destina 900 millones de pesos, un 7 % más, a 300 kilómetros de vías."],
  ["en-IE", en, "The council spent €5m, about 4.2 million pounds, on 120 tonnes of salt."],
  ["it", undefined, "Il comune spende 4 milioni di euro, il 9% in più, per 20 chilometri."],
];
const written = ["15.000", "15,000", "4,2", "1.5", "12\u00a0700", "3,5", "2.345,67", "1’200"];

/** What grounding reads in each text: its markers, and each written number read with the text's digit format. */
function readings(): unknown[] {
  return texts.map(([tag, profile, text]) => {
    const format = digitFormat(tag);
    return [
      tag,
      findMarkers(text, tag, profile),
      written.map((number) => (format === undefined ? undefined : readDigits(number, format))),
    ];
  });
}

/** Runs `read` with `Intl.NumberFormat` counting the formatters made; returns what it read and the count. */
function countingFormatters<T>(read: () => T): { value: T; made: number } {
  const original = Intl.NumberFormat;
  let made = 0;
  Intl.NumberFormat = new Proxy(original, {
    construct(target, args, newTarget) {
      made++;
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      made++;
      return Reflect.apply(target, self, args);
    },
  });
  try {
    return { value: read(), made };
  } finally {
    Intl.NumberFormat = original;
  }
}

describe("the cache of text tables", () => {
  it("lets a later run read the same markers and digits without asking Intl", () => {
    const file: TableCacheFile = { path: join(temp, "round-trip", "tables.json"), identity: "copy-1" };
    expect(useTables(otherPlatform, undefined)).toBe("intl");
    const fromIntl = countingFormatters(readings);
    expect(fromIntl.made).toBeGreaterThan(100);
    expect(Object.keys(markerWordsBuiltFromIntl()).sort()).toEqual(
      ["de-CH", "en", "en-GB", "es-CO", "fr-CH", "en-IE", "it"].sort(),
    );
    expect(Object.keys(digitFormatsBuiltFromIntl().formats).sort()).toEqual(texts.map(([tag]) => tag).sort());
    expect(writeTableCache(file, undefined)).toBe(true);

    // A new run: nothing built yet, the cache read.
    reset();
    const cached = readTableCache(file);
    expect(cached).toBeDefined();
    expect(useTables(otherPlatform, cached)).toBe("cached");
    const fromCache = countingFormatters(readings);
    expect(fromCache.value).toEqual(fromIntl.value);
    expect(fromCache.made).toBe(0);
    // It built nothing new, so it has nothing to write.
    expect(writeTableCache(file, cached)).toBe(false);
  });

  it("adds what a run built to what it read, and keeps the rest", () => {
    const file: TableCacheFile = { path: join(temp, "merge.json"), identity: "copy-1" };
    useTables(otherPlatform, undefined);
    findMarkers("Der Preis stieg um 3 Prozent.", "de", de);
    expect(writeTableCache(file, undefined)).toBe(true);
    reset();
    const first = readTableCache(file);
    useTables(otherPlatform, first);
    findMarkers("Il prezzo è salito del 3%.", "it", undefined);
    digitFormat("it");
    expect(writeTableCache(file, first)).toBe(true);
    const both = readTableCache(file);
    expect(Object.keys(both?.markerWords ?? {}).sort()).toEqual(["de", "en", "en-GB", "it"]);
    expect(both?.markerWords.de).toEqual(first?.markerWords.de);
    expect(Object.keys(both?.formats ?? {})).toEqual(["it"]);
    expect(both?.currencyCodes).toEqual(Intl.supportedValuesOf("currency"));
  });

  it("adds to the generated tables where they fit, and caches only what they lack", () => {
    const platform = { node: process.versions.node, icu: MARKER_WORDS_ICU, cldr: MARKER_WORDS_CLDR };
    expect(useTables(platform, undefined)).toBe("generated");
    findMarkers("Der Kanton zahlt 2 Millionen Franken.", "de-CH", de);
    findMarkers("Die Stadt zahlt 2 Millionen Euro.", "de", de);
    expect(Object.keys(markerWordsBuiltFromIntl())).toEqual(["de-CH"]);
    const file: TableCacheFile = { path: join(temp, "generated.json"), identity: "copy-1" };
    expect(writeTableCache(file, undefined)).toBe(true);
    reset();
    expect(useTables(platform, readTableCache(file))).toBe("generated");
    const { made } = countingFormatters(() => findMarkers("Der Kanton zahlt 2 Millionen Franken.", "de-CH", de));
    expect(made).toBe(0);
  });

  it("is ignored when made for another copy of the checks, unreadable or not what a run writes", () => {
    const file: TableCacheFile = { path: join(temp, "checked.json"), identity: "copy-1" };
    useTables(otherPlatform, undefined);
    findMarkers("Der Preis stieg um 3 Prozent.", "de", de);
    digitFormat("de");
    writeTableCache(file, undefined);
    const good = JSON.parse(readFileSync(file.path, "utf8")) as { identity: string; tables: Record<string, unknown> };
    expect(readTableCache(file)).toEqual(good.tables);
    expect(readTableCache({ ...file, identity: "copy-2" })).toBeUndefined();
    expect(readTableCache({ ...file, path: join(temp, "missing.json") })).toBeUndefined();

    const broken = (name: string, text: string): TableCacheFile => {
      const path = join(temp, name);
      writeFileSync(path, text);
      return { path, identity: "copy-1" };
    };
    expect(readTableCache(broken("cut.json", readFileSync(file.path, "utf8").slice(0, 100)))).toBeUndefined();
    const edits: ((tables: Record<string, unknown>) => void)[] = [
      (t) => {
        t.currencyCodes = "EUR";
      },
      (t) => {
        t.locales = { de: 4 };
      },
      (t) => {
        t.markerWords = { de: { symbols: [["€", "EUR"]], currencies: [], units: [], percent: [] } };
      },
      (t) => {
        t.formats = { de: { marks: [{ decimal: ",", groups: [1] }], scales: [], letterScales: [] } };
      },
      (t) => {
        delete t.formats;
      },
    ];
    edits.forEach((edit, i) => {
      const tables = structuredClone(good.tables);
      edit(tables);
      expect(
        readTableCache(broken(`edit-${i}.json`, JSON.stringify({ ...good, tables }))),
        `edit ${i}`,
      ).toBeUndefined();
    });
  });

  it("is left out, without an error, where it cannot be written", () => {
    useTables(otherPlatform, undefined);
    findMarkers("Der Preis stieg um 3 Prozent.", "de", de);
    const notAFolder = join(temp, "a-file");
    writeFileSync(notAFolder, "");
    expect(writeTableCache({ path: join(notAFolder, "tables.json"), identity: "copy-1" }, undefined)).toBe(false);
  });

  it("has one file per Node version and ICU and CLDR data, and none without them", () => {
    const path = tableCachePathOf("/cache", { node: "20.20.2", icu: "78.2", cldr: "48.0" });
    expect(path).toBe(join("/cache", "text-tables.v20.20.2-icu78.2-cldr48.0.json"));
    expect(tableCachePathOf("/cache", { node: "20.20.2", icu: "77.1", cldr: "48.0" })).not.toBe(path);
    expect(tableCachePathOf("/cache", { node: "20.20.2" })).toBeUndefined();
  });
});
