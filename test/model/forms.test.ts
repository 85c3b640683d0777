// Every form that record format 1.1 added, each held by one of the invented
// records test/fixtures/records/v11-*.json (built from their specs in
// scripts/fixtures/records/), with what the helpers make of it: the record
// is valid under strict grounding, and the quote, statistic or fact shows in
// describeQuote, formatQuantity, describeStatistic and toJsonLd.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildRecord } from "../../scripts/fixtures/build-record.mjs";
import {
  ACTOR_KINDS,
  AFFILIATION_RELATIONS,
  ARTICLE_PARTS,
  describeQuote,
  describeStatistic,
  EVENT_CODE_SCHEMES,
  formatQuantity,
  type NewsRecord,
  NewsRecordSchema,
  QUANTITY_KINDS,
  QUOTE_MODES,
  RATE_KINDS,
  STATISTIC_RELATIONS,
  toJsonLd,
  UNCERTAINTY_KINDS,
  UNIT_KINDS,
  validateRecord,
} from "../../src/index.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");
const SPECS = join(import.meta.dirname, "..", "..", "scripts", "fixtures", "records");
const FILES = readdirSync(FIXTURES)
  .filter((file) => file.startsWith("v11-") && file.endsWith(".json"))
  .sort();

/** The JSON of a fixture, unchecked, as a reader of the file would see it. */
function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));
}

/** A fixture, shape-checked into a record. */
function load(file: string): NewsRecord {
  return NewsRecordSchema.parse(readJson(file));
}

type Step = string | number;

/** The value at `path`; a string step into an array picks the element with that `id`. */
function valueAt(document: unknown, path: readonly Step[]): unknown {
  let node: unknown = document;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === "string") {
      node = node.find(
        (item: unknown) => typeof item === "object" && item !== null && "id" in item && item.id === step,
      );
    } else if (node !== null && typeof node === "object") {
      node = (node as Record<Step, unknown>)[step];
    } else {
      return undefined;
    }
  }
  return node;
}

const EN_TRIAL = "v11-en-polypill-trial.json";
const EN_MARKET = "v11-en-alpwerk-results.json";
const EN_KOSOVO = "v11-en-kosovo-crossing.json";
const DE = "v11-de-koeln-bruecke-streik.json";
const FR = "v11-fr-seisme-perou.json";
const ES = "v11-es-juicio-aceite.json";

