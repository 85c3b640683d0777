/** The units of time a rate can be given per. */
export type RateTimeUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

/** Which way a change goes. */
export type ChangeWay = "increase" | "decrease" | "unchanged";

/**
 * What a hedge word says about the number it hedges: the true number is
 * near it (`approximate`), above it (`more-than`), at or above it
 * (`at-least`), below it (`fewer-than`) or at or below it (`at-most`).
 * Some words say two things: "nearly 30%" is near 30 and below it.
 */
export const HEDGE_CLASSES = ["approximate", "more-than", "at-least", "fewer-than", "at-most"] as const;

/** What a hedge word says about the number it hedges. */
export type HedgeClass = (typeof HEDGE_CLASSES)[number];

/** A hedge of one language: its words, lower case, and what it says. */
export interface HedgeWord {
  /** The hedge's words in lower case, with straight apostrophes ("at least", "jusqu'à"). */
  readonly words: string;
  /** What the hedge says about its number. */
  readonly classes: readonly HedgeClass[];
}

/**
 * How one language writes numbers, hedges and quantities in words: the
 * tables no platform API has. Separators, percent signs and the compact
 * scale words ("4,2 Millionen") come from `Intl.NumberFormat`; these tables
 * hold the rest. Every key is lower case with straight apostrophes.
 */
export interface LanguageProfile {
  /** The primary language subtag ("en"). */
  readonly language: string;
  /** The language's English name, for messages ("German"). */
  readonly name: string;
  /** Single words with a value: the numbers 0–19 (or more), the tens, and words such as "doscientos". */
  readonly cardinals: Readonly<Record<string, number>>;
  /** Words that stand for one before a multiplier, a fraction or a unit ("a", "an", "ein", "une"). */
  readonly articles: readonly string[];
  /** Words that multiply the number before them, or one, below a thousand ("hundred" 100, "dozen" 12). */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Words that multiply what precedes them by 1,000 ("thousand", "mille", "mil", "tausend"). */
  readonly thousands: readonly string[];
  /** Scale words from a million up, and abbreviations Intl does not give ("bn", "mln", "mio", "mrd"). */
  readonly scales: Readonly<Record<string, number>>;
  /** Words that join two number words into one ("and" in "one hundred and five", "y" in "treinta y dos"). */
  readonly joiners: readonly string[];
  /** Fraction words and their values ("half" 0.5, "quarter" 0.25, "Drittel" 1/3). */
  readonly fractions: Readonly<Record<string, number>>;
  /** Words between the two numbers of a ratio ("in" in "one in four", "de cada"). */
  readonly ratioWords: readonly string[];
  /** Words for a multiple ("twice" 2, "double" 2). */
  readonly multiples: Readonly<Record<string, number>>;
  /** Words that give a round number only approximately ("une vingtaine" 20, "un millier" 1000). */
  readonly approximateNumbers: Readonly<Record<string, number>>;
  /** The language's hedges. */
  readonly hedges: readonly HedgeWord[];
  /** Words for percent ("per cent", "Prozent", "pour cent", "por ciento"). */
  readonly percentWords: readonly string[];
  /**
   * Personal, possessive and demonstrative pronouns that can stand for an
   * actor or a place ("she", "they", "er", "elle", "ella"), lower case: a
   * mention whose `form` is `pronoun` must be one of them.
   */
  readonly pronouns: readonly string[];
  /**
   * Words that give a quantity per unit of time, by the unit ("month": "a
   * month", "per month", "monthly", "monatlich", "par mois", "al mes").
   */
  readonly timeRates: Readonly<Partial<Record<RateTimeUnit, readonly string[]>>>;
  /** Words that give a quantity per item ("per", "a", "each", "apiece", "pro Kopf", "par habitant", "por persona"). */
  readonly itemRates: readonly string[];
  /** Words that say which way a change goes ("rose", "gesunken", "hausse", "cayó"), by direction. */
  readonly directions: Readonly<Record<ChangeWay, readonly string[]>>;
  /**
   * Unit words no `Intl` unit gives, by the unit code they stand for:
   * `magnitude`, `points`, `age` (an age in any unit: "aged", "âgé de"),
   * `age:year` ("-year-old", "Jahre alt"), and units of the record format
   * Intl lacks (`mg`, `hl`, `m3`, `barrel`).
   */
  readonly unitWords: Readonly<Record<string, readonly string[]>>;
  /** Tens that multiply a number before them, as French "quatre-vingts" is four twenties. */
  readonly multiplyingTens?: readonly string[];
  /**
   * Reads one word that joins several numbers into one, as German writes
   * "zweihundertfünfundzwanzig"; `undefined` when the word is not such a
   * number.
   */
  readonly readCompound?: (word: string) => number | undefined;
}
