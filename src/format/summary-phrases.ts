/**
 * The words of a record's summary, one row per language, beside the rows of
 * ./phrases.ts: the headline, main-event, counts and grounding lines.
 */
import type { PhraseLanguage } from "../internal/locale.js";
import type { DatePrecision as Prec } from "../schema/date.js";
import type { EventStatus } from "../schema/news-event.js";
import { fde, isDay, NBSP, NNBSP, opt } from "./phrases.js";

/** One language's words for summaries. */
export interface SummaryPhrases {
  /** The headline line. */
  readonly headline: (headline: string, publisher: string | undefined, date: string | undefined) => string;
  /** The line for an article without a headline. */
  readonly untitled: (publisher: string | undefined, date: string | undefined, dp: Prec, opening: string) => string;
  /** The main-event line. */
  readonly mainEvent: (summary: string, status: string, time: string | undefined) => string;
  /** The main-event line when there is none. */
  readonly noMainEvent: string;
  /** What each status is called. */
  readonly status: Readonly<Record<EventStatus, string>>;
  /** Nouns for the counts line, singular and plural. */
  readonly nouns: Readonly<Record<"actor" | "event" | "quote" | "statistic", readonly [string, string]>>;
  /** The counts line. */
  readonly counts: (actors: string, facts: string) => string;
  /** The grounding line. */
  readonly grounding: (percent: string, grounded: string, facts: string, held: string, spans: string) => string;
}

/** The publisher and date after a headline, in parentheses; nothing when neither is known. */
const source = (publisher: string | undefined, date: string | undefined, sep: string): string => {
  const parts = [publisher, date].filter((x) => x !== undefined);
  return parts.length === 0 ? "" : ` (${parts.join(sep)})`;
};

const en: SummaryPhrases = {
  headline: (h, publisher, date) => `“${h}”${source(publisher, date, ", ")}`,
  untitled: (publisher, date, _dp, opening) =>
    `Untitled article${opt(" by ", publisher)}${opt(" of ", date)}: “${opening}”`,
  mainEvent: (summary, status, time) =>
    `Main event: ${summary} (status: ${status}${time === undefined ? "" : `; date: ${time}`}).`,
  noMainEvent: "Main event: none recorded.",
  status: {
    occurred: "occurred",
    ongoing: "ongoing",
    announced: "announced",
    planned: "planned",
    threatened: "threatened",
    alleged: "alleged",
    believed: "believed",
    denied: "denied",
    hypothetical: "hypothetical",
    expected: "expected",
    hoped: "hoped for",
    urged: "urged",
    demanded: "demanded",
    conditional: "conditional",
    proposed: "proposed",
    cancelled: "cancelled",
  },
  nouns: {
    actor: ["actor", "actors"],
    event: ["event", "events"],
    quote: ["quote", "quotes"],
    statistic: ["statistic", "statistics"],
  },
  counts: (actors, facts) => `It names ${actors} and reports ${facts}.`,
  grounding: (percent, grounded, facts, held, spans) =>
    `Grounding: ${percent} (${grounded} of ${facts} facts grounded; ${held} of ${spans} spans hold).`,
};

const de: SummaryPhrases = {
  headline: (h, publisher, date) => `„${h}“${source(publisher, date, ", ")}`,
  untitled: (publisher, date, dp, opening) =>
    `Artikel ${opt("von ", publisher, " ")}ohne Überschrift${opt(isDay(dp) ? " vom " : " von ", date)}: „${opening}“`,
  mainEvent: (summary, status, time) =>
    `Hauptereignis: ${summary} (Status: ${status}${time === undefined ? "" : `; Datum: ${time}`}).`,
  noMainEvent: "Hauptereignis: keines erfasst.",
  status: {
    occurred: "eingetreten",
    ongoing: "andauernd",
    announced: "angekündigt",
    planned: "geplant",
    threatened: "angedroht",
    alleged: "behauptet",
    believed: "vermutet",
    denied: "bestritten",
    hypothetical: "hypothetisch",
    expected: "erwartet",
    hoped: "erhofft",
    urged: "angemahnt",
    demanded: "gefordert",
    conditional: "unter Vorbehalt",
    proposed: "vorgeschlagen",
    cancelled: "abgesagt",
  },
  nouns: {
    actor: ["Akteur", "Akteure"],
    event: ["Ereignis", "Ereignisse"],
    quote: ["Zitat", "Zitate"],
    statistic: ["Statistik", "Statistiken"],
  },
  counts: (actors, facts) => `Der Datensatz nennt ${actors} und enthält ${facts}.`,
  grounding: (percent, grounded, facts, held, spans) =>
    `Verankerung: ${percent} (${grounded} von ${facts} Fakten belegt; ${held} von ${spans} Textstellen stimmen).`,
};