/** Each form new in 1.1, the fixture that holds it, where, and (when it helps) what it holds there. */
const FORMS: readonly { form: string; file: string; path: readonly Step[]; holds?: unknown }[] = [
  // Numbers
  {
    form: "ratio quantity",
    file: EN_TRIAL,
    path: ["statistics", "s-placebo", "quantity"],
    holds: { kind: "ratio", numerator: 1, denominator: 4 },
  },
  {
    form: "ratio with a bound",
    file: EN_TRIAL,
    path: ["statistics", "s-polypill", "quantity"],
    holds: { relation: "fewer-than", hedge: "fewer than" },
  },
  {
    form: "rate per unit of time",
    file: DE,
    path: ["statistics", "s-pendler", "per"],
    holds: { kind: "time", unit: "day" },
  },
  {
    form: "rate per item",
    file: EN_MARKET,
    path: ["statistics", "s-dividend", "per"],
    holds: { kind: "item", noun: "share" },
  },
  {
    form: "change with since",
    file: EN_MARKET,
    path: ["statistics", "s-profit-gain", "change"],
    holds: { direction: "increase", since: { kind: "date", date: "2025" } },
  },
  {
    form: "change with from and to",
    file: ES,
    path: ["statistics", "s-subida", "change"],
    holds: { from: "s-precio-antes", to: "s-precio" },
  },
  {
    form: "change comparedWith a group",
    file: EN_TRIAL,
    path: ["statistics", "s-cut", "change", "comparedWith"],
    holds: { text: "the placebo group" },
  },
  {
    form: "change of a ratio in the headline",
    file: EN_TRIAL,
    path: ["statistics", "s-headline", "change", "span"],
    holds: { part: "headline", exact: "cuts" },
  },
  {
    form: "uncertainty interval",
    file: EN_TRIAL,
    path: ["statistics", "s-cut", "uncertainty"],
    holds: { kind: "interval", min: 22, max: 39, level: 95 },
  },
  {
    form: "uncertainty margin",
    file: EN_TRIAL,
    path: ["statistics", "s-skipped", "uncertainty"],
    holds: { kind: "margin", value: 3 },
  },
  { form: "estimate", file: EN_TRIAL, path: ["statistics", "s-prevalence", "estimate"], holds: { kind: "estimate" } },
  {
    form: "preliminary figure",
    file: FR,
    path: ["statistics", "s-morts", "estimate"],
    holds: { kind: "preliminary", words: "bilan provisoire" },
  },
  {
    form: "forecast",
    file: DE,
    path: ["statistics", "s-dauer", "estimate"],
    holds: { kind: "forecast", words: "voraussichtlich" },
  },
  {
    form: "forecast after publication",
    file: EN_MARKET,
    path: ["statistics", "s-sales-forecast", "period"],
    holds: { date: "2027" },
  },
  { form: "projection", file: ES, path: ["statistics", "s-multas", "estimate"], holds: { kind: "projection" } },
  {
    form: "of, a phrase",
    file: EN_TRIAL,
    path: ["statistics", "s-placebo", "of"],
    holds: { text: "participants who took dummy pills" },
  },
  {
    form: "of, naming an actor",
    file: EN_TRIAL,
    path: ["statistics", "s-skipped", "of"],
    holds: { actor: "heart-patients" },
  },
  {
    form: "temperature",
    file: DE,
    path: ["statistics", "s-hitze", "unit"],
    holds: { kind: "temperature", unit: "celsius" },
  },
  { form: "volume", file: FR, path: ["statistics", "s-eau", "unit"], holds: { kind: "volume", unit: "l" } },
  { form: "age", file: ES, path: ["statistics", "s-edad", "unit"], holds: { kind: "age", unit: "year" } },
  {
    form: "points",
    file: EN_MARKET,
    path: ["statistics", "s-smi-level", "unit"],
    holds: { kind: "points", of: "SMI" },
  },
  { form: "magnitude", file: FR, path: ["statistics", "s-magnitude", "unit"], holds: { kind: "magnitude" } },
  { form: "new length unit (mm)", file: DE, path: ["statistics", "s-risse", "unit"], holds: { unit: "mm" } },
  { form: "new mass unit (mg)", file: EN_TRIAL, path: ["statistics", "s-dose", "unit"], holds: { unit: "mg" } },
  {
    form: "conversion-of",
    file: EN_MARKET,
    path: ["statistics", "s-profit-chf", "related", 0],
    holds: { relation: "conversion-of", statistic: "s-profit" },
  },
  {
    form: "part-of between statistics",
    file: EN_MARKET,
    path: ["statistics", "s-asia-sales", "related", 0],
    holds: { relation: "part-of" },
  },
  { form: "change-in", file: ES, path: ["statistics", "s-subida", "related", 0], holds: { relation: "change-in" } },
  {
    form: "compared-with",
    file: EN_MARKET,
    path: ["statistics", "s-analysts", "related", 0],
    holds: { relation: "compared-with" },
  },
  { form: "statistic reportedBy", file: DE, path: ["statistics", "s-pendler", "reportedBy"], holds: "koeln" },
  { form: "statistic reportedIn", file: EN_TRIAL, path: ["statistics", "s-price", "reportedIn"], holds: "q-price" },
  {
    form: "statistic in the headline",
    file: FR,
    path: ["statistics", "s-morts-titre", "span"],
    holds: { part: "headline", exact: "dépasse les 800" },
  },
  {
    form: "statistic in a correction",
    file: DE,
    path: ["statistics", "s-frueher", "span"],
    holds: { part: "correction", correction: "korr-1" },
  },
  // Attribution
  { form: "addressee", file: ES, path: ["quotes", "q-ortega", "addressee"], holds: "efe" },
  { form: "addressee, unnamed", file: EN_MARKET, path: ["quotes", "q-dubois", "addressee"], holds: "reporters" },
  { form: "channel", file: ES, path: ["quotes", "q-ortega", "channel"], holds: { type: "interview" } },
  { form: "channel on air", file: FR, path: ["quotes", "q-paredes", "channel"], holds: { type: "radio" } },
  {
    form: "nested quote (within)",
    file: EN_KOSOVO,
    path: ["quotes", "q-aide"],
    holds: { within: "q-gashi", addressee: "gashi" },
  },
  {
    form: "refusal",
    file: ES,
    path: ["quotes", "q-jaen"],
    holds: { mode: "refusal", refusal: { exact: "declinó hacer comentarios" } },
  },
  {
    form: "denial of reports",
    file: EN_KOSOVO,
    path: ["quotes", "q-denial", "denies"],
    holds: { event: "ev-closure", claimant: "reports" },
  },
  { form: "denial in a direct quote", file: ES, path: ["quotes", "q-ortega", "denies"], holds: { event: "ev-cartel" } },
  { form: "continuation", file: EN_TRIAL, path: ["quotes", "q-price", "continuation", 0] },
  { form: "event reportedBy", file: FR, path: ["events", "ev-seisme", "reportedBy"], holds: ["igp"] },
  {
    form: "event reportedBy an unnamed source",
    file: ES,
    path: ["events", "ev-multas", "reportedBy"],
    holds: ["fuentes"],
  },
  // Actors
  { form: "unnamed actor", file: EN_KOSOVO, path: ["actors", "reports"], holds: { unnamed: true, name: "reports" } },
  {
    form: "territory",
    file: DE,
    path: ["actors", "koeln"],
    holds: { kind: "territory", territoryType: "city", place: "koeln-stadt" },
  },
  { form: "territory with a subdivision", file: FR, path: ["actors", "ica"], holds: { subdivision: "PE-ICA" } },
  {
    form: "object",
    file: DE,
    path: ["actors", "bruecke"],
    holds: { kind: "object", objectType: "infrastructure", owner: "koeln" },
  },
  {
    form: "affiliation, member",
    file: DE,
    path: ["actors", "vogt", "affiliations", 0],
    holds: { relation: "member", of: "spd" },
  },
  {
    form: "affiliation, employee",
    file: EN_TRIAL,
    path: ["actors", "raman", "affiliations", 0],
    holds: { relation: "employee" },
  },
  {
    form: "affiliation, affiliate",
    file: DE,
    path: ["actors", "kvb", "affiliations", 0],
    holds: { relation: "affiliate" },
  },
  { form: "honorific", file: EN_TRIAL, path: ["actors", "raman", "honorific"], holds: "Dr." },
  {
    form: "pronoun mention",
    file: DE,
    path: ["actors", "vogt", "mentions", 1],
    holds: { form: "pronoun", exact: "sie" },
  },
  {
    form: "description mention",
    file: DE,
    path: ["actors", "bruecke", "mentions", 2],
    holds: { form: "description", exact: "die Brücke" },
  },
  { form: "XK", file: EN_KOSOVO, path: ["actors", "kosovo", "country"], holds: "XK" },
  { form: "origins given as examples", file: FR, path: ["actors", "touristes", "originsIncomplete"], holds: true },
  {
    form: "employers' association",
    file: DE,
    path: ["actors", "kav", "organizationType"],
    holds: "employers-association",
  },
  { form: "regulator", file: ES, path: ["actors", "cnmc", "organizationType"], holds: "regulator" },
  { form: "hospital", file: EN_TRIAL, path: ["actors", "st-aldhelms", "organizationType"], holds: "hospital" },
  // Events
  { form: "new event type (closure)", file: DE, path: ["events", "ev-sperrung", "eventType"], holds: "closure" },
  {
    form: "new event type (market-movement)",
    file: EN_MARKET,
    path: ["events", "ev-shares", "eventType"],
    holds: "market-movement",
  },
  {
    form: "IPTC Media Topic code",
    file: FR,
    path: ["events", "ev-seisme", "codes", 0],
    holds: { scheme: "iptc-mediatopic", code: "medtop:03000000" },
  },
  {
    form: "CAMEO code",
    file: DE,
    path: ["events", "ev-warnstreik", "codes", 1],
    holds: { scheme: "cameo", code: "143" },
  },
  {
    form: "PLOVER code",
    file: DE,
    path: ["events", "ev-warnstreik", "codes", 2],
    holds: { scheme: "plover", code: "PROTEST" },
  },
  { form: "status hoped", file: DE, path: ["events", "ev-einigung", "status"], holds: "hoped" },
  { form: "status urged", file: EN_KOSOVO, path: ["events", "ev-keep-open", "status"], holds: "urged" },
  { form: "status demanded", file: FR, path: ["events", "ev-aide", "status"], holds: "demanded" },
  { form: "status conditional", file: EN_TRIAL, path: ["events", "ev-approval", "status"], holds: "conditional" },
  { form: "status proposed", file: EN_MARKET, path: ["events", "ev-buyback", "status"], holds: "proposed" },
  { form: "qualifiers", file: EN_TRIAL, path: ["events", "ev-approval", "qualifiers"], holds: ["as early as"] },
  {
    form: "claimedBy and deniedBy",
    file: EN_KOSOVO,
    path: ["events", "ev-closure"],
    holds: { claimedBy: ["reports", "officials"], deniedBy: ["interior-ministry"] },
  },
  {
    form: "announced apart from date",
    file: DE,
    path: ["events", "ev-sperrung"],
    holds: { announced: { date: "2026-05-12" }, date: { date: "2026-05-15" } },
  },
  {
    form: "inferred link",
    file: DE,
    path: ["events", "ev-sperrung", "related", 0],
    holds: { relation: "cause", inferred: true },
  },
  {
    form: "condition link",
    file: EN_TRIAL,
    path: ["events", "ev-approval", "related", 0],
    holds: { relation: "condition", event: "ev-second-trial" },
  },
  {
    form: "correction event",
    file: DE,
    path: ["events", "ev-korrektur", "spans", 0],
    holds: { part: "correction", correction: "korr-1" },
  },
  // Places
  {
    form: "declared place within another",
    file: DE,
    path: ["places", "muelheimer-bruecke"],
    holds: { placeType: "bridge", within: "koeln-stadt" },
  },
  {
    form: "coordinates",
    file: FR,
    path: ["places", "lima", "coordinates"],
    holds: { latitude: -12.0464, longitude: -77.0428 },
  },
  { form: "place sameAs", file: FR, path: ["places", "lima", "sameAs"] },
  {
    form: "ref place",
    file: ES,
    path: ["events", "ev-juicio", "places", 0, "place"],
    holds: { kind: "ref", place: "audiencia-sede" },
  },
  {
    form: "relative place with a distance",
    file: FR,
    path: ["events", "ev-seisme", "places", 0, "place"],
    holds: { kind: "relative", position: "south-east-of", of: "lima", distance: { unit: "km" } },
  },
  {
    form: "place mention in the dateline",
    file: FR,
    path: ["places", "lima", "mentions", 0],
    holds: { part: "dateline", exact: "LIMA" },
  },
  // The article
  {
    form: "mention in the byline",
    file: EN_MARKET,
    path: ["actors", "keller", "mentions", 0],
    holds: { part: "byline", exact: "Anna Keller" },
  },
  { form: "agencies", file: EN_MARKET, path: ["article", "agencies"], holds: ["Reuters"] },
  { form: "authors", file: EN_TRIAL, path: ["article", "authors"], holds: ["Hannah Cole"] },
  { form: "byline", file: EN_TRIAL, path: ["article", "byline"] },
  { form: "dateline", file: FR, path: ["article", "dateline"], holds: "LIMA" },
  { form: "dateModified", file: EN_TRIAL, path: ["article", "dateModified"], holds: "2026-03-11" },
  { form: "corrections", file: DE, path: ["article", "corrections", 0], holds: { id: "korr-1", changes: ["s-dauer"] } },
  { form: "image", file: EN_TRIAL, path: ["article", "image"] },
];

