/**
 * The words of the sentences about statistics, one row per language, beside
 * the rows of ./phrases.ts: rates, changes, shares, estimates and margins.
 */
import type { PhraseLanguage } from "../internal/locale.js";
import type { DatePrecision as Prec } from "../schema/date.js";
import type { DurationUnitName as DurationUnit } from "../schema/quantity.js";
import type { ChangeDirection, EstimateKind } from "../schema/statistic.js";
import { esJoin, frJoin, isDay, NBSP } from "./phrases.js";

/** One language's words for statistics. */
export interface StatisticPhrases {
  /** A rate per unit of time ("a month", "pro Monat", "par mois", "al mes"). */
  readonly perTime: Readonly<Record<DurationUnit, string>>;
  /** A rate per item: `noun` is the record's English noun, already marked as such outside English. */
  readonly perItem: (noun: string) => string;
  /** A rate per person ("per capita", "pro Kopf", "par habitant", "por persona"). */
  readonly perPerson: string;
  /** A change of `amount` ("up 9%", "plus 9 %", "en hausse de 9 %", "un aumento del 9 %"); `percent` when the amount is a percentage. */
  readonly change: Readonly<Record<ChangeDirection, (amount: string, percent: boolean) => string>>;
  /** The period a change is measured from ("from 2024", "gegenüber 2024", "par rapport à 2024", "respecto a 2024"). */
  readonly changeSince: (date: string, precision: Prec) => string;
  /** The level a change reaches ("to €95", "auf 95 €", "à 95 €", "hasta 95 €"). */
  readonly changeTo: (level: string) => string;
  /** The group a change is measured against, in the article's words ("compared with the control group"). */
  readonly comparedWith: (phrase: string) => string;
  /** The figure a newsroom's conversion converts ("(converted from $2.3 billion)"). */
  readonly conversionOf: (amount: string) => string;
  /** What a share is of, in the article's words ("nearly 30% of its members", "30 % der Mitglieder"). */
  readonly shareOf: (quantity: string, whole: string) => string;
  /** An estimate, preliminary figure, forecast, projection or target ("an estimated 4,100 people"). */
  readonly estimate: Readonly<Record<EstimateKind, (quantity: string) => string>>;
  /** A confidence interval ("95% CI 49–66%"): the range written, then the level written, if any. */
  readonly interval: (range: string, level: string | undefined) => string;
  /** A margin of error ("margin of error ±3%"): the margin written, then the level written, if any. */
  readonly margin: (margin: string, level: string | undefined) => string;
}

/** German genitive determiners: "30 % der Mitglieder" takes no "von". */
const DE_GENITIVE = /^(?:der|des|eines|einer|seiner|seines|ihrer|ihres|unserer|aller|dieser|dieses|jener)\s/iu;

const en: StatisticPhrases = {
  perTime: {
    second: "a second",
    minute: "a minute",
    hour: "an hour",
    day: "a day",
    week: "a week",
    month: "a month",
    year: "a year",
  },
  perItem: (noun) => `per ${noun}`,
  perPerson: "per person",
  change: {
    increase: (a) => `up ${a}`,
    decrease: (a) => `down ${a}`,
    unchanged: () => "unchanged",
  },
  changeSince: (d) => `from ${d}`,
  changeTo: (level) => `to ${level}`,
  comparedWith: (phrase) => `compared with ${phrase}`,
  conversionOf: (amount) => `(converted from ${amount})`,
  shareOf: (q, whole) => `${q} of ${whole}`,
  estimate: {
    estimate: (q) => `an estimated ${q}`,
    preliminary: (q) => `${q} (preliminary)`,
    forecast: (q) => `${q} (forecast)`,
    projection: (q) => `${q} (projected)`,
    target: (q) => `a target of ${q}`,
  },
  interval: (range, level) => `(${level === undefined ? "" : `${level} `}CI ${range})`,
  margin: (m, level) => `(margin of error ±${m}${level === undefined ? "" : `, ${level} confidence`})`,
};

