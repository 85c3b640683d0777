/**
 * The words the helpers write, one row per language, same shape for every
 * language. Numbers, plurals, lists and dates come from `Intl`; a row holds
 * only what `Intl` lacks: connecting words, quotation marks, prepositions,
 * the names of statuses, and the patterns that tell a reporting verb's
 * grammar. A new form of quantity or attribution is a new entry in each row.
 * The words of statistics and of summaries are rows of their own
 * (./statistic-phrases.ts, ./summary-phrases.ts), so that what writes only
 * quantities and quotes (the JSON-LD) does not carry them.
 */
import type { PhraseLanguage } from "../internal/locale.js";
import type { DatePrecision } from "../schema/date.js";
import type { BoundRelation, MagnitudeScale } from "../schema/quantity.js";
import type { QuoteChannel } from "../schema/quote.js";

/** A narrow no-break space, as French typography puts inside guillemets and before `;`, `?` and `!`. */
export const NNBSP = "\u202F";
/** A no-break space, as French typography puts before a colon. */
export const NBSP = "\u00A0";

type Prec = DatePrecision;
/** Whether a date is written to the day, which takes "on" rather than "in". */
export const isDay = (p: Prec): boolean => p === "day" || p === "time";

/** Units that `Intl.NumberFormat` cannot name, in the words of a language. */
export interface OtherUnitWords {
  /** The symbol written after a number ("km²"). */
  readonly symbol: string;
  /** The plural name, after a scale word or a quantity in words ("square kilometres"). */
  readonly plural: string;
}

/**
 * The forms a sentence about a quote takes: `direct` (words in quotation
 * marks after a colon), `reported` (a verb of saying, then what was said),
 * `fronted` (when and through whom first, for a verb whose object opens the
 * content: "accuses Belarus of …"), `attributed` (an attribution that is a
 * preposition: "According to the union, …"), `foreign` (reported words in
 * another language than the sentence's, which no connecting word can join:
 * they are given in quotation marks as the article's words, not the
 * speaker's), `refusal` (the speaker declined to comment: the article's words
 * for it after the speaker, when, how and through whom in parentheses).
 */
export type SentenceForm = "direct" | "reported" | "fronted" | "attributed" | "foreign" | "refusal";

/** The parts of a sentence about a quote, each already in words. */
export interface Sentence {
  /** Who spoke. */
  readonly speaker: string;
  /** The reporting verb, or the attribution ("according to"). */
  readonly verb: string;
  /** When, with its preposition ("on May 4, 2026"); for `attributed`, the bare date. */
  readonly when: string | undefined;
  /** To whom and in what channel, for the forms whose verb cannot carry them (`attributed`, `fronted`, `refusal`): "in a statement". */
  readonly how?: string | undefined;
  /** Through whom ("according to AFP"); for `attributed`, the relays' names. */
  readonly via: string | undefined;
  /** What joins verb and content (see {@link Phrases.that}); `" "` when not a verb of saying. */
  readonly that: string;
  /** The words: quoted (direct) or reported, with the sentence's end punctuation. */
  readonly words: string;
}

/** `part` between `before` and `after`; nothing when it is undefined. */
export const opt = (before: string, part: string | undefined, after = ""): string =>
  part === undefined ? "" : `${before}${part}${after}`;
const paren = (s: Sentence, sep: string): string => {
  const parts = [s.when, s.how, s.via].filter((x) => x !== undefined);
  return parts.length === 0 ? "" : ` (${parts.join(sep)})`;
};
/** A German verb split into its finite part and the rest, which goes to the end ("hat … erklärt", "teilte … mit"). */
const finite = (verb: string): [string, string] => {
  const [first = verb, ...rest] = verb.split(" ");
  return [first, rest.length === 0 ? "" : ` ${rest.join(" ")}`];
};

/** One language's words. */
export interface Phrases {
  /** Quotation marks around words given verbatim. */
  readonly quote: (words: string) => string;

  // Quantities.
  /** "between 300 and 400 workers": `min` bare, `max` with its unit. */
  readonly range: (min: string, max: string) => string;
  /** A range with the article's hedge ("roughly 300 to 400 workers"). */
  readonly hedgedRange: (hedge: string, min: string, max: string) => string;
  /** The hedge of an approximate number when the record's own hedge is in another language. */
  readonly about: string;
  /** The words of a bound, for each relation, when the record's own words are in another language. */
  readonly bound: Readonly<Record<BoundRelation, string>>;
  /** A number in scale words with what it counts ("3.4 million tonnes", "3,4 millions de tonnes"). */
  readonly scaled: (number: string, noun: string) => string;
  /** Quantity words that take "of" before what they count ("dozens", "des dizaines"). */
  readonly takesOf: RegExp;
  /** "dozens of kilometres", "des dizaines de kilomètres". */
  readonly of: (expression: string, noun: string) => string;
  /** Words that name a span of time, so that "three decades" needs no unit after it. */
  readonly timeWords: RegExp;
  /** A plural count noun made singular, for a count of one; the noun itself when no rule is safe. */
  readonly singular: (noun: string) => string;
  /** "a year", "ein Jahr": one of a unit of duration. */
  readonly oneDuration: Readonly<Record<"second" | "minute" | "hour" | "day" | "week" | "month" | "year", string>>;
  /** Units `Intl` has no name for. */
  readonly otherUnits: Readonly<Record<"m2" | "km2" | "sq-mi" | "t" | "mg" | "hl" | "m3", OtherUnitWords>>;
  /** Money in scale words: the currency's symbol in Intl's place, or its name after the scale ("2,5 millions d'euros"). */
  readonly scaledMoney: "symbol" | "name";
  /** The bounds of a vague share: more than `min`, between, at most `max`, or none given. */
  readonly share: {
    readonly over: (min: string) => string;
    readonly between: (min: string, max: string) => string;
    readonly under: (max: string) => string;
    readonly none: string;
  };