describe("the invented records of format 1.1", () => {
  it("are six, in English, German, French and Spanish", () => {
    expect(FILES).toHaveLength(6);
    const languages = new Set(FILES.map((file) => load(file).article.language.slice(0, 2)));
    expect([...languages].sort()).toEqual(["de", "en", "es", "fr"]);
  });

  it.each(FILES)("%s is valid, grounding strict", (file) => {
    const result = validateRecord(readJson(file));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it.each(FILES)("%s is what its spec builds (node scripts/fixtures/build-record-fixtures.mjs)", async (file) => {
    const name = file.slice(0, -".json".length);
    const spec: unknown = await import(pathToFileURL(join(SPECS, `${name}.mjs`)).href);
    if (typeof spec !== "object" || spec === null || !("record" in spec))
      throw new Error(`${name}: no record in its spec`);
    expect(readJson(file)).toEqual(buildRecord(name, spec.record));
  });

  it('read the French headline\'s bound, "dépasse les", as "more than"', () => {
    const body = "Le bilan dépasse les 800 morts.";
    const start = body.indexOf("dépasse");
    const record = (relation: "more-than" | "fewer-than") => ({
      schemaVersion: "1.1",
      article: { id: "bilan", language: "fr", body },
      actors: [],
      events: [],
      quotes: [],
      statistics: [
        {
          id: "s-morts",
          measure: "morts",
          quantity: { kind: "bound", value: 800, relation, hedge: "dépasse les" },
          unit: { kind: "count", noun: "dead" },
          span: { start, end: start + "dépasse les 800".length, exact: "dépasse les 800" },
        },
      ],
    });
    expect(validateRecord(record("more-than")).success).toBe(true);
    expect(validateRecord(record("fewer-than")).success).toBe(false);
  });

  it("include an article whose publication date is unknown", () => {
    expect(load(EN_KOSOVO).article.publishedAt).toBeUndefined();
  });
});

describe("every form of format 1.1 is held by a fixture", () => {
  it.each(FORMS)("$form: $file at $path", ({ file, path, holds }) => {
    const value = valueAt(readJson(file), path);
    expect(value).toBeDefined();
    if (holds === undefined) return;
    if (typeof holds === "object" && holds !== null && !Array.isArray(holds)) expect(value).toMatchObject(holds);
    else expect(value).toEqual(holds);
  });

  it("leaves no value of the new lists unused", () => {
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === "string") seen.add(`${key}=${value}`);
          walk(value);
        }
    };
    FILES.forEach((file) => {
      walk(readJson(file));
    });
    const wanted = [
      ...UNIT_KINDS.map((kind) => `kind=${kind}`),
      ...QUANTITY_KINDS.map((kind) => `kind=${kind}`),
      ...ACTOR_KINDS.map((kind) => `kind=${kind}`),
      ...RATE_KINDS.map((kind) => `kind=${kind}`),
      ...UNCERTAINTY_KINDS.map((kind) => `kind=${kind}`),
      ...QUOTE_MODES.map((mode) => `mode=${mode}`),
      ...ARTICLE_PARTS.filter((part) => part !== "body").map((part) => `part=${part}`),
      ...STATISTIC_RELATIONS.map((relation) => `relation=${relation}`),
      ...AFFILIATION_RELATIONS.map((relation) => `relation=${relation}`),
      ...EVENT_CODE_SCHEMES.map((scheme) => `scheme=${scheme}`),
      ...["pronoun", "description"].map((form) => `form=${form}`),
      ...["hoped", "urged", "demanded", "conditional", "proposed"].map((status) => `status=${status}`),
      ...["ref", "relative"].map((kind) => `kind=${kind}`),
      "relation=condition",
      "country=XK",
    ];
    expect(wanted.filter((pair) => !seen.has(pair))).toEqual([]);
  });
});

