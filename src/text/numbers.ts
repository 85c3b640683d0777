import type { LanguageProfile } from "./languages/types.js";
import { type DigitFormat, readDigits } from "./number-format.js";
import { type Token, tokenize } from "./tokens.js";

/** One number a text gives, in digits or in words, with where it stands. */
export interface NumberReading {
  /** The number, scaled by its scale words ("€1.8 million" → 1800000); a fraction or ratio as its share ("one in four" → 0.25). */
  readonly value: number;
  /** Offset of its first code unit in the text read. */
  readonly start: number;
  /** Offset just past its last code unit. */
  readonly end: number;
  /** Given as a share of a whole: a fraction ("a quarter") or a ratio ("one in four"). */
  readonly fraction: boolean;
  /** Given by a word that is itself approximate ("une vingtaine", "a score"). */
  readonly approximate: boolean;
  /** Written at least partly in words. */
  readonly words: boolean;
  /** The scale word that multiplied it (1e6 for "million"), or 1. */
  readonly scale: number;
}

/** What a word is to a number. */
type Role =
  | { readonly kind: "cardinal"; readonly value: number }
  | { readonly kind: "multiplier"; readonly value: number }
  | { readonly kind: "thousand" }
  | { readonly kind: "scale"; readonly value: number }
  | { readonly kind: "fraction"; readonly value: number }
  | { readonly kind: "multiple"; readonly value: number }
  | { readonly kind: "approximate"; readonly value: number }
  | { readonly kind: "article" }
  | { readonly kind: "joiner" };

/** The words of a language that make numbers, looked up by their lower-case form. */
interface Lexicon {
  role(word: string): Role | undefined;
  readonly profile: LanguageProfile | undefined;
  readonly format: DigitFormat;
}

function lookup<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Lexicons by digit format and profile: built once per language, not once per text read. */
const lexicons = new WeakMap<DigitFormat, Map<LanguageProfile | undefined, Lexicon>>();

function lexicon(profile: LanguageProfile | undefined, format: DigitFormat): Lexicon {
  let byProfile = lexicons.get(format);
  if (byProfile === undefined) {
    byProfile = new Map();
    lexicons.set(format, byProfile);
  }
  let found = byProfile.get(profile);
  if (found === undefined) {
    found = makeLexicon(profile, format);
    byProfile.set(profile, found);
  }
  return found;
}

/** What one word, its sentence's full stop dropped, is to a number: the tables looked up in their order of precedence. */
function roleOf(word: string, profile: LanguageProfile | undefined, format: DigitFormat): Role | undefined {
  const scale = format.scales.get(word) ?? lookup(profile?.scales, word);
  if (profile === undefined) {
    if (scale === undefined) return undefined;
    return scale === 1000 ? { kind: "thousand" } : { kind: "scale", value: scale };
  }
  if (profile.thousands.includes(word)) return { kind: "thousand" };
  if (scale !== undefined) return scale === 1000 ? { kind: "thousand" } : { kind: "scale", value: scale };
  const cardinal = lookup(profile.cardinals, word) ?? profile.readCompound?.(word);
  if (cardinal !== undefined && !profile.articles.includes(word)) return { kind: "cardinal", value: cardinal };
  const multiplier = lookup(profile.multipliers, word);
  if (multiplier !== undefined) return { kind: "multiplier", value: multiplier };
  const fraction = lookup(profile.fractions, word);
  if (fraction !== undefined) return { kind: "fraction", value: fraction };
  const multiple = lookup(profile.multiples, word);
  if (multiple !== undefined) return { kind: "multiple", value: multiple };
  const approximate = lookup(profile.approximateNumbers, word);
  if (approximate !== undefined) return { kind: "approximate", value: approximate };
  if (profile.articles.includes(word)) return { kind: "article" };
  if (profile.joiners.includes(word)) return { kind: "joiner" };
  return undefined;
}

/**
 * The words of a language's tables, each with its role, looked up once per
 * language: a word in no table can only be a compound number ("zweihundert").
 */
