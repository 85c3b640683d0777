import type { LanguageProfile } from "./types.js";

const UNITS: Readonly<Record<string, number>> = {
  ein: 1,
  eins: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};

const BELOW_TWENTY: Readonly<Record<string, number>> = {
  ...UNITS,
  null: 0,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};

const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/** A German number below 100 in one word: "acht", "dreizehn", "fünfundzwanzig". */
function belowHundred(word: string): number | undefined {
  if (word === "") return 0;
  const direct = BELOW_TWENTY[word] ?? TENS[word];
  if (direct !== undefined) return direct;
  const and = word.indexOf("und");
  if (and <= 0) return undefined;
  const unit = UNITS[word.slice(0, and)];
  const ten = TENS[word.slice(and + 3)];
  return unit === undefined || ten === undefined ? undefined : unit + ten;
}

/** A German number below 1,000 in one word: "zweihundertfünf", "hundert". */
function belowThousand(word: string): number | undefined {
  const at = word.indexOf("hundert");
  if (at < 0) return belowHundred(word);
  const count = at === 0 ? 1 : UNITS[word.slice(0, at)];
  const rest = belowHundred(word.slice(at + 7));
  return count === undefined || rest === undefined ? undefined : count * 100 + rest;
}

/**
 * Reads a German number written as one word, below a million:
 * "einundzwanzig" 21, "zweihundertfünfzig" 250, "dreitausendvierhundert"
 * 3,400. Millions and more are separate words ("zwei Millionen").
 */
function readGermanCompound(word: string): number | undefined {
  const at = word.indexOf("tausend");
  if (at < 0) return belowThousand(word);
  const count = at === 0 ? 1 : belowThousand(word.slice(0, at));
  const rest = belowThousand(word.slice(at + 7));
  return count === undefined || rest === undefined || count === 0 ? undefined : count * 1000 + rest;
}