  // Time.
  /** A date with its preposition ("on August 5, 2021", "im Mai 2026"). */
  readonly at: (date: string, precision: Prec) => string;
  /** An interval with both ends. */
  readonly fromTo: (start: string, sp: Prec, end: string, ep: Prec) => string;
  /** An interval with its end only. */
  readonly until: (end: string, precision: Prec) => string;
  /** An interval with its start only. */
  readonly since: (start: string, precision: Prec) => string;
  /** An interval with neither end. */
  readonly noTime: string;

  // Quotes.
  /** The reporting verb when the record has none. */
  readonly said: string;
  /** Reporting verbs that are followed by what was said as a clause ("said", "a déclaré"). */
  readonly saysThat: RegExp;
  /** What joins such a verb to the reported content: `" that "`, `" que "`, `", "` in German, `" "` when the content opens with its own word ("to", "de"). */
  readonly that: (content: string) => string;
  /** Verbs that need a person told; in a sentence that cannot name one, they are replaced by `said`. */
  readonly needsObject: RegExp;
  /** The verb `needsObject` matched, replaced by a verb that needs no object. */
  readonly withoutObject: (verb: string) => string;
  /** Attributions that are prepositions, not verbs ("according to", "laut", "selon", "según"). */
  readonly attribution: RegExp;
  /** The go-betweens of a quote: the last relay, and the ones it cites. */
  readonly via: (last: string, earlier: string) => string;
  /** Words that open a clause with a capital only because they open a sentence. */
  readonly clauseOpeners: ReadonlySet<string>;
  /** A definite article the article writes before an actor's name, to keep in the sentence. */
  readonly definiteArticle: RegExp | undefined;
  /** The relays of a quote after an attribution that is a preposition ("via AFP"). */
  readonly relayed: (names: string) => string;
  /** The sentence forms of a quote. */
  readonly sentence: Readonly<Record<SentenceForm, (s: Sentence) => string>>;

  // Quantities of record format 1.1.
  /** Joins a hedge or a bound's words to what it hedges, with the language's contractions ("plus de" + "le double" → "plus du double"). */
  readonly hedged: (hedge: string, text: string) => string;
  /** A hedge made to agree with the scale word a number is written with, which becomes the head noun ("unas 3.400.000 toneladas" → "unos 3,4 millones"). */
  readonly agreeWithScale: (hedge: string) => string;
  /** A ratio as a part of every whole ("one in four", "1 von 4", "1 sur 4", "1 de cada 4"); the numbers written, then their values. */
  readonly inEvery: (numerator: string, denominator: string, n: number, d: number) => string;
  /** A multiple ("twice", "3 times", "das Doppelte", "le double", "el doble"); the number written, then its value. */
  readonly times: (multiple: string, n: number) => string;
  /** Fractions with a name of their own, by `"n/d"` ("1/4": "a quarter"), for the size of a change ("down a quarter"). */
  readonly fractions: Readonly<Record<string, string>>;
  /** An earthquake's magnitude ("magnitude 6.1", "Stärke 6,1"), naming the Richter scale when the record does. */
  readonly magnitude: (value: string, scale: MagnitudeScale) => string;
  /** Points on an index or in a score ("120 points", "1 Punkt"); `one` for the singular. */
  readonly points: (value: string, one: boolean) => string;
  /** An age, from `Intl`'s long duration ("54 years" → "54 years old", "54 Jahre" → "54 Jahre alt", "54 ans"). */
  readonly age: (duration: string) => string;
  /** Barrels of oil, singular and plural. */
  readonly barrels: readonly [string, string];