function makeLexicon(profile: LanguageProfile | undefined, format: DigitFormat): Lexicon {
  const known = new Map<string, Role | undefined>();
  const words = [
    ...format.scales.keys(),
    ...(profile === undefined
      ? []
      : [
          ...Object.keys(profile.scales),
          ...profile.thousands,
          ...Object.keys(profile.cardinals),
          ...Object.keys(profile.multipliers),
          ...Object.keys(profile.fractions),
          ...Object.keys(profile.multiples),
          ...Object.keys(profile.approximateNumbers),
          ...profile.articles,
          ...profile.joiners,
        ]),
  ];
  for (const word of words) known.set(word, roleOf(word, profile, format));
  const compound = profile?.readCompound;
  return {
    profile,
    format,
    role(raw) {
      // Abbreviations keep their full stop ("Mio.", "ca."); other words lose a sentence's.
      const word = raw.endsWith(".") && format.scales.get(raw) === undefined ? raw.slice(0, -1) : raw;
      if (known.has(word)) return known.get(word);
      // In no table: only a compound can be a number, and it is not an article.
      const value = compound?.(word);
      return value === undefined ? undefined : { kind: "cardinal", value };
    },
  };
}

/** A number being read from consecutive tokens, below a thousand (`small`), in thousands (`mid`) and above (`total`). */
interface Accumulator {
  small: number;
  mid: number;
  total: number;
  /** The last token added was a cardinal or a multiplier. */
  last: Role["kind"] | "digits" | undefined;
  lastCardinal: number;
  words: boolean;
  approximate: boolean;
  any: boolean;
  /** The largest scale word read, or 1. */
  scale: number;
}

function fresh(): Accumulator {
  return {
    small: 0,
    mid: 0,
    total: 0,
    last: undefined,
    lastCardinal: 0,
    words: false,
    approximate: false,
    any: false,
    scale: 1,
  };
}

/** Whether a cardinal can follow what has been read, as "five" follows "twenty" but not "two". */
function canAdd(acc: Accumulator, value: number, profile: LanguageProfile | undefined): boolean {
  if (!acc.any || acc.last === "thousand" || acc.last === "scale" || acc.last === "joiner") return true;
  if (acc.last === "digits") return false;
  const small = acc.small;
  if (acc.last === "multiplier") return value < 100 && small % 100 === 0;
  if (acc.last !== "cardinal") return false;
  const below = small % 100;
  // After a hundreds word ("doscientos", "ciento") come the tens and units.
  if (below === 0) return small > 0 && value < 100;
  if (below % 10 === 0 && below >= 20 && value < 10) return true;
  if (profile?.multiplyingTens === undefined) return false;
  // French 17 to 19 are 10 + 7 to 9; 70 and 90 are 60 + 10 to 19 and 4 × 20 + 10 to 19.
  if (below === 10) return value >= 7 && value < 10;
  return (below === 60 || below === 80) && value >= 10 && value < 20;
}

function totalOf(acc: Accumulator): number {
  return acc.total + acc.mid + acc.small;
}

/**
 * Reads every number a text gives, as the language of `profile` and
 * `format` writes it: digits with the language's marks ("15.000" in
 * German), scale words ("4,2 Millionen", "€1.8 million", "mil millones"),
 * numbers in words ("twenty-five", "einundzwanzig", "quatre-vingt-dix",
 * "doscientos"), fractions ("a quarter", "zwei Drittel", "la moitié"),
 * ratios ("one in four", "uno de cada cuatro"), multiples ("twice") and
 * approximate round numbers ("une vingtaine"). One-letter scale
 * abbreviations ("£5m") count only when `currencyNearby` is true. A scale
 * word always scales: "1.8 million" reads 1800000 and never 1.8.
 *
 * @param text - The text to read, typically a statistic's span.
 * @param profile - The language's word tables, or `undefined` to read digits and `Intl`'s scale words only.
 * @param format - The language's marks, from `digitFormat`.
 * @param currencyNearby - Whether the text shows a currency, so that "m" and "bn" after a number are scales.
 * @returns The numbers, in the order the text gives them.
 */
