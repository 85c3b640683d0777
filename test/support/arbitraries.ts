/**
 * fast-check arbitraries of news records for property tests. `validRecord`
 * yields records that pass every stage of `validateRecord`: shape, integrity
 * (unique ids, references of the right kind, spans inside the body, ordered
 * ranges and intervals) and grounding (mentions, quoted words and numbers
 * stand in the body at their spans). The body is written from the facts, so
 * every span is exact by construction, including across characters outside
 * the Basic Multilingual Plane.
 */
import fc from "fast-check";
import { GROUP_TYPES, ORGANIZATION_TYPES } from "../../src/schema/actor.js";
import { COUNTRY_CODES } from "../../src/schema/country.js";
import { CURRENCY_CODES } from "../../src/schema/currency.js";
import {
  EVENT_RELATIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  PLACE_ROLES,
} from "../../src/schema/news-event.js";
import { NAMED_PLACE_TYPES } from "../../src/schema/place.js";
import { AREA_UNITS, DURATION_UNITS, LENGTH_UNITS, MASS_UNITS } from "../../src/schema/quantity.js";
import { ANNOTATION_METHODS, type NewsRecord } from "../../src/schema/record.js";

type Actor = NewsRecord["actors"][number];
type NewsEvent = NewsRecord["events"][number];
type Quote = NewsRecord["quotes"][number];
type Statistic = NewsRecord["statistics"][number];
type Place = NonNullable<Statistic["place"]>;
type TimeRef = NonNullable<Statistic["period"]>;
type TextSpan = NonNullable<Statistic["span"]>;

const WORDS = [
  "north",
  "river",
  "union",
  "council",
  "harbour",
  "green",
  "labour",
  "valley",
  "forum",
  "alliance",
  "mesa",
  "crown",
  "delta",
  "summit",
] as const;

/** A capitalized word of the test vocabulary. */
export const wordArb = fc.constantFrom(...WORDS);

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A name of one to three capitalized words ("North Union"). */
export const nameArb = fc.array(wordArb, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(capital).join(" "));

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A valid ISO 8601 partial date: a year, a month, a day or a date-time with an offset. */
export const partialDateArb = fc.oneof(
  fc.integer({ min: 1900, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom("Z", "+03:00", "-05:30"),
    )
    .map(([y, m, d, h, min, zone]) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:00${zone}`),
);

/** A time reference whose interval, when it is one, is in order. */
export const timeRefArb: fc.Arbitrary<TimeRef> = fc.oneof(
  partialDateArb.map((date): TimeRef => ({ kind: "date", date })),
  fc
    .tuple(fc.integer({ min: 1900, max: 2090 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, which, month]): TimeRef => {
      const start = String(year);
      const end = `${year + 1}-${pad(month)}`;
      if (which === 0) return { kind: "interval", start };
      if (which === 1) return { kind: "interval", end };
      return { kind: "interval", start, end };
    }),
);

const countryArb = fc.constantFrom(...COUNTRY_CODES);

const placeArb: fc.Arbitrary<Place> = fc.oneof(
  countryArb.map((country): Place => ({ kind: "country", country })),
  fc
    .tuple(countryArb, countryArb, fc.option(fc.boolean(), { nil: undefined }))
    .filter(([a, b]) => a !== b)
    .map(
      ([a, b, partial]): Place => ({
        kind: "border",
        countries: [a, b],
        ...(partial === undefined ? {} : { partial }),
      }),
    ),
  fc
    .record({
      name: nameArb,
      placeType: fc.constantFrom(...NAMED_PLACE_TYPES),
      country: fc.option(countryArb, { nil: undefined }),
      sameAs: fc.option(
        fc.array(
          fc.nat(99999).map((n) => `https://www.geonames.org/${n}`),
          { maxLength: 2 },
        ),
        {
          nil: undefined,
        },
      ),
    })
    .map(
      ({ name, placeType, country, sameAs }): Place => ({
        kind: "named",
        name,
        placeType,
        ...(country === undefined ? {} : { country }),
        ...(sameAs === undefined ? {} : { sameAs }),
      }),
    ),
);

const unitArb: fc.Arbitrary<Statistic["unit"]> = fc.oneof(
  fc.constantFrom("people", "migrants", "workers").map((noun): Statistic["unit"] => ({ kind: "count", noun })),
  fc.constant<Statistic["unit"]>({ kind: "percent" }),
  fc.constantFrom(...CURRENCY_CODES).map((currency): Statistic["unit"] => ({ kind: "money", currency })),
  fc.constantFrom(...LENGTH_UNITS).map((unit): Statistic["unit"] => ({ kind: "length", unit })),
  fc.constantFrom(...AREA_UNITS).map((unit): Statistic["unit"] => ({ kind: "area", unit })),
  fc.constantFrom(...MASS_UNITS).map((unit): Statistic["unit"] => ({ kind: "mass", unit })),
  fc.constantFrom(...DURATION_UNITS).map((unit): Statistic["unit"] => ({ kind: "duration", unit })),
);