  // Attribution of record format 1.1.
  /** The verb of saying with the person or outlet spoken to: the verb, then the words naming the addressee ("told" + "AFP"; "a déclaré" + "à l’AFP"). */
  readonly addressed: (verb: string, addressee: string) => readonly [string, string];
  /** Where or how the words were said ("in a statement"); `undefined` for a channel with no words (`other`). */
  readonly channel: Readonly<Record<QuoteChannel, string | undefined>>;
  /** The addressee's and the channel's words in the language's order. */
  readonly how: (addressee: string | undefined, channel: string | undefined) => string | undefined;
  /** The verb with the addressee's and channel's words where the language puts them ("sagte … gegenüber AFP", "told AFP in an interview"). */
  readonly withHow: (verb: string, how: string) => string;
  /** A quote reported inside another's words: who reports it ("as reported by Mary Hale"). */
  readonly nested: (reporter: string) => string;
  /** The verb phrase of a refusal to comment, for a sentence in another language than the article's. */
  readonly declined: string;
  /** A denial of a claim, with who made it ("denying a claim by the union"). */
  readonly denial: (claimant: string) => string;
}

const vowel = /^[aeiouyàâäéèêëîïôöûüh]/i;
/** French "de" before a word, elided before a vowel or a mute h, joined with the article of a name ("du Courrier"). */
export const fde = (word: string): string =>
  /^Le\s/.test(word)
    ? `du ${word.slice(3)}`
    : /^Les\s/.test(word)
      ? `des ${word.slice(4)}`
      : vowel.test(word)
        ? `d’${word}`
        : `de ${word}`;

const words = (text: string): ReadonlySet<string> => new Set(text.split(" "));

/** French contractions of "de" and "à" with the article that follows ("de le" → "du", "à les" → "aux"), and "de" elided before a vowel. */
export const frJoin = (text: string): string =>
  text
    .replace(/(?<!\p{L})de le\s/gu, "du ")
    .replace(/(?<!\p{L})de les\s/gu, "des ")
    .replace(/(?<!\p{L})à le\s/gu, "au ")
    .replace(/(?<!\p{L})à les\s/gu, "aux ")
    .replace(/(?<!\p{L})de (?=[aeiouyàâäéèêëîïôöûüh])/giu, "d’");
/** Spanish contractions of "de" and "a" with "el" ("de el" → "del", "a el" → "al"). */
export const esJoin = (text: string): string =>
  text.replace(/(?<!\p{L})de el\s/gu, "del ").replace(/(?<!\p{L})a el\s/gu, "al ");
/** English number words for the small whole numbers of a ratio ("one in four"), as style guides ask. */
const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const enSmall = (written: string, n: number): string =>
  Number.isInteger(n) && n >= 0 && n < 10 ? (EN_SMALL[n] ?? written) : written;

/** Whether reported words open with an infinitive ("avoir planifié", "haber planificado"), which takes no "que". */
function infinitive(content: string, ending: RegExp, exceptions: ReadonlySet<string>): boolean {
  const first = /^\p{L}+/u.exec(content)?.[0]?.toLowerCase();
  return first !== undefined && first.length > 3 && ending.test(first) && !exceptions.has(first);
}
const FR_NOT_INFINITIVES = words(
  "entre contre notre votre autre quatre premier dernier hier hiver leur leurs cher chère mer fer père mère frère",
);
const ES_NOT_INFINITIVES = words("mujer lugar hogar ayer mayor menor mejor peor según");

function swapLast(verb: string, map: Readonly<Record<string, string>>, fallback: string): string {
  const parts = verb.split(" ");
  const last = parts.pop() ?? verb;
  return [...parts, map[last] ?? fallback].join(" ");
}