const fr: SummaryPhrases = {
  headline: (h, publisher, date) => `«${NNBSP}${h}${NNBSP}»${source(publisher, date, ", ")}`,
  untitled: (publisher, date, dp, opening) =>
    `Article sans titre${publisher === undefined ? "" : ` ${fde(publisher)}`}${date === undefined ? "" : isDay(dp) ? ` du ${date}` : ` ${fde(date)}`}${NBSP}: «${NNBSP}${opening}${NNBSP}»`,
  mainEvent: (summary, status, time) =>
    `Événement principal${NBSP}: ${summary} (statut${NBSP}: ${status}${time === undefined ? "" : `${NNBSP}; date${NBSP}: ${time}`}).`,
  noMainEvent: `Événement principal${NBSP}: aucun.`,
  status: {
    occurred: "survenu",
    ongoing: "en cours",
    announced: "annoncé",
    planned: "prévu",
    threatened: "brandi comme menace",
    alleged: "allégué",
    believed: "supposé",
    denied: "démenti",
    hypothetical: "hypothétique",
    expected: "attendu",
    hoped: "espéré",
    urged: "préconisé",
    demanded: "exigé",
    conditional: "sous condition",
    proposed: "proposé",
    cancelled: "annulé",
  },
  nouns: {
    actor: ["acteur", "acteurs"],
    event: ["événement", "événements"],
    quote: ["citation", "citations"],
    statistic: ["statistique", "statistiques"],
  },
  counts: (actors, facts) => `La fiche nomme ${actors} et rapporte ${facts}.`,
  grounding: (percent, grounded, facts, held, spans) =>
    `Ancrage${NBSP}: ${percent} (${grounded} sur ${facts} faits ancrés${NNBSP}; ${held} sur ${spans} passages vérifiés).`,
};

const es: SummaryPhrases = {
  headline: (h, publisher, date) => `«${h}»${source(publisher, date, ", ")}`,
  untitled: (publisher, date, dp, opening) =>
    `Artículo sin titular${opt(" de ", publisher)}${opt(isDay(dp) ? " del " : " de ", date)}: «${opening}»`,
  mainEvent: (summary, status, time) =>
    `Acontecimiento principal: ${summary} (estado: ${status}${time === undefined ? "" : `; fecha: ${time}`}).`,
  noMainEvent: "Acontecimiento principal: ninguno registrado.",
  status: {
    occurred: "ocurrido",
    ongoing: "en curso",
    announced: "anunciado",
    planned: "previsto",
    threatened: "amenazado",
    alleged: "presunto",
    believed: "supuesto",
    denied: "desmentido",
    hypothetical: "hipotético",
    expected: "esperado",
    hoped: "deseado",
    urged: "instado",
    demanded: "exigido",
    conditional: "condicionado",
    proposed: "propuesto",
    cancelled: "cancelado",
  },
  nouns: {
    actor: ["actor", "actores"],
    event: ["acontecimiento", "acontecimientos"],
    quote: ["cita", "citas"],
    statistic: ["estadística", "estadísticas"],
  },
  counts: (actors, facts) => `La ficha nombra ${actors} y recoge ${facts}.`,
  grounding: (percent, grounded, facts, held, spans) =>
    `Anclaje: ${percent} (${grounded} de ${facts} hechos anclados; ${held} de ${spans} fragmentos verificados).`,
};

/** The rows, by language. */
export const SUMMARY_PHRASES: Readonly<Record<PhraseLanguage, SummaryPhrases>> = { en, de, fr, es };