/** How an English body writes a unit after its number. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  m: "metres",
  km: "kilometres",
  mi: "miles",
  m2: "square metres",
  ha: "hectares",
  km2: "square kilometres",
  "sq-mi": "square miles",
  kg: "kilograms",
  t: "tonnes",
};

function unitText(unit: Statistic["unit"]): string {
  switch (unit.kind) {
    case "count":
      return "";
    case "percent":
      return "%";
    case "money":
      return ` ${unit.currency}`;
    case "duration":
      return ` ${unit.unit}s`;
    case "length":
    case "area":
    case "mass":
    case "volume":
      return ` ${UNIT_WORDS[unit.unit] ?? unit.unit}`;
    case "temperature":
      return unit.unit === "celsius" ? " °C" : " °F";
    case "magnitude":
    case "proportion":
      return "";
    case "points":
      return " points";
    case "age":
      return ` ${unit.unit}s old`;
  }
}

/** Raw choices for a quantity; the words written in the body follow from them. */
const quantityArb = fc.oneof(
  fc.nat(100000).map((value) => ({ quantity: { kind: "exact" as const, value }, text: String(value) })),
  fc.tuple(fc.nat(100000), fc.constantFrom("some", "about", "nearly", "roughly")).map(([value, hedge]) => ({
    quantity: { kind: "approximate" as const, value, hedge },
    text: `${hedge} ${value}`,
  })),
  fc
    .tuple(
      fc.nat(100000),
      fc.constantFrom(
        ["more-than", "more than"] as const,
        ["at-least", "at least"] as const,
        ["fewer-than", "fewer than"] as const,
        ["at-most", "up to"] as const,
      ),
    )
    .map(([value, [relation, hedge]]) => ({
      quantity: { kind: "bound" as const, value, relation, hedge },
      text: `${hedge} ${value}`,
    })),
  fc.tuple(fc.nat(1000), fc.nat(1000)).map(([a, b]) => ({
    quantity: { kind: "range" as const, min: Math.min(a, b), max: Math.max(a, b) },
    text: `between ${Math.min(a, b)} and ${Math.max(a, b)}`,
  })),
  fc
    .tuple(fc.constantFrom("several hundred", "dozens", "most"), fc.option(fc.nat(300), { nil: undefined }))
    .map(([expression, min]) => ({
      quantity: { kind: "vague" as const, expression, ...(min === undefined ? {} : { min, max: min + 699 }) },
      text: expression,
    })),
);

const actorChoiceArb = fc.record({
  kind: fc.constantFrom("person", "state", "organization", "group"),
  name: nameArb,
  alias: fc.option(nameArb, { nil: undefined }),
  sameAs: fc.option(
    fc.nat(999999).map((n) => `http://www.wikidata.org/entity/Q${n}`),
    { nil: undefined },
  ),
  country: countryArb,
  withCountry: fc.boolean(),
  organizationType: fc.constantFrom(...ORGANIZATION_TYPES),
  groupType: fc.constantFrom(...GROUP_TYPES),
  title: fc.option(nameArb, { nil: undefined }),
  link: fc.nat(),
  mentions: fc.integer({ min: 0, max: 2 }),
});

const eventChoiceArb = fc.record({
  eventType: fc.constantFrom(...EVENT_TYPES),
  status: fc.constantFrom(...EVENT_STATUSES),
  summary: nameArb,
  date: fc.option(timeRefArb, { nil: undefined }),
  places: fc.array(fc.tuple(fc.constantFrom(...PLACE_ROLES), placeArb), { maxLength: 2 }),
  participants: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PARTICIPANT_ROLES)), { maxLength: 3 }),
  related: fc.array(fc.tuple(fc.constantFrom(...EVENT_RELATIONS), fc.nat()), { maxLength: 2 }),
  quote: fc.option(fc.nat(), { nil: undefined }),
  statistic: fc.option(fc.nat(), { nil: undefined }),
  spanned: fc.boolean(),
});

const quoteChoiceArb = fc.record({
  mode: fc.constantFrom("direct", "indirect", "mixed"),
  anonymous: fc.boolean(),
  speaker: fc.nat(),
  via: fc.option(fc.nat(), { nil: undefined }),
  verb: fc.option(fc.constantFrom("said", "told reporters", "warned"), { nil: undefined }),
  saidAt: fc.option(timeRefArb, { nil: undefined }),
  words: fc.array(wordArb, { minLength: 2, maxLength: 6 }).map((ws) => ws.join(" ")),
  fragment: fc.array(wordArb, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(" ")),
});