export function readNumbers(
  text: string,
  profile: LanguageProfile | undefined,
  format: DigitFormat,
  currencyNearby = false,
): NumberReading[] {
  const tokens = tokenize(text);
  const words = lexicon(profile, format);
  const readings: NumberReading[] = [];
  let acc = fresh();
  let start = 0;
  let end = 0;
  let pendingArticle: Token | undefined;
  let negative = false;
  // Most texts have no article standing for one: the set is made for the first.
  let articles: Set<NumberReading> | undefined;
  const countOne = (token: Token): void => {
    articles ??= new Set();
    articles.add(pushOne(token));
  };
  const pushOne = (token: Token): NumberReading => {
    const one = {
      value: 1,
      start: token.start,
      end: token.end,
      fraction: false,
      approximate: false,
      words: true,
      scale: 1,
    };
    readings.push(one);
    return one;
  };

  const flush = (): void => {
    if (acc.any) {
      const value = (negative ? -1 : 1) * totalOf(acc);
      readings.push({
        value,
        start,
        end,
        fraction: false,
        approximate: acc.approximate,
        words: acc.words,
        scale: acc.scale,
      });
    }
    acc = fresh();
    negative = false;
  };
  const begin = (token: Token): void => {
    if (!acc.any) start = pendingArticle?.start ?? token.start;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind === "digits") {
      flush();
      const value = readDigits(token.text, format);
      if (value === undefined) continue;
      const before = text.charAt(token.start - 1);
      const sign = before === "-" || before === "\u2212";
      negative = sign && !/[\p{L}\p{N}]/u.test(text.charAt(token.start - 2));
      start = negative ? token.start - 1 : token.start;
      acc.small = value;
      acc.any = true;
      acc.last = "digits";
      end = token.end;
      pendingArticle = undefined;
      const letter = tokens[i + 1];
      const scale = letter?.kind === "word" && currencyNearby ? format.letterScales.get(letter.text) : undefined;
      if (letter !== undefined && scale !== undefined) {
        acc.total = value * scale;
        acc.small = 0;
        acc.scale = scale;
        acc.last = "scale";
        end = letter.end;
        i++;
      }
      continue;
    }
    if (token.kind === "other") {
      // A hyphen joins number words ("twenty-five", "quatre-vingt-dix"); anything else ends a number.
      if (token.text === "-" && acc.any && tokens[i + 1]?.kind === "word") continue;
      flush();
      pendingArticle = undefined;
      continue;
    }
    const role = words.role(token.text);
    if (role === undefined) {
      // "a year", "eine Woche": the article stands for one before a noun.
      if (pendingArticle !== undefined && !acc.any) countOne(pendingArticle);
      flush();
      pendingArticle = undefined;
      continue;
    }
    switch (role.kind) {
      case "article":
        if (
          acc.last === "joiner" ||
          (acc.any && lookup(profile?.cardinals, token.text) === 1 && canAdd(acc, 1, profile))
        ) {
          // "vingt et un", "cent un", "treinta y una": where the article is also the word for one, it ends a number.
          acc.small += 1;
          acc.last = "cardinal";
          acc.lastCardinal = 1;
          end = token.end;
          break;
        }
        flush();
        pendingArticle = token;
        break;
      case "joiner": {
        const next = tokens[i + 1];
        const nextRole = next?.kind === "word" ? words.role(next.text) : undefined;
        const nextValue = nextRole?.kind === "cardinal" ? nextRole.value : nextRole?.kind === "article" ? 1 : undefined;
        const joins =
          acc.any &&
          nextValue !== undefined &&
          (acc.last === "multiplier" ||
            acc.last === "thousand" ||
            acc.last === "scale" ||
            (acc.last === "cardinal" && acc.small % 10 === 0 && nextValue < 10 + (acc.small % 20 === 0 ? 10 : 0)));
        if (joins) acc.last = "joiner";
        else flush();
        break;
      }
      case "cardinal": {
        const tens = profile?.multiplyingTens?.includes(token.text) === true;
        if (tens && acc.last === "cardinal" && acc.lastCardinal > 1 && acc.lastCardinal < 10) {
          acc.small += acc.lastCardinal * (role.value - 1);
        } else if (canAdd(acc, role.value, profile)) {
          begin(token);
          acc.small += role.value;
        } else {
          flush();
          begin(token);
          acc.small = role.value;
        }
        acc.any = true;
        acc.words = true;
        acc.last = "cardinal";
        acc.lastCardinal = role.value;
        end = token.end;
        pendingArticle = undefined;
        break;
      }
      case "multiplier":
        if (acc.any && (acc.small >= 100 || acc.last === "multiplier")) flush();
        begin(token);
        acc.small = (acc.small === 0 ? 1 : acc.small) * role.value;
        acc.any = true;
        acc.words = true;
        acc.last = "multiplier";
        end = token.end;
        pendingArticle = undefined;
        break;
      case "thousand":
        if (acc.mid !== 0) flush();
        begin(token);
        acc.mid = (acc.small === 0 ? 1 : acc.small) * 1000;
        acc.small = 0;
        acc.scale = Math.max(acc.scale, 1000);
        acc.any = true;
        acc.words = true;
        acc.last = "thousand";
        end = token.end;
        pendingArticle = undefined;
        break;
      case "scale": {
        const base = acc.mid + acc.small;
        if (!acc.any && pendingArticle === undefined) {
          // A bare "millions" is vague, not a number.
          flush();
          break;
        }
        begin(token);
        acc.total += (base === 0 ? 1 : base) * role.value;
        acc.mid = 0;
        acc.small = 0;
        acc.scale = Math.max(acc.scale, role.value);
        acc.any = true;
        acc.words = true;
        acc.last = "scale";
        end = token.end;
        pendingArticle = undefined;
        break;
      }
      case "approximate": {
        begin(token);
        const count = acc.any ? totalOf(acc) : 1;
        acc = { ...fresh(), small: count * role.value, any: true, words: true, approximate: true, last: "multiplier" };
        end = token.end;
        pendingArticle = undefined;
        flush();
        break;
      }
      case "fraction": {
        const count = acc.any ? totalOf(acc) : 1;
        const from = acc.any ? start : (pendingArticle?.start ?? token.start);
        acc = fresh();
        negative = false;
        pendingArticle = undefined;
        // "half a million": a fraction of a scale is a number, not a share.
        const article = tokens[i + 1];
        const scaleToken = tokens[i + 2];
        const scaleRole =
          article?.kind === "word" && words.role(article.text)?.kind === "article" && scaleToken?.kind === "word"
            ? words.role(scaleToken.text)
            : undefined;
        if (scaleToken !== undefined && (scaleRole?.kind === "scale" || scaleRole?.kind === "thousand")) {
          const scale = scaleRole.kind === "scale" ? scaleRole.value : 1000;
          readings.push({
            value: count * role.value * scale,
            start: from,
            end: scaleToken.end,
            fraction: false,
            approximate: false,
            words: true,
            scale,
          });
          i += 2;
          break;
        }
        readings.push({
          value: count * role.value,
          start: from,
          end: token.end,
          fraction: true,
          approximate: false,
          words: true,
          scale: 1,
        });
        break;
      }
      case "multiple":
        flush();
        readings.push({
          value: role.value,
          start: token.start,
          end: token.end,
          fraction: false,
          approximate: false,
          words: true,
          scale: 1,
        });
        pendingArticle = undefined;
        break;
    }
  }
  if (pendingArticle !== undefined && !acc.any) countOne(pendingArticle);
  flush();
  const read = ratios(text, readings, profile);
  // An article counts as one only where the text gives no other number ("a year", not "an estimated 4.1 million").
  if (articles === undefined) return read;
  const others = read.filter((reading) => !articles?.has(reading));
  return others.length > 0 ? others : read;
}

/** Joins "one in four", "1 von 5", "uno de cada cuatro" into one reading of their share. */
function ratios(text: string, readings: NumberReading[], profile: LanguageProfile | undefined): NumberReading[] {
  if (profile === undefined || readings.length < 2) return readings;
  const out: NumberReading[] = [];
  for (let i = 0; i < readings.length; i++) {
    const part = readings[i];
    const whole = readings[i + 1];
    if (part === undefined) continue;
    if (whole !== undefined && !part.fraction && !whole.fraction) {
      const between = text.slice(part.end, whole.start).trim().toLowerCase();
      const isRatio =
        profile.ratioWords.includes(between) &&
        Number.isInteger(part.value) &&
        Number.isInteger(whole.value) &&
        part.value > 0 &&
        part.value < whole.value;
      if (isRatio) {
        out.push({
          value: part.value / whole.value,
          start: part.start,
          end: whole.end,
          fraction: true,
          approximate: false,
          words: part.words || whole.words,
          scale: 1,
        });
        i++;
        continue;
      }
    }
    out.push(part);
  }
  return out;
}
