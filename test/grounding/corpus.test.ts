// The grounding corpus (test/fixtures/grounding): invented articles in several
// languages, each encoded in full, on which grounding checks are measured. These
// tests hold the corpus to its conventions, so that a check that rejects one of
// its records points at the check, not at the record. The records are built by
// scripts/fixtures/build-grounding-fixtures.mjs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildRecord } from "../../scripts/fixtures/build-record.mjs";
import { type NewsRecord, type Quantity, validateRecord } from "../../src/index.js";
import { ROOT } from "../support/package.js";

const DIR = join(ROOT, "test", "fixtures", "grounding");
const SPECS = join(ROOT, "scripts", "fixtures", "articles");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

interface Span {
  readonly start: number;
  readonly end: number;
  readonly exact?: string;
}

interface FoundSpan {
  readonly path: string;
  readonly span: Span;
}

function isSpan(value: unknown): value is Span {
  if (typeof value !== "object" || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === "number" && typeof end === "number";
}

/** Every span of a record, wherever it stands (mentions, quotes, statistics, events, places, links, speakers). */
function spansOf(value: unknown, path: string, out: FoundSpan[] = []): FoundSpan[] {
  if (isSpan(value)) out.push({ path, span: value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) spansOf(v, `${path}[${i}]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) if (k !== "article") spansOf(v, path === "" ? k : `${path}.${k}`, out);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string): boolean {
  return ch !== "" && WORD_CHAR.test(ch);
}

/** Whether [start, end) of `text` neither starts nor ends inside a word (a letter or digit on both sides). */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  return (
    !(isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) &&
    !(isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end)))
  );
}

/** Where `word` stands in `text` as whole words, ignoring case. */
function wholeWordsAt(text: string, word: string): number[] {
  const lower = text.toLowerCase();
  const target = word.toLowerCase();
  const out: number[] = [];
  for (let i = lower.indexOf(target); i !== -1; i = lower.indexOf(target, i + 1))
    if (atWordBoundaries(text, i, i + target.length)) out.push(i);
  return out;
}

const THIRD = 100 / 3;

/**
 * Words for numbers the corpus writes, with their values; `counted` marks the
 * words that always stand for a quantity in the corpus (not "one", also a pronoun,
 * nor "medio", also "middle"; "un", "ein" and "a" are left out, being articles
 * too), so that each occurrence in a body must be encoded.
 */
const NUMBER_WORDS: readonly { word: string; value: number; counted: boolean }[] = [
  ...(
    [
      ["one", 1],
      ["two", 2],
      ["three", 3],
      ["four", 4],
      ["five", 5],
      ["six", 6],
      ["seven", 7],
      ["eight", 8],
      ["nine", 9],
      ["ten", 10],
      ["twelve", 12],
      ["dozen", 12],
      ["half", 50],
      ["quarter", 25],
      ["third", THIRD],
      ["zwei", 2],
      ["drei", 3],
      ["sechs", 6],
      ["acht", 8],
      ["zwölf", 12],
      ["Drittel", THIRD],
      ["Viertel", 25],
      ["deux", 2],
      ["trois", 3],
      ["cinq", 5],
      ["sept", 7],
      ["neuf", 9],
      ["onze", 11],
      ["moitié", 50],
      ["dos", 2],
      ["tres", 3],
      ["cinco", 5],
      ["medio", 0.5],
      ["mitad", 50],
    ] as const
  ).map(([word, value]) => ({ word, value, counted: word !== "one" && word !== "medio" })),
  { word: "an hour", value: 1, counted: false },
  { word: "un minuto", value: 1, counted: false },
];

/** Ratios in words: "one in four" → 25, "un sur cinq" → 20. */
const RATIO = /\b(?:one|un|ein|uno) (?:in|sur|von|de cada) (\p{L}+)/iu;

/** The values the words of a statistic's span stand for. */
function valuesInWords(exact: string): number[] {
  const ratio = RATIO.exec(exact);
  if (ratio?.[1] !== undefined) {
    const whole = NUMBER_WORDS.find((w) => w.word.toLowerCase() === ratio[1]?.toLowerCase());
    return whole === undefined ? [] : [100 / whole.value];
  }
  return NUMBER_WORDS.filter((w) => wholeWordsAt(exact, w.word).length > 0).map((w) => w.value);
}

function numbersOf(quantity: Quantity): number[] {
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

/** The words a quantity says must stand in its span: its hedge or its vague expression. */
function wordsOf(quantity: Quantity): string[] {
  switch (quantity.kind) {
    case "exact":
      return [];
    case "approximate":
    case "bound":
      return [quantity.hedge];
    case "range":
      return quantity.hedge === undefined ? [] : [quantity.hedge];
    case "vague":
      return [quantity.expression];
    case "ratio":
      return quantity.hedge === undefined ? [] : [quantity.hedge];
  }
}

const OPENING = ["“", "„", "«", "‘", "‚", "‹", '"'];
const CLOSING = ["”", "“", "»", "’", "‘", "›", '"'];
const NO_BREAK = /[\u00a0\u202f]/;

/** Whether a quoted span stands right inside quotation marks (no-break spaces allowed between mark and words). */
function insideQuotationMarks(body: string, span: Span): boolean {
  let i = span.start - 1;
  while (NO_BREAK.test(body.charAt(i))) i--;
  let j = span.end;
  while (NO_BREAK.test(body.charAt(j))) j++;
  return OPENING.includes(body.charAt(i)) && CLOSING.includes(body.charAt(j));
}

/** The first ten characters of a partial date, for comparing dates at day precision or coarser. */
function dayOf(date: string): string {
  return date.slice(0, 10);
}

function load(file: string): NewsRecord {
  const result = validateRecord(JSON.parse(readFileSync(join(DIR, file), "utf8")));
  if (!result.success)
    throw new Error(`${file}: ${result.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

describe("the grounding corpus", () => {
  it("has at least ten articles, two or more in each of English, German, French and Spanish", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
    const languages = FILES.map((file) => load(file).article.language.split("-")[0]);
    for (const language of ["en", "de", "fr", "es"])
      expect(languages.filter((l) => l === language).length, language).toBeGreaterThanOrEqual(2);
  });

  it("lists every article in its README", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    for (const file of FILES) expect(readme, file).toContain(`\`${file}\``);
  });
});

describe.each(FILES)("%s", (file) => {
  it("is a valid record named after its article, in the language its name gives", () => {
    const result = validateRecord(JSON.parse(readFileSync(join(DIR, file), "utf8")));
    expect(result.success ? [] : result.issues).toEqual([]);
    const record = load(file);
    expect(`${record.article.id}.json`).toBe(file);
    expect(file.startsWith(`${record.article.language.toLowerCase()}-`)).toBe(true);
    const words = record.article.body.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(120);
    expect(words).toBeLessThanOrEqual(300);
  });

  it("is what its spec builds, so that no offset was edited by hand", async () => {
    const name = file.slice(0, -".json".length);
    const spec: unknown = await import(pathToFileURL(join(SPECS, `${name}.mjs`)).href);
    if (typeof spec !== "object" || spec === null || !("record" in spec))
      throw new Error(`${name}.mjs exports no record`);
    expect(JSON.parse(readFileSync(join(DIR, file), "utf8"))).toEqual(buildRecord(name, spec.record));
  });

  it("gives every span its exact text, at word boundaries", () => {
    const record = load(file);
    const body = record.article.body;
    const spans = spansOf(record, "");
    expect(spans.length).toBeGreaterThan(0);
    for (const { path, span } of spans) {
      expect(span.exact, path).toBe(body.slice(span.start, span.end));
      expect(atWordBoundaries(body, span.start, span.end), `${path}: ${JSON.stringify(span.exact)}`).toBe(true);
    }
  });

  it("mentions each actor by its name or an alias, as written", () => {
    const record = load(file);
    for (const actor of record.actors) {
      expect(actor.mentions?.length ?? 0, actor.id).toBeGreaterThan(0);
      const names = [actor.name, ...(actor.aliases ?? [])];
      for (const mention of actor.mentions ?? []) expect(names, actor.id).toContain(mention.exact);
    }
  });

  it("anchors every statistic to a span that shows its number and its hedge as written", () => {
    const record = load(file);
    const body = record.article.body;
    for (const statistic of record.statistics) {
      const span = statistic.span;
      if (span?.exact === undefined) throw new Error(`${statistic.id} has no span with exact text`);
      const exact = span.exact;
      for (const word of wordsOf(statistic.quantity)) {
        const at = exact.indexOf(word);
        expect(at, `${statistic.id}: ${JSON.stringify(word)} in ${JSON.stringify(exact)}`).toBeGreaterThanOrEqual(0);
        expect(atWordBoundaries(body, span.start + at, span.start + at + word.length), statistic.id).toBe(true);
      }
      const numbers = numbersOf(statistic.quantity);
      if (/\d/.test(exact) || numbers.length === 0) continue;
      const spelled = valuesInWords(exact);
      for (const n of numbers)
        expect(
          spelled.some((v) => Math.abs(v - n) < 1e-9),
          `${statistic.id}: ${JSON.stringify(exact)} spells ${spelled.join(", ")}, not ${n}`,
        ).toBe(true);
    }
  });

  it("encodes every number of the body, in digits or in words, as a statistic", () => {
    const record = load(file);
    const body = record.article.body;
    const covered = (at: number): boolean =>
      record.statistics.some((s) => s.span !== undefined && s.span.start <= at && at < s.span.end);
    for (const match of body.matchAll(/\p{Nd}+/gu))
      expect(covered(match.index), `${JSON.stringify(match[0])} at ${match.index}`).toBe(true);
    for (const { word } of NUMBER_WORDS.filter((w) => w.counted))
      for (const at of wholeWordsAt(body, word)) expect(covered(at), `${JSON.stringify(word)} at ${at}`).toBe(true);
  });

  it("puts a direct quote's words and a mixed quote's fragments right inside quotation marks", () => {
    const record = load(file);
    const body = record.article.body;
    for (const quote of record.quotes) {
      if (quote.mode === "indirect" || quote.mode === "refusal") continue;
      for (const span of quote.quoted) {
        expect(insideQuotationMarks(body, span), `${quote.id}: ${JSON.stringify(span.exact)}`).toBe(true);
        if (quote.mode === "mixed") {
          expect(span.start, quote.id).toBeGreaterThanOrEqual(quote.content.start);
          expect(span.end, quote.id).toBeLessThanOrEqual(quote.content.end);
        }
      }
    }
  });

  it("dates nothing that occurred or was said after publication", () => {
    const record = load(file);
    const publishedAt = record.article.publishedAt;
    if (publishedAt === undefined) return;
    const published = dayOf(publishedAt);
    for (const quote of record.quotes) {
      const said = quote.saidAt;
      if (said?.kind === "date") expect(dayOf(said.date) <= published, quote.id).toBe(true);
    }
    for (const event of record.events) {
      if (event.status !== "occurred" || event.date === undefined) continue;
      const last = event.date.kind === "date" ? event.date.date : event.date.end;
      if (last !== undefined) expect(dayOf(last) <= published, event.id).toBe(true);
    }
    for (const statistic of record.statistics) {
      const end = statistic.period?.kind === "interval" ? statistic.period.end : statistic.period?.date;
      if (end !== undefined) expect(dayOf(end) <= published, statistic.id).toBe(true);
    }
  });
});