const de: StatisticPhrases = {
  perTime: {
    second: "pro Sekunde",
    minute: "pro Minute",
    hour: "pro Stunde",
    day: "pro Tag",
    week: "pro Woche",
    month: "pro Monat",
    year: "pro Jahr",
  },
  perItem: (noun) => `pro ${noun}`,
  perPerson: "pro Kopf",
  change: {
    increase: (a) => `plus ${a}`,
    decrease: (a) => `minus ${a}`,
    unchanged: () => "unverändert",
  },
  changeSince: (d, p) => `gegenüber ${isDay(p) ? "dem " : ""}${d}`,
  changeTo: (level) => `auf ${level}`,
  comparedWith: (phrase) => `verglichen mit ${phrase}`,
  conversionOf: (amount) => `(umgerechnet aus ${amount})`,
  shareOf: (q, whole) => (DE_GENITIVE.test(whole) ? `${q} ${whole}` : `${q} von ${whole}`),
  estimate: {
    estimate: (q) => `schätzungsweise ${q}`,
    preliminary: (q) => `vorläufig ${q}`,
    forecast: (q) => `voraussichtlich ${q}`,
    projection: (q) => `${q} (Hochrechnung)`,
    target: (q) => `Ziel: ${q}`,
  },
  interval: (range, level) => `(${level === undefined ? "KI" : `${level}-KI`} ${range})`,
  margin: (m, level) => `(Fehlerspanne ±${m}${level === undefined ? "" : `, Konfidenzniveau ${level}`})`,
};

const fr: StatisticPhrases = {
  perTime: {
    second: "par seconde",
    minute: "par minute",
    hour: "par heure",
    day: "par jour",
    week: "par semaine",
    month: "par mois",
    year: "par an",
  },
  perItem: (noun) => `par ${noun}`,
  perPerson: "par habitant",
  change: {
    increase: (a) => frJoin(`en hausse de ${a}`),
    decrease: (a) => frJoin(`en baisse de ${a}`),
    unchanged: () => "stable",
  },
  changeSince: (d, p) => `par rapport ${isDay(p) ? "au" : "à"} ${d}`,
  changeTo: (level) => frJoin(`à ${level}`),
  comparedWith: (phrase) => frJoin(`par rapport à ${phrase}`),
  conversionOf: (amount) => `(converti de ${amount})`,
  shareOf: (q, whole) => frJoin(`${q} de ${whole}`),
  estimate: {
    estimate: (q) => `${q} selon les estimations`,
    preliminary: (q) => `${q} (chiffre provisoire)`,
    forecast: (q) => `${q} selon les prévisions`,
    projection: (q) => `${q} (projection)`,
    target: (q) => frJoin(`un objectif de ${q}`),
  },
  interval: (range, level) => `(IC${level === undefined ? "" : ` à ${level}`}${NBSP}: ${range})`,
  margin: (m, level) => `(marge d’erreur ±${m}${level === undefined ? "" : `, niveau de confiance de ${level}`})`,
};

const es: StatisticPhrases = {
  perTime: {
    second: "por segundo",
    minute: "por minuto",
    hour: "por hora",
    day: "al día",
    week: "a la semana",
    month: "al mes",
    year: "al año",
  },
  perItem: (noun) => `por ${noun}`,
  perPerson: "por persona",
  change: {
    increase: (a, percent) => `un aumento ${percent && /^\d/u.test(a) ? "del" : "de"} ${a}`,
    decrease: (a, percent) => `un descenso ${percent && /^\d/u.test(a) ? "del" : "de"} ${a}`,
    unchanged: () => "sin cambios",
  },
  changeSince: (d, p) => `respecto ${isDay(p) ? "al" : "a"} ${d}`,
  changeTo: (level) => `hasta ${level}`,
  comparedWith: (phrase) => esJoin(`en comparación con ${phrase}`),
  conversionOf: (amount) => `(convertido de ${amount})`,
  shareOf: (q, whole) => esJoin(`${q} de ${whole}`),
  estimate: {
    estimate: (q) => `${q} según las estimaciones`,
    preliminary: (q) => `${q} (cifra provisional)`,
    forecast: (q) => `${q} según las previsiones`,
    projection: (q) => `${q} (proyección)`,
    target: (q) => `un objetivo de ${q}`,
  },
  interval: (range, level) => `(IC${level === undefined ? "" : ` del ${level}`}: ${range})`,
  margin: (m, level) => `(margen de error ±${m}${level === undefined ? "" : `, nivel de confianza del ${level}`})`,
};

/** The rows, by language. */
export const STATISTIC_PHRASES: Readonly<Record<PhraseLanguage, StatisticPhrases>> = { en, de, fr, es };