/** German. */
export const de: LanguageProfile = {
  language: "de",
  name: "German",
  cardinals: { ...BELOW_TWENTY, ...TENS, einen: 1, einem: 1, einer: 1 },
  articles: ["ein", "eine", "einen", "einem", "einer"],
  multipliers: { hundert: 100, dutzend: 12 },
  thousands: ["tausend"],
  scales: {
    million: 1e6,
    millionen: 1e6,
    mio: 1e6,
    "mio.": 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    mrd: 1e9,
    "mrd.": 1e9,
    billion: 1e12,
    billionen: 1e12,
  },
  joiners: [],
  fractions: {
    hälfte: 1 / 2,
    halb: 1 / 2,
    halbe: 1 / 2,
    drittel: 1 / 3,
    viertel: 1 / 4,
    fünftel: 1 / 5,
    zehntel: 1 / 10,
  },
  ratioWords: ["von", "aus"],
  multiples: { doppelt: 2, doppelte: 2, dreifach: 3, dreifache: 3, zweifach: 2 },
  approximateNumbers: {},
  hedges: [
    { words: "rund", classes: ["approximate"] },
    { words: "etwa", classes: ["approximate"] },
    { words: "ungefähr", classes: ["approximate"] },
    { words: "circa", classes: ["approximate"] },
    { words: "ca.", classes: ["approximate"] },
    { words: "zirka", classes: ["approximate"] },
    { words: "annähernd", classes: ["approximate"] },
    { words: "schätzungsweise", classes: ["approximate"] },
    { words: "geschätzt", classes: ["approximate"] },
    { words: "geschätzte", classes: ["approximate"] },
    { words: "um die", classes: ["approximate"] },
    { words: "an die", classes: ["approximate"] },
    { words: "gegen", classes: ["approximate"] },
    { words: "knapp", classes: ["approximate", "fewer-than"] },
    { words: "fast", classes: ["approximate", "fewer-than"] },
    { words: "beinahe", classes: ["approximate", "fewer-than"] },
    { words: "nahezu", classes: ["approximate", "fewer-than"] },
    { words: "gut", classes: ["approximate", "more-than"] },
    { words: "mehr als", classes: ["more-than"] },
    { words: "über", classes: ["more-than"] },
    { words: "weit über", classes: ["more-than"] },
    { words: "mindestens", classes: ["at-least"] },
    { words: "wenigstens", classes: ["at-least"] },
    { words: "zumindest", classes: ["at-least"] },
    { words: "nicht weniger als", classes: ["at-least"] },
    { words: "weniger als", classes: ["fewer-than"] },
    { words: "unter", classes: ["fewer-than"] },
    { words: "bis zu", classes: ["at-most"] },
    { words: "höchstens", classes: ["at-most"] },
    { words: "maximal", classes: ["at-most"] },
    { words: "nicht mehr als", classes: ["at-most"] },
  ],
  pronouns: [
    "er",
    "ihn",
    "ihm",
    "sein",
    "seine",
    "seiner",
    "seinem",
    "seinen",
    "seines",
    "sie",
    "ihr",
    "ihre",
    "ihrer",
    "ihrem",
    "ihren",
    "ihres",
    "ihnen",
    "es",
    "sich",
    "wir",
    "uns",
    "unser",
    "unsere",
    "ich",
    "mich",
    "mir",
    "dieser",
    "diese",
    "dieses",
    "diesem",
    "diesen",
    "jener",
    "jene",
    "jenes",
  ],
  timeRates: {
    second: ["pro sekunde", "je sekunde", "in der sekunde"],
    minute: ["pro minute", "je minute", "in der minute"],
    hour: ["pro stunde", "je stunde", "in der stunde", "stündlich", "stündliche", "stündlichen"],
    day: ["pro tag", "je tag", "am tag", "täglich", "tägliche", "täglichen", "täglicher", "tägliches"],
    week: ["pro woche", "je woche", "in der woche", "wöchentlich", "wöchentliche", "wöchentlichen"],
    month: ["pro monat", "je monat", "im monat", "monatlich", "monatliche", "monatlichen", "monatlicher"],
    year: ["pro jahr", "je jahr", "im jahr", "jährlich", "jährliche", "jährlichen", "jährlicher", "jahresweise"],
  },
  itemRates: ["pro", "je", "pro kopf", "pro person", "pro stück", "je stück", "das stück", "pro einwohner"],
  directions: {
    increase: [
      "gestiegen",
      "stieg",
      "steigt",
      "anstieg",
      "plus",
      "zugelegt",
      "erhöht",
      "erhöhte",
      "zunahme",
      "zugenommen",
      "wuchs",
      "gewachsen",
      "höher",
      "zuwachs",
    ],
    decrease: [
      "gesunken",
      "sank",
      "sinkt",
      "fiel",
      "gefallen",
      "fällt",
      "minus",
      "rückgang",
      "gesenkt",
      "senkte",
      "zurückgegangen",
      "verringert",
      "verringerte",
      "abnahme",
      "abgenommen",
      "niedriger",
      "gekürzt",
      "kürzt",
    ],
    unchanged: ["unverändert", "stabil", "konstant", "gleich geblieben"],
  },
  unitWords: {
    magnitude: ["stärke", "magnitude"],
    points: ["punkte", "punkten", "punkt", "zähler"],
    age: ["im alter von"],
    "age:year": ["jahre alt", "jährige", "jähriger", "jährigen", "jähriges", "jährigem"],
    "age:month": ["monate alt"],
    mg: ["milligramm"],
    hl: ["hektoliter", "hektolitern"],
    m3: ["kubikmeter", "kubikmetern"],
    barrel: ["barrel", "fass"],
    l: ["litern"],
    ml: ["millilitern"],
    mm: ["millimetern"],
    cm: ["zentimetern"],
    celsius: ["grad"],
  },
  percentWords: ["prozent", "prozentpunkte", "prozentpunkten", "prozentpunkt"],
  readCompound: readGermanCompound,
};