const en: Phrases = {
  quote: (w) => `“${w}”`,
  range: (min, max) => `between ${min} and ${max}`,
  hedgedRange: (hedge, min, max) => `${hedge} ${min} to ${max}`,
  about: "about",
  bound: { "more-than": "more than", "at-least": "at least", "fewer-than": "fewer than", "at-most": "at most" },
  scaled: (n, noun) => `${n} ${noun}`,
  takesOf:
    /(?:^|\s)(?:dozens|hundreds|thousands|millions|billions|tens|scores|lots|a lot|plenty|a couple|a number|a handful|a majority|the majority|a minority)$/,
  of: (e, noun) => `${e} of ${noun}`,
  timeWords: /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b/i,
  singular: (noun) => {
    const irregular: Readonly<Record<string, string>> = {
      people: "person",
      men: "man",
      women: "woman",
      children: "child",
      feet: "foot",
      teeth: "tooth",
      mice: "mouse",
      geese: "goose",
    };
    const parts = noun.split(" ");
    const last = parts.pop() ?? noun;
    const one =
      irregular[last] ??
      (/[^aeiou]ies$/.test(last)
        ? `${last.slice(0, -3)}y`
        : /(?:s|x|z|ch|sh)es$/.test(last)
          ? last.slice(0, -2)
          : /[^s]s$/.test(last)
            ? last.slice(0, -1)
            : last);
    return [...parts, one].join(" ");
  },
  oneDuration: {
    second: "a second",
    minute: "a minute",
    hour: "an hour",
    day: "a day",
    week: "a week",
    month: "a month",
    year: "a year",
  },
  otherUnits: {
    m2: { symbol: "m²", plural: "square metres" },
    km2: { symbol: "km²", plural: "square kilometres" },
    "sq-mi": { symbol: "sq mi", plural: "square miles" },
    t: { symbol: "t", plural: "tonnes" },
    mg: { symbol: "mg", plural: "milligrams" },
    hl: { symbol: "hl", plural: "hectolitres" },
    m3: { symbol: "m³", plural: "cubic metres" },
  },
  scaledMoney: "symbol",
  share: {
    over: (min) => `more than ${min}`,
    between: (min, max) => `${min} to ${max}`,
    under: (max) => `at most ${max}`,
    none: "no figure given",
  },
  at: (d, p) => `${isDay(p) ? "on" : "in"} ${d}`,
  fromTo: (s, _sp, e) => `from ${s} to ${e}`,
  until: (e) => `until ${e}`,
  since: (s) => `since ${s}`,
  noTime: "at a time not given",
  said: "said",
  saysThat:
    /(?:^|\s)(?:said|says|say|added|adds|stated|states|claimed|claims|announced|announces|insisted|insists|warned|warns|argued|argues|believes|believed|told|tells|explained|explains|noted|notes|confirmed|confirms|denied|denies|estimated|estimates|reported|reports|acknowledged|acknowledges|admitted|admits|suggested|suggests)$/i,
  that: (c) => (/^(?:that|whether|if|to|how|why|what|when|where|who)\b/i.test(c) ? " " : " that "),
  needsObject: /(?:^|\s)(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds|urged|urges)$/i,
  withoutObject: (verb) =>
    swapLast(
      verb,
      { tells: "says", tell: "say", informs: "says", assures: "says", reminds: "says", urges: "says" },
      "said",
    ),
  attribution: /^(?:according to|as reported by)$/i,
  via: (last, earlier) => `according to ${last}${earlier === "" ? "" : `, citing ${earlier}`}`,
  clauseOpeners: words(
    "a all an any at about around between by each every for from he her his if in it its many more most nearly no none on our over she several some that the their there these they this those to up we what when where which who you almost roughly fewer less",
  ),
  definiteArticle: /\bthe\s+$/i,
  relayed: (names) => `via ${names}`,
  sentence: {
    direct: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}: ${s.words}.`,
    reported: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via, ",")}${s.that}${s.words}`,
    fronted: (s) =>
      `${[s.when, s.how, s.via].filter((x) => x !== undefined).join(", ")}, ${s.speaker} ${s.verb}${s.that}${s.words}`,
    attributed: (s) => `${s.verb} ${s.speaker}${paren(s, "; ")}, ${s.words}`,
    foreign: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}, in the article’s words: ${s.words}.`,
    refusal: (s) => `${s.speaker} ${s.words}${paren(s, "; ")}.`,
  },
  hedged: (hedge, text) => `${hedge} ${text}`,
  agreeWithScale: (hedge) => hedge,
  inEvery: (n, d, nv, dv) => `${enSmall(n, nv)} in ${enSmall(d, dv)}`,
  times: (m, n) => (n === 2 ? "twice" : `${m} times`),
  fractions: {
    "1/2": "half",
    "1/3": "a third",
    "2/3": "two thirds",
    "1/4": "a quarter",
    "3/4": "three quarters",
    "1/5": "a fifth",
    "1/10": "a tenth",
  },
  magnitude: (v, scale) => (scale === "richter" ? `${v} on the Richter scale` : `magnitude ${v}`),
  points: (v, one) => `${v} ${one ? "point" : "points"}`,
  age: (duration) => `${duration} old`,
  barrels: ["barrel", "barrels"],
  addressed: (verb, who) =>
    /^said$/i.test(verb)
      ? ["told", who]
      : /^says$/i.test(verb)
        ? ["tells", who]
        : /(?:^|\s)(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds|urged|urges)$/i.test(verb)
          ? [verb, who]
          : [verb, `to ${who}`],
  channel: {
    statement: "in a statement",
    "press-release": "in a press release",
    interview: "in an interview",
    "news-conference": "at a news conference",
    speech: "in a speech",
    television: "on television",
    radio: "on the radio",
    "social-media": "on social media",
    letter: "in a letter",
    court: "in court",
    parliament: "in parliament",
    report: "in a report",
    other: undefined,
  },
  how: (to, channel) => [to, channel].filter((x) => x !== undefined).join(" ") || undefined,
  withHow: (verb, how) => `${verb} ${how}`,
  nested: (reporter) => `as reported by ${reporter}`,
  declined: "declined to comment",
  denial: (claimant) => `denying a claim by ${claimant}`,
};

const de: Phrases = {
  quote: (w) => `„${w}“`,
  range: (min, max) => `zwischen ${min} und ${max}`,
  hedgedRange: (hedge, min, max) => `${hedge} ${min} bis ${max}`,
  about: "etwa",
  bound: { "more-than": "mehr als", "at-least": "mindestens", "fewer-than": "weniger als", "at-most": "höchstens" },
  scaled: (n, noun) => `${n} ${noun}`,
  takesOf: /$^/,
  of: (e, noun) => `${e} ${noun}`,
  timeWords: /(?:sekunde|minute|stunde|tag|woche|monat|jahr|jahrzehnt|jahrhundert)/i,
  // Most German plurals have no rule safe enough to undo: only the regular
  // feminine endings are (Personen → Person, Zeitungen → Zeitung, Ärztinnen →
  // Ärztin); any other noun stays as the record gives it.
  singular: (noun) => noun.replace(/(ung|heit|keit|schaft|ion|tät|son)en$/u, "$1").replace(/innen$/u, "in"),
  oneDuration: {
    second: "eine Sekunde",
    minute: "eine Minute",
    hour: "eine Stunde",
    day: "ein Tag",
    week: "eine Woche",
    month: "ein Monat",
    year: "ein Jahr",
  },
  otherUnits: {
    m2: { symbol: "m²", plural: "Quadratmeter" },
    km2: { symbol: "km²", plural: "Quadratkilometer" },
    "sq-mi": { symbol: "sq mi", plural: "Quadratmeilen" },
    t: { symbol: "t", plural: "Tonnen" },
    mg: { symbol: "mg", plural: "Milligramm" },
    hl: { symbol: "hl", plural: "Hektoliter" },
    m3: { symbol: "m³", plural: "Kubikmeter" },
  },
  scaledMoney: "name",
  share: {
    over: (min) => `mehr als ${min}`,
    between: (min, max) => `${min} bis ${max}`,
    under: (max) => `höchstens ${max}`,
    none: "keine Zahl genannt",
  },
  at: (d, p) => (isDay(p) ? `am ${d}` : p === "month" ? `im ${d}` : `im Jahr ${d}`),
  fromTo: (s, sp, e, ep) => `${isDay(sp) ? "vom" : "von"} ${s} ${isDay(ep) ? "bis zum" : "bis"} ${e}`,
  until: (e, p) => `${isDay(p) ? "bis zum" : "bis"} ${e}`,
  since: (s, p) => `${isDay(p) ? "seit dem" : "seit"} ${s}`,
  noTime: "zu einem nicht genannten Zeitpunkt",
  said: "sagte",
  saysThat:
    /^(?:sagt|sagte|sagten|erklärt|erklärte|erklärten|betont|betonte|meint|meinte|teilt|teilte|warnt|warnte|berichtet|berichtete|bestätigt|bestätigte|behauptet|behauptete|räumt|räumte|fügt|fügte|kündigt|kündigte|bestreitet|bestritt|bestritten|dementiert|dementierte|weist|wies|hat|hatte|haben|hatten|so)(?:\s|$)/i,
  that: () => ", ",
  needsObject: /$^/,
  withoutObject: (verb) => verb,
  attribution: /^(?:laut|nach angaben von|nach angaben der|nach angaben des)$/i,
  via: (last, earlier) => `laut ${last}${earlier === "" ? "" : ` unter Berufung auf ${earlier}`}`,
  clauseOpeners: words(
    "der die das den dem des ein eine einer eines einem einen er sie es wir ihr man dies diese dieser dieses zwischen rund etwa mehr weniger fast knapp über unter mindestens höchstens alle viele einige mehrere in im am an auf aus bei mit nach seit von vom zu zum zur wenn weil dass ob als wie so",
  ),
  definiteArticle: undefined,
  relayed: (names) => `über ${names}`,
  sentence: {
    direct: (s) => {
      const [verb, rest] = finite(s.verb);
      return `${s.speaker} ${verb}${opt(" ", s.when)}${opt(" ", s.via)}${rest}: ${s.words}.`;
    },
    reported: (s) => {
      const [verb, rest] = finite(s.verb);
      return `${s.speaker} ${verb}${opt(" ", s.when)}${opt(" ", s.via)}${rest}${s.that}${s.words}`;
    },
    fronted: (s) => {
      const [verb, rest] = finite(s.verb);
      return `${s.speaker} ${verb}${opt(" ", s.when)}${opt(" ", s.how)}${opt(" ", s.via)}${rest}${s.that}${s.words}`;
    },
    attributed: (s) => `${s.verb} ${s.speaker}${paren(s, "; ")} ${s.words}`,
    foreign: (s) => {
      const [verb, rest] = finite(s.verb);
      return `${s.speaker} ${verb}${opt(" ", s.when)}${opt(" ", s.via)}${rest}, in den Worten des Artikels: ${s.words}.`;
    },
    refusal: (s) => `${s.speaker} ${s.words}${paren(s, "; ")}.`,
  },
  hedged: (hedge, text) => `${hedge} ${text}`,
  agreeWithScale: (hedge) => hedge,
  inEvery: (n, d) => `${n} von ${d}`,
  times: (m, n) => (n === 2 ? "das Doppelte" : n === 3 ? "das Dreifache" : `das ${m}-Fache`),
  fractions: {
    "1/2": "die Hälfte",
    "1/3": "ein Drittel",
    "2/3": "zwei Drittel",
    "1/4": "ein Viertel",
    "3/4": "drei Viertel",
    "1/5": "ein Fünftel",
    "1/10": "ein Zehntel",
  },
  magnitude: (v, scale) => (scale === "richter" ? `Stärke ${v} auf der Richterskala` : `Stärke ${v}`),
  points: (v, one) => `${v} ${one ? "Punkt" : "Punkte"}`,
  age: (duration) => `${duration} alt`,
  barrels: ["Barrel", "Barrel"],
  addressed: (verb, who) => [verb, `gegenüber ${who}`],
  channel: {
    statement: "in einer Erklärung",
    "press-release": "in einer Pressemitteilung",
    interview: "in einem Interview",
    "news-conference": "auf einer Pressekonferenz",
    speech: "in einer Rede",
    television: "im Fernsehen",
    radio: "im Radio",
    "social-media": "in den sozialen Medien",
    letter: "in einem Brief",
    court: "vor Gericht",
    parliament: "im Parlament",
    report: "in einem Bericht",
    other: undefined,
  },
  how: (to, channel) => [to, channel].filter((x) => x !== undefined).join(" ") || undefined,
  // The finite verb stays second; the rest ("gegenüber AFP", "mit") goes after it, as a German clause wants.
  withHow: (verb, how) => {
    const [first, rest] = finite(verb);
    return `${first} ${how}${rest}`;
  },
  nested: (reporter) => `nach Darstellung von ${reporter}`,
  declined: "lehnte eine Stellungnahme ab",
  denial: (claimant) => `Dementi einer Behauptung von ${claimant}`,
};

const fr: Phrases = {
  quote: (w) => `«${NNBSP}${w}${NNBSP}»`,
  range: (min, max) => `entre ${min} et ${max}`,
  hedgedRange: (hedge, min, max) => `${hedge} ${min} à ${max}`,
  about: "environ",
  bound: { "more-than": "plus de", "at-least": "au moins", "fewer-than": "moins de", "at-most": "au plus" },
  scaled: (n, noun) => `${n} ${fde(noun)}`,
  takesOf:
    /(?:^|\s)(?:dizaines|centaines|milliers|millions|milliards|beaucoup|peu|plein|nombre|la plupart|une majorité|la majorité|une minorité|une poignée)$/,
  of: (e, noun) => `${e} ${fde(noun)}`,
  timeWords: /(?:seconde|minute|heure|jour|semaine|mois|\ban(?:s|née|nées)?\b|décennie|siècle)/i,
  singular: (noun) => {
    const parts = noun.split(" ");
    const last = parts.pop() ?? noun;
    const one = /aux$/.test(last) ? `${last.slice(0, -3)}al` : /[^s][sx]$/.test(last) ? last.slice(0, -1) : last;
    return [...parts, one].join(" ");
  },
  oneDuration: {
    second: "une seconde",
    minute: "une minute",
    hour: "une heure",
    day: "un jour",
    week: "une semaine",
    month: "un mois",
    year: "un an",
  },
  otherUnits: {
    m2: { symbol: "m²", plural: "mètres carrés" },
    km2: { symbol: "km²", plural: "kilomètres carrés" },
    "sq-mi": { symbol: "mi²", plural: "milles carrés" },
    t: { symbol: "t", plural: "tonnes" },
    mg: { symbol: "mg", plural: "milligrammes" },
    hl: { symbol: "hl", plural: "hectolitres" },
    m3: { symbol: "m³", plural: "mètres cubes" },
  },
  scaledMoney: "name",
  share: {
    over: (min) => `plus de ${min}`,
    between: (min, max) => `${min} à ${max}`,
    under: (max) => `au plus ${max}`,
    none: "sans chiffre",
  },
  at: (d, p) => `${isDay(p) ? "le" : "en"} ${d}`,
  fromTo: (s, sp, e, ep) => `${isDay(sp) ? `du ${s}` : fde(s)} ${isDay(ep) ? "au" : "à"} ${e}`,
  until: (e, p) => `${isDay(p) ? "jusqu’au" : "jusqu’en"} ${e}`,
  since: (s, p) => `depuis ${isDay(p) ? "le " : ""}${s}`,
  noTime: "à une date non précisée",
  said: "a déclaré",
  saysThat:
    /(?:^|\s)(?:dit|déclar\S*|indiqu\S*|affirm\S*|annonc\S*|assur\S*|estim\S*|expliqu\S*|ajout\S*|précis\S*|soulign\S*|confirm\S*|démenti|dément|nié|nie|rappel\S*|averti|avertit|prévenu|prévient|répét\S*|reconnu|reconnaît|jug\S*|pens\S*|croit|cru|expos\S*|insist\S*)$/i,
  that: (c) =>
    /^(?:que\b|qu[’']|de\b|d[’']|à\b|si\b|s[’'])/iu.test(c) || infinitive(c, /(?:er|ir|re|oir)$/u, FR_NOT_INFINITIVES)
      ? " "
      : vowel.test(c)
        ? " qu’"
        : " que ",
  needsObject: /$^/,
  withoutObject: (verb) => verb,
  attribution: /^(?:selon|d[’']après|de l[’']avis de)$/i,
  via: (last, earlier) => `selon ${last}${earlier === "" ? "" : `, citant ${earlier}`}`,
  clauseOpeners: words(
    "le la les l un une des du de il elle ils elles on nous vous ce cet cette ces entre environ près plus moins quelque quelques plusieurs certains tous toutes au aux en dans pour par si quand",
  ),
  definiteArticle: /\b(?:le|la|les|l[’'])\s*$/i,
  relayed: (names) => `via ${names}`,
  sentence: {
    direct: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}${NBSP}: ${s.words}.`,
    reported: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via, ",")}${s.that}${s.words}`,
    fronted: (s) =>
      `${[s.when, s.how, s.via].filter((x) => x !== undefined).join(", ")}, ${s.speaker} ${s.verb}${s.that}${s.words}`,
    attributed: (s) => `${s.verb} ${s.speaker}${paren(s, `${NNBSP}; `)}, ${s.words}`,
    foreign: (s) =>
      `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}, selon les termes de l’article${NBSP}: ${s.words}.`,
    refusal: (s) => `${s.speaker} ${s.words}${paren(s, `${NNBSP}; `)}.`,
  },
  hedged: (hedge, text) => frJoin(`${hedge} ${text}`),
  agreeWithScale: (hedge) => hedge,
  inEvery: (n, d) => `${n} sur ${d}`,
  times: (m, n) => (n === 2 ? "le double" : n === 3 ? "le triple" : `${m} fois`),
  fractions: {
    "1/2": "la moitié",
    "1/3": "un tiers",
    "2/3": "deux tiers",
    "1/4": "un quart",
    "3/4": "trois quarts",
    "1/5": "un cinquième",
    "1/10": "un dixième",
  },
  magnitude: (v, scale) => (scale === "richter" ? `magnitude ${v} sur l’échelle de Richter` : `magnitude ${v}`),
  points: (v, one) => `${v} ${one ? "point" : "points"}`,
  age: (duration) => duration,
  barrels: ["baril", "barils"],
  addressed: (verb, who) => [verb, frJoin(`à ${who}`)],
  channel: {
    statement: "dans un communiqué",
    "press-release": "dans un communiqué de presse",
    interview: "dans un entretien",
    "news-conference": "lors d’une conférence de presse",
    speech: "dans un discours",
    television: "à la télévision",
    radio: "à la radio",
    "social-media": "sur les réseaux sociaux",
    letter: "dans une lettre",
    court: "devant le tribunal",
    parliament: "au Parlement",
    report: "dans un rapport",
    other: undefined,
  },
  how: (to, channel) => [channel, to].filter((x) => x !== undefined).join(" ") || undefined,
  withHow: (verb, how) => `${verb} ${how}`,
  nested: (reporter) => frJoin(`selon le récit de ${reporter}`),
  declined: "n’a pas souhaité s’exprimer",
  denial: (claimant) => frJoin(`démenti d’une affirmation de ${claimant}`),
};

const es: Phrases = {
  quote: (w) => `«${w}»`,
  range: (min, max) => `entre ${min} y ${max}`,
  hedgedRange: (hedge, min, max) => `${hedge} entre ${min} y ${max}`,
  about: "aproximadamente",
  bound: { "more-than": "más de", "at-least": "al menos", "fewer-than": "menos de", "at-most": "como máximo" },
  scaled: (n, noun) => `${n} de ${noun}`,
  takesOf:
    /(?:^|\s)(?:decenas|centenares|cientos|miles|millones|miles de millones|la mayoría|una mayoría|una minoría|un puñado|montones)$/,
  of: (e, noun) => `${e} de ${noun}`,
  timeWords: /(?:segundo|minuto|hora|día|semana|mes|año|década|siglo)/i,
  singular: (noun) => {
    const parts = noun.split(" ");
    const last = parts.pop() ?? noun;
    const one = /ces$/.test(last)
      ? `${last.slice(0, -3)}z`
      : /iones$/.test(last)
        ? `${last.slice(0, -5)}ión`
        : /[^aeiou]es$/.test(last) && !/(?:ques|gues)$/.test(last)
          ? last.slice(0, -2)
          : /s$/.test(last)
            ? last.slice(0, -1)
            : last;
    return [...parts, one].join(" ");
  },
  oneDuration: {
    second: "un segundo",
    minute: "un minuto",
    hour: "una hora",
    day: "un día",
    week: "una semana",
    month: "un mes",
    year: "un año",
  },
  otherUnits: {
    m2: { symbol: "m²", plural: "metros cuadrados" },
    km2: { symbol: "km²", plural: "kilómetros cuadrados" },
    "sq-mi": { symbol: "mi²", plural: "millas cuadradas" },
    t: { symbol: "t", plural: "toneladas" },
    mg: { symbol: "mg", plural: "miligramos" },
    hl: { symbol: "hl", plural: "hectolitros" },
    m3: { symbol: "m³", plural: "metros cúbicos" },
  },
  scaledMoney: "name",
  share: {
    over: (min) => `más de ${min}`,
    between: (min, max) => `entre ${min} y ${max}`,
    under: (max) => `como máximo ${max}`,
    none: "sin cifra",
  },
  at: (d, p) => `${isDay(p) ? "el" : "en"} ${d}`,
  fromTo: (s, sp, e, ep) => `${isDay(sp) ? "del" : "de"} ${s} ${isDay(ep) ? "al" : "a"} ${e}`,
  until: (e, p) => `hasta ${isDay(p) ? "el " : ""}${e}`,
  since: (s, p) => `desde ${isDay(p) ? "el " : ""}${s}`,
  noTime: "en una fecha no indicada",
  said: "dijo",
  saysThat:
    /(?:^|\s)(?:dijo|dijeron|dice|dicen|dicho|declar\S*|afirm\S*|asegur\S*|indic\S*|explic\S*|señal\S*|anunci\S*|añad\S*|confirm\S*|advirt\S*|advierte|neg\S*|estim\S*|precis\S*|sostuvo|sostiene|reconoci\S*|reconoce|insisti\S*|insiste)$/i,
  that: (c) =>
    /^(?:que|de|a|si)\b/iu.test(c) || infinitive(c, /(?:ar|er|ir|ír)$/u, ES_NOT_INFINITIVES) ? " " : " que ",
  needsObject: /$^/,
  withoutObject: (verb) => verb,
  attribution: /^(?:según|de acuerdo con)$/i,
  via: (last, earlier) => `según ${last}${earlier === "" ? "" : `, que cita a ${earlier}`}`,
  clauseOpeners: words(
    "el la los las lo un una unos unas él ella ellos ellas se nosotros este esta estos estas ese esa entre unos cerca casi más menos algunos varios todos en con por para si cuando",
  ),
  definiteArticle: /\b(?:el|la|los|las)\s+$/i,
  relayed: (names) => `vía ${names}`,
  sentence: {
    direct: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}: ${s.words}.`,
    reported: (s) => `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via, ",")}${s.that}${s.words}`,
    fronted: (s) =>
      `${[s.when, s.how, s.via].filter((x) => x !== undefined).join(", ")}, ${s.speaker} ${s.verb}${s.that}${s.words}`,
    attributed: (s) => `${s.verb} ${s.speaker}${paren(s, "; ")}, ${s.words}`,
    foreign: (s) =>
      `${s.speaker} ${s.verb}${opt(" ", s.when)}${opt(", ", s.via)}, en palabras del artículo: ${s.words}.`,
    refusal: (s) => `${s.speaker} ${s.words}${paren(s, "; ")}.`,
  },
  hedged: (hedge, text) => esJoin(`${hedge} ${text}`),
  // "unas 3.400.000 toneladas", written "3,4 millones de toneladas", is "unos": "millones" is the head noun now.
  agreeWithScale: (hedge) => hedge.replace(/^(un|algun|much|poc)as(?=\s|$)/iu, "$1os"),
  inEvery: (n, d) => `${n} de cada ${d}`,
  times: (m, n) => (n === 2 ? "el doble" : n === 3 ? "el triple" : `${m} veces`),
  fractions: {
    "1/2": "la mitad",
    "1/3": "un tercio",
    "2/3": "dos tercios",
    "1/4": "un cuarto",
    "3/4": "tres cuartos",
    "1/5": "un quinto",
    "1/10": "un décimo",
  },
  magnitude: (v, scale) => (scale === "richter" ? `magnitud ${v} en la escala de Richter` : `magnitud ${v}`),
  points: (v, one) => `${v} ${one ? "punto" : "puntos"}`,
  age: (duration) => duration,
  barrels: ["barril", "barriles"],
  addressed: (verb, who) => [verb, esJoin(`a ${who}`)],
  channel: {
    statement: "en un comunicado",
    "press-release": "en una nota de prensa",
    interview: "en una entrevista",
    "news-conference": "en una rueda de prensa",
    speech: "en un discurso",
    television: "en televisión",
    radio: "en la radio",
    "social-media": "en las redes sociales",
    letter: "en una carta",
    court: "ante el tribunal",
    parliament: "en el Parlamento",
    report: "en un informe",
    other: undefined,
  },
  how: (to, channel) => [channel, to].filter((x) => x !== undefined).join(" ") || undefined,
  withHow: (verb, how) => `${verb} ${how}`,
  nested: (reporter) => esJoin(`según el relato de ${reporter}`),
  declined: "declinó hacer comentarios",
  denial: (claimant) => esJoin(`desmentido de una afirmación de ${claimant}`),
};

/** The rows, by language. */
export const PHRASES: Readonly<Record<PhraseLanguage, Phrases>> = { en, de, fr, es };