const statisticChoiceArb = fc.record({
  measure: nameArb,
  quantity: quantityArb,
  unit: unitArb,
  subject: fc.option(fc.nat(), { nil: undefined }),
  period: fc.option(timeRefArb, { nil: undefined }),
  place: fc.option(placeArb, { nil: undefined }),
  spanned: fc.boolean(),
});

/** The body, written piece by piece; `add` returns the span of what it wrote, in UTF-16 code units. */
class BodyWriter {
  text = "";

  add(piece: string): TextSpan {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }

  exact(piece: string): TextSpan & { exact: string } {
    return { ...this.add(piece), exact: piece };
  }
}

/** Picks the `n`-th (mod length) of `list`, or `undefined` when it is empty. */
function pick<T>(list: readonly T[], n: number | undefined): T | undefined {
  return n === undefined || list.length === 0 ? undefined : list[n % list.length];
}

/**
 * Records that pass every stage of `validateRecord`, shaped like the seed:
 * an English article whose body is written from the record's actors,
 * quotes, statistics and events, with characters outside the BMP mixed in.
 */
export const validRecordArb: fc.Arbitrary<NewsRecord> = fc
  .record({
    id: fc.tuple(wordArb, fc.nat(9999)).map(([w, n]) => `${w}-${n}`),
    headline: fc.option(nameArb, { nil: undefined }),
    // Published after every date the facts can carry (1900 to 2099), since nothing said or done lies after publication.
    publishedAt: partialDateArb.map((date) => `${Number(date.slice(0, 4)) + 200}${date.slice(4)}`),
    publisher: fc.option(nameArb, { nil: undefined }),
    url: fc.option(
      fc.tuple(wordArb, fc.nat(9999)).map(([w, n]) => `https://news.example.com/${w}/${n}?page=1#top`),
      { nil: undefined },
    ),
    filler: fc.constantFrom("", " 🙂 Meanwhile.", " Ünïcödé façade.", " 𝒳 marks it."),
    actors: fc.array(actorChoiceArb, { minLength: 1, maxLength: 5 }),
    events: fc.array(eventChoiceArb, { maxLength: 4 }),
    quotes: fc.array(quoteChoiceArb, { maxLength: 3 }),
    statistics: fc.array(statisticChoiceArb, { maxLength: 3 }),
    provenance: fc.option(
      fc.record({ method: fc.constantFrom(...ANNOTATION_METHODS), agent: fc.option(nameArb, { nil: undefined }) }),
      { nil: undefined },
    ),
  })
  .map((c): NewsRecord => {
    const body = new BodyWriter();
    body.add(`Report.${c.filler}`);

    const actors: Actor[] = [];
    c.actors.forEach((a, i) => {
      const id = `${a.kind}-${i}`;
      const mentions: TextSpan[] = [];
      for (let m = 0; m < a.mentions; m++) {
        body.add(m === 0 ? " " : " and ");
        mentions.push(m === 1 && a.alias !== undefined ? body.exact(a.alias) : body.exact(a.name));
        body.add(`.${c.filler}`);
      }
      const base = {
        id,
        name: a.name,
        ...(a.alias === undefined ? {} : { aliases: [a.alias] }),
        ...(a.sameAs === undefined ? {} : { sameAs: [a.sameAs] }),
        ...(mentions.length === 0 ? {} : { mentions }),
      };
      const earlier = actors.filter((x) => x.kind === "state" || x.kind === "organization");
      const states = actors.filter((x) => x.kind === "state");
      switch (a.kind) {
        case "person": {
          const of = pick(earlier, a.link)?.id;
          actors.push({
            ...base,
            kind: "person",
            ...(a.title === undefined ? {} : { roles: [{ title: a.title, ...(of === undefined ? {} : { of }) }] }),
            ...(a.withCountry ? { nationality: a.country } : {}),
          });
          break;
        }
        case "state":
          actors.push({ ...base, kind: "state", country: a.country });
          break;
        case "organization": {
          const partOf = pick(earlier, a.link)?.id;
          actors.push({
            ...base,
            kind: "organization",
            organizationType: a.organizationType,
            ...(partOf === undefined ? {} : { partOf }),
            ...(a.withCountry ? { country: a.country } : {}),
          });
          break;
        }
        default: {
          const origin = pick(states, a.link)?.id;
          actors.push({
            ...base,
            kind: "group",
            groupType: a.groupType,
            ...(origin === undefined ? {} : { origins: [origin] }),
            ...(a.withCountry ? { country: a.country } : {}),
          });
        }
      }
    });
    const actorIds = actors.map((a) => a.id);

    const quotes: Quote[] = c.quotes.map((q, i): Quote => {
      const id = `q-${i}`;
      const speaker: Quote["speaker"] = q.anonymous
        ? {
            kind: "anonymous",
            description: "an official",
            ...(pick(actorIds, q.speaker) === undefined ? {} : { affiliation: pick(actorIds, q.speaker) ?? "" }),
          }
        : { kind: "actor", actor: pick(actorIds, q.speaker) ?? "" };
      const via = pick(actorIds, q.via);
      const base = {
        id,
        speaker,
        ...(via === undefined ? {} : { via: [via] }),
        ...(q.verb === undefined ? {} : { verb: q.verb }),
        ...(q.saidAt === undefined ? {} : { saidAt: q.saidAt }),
      };
      if (q.mode === "direct") {
        body.add(" “");
        const quoted = body.exact(q.words);
        body.add(",” an official said.");
        return { ...base, mode: "direct", quoted: [quoted] };
      }
      body.add(" It was said that ");
      if (q.mode === "indirect") {
        const content = body.exact(q.words);
        body.add(".");
        return { ...base, mode: "indirect", content };
      }
      const start = body.text.length;
      body.add(`${q.words} would be “`);
      const fragment = body.exact(q.fragment);
      body.add("”");
      const content = { start, end: body.text.length, exact: body.text.slice(start) };
      body.add(".");
      return { ...base, mode: "mixed", content, quoted: [fragment] };
    });

    const statistics: Statistic[] = c.statistics.map((s, i): Statistic => {
      body.add(" There were ");
      // The span shows the unit joined to its number, as grounding checks it; vague words need none.
      const unit = s.quantity.quantity.kind === "vague" ? "" : unitText(s.unit);
      const span = body.exact(`${s.quantity.text}${unit}`);
      body.add(` ${s.measure}.${c.filler}`);
      const subject = pick(actorIds, s.subject);
      return {
        id: `st-${i}`,
        measure: s.measure,
        quantity: s.quantity.quantity,
        unit: s.unit,
        ...(subject === undefined ? {} : { subject }),
        ...(s.period === undefined ? {} : { period: s.period }),
        ...(s.place === undefined ? {} : { place: s.place }),
        ...(s.spanned ? { span } : {}),
      };
    });

    const eventIds = c.events.map((_, i) => `ev-${i}`);
    const events: NewsEvent[] = c.events.map((e, i): NewsEvent => {
      body.add(" ");
      const span = body.exact(e.summary);
      body.add(".");
      const others = eventIds.filter((id) => id !== eventIds[i]);
      const related = e.related.flatMap(([relation, n]) => {
        // part-of points only at earlier events, so that it never goes round in a circle.
        const event = pick(relation === "part-of" ? eventIds.slice(0, i) : others, n);
        return event === undefined ? [] : [{ relation, event }];
      });
      const participants = e.participants.flatMap(([n, role]) => {
        const actor = pick(actorIds, n);
        return actor === undefined ? [] : [{ actor, role }];
      });
      const quote = pick(
        quotes.map((q) => q.id),
        e.quote,
      );
      const statistic = pick(
        statistics.map((s) => s.id),
        e.statistic,
      );
      return {
        id: eventIds[i] ?? `ev-${i}`,
        eventType: e.eventType,
        status: e.status,
        summary: e.summary,
        ...(e.date === undefined ? {} : { date: e.date }),
        ...(e.places.length === 0 ? {} : { places: e.places.map(([role, place]) => ({ role, place })) }),
        ...(participants.length === 0 ? {} : { participants }),
        ...(related.length === 0 ? {} : { related }),
        ...(quote === undefined ? {} : { quotes: [quote] }),
        ...(statistic === undefined ? {} : { statistics: [statistic] }),
        ...(e.spanned ? { spans: [span] } : {}),
      };
    });

    return {
      schemaVersion: "1.0",
      article: {
        id: c.id,
        ...(c.headline === undefined ? {} : { headline: c.headline }),
        publishedAt: c.publishedAt,
        language: "en",
        ...(c.publisher === undefined ? {} : { publisher: c.publisher }),
        ...(c.url === undefined ? {} : { url: c.url }),
        body: body.text,
      },
      actors,
      events,
      quotes,
      statistics,
      ...(c.provenance === undefined
        ? {}
        : {
            provenance: {
              method: c.provenance.method,
              ...(c.provenance.agent === undefined ? {} : { agent: c.provenance.agent }),
            },
          }),
    };
  });
