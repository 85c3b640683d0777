// A seeded generator of news records shaped like the seed record, for the
// benchmark and the fuzzer. Same seed, same records, on every machine.

/** A small, fast PRNG (mulberry32): a function returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ["BY", "Belarus"],
  ["LT", "Lithuania"],
  ["PL", "Poland"],
  ["LV", "Latvia"],
  ["UA", "Ukraine"],
  ["DE", "Germany"],
  ["FI", "Finland"],
  ["EE", "Estonia"],
];
const PEOPLE = ["Ana Petrova", "Jonas Kairys", "Olga Maslova", "Piotr Nowak", "Marta Ozola", "Viktor Ivanov"];
const AGENCIES = ["Belta", "Reuters", "Interfax", "PAP", "ELTA"];
const VERBS = ["said", "told reporters", "stated", "warned"];
const CITIES = ["Vilnius", "Grodno", "Riga", "Brest", "Lublin", "Narva"];
const HEDGES = ["some", "about", "nearly", "roughly"];
const NOUNS = ["people", "migrants", "workers", "protesters"];

/**
 * One valid record: `paragraphs` paragraphs, each adding a fact with its
 * spans, over a body that grows as it is written.
 */
export function generateRecord(random, index, paragraphs) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  let body = "";
  const actors = new Map();
  const events = [];
  const quotes = [];
  const statistics = [];
  const write = (text) => {
    const start = body.length;
    body += text;
    return { start, end: body.length, exact: text };
  };
  const actor = (id, make) => {
    if (!actors.has(id)) actors.set(id, { ...make(), id, mentions: [] });
    return actors.get(id);
  };
  const mention = (a, text) => {
    const span = write(text);
    a.mentions.push(span);
  };
  const state = ([code, name]) => actor(`state-${code.toLowerCase()}`, () => ({ kind: "state", name, country: code }));

  for (let p = 0; p < paragraphs; p++) {
    if (p > 0) write("\n\n");
    const kind = p % 4;
    const eventId = `ev-${p}`;
    if (kind === 0) {
      const person = pick(PEOPLE);
      const personId = `person-${PEOPLE.indexOf(person)}`;
      const agency = pick(AGENCIES);
      const p1 = actor(personId, () => ({ kind: "person", name: person, aliases: [person.split(" ")[1]] }));
      const ag = actor(`agency-${AGENCIES.indexOf(agency)}`, () => ({
        kind: "organization",
        name: agency,
        organizationType: "news-agency",
      }));
      write("\u201c");
      const words = write(`From today the crossing at ${pick(CITIES)} will stay closed for ${int(2, 30)} days`);
      write(",\u201d ");
      mention(p1, person);
      write(` ${pick(VERBS)} on ${["Monday", "Tuesday", "Thursday"][int(0, 2)]}, according to `);
      mention(ag, agency);
      write(".");
      quotes.push({
        id: `q-${p}`,
        mode: "direct",
        speaker: { kind: "actor", actor: p1.id },
        via: [ag.id],
        verb: "said",
        saidAt: { kind: "date", date: `2021-08-0${int(1, 9)}` },
        quoted: [words],
      });
      events.push({
        id: eventId,
        eventType: "border-closure",
        status: "announced",
        summary: `A crossing is announced closed (${p}).`,
        date: { kind: "date", date: "2021-08-05" },
        participants: [{ actor: p1.id, role: "announcer" }],
        quotes: [`q-${p}`],
      });
    } else if (kind === 1) {
      const hedge = pick(HEDGES);
      const n = int(100, 99_999);
      const noun = pick(NOUNS);
      const from = pick(COUNTRIES);
      const to = pick(COUNTRIES.filter((c) => c !== from));
      const span = write(`${hedge[0].toUpperCase()}${hedge.slice(1)} ${n.toLocaleString("en-US")}`);
      write(` ${noun} have crossed into `);
      mention(state(to), to[1]);
      write(" from ");
      mention(state(from), from[1]);
      write(" this year so far.");
      statistics.push({
        id: `st-${p}`,
        measure: `${noun} who crossed the border this year`,
        quantity: { kind: "approximate", value: n, hedge },
        unit: { kind: "count", noun },
        period: { kind: "interval", start: "2021", end: "2021-08-05" },
        place: { kind: "border", countries: [to[0], from[0]] },
        span,
      });
      events.push({
        id: eventId,
        eventType: "border-crossing",
        status: "occurred",
        summary: `People cross from ${from[1]} to ${to[1]} (${p}).`,
        date: { kind: "interval", start: "2021", end: "2021-08-05" },
        places: [
          { role: "origin", place: { kind: "country", country: from[0] } },
          { role: "destination", place: { kind: "country", country: to[0] } },
        ],
        statistics: [`st-${p}`],
        related: p > 1 ? [{ relation: "background", event: `ev-${p - 1}` }] : [],
      });
    } else if (kind === 2) {
      const lo = int(1, 50) * 10;
      const hi = lo + int(1, 50) * 10;
      const span = write(`Between ${lo} and ${hi}`);
      write(` protesters gathered in ${pick(CITIES)}, while `);
      const country = pick(COUNTRIES);
      mention(state(country), country[1]);
      write(" said the gathering was unlawful.");
      statistics.push({
        id: `st-${p}`,
        measure: "protesters who gathered",
        quantity: { kind: "range", min: lo, max: hi },
        unit: { kind: "count", noun: "protesters" },
        span,
      });
      events.push({
        id: eventId,
        eventType: "protest",
        status: "occurred",
        summary: `A protest (${p}).`,
        statistics: [`st-${p}`],
        participants: [{ actor: state(country).id, role: "target" }],
      });
    } else {
      const country = pick(COUNTRIES);
      write("The EU accuses ");
      const content = write(`${country[1]} of allowing migrants to cross its border`);
      state(country).mentions.push({ start: content.start, end: content.start + country[1].length });
      write(", and says the move is a form of pressure.");
      const eu = actor("eu", () => ({
        kind: "organization",
        name: "European Union",
        aliases: ["EU"],
        organizationType: "intergovernmental",
      }));
      quotes.push({
        id: `q-${p}`,
        mode: "indirect",
        speaker: { kind: "actor", actor: eu.id },
        verb: "accuses",
        content,
      });
      events.push({
        id: eventId,
        eventType: "accusation",
        status: "alleged",
        summary: `An accusation (${p}).`,
        quotes: [`q-${p}`],
      });
    }
  }
  for (const a of actors.values()) {
    if (a.mentions.length === 0) delete a.mentions;
  }
  return {
    schemaVersion: "1.0",
    article: { id: `generated-${index}`, publishedAt: "2021-08-05", language: "en", body },
    actors: [...actors.values()],
    events,
    quotes,
    statistics,
  };
}

/** Ways to break a valid record, each a different stage of validation. */
const BREAKERS = [
  (r) => {
    r.article.publishedAt = "2021-02-30";
  },
  (r) => {
    r.actors[0].kind = "robot";
  },
  (r) => {
    r.events[0].unexpected = true;
  },
  (r) => {
    if (r.statistics[0]) r.statistics[0].span = { start: 3, end: 2 };
    else r.article.language = "English";
  },
  (r) => {
    r.events[0].quotes = ["q-missing"];
  },
  (r) => {
    const q = r.quotes.find((x) => x.mode === "direct");
    if (q) q.quoted[0].exact = `${q.quoted[0].exact}!`;
    else r.schemaVersion = "2.0";
  },
];

/**
 * `count` records from `seed`: about 10% invalid (each broken in one place),
 * the rest valid, with 4 to `maxParagraphs` paragraphs each.
 */
export function generateRecords(seed, count, maxParagraphs = 40) {
  const random = prng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const record = generateRecord(random, i, 4 + Math.floor(random() * (maxParagraphs - 3)));
    if (random() < 0.1) BREAKERS[Math.floor(random() * BREAKERS.length)](record);
    out.push(record);
  }
  return out;
}