describe("what the helpers make of the new numbers", () => {
  const trial = load(EN_TRIAL);
  const market = load(EN_MARKET);
  const stat = (record: NewsRecord, id: string) => {
    const found = record.statistics.find((s) => s.id === id);
    if (found === undefined) throw new Error(`fixture: no statistic ${id}`);
    return found;
  };

  it("writes a ratio as a ratio, not as an invented percentage", () => {
    const placebo = stat(trial, "s-placebo");
    const words = formatQuantity(placebo.quantity, placebo.unit);
    expect(words).toMatch(/one in four|1 in 4/);
    expect(words).not.toContain("25");
    const bound = stat(trial, "s-polypill");
    expect(formatQuantity(bound.quantity, bound.unit)).toMatch(/^fewer than (one in five|1 in 5)/);
  });

  it("writes the new units with their symbols or words, in the reader's language", () => {
    const de = load(DE);
    const heat = stat(de, "s-hitze");
    expect(formatQuantity(heat.quantity, heat.unit, { locale: "de" })).toMatch(/^bis zu 38\s?°C$/);
    const fr = load(FR);
    const water = stat(fr, "s-eau");
    expect(formatQuantity(water.quantity, water.unit, { locale: "fr" })).toMatch(/200\s000\s?(l|litres)/u);
    const quake = stat(fr, "s-magnitude");
    expect(formatQuantity(quake.quantity, quake.unit, { locale: "fr" })).toMatch(/magnitude 7,1/);
    const age = stat(load(ES), "s-edad");
    expect(formatQuantity(age.quantity, age.unit, { locale: "es" })).toMatch(/61 años/);
    const index = stat(market, "s-smi-level");
    expect(formatQuantity(index.quantity, index.unit)).toMatch(/12,310 points/);
  });

  it("describes a rate with its unit of time or its item", () => {
    expect(describeStatistic(trial, stat(trial, "s-price"))).toMatch(/\$3.*\$5.*(a|per) month/);
    expect(describeStatistic(market, stat(market, "s-dividend"))).toMatch(/(a|per) share/);
    const de = load(DE);
    expect(describeStatistic(de, stat(de, "s-pendler"))).toMatch(/15\.000.*(täglich|pro Tag|am Tag)/);
  });

  it("describes a change with its direction and baseline, never as a negative number", () => {
    const cut = describeStatistic(trial, stat(trial, "s-cut"));
    expect(cut).toMatch(/31\s?%/);
    expect(cut).toContain("the placebo group");
    expect(cut).not.toContain("-31");
    expect(describeStatistic(market, stat(market, "s-profit-gain"))).toMatch(/9\s?%.*2025/);
    const es = load(ES);
    expect(describeStatistic(es, stat(es, "s-subida"))).toMatch(/3,1\s?%.*9,50/);
  });

  it("describes uncertainty and estimates", () => {
    expect(describeStatistic(trial, stat(trial, "s-cut"))).toMatch(/95\s?%.*22.*39/);
    expect(describeStatistic(trial, stat(trial, "s-skipped"))).toMatch(/58\s?%.*3/);
    const de = load(DE);
    expect(describeStatistic(de, stat(de, "s-dauer"))).toContain("voraussichtlich");
  });

  it("describes a conversion as the figure it converts", () => {
    const words = describeStatistic(market, stat(market, "s-profit-chf"));
    expect(words).toMatch(/^CHF\s2\.1 billion \(converted from \$2\.3 billion\)$/);
    expect(describeStatistic(market, stat(market, "s-profit-chf"), { locale: "de" })).toBe(
      "2,1 Milliarden Schweizer Franken (umgerechnet aus 2,3 Milliarden US-Dollar)",
    );
    expect(describeStatistic(market, stat(market, "s-profit-chf"), { locale: "fr" })).toMatch(
      /\(converti de 2,3 milliards de dollars/,
    );
    expect(describeStatistic(market, stat(market, "s-profit-chf"), { locale: "es" })).toMatch(
      /\(convertido de 2,3 mil millones de dólares/,
    );
  });
});

describe("what describeQuote makes of the new attribution", () => {
  const quote = (record: NewsRecord, id: string) => {
    const found = record.quotes.find((q) => q.id === id);
    if (found === undefined) throw new Error(`fixture: no quote ${id}`);
    return found;
  };

  it("says who the words were told to, never 'according to' them", () => {
    const es = load(ES);
    const words = describeQuote(es, quote(es, "q-ortega"));
    expect(words).toContain("EFE");
    expect(words).not.toMatch(/según EFE/);
    const market = load(EN_MARKET);
    expect(describeQuote(market, quote(market, "q-dubois"))).toMatch(/told reporters/);
  });

  it("names the channel", () => {
    const fr = load(FR);
    expect(describeQuote(fr, quote(fr, "q-paredes"))).toMatch(/radio/);
  });

  it("nests a quote within the one that reports it", () => {
    const kosovo = load(EN_KOSOVO);
    const words = describeQuote(kosovo, quote(kosovo, "q-aide"));
    expect(words.toLowerCase()).toContain("an aide to the minister");
    expect(words).toContain("Arben Gashi");
  });

  it("gives a refusal without inventing content", () => {
    const es = load(ES);
    expect(describeQuote(es, quote(es, "q-jaen"))).toMatch(/Aceites Jaén.*declinó hacer comentarios/);
    const kosovo = load(EN_KOSOVO);
    expect(describeQuote(kosovo, quote(kosovo, "q-krasniqi"))).toMatch(/Driton Krasniqi.*declined to comment/);
  });

  it("says what a denial denies", () => {
    const kosovo = load(EN_KOSOVO);
    expect(describeQuote(kosovo, quote(kosovo, "q-denial"))).toMatch(/denied/);
  });

  it("joins an interrupted indirect quote's content", () => {
    const trial = load(EN_TRIAL);
    const words = describeQuote(trial, quote(trial, "q-price"));
    expect(words).toContain("$3 to $5 a month");
    expect(words).toContain("a fraction of the current price");
  });
});

describe("what toJsonLd makes of the new facts", () => {
  /** The node of the graph with the given id. */
  const node = (record: NewsRecord, id: string) => toJsonLd(record)["@graph"].find((n) => n["@id"] === id);

  it("keeps the article's wire credit, authors, image, modification date and corrections", () => {
    const trial = node(load(EN_TRIAL), "_:article");
    expect(trial).toMatchObject({ dateModified: "2026-03-11", image: load(EN_TRIAL).article.image });
    expect(JSON.stringify(trial)).toContain("Hannah Cole");
    expect(JSON.stringify(node(load(EN_MARKET), "_:article"))).toContain("Reuters");
    expect(JSON.stringify(toJsonLd(load(DE)))).toContain("In einer früheren Fassung");
  });

  it("leaves out a publication date the article does not give", () => {
    expect(node(load(EN_KOSOVO), "_:article")).not.toHaveProperty("datePublished");
  });

  it("gives territories, objects and declared places nodes of their own", () => {
    const de = load(DE);
    expect(JSON.stringify(node(de, "_:actor.koeln"))).toContain("Köln");
    expect(JSON.stringify(node(de, "_:actor.bruecke"))).toContain("Mülheimer Brücke");
    expect(JSON.stringify(toJsonLd(load(FR)))).toContain("-12.0464");
  });

  it("publishes a currency conversion as an observation of its own", () => {
    const graph = JSON.stringify(toJsonLd(load(EN_MARKET)));
    expect(graph).toContain("2100000000");
    expect(graph).toContain("CHF");
  });
});
