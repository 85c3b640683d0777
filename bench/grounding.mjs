#!/usr/bin/env node
// npm run bench:grounding [-- --quick] [-- --json FILE]: how many wrong
// records grounding catches. Every correct record the repository holds (the
// dataset, the invented fixtures and the grounding corpus, in English,
// German, French and Spanish) is validated as it is (a rejection is a false
// positive), then changed one thing at a time in the ways annotators and
// extractors get records wrong; each variant must be rejected. Prints
// caught/total per kind of change and the false positives, and exits 1 when
// under 95% is caught or any correct record is rejected. `--quick` (run by
// the test suite) takes every third record.
//
// Variants are made only where the article shows what the change
// contradicts: a wrong currency only where the span shows a currency, a
// dropped scale word only where the span has one. Which spans show what is
// decided here with plain patterns, not with the library's own reader.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const GOAL = 0.95;

const SCALE_WORDS = [
  [/\b(?:billion|bn|milliards?|Milliarden?|Mrd\.?|mil millones)\b/i, 1e9],
  [/\b(?:million|millions|Millionen|Million|Mio\.?|mill[oó]n|millones|m)\b/i, 1e6],
  [/\b(?:thousand|Tausend|mille)\b/i, 1e3],
];
const CURRENCY =
  /[€$£¥₹]|\b(?:CHF|EUR|USD|GBP|ZAR|R(?=\s?\d)|euros?|Euro|dollars?|d[oó]lar(?:es)?|Dollar|pounds?|francs?|Franken|pesos?|rand)\b/i;
const PERCENT = /%|\b(?:per ?cent|Prozent|pour cent|por ciento)\b/i;
const LENGTH_WORDS = /\b(?:km|kilom[eè]t(?:re|er|ro)s?|Kilometer|metres?|meters?|Meter|m[eè]tres?|metros?)\b/i;
const DURATION_WORDS =
  /\b(?:years?|Jahre?n?|ans?|années?|años?|months?|Monate?n?|mois|mes(?:es)?|weeks?|Wochen?|semaines?|semanas?|days?|Tage?n?|jours?|d[ií]as?|hours?|Stunden?|heures?|horas?|minutes?|Minuten?|minutos?)\b/i;
const DURATION_UNITS = ["second", "minute", "hour", "day", "week", "month", "year"];
const TIME_RATE =
  /\b(?:a|per|each|every)\s+(?:day|week|month|year)\b|\b(?:daily|weekly|monthly|yearly|annual(?:ly)?|täglich\w*|monatlich\w*|jährlich\w*|quotidien\w*|mensuel\w*|annuel\w*|diari[oa]s?|mensual\w*|anual\w*)\b|\b(?:pro|je|im|par|al|por)\s+(?:Tag|Woche|Monat|Jahr|jour|semaine|mois|an|día|semana|mes|año)\b/i;
/** Words of each language that no corpus span holds: an estimate's or a qualifier's words the span lacks. */
const ABSENT_WORDS = {
  en: ["provisionally estimated", "reportedly"],
  de: ["vorläufig geschätzt", "angeblich"],
  fr: ["estimation provisoire", "semble-t-il"],
  es: ["estimación provisional", "presuntamente"],
};
const OPPOSITE = { "more-than": "fewer-than", "fewer-than": "more-than", "at-least": "at-most", "at-most": "at-least" };

function loadRecords() {
  const dirs = ["data", "test/fixtures/records", "test/fixtures/grounding"];
  const out = [];
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      if (file.endsWith(".json"))
        out.push({ name: `${dir}/${file}`, record: JSON.parse(readFileSync(join(ROOT, dir, file), "utf8")) });
    }
  }
  return out;
}

const clone = (value) => structuredClone(value);
const spanText = (record, span) => record.article.body.slice(span.start, span.end);

function laterDate(date) {
  const year = Number(date.slice(0, 4)) + 1;
  return `${year}${date.slice(4)}`;
}

/** Every wrong variant of a record, each `{ kind, record, where }`. */
export function variants(record) {
  const out = [];
  const push = (kind, where, change) => {
    const copy = clone(record);
    if (change(copy) !== false) out.push({ kind, where, record: copy });
  };
  record.statistics.forEach((statistic, s) => {
    const { quantity, unit, span } = statistic;
    if (span === undefined) return;
    const text = spanText(record, span);
    const where = `statistics[${s}] ${JSON.stringify(text)}`;
    const hasNumber = quantity.kind !== "vague";
    if (hasNumber) {
      const scaleAll = (factor) => (copy) => {
        const q = copy.statistics[s].quantity;
        if (q.kind === "range") {
          q.min *= factor;
          q.max *= factor;
        } else q.value *= factor;
      };
      push("value off by a factor", where, scaleAll(10));
      push("value off by one", where, (copy) => {
        const q = copy.statistics[s].quantity;
        if (q.kind === "range") q.max += 1;
        else q.value += 1;
      });
      const scale = SCALE_WORDS.find(([pattern]) => pattern.test(text));
      if (scale !== undefined) push("scale word dropped", where, scaleAll(1 / scale[1]));
    }
    if (quantity.kind === "approximate" || quantity.kind === "bound") {
      push("hedge dropped", where, (copy) => {
        copy.statistics[s].quantity = { kind: "exact", value: quantity.value };
      });
    }
    if (quantity.kind === "bound") {
      push("bound turned round", where, (copy) => {
        copy.statistics[s].quantity.relation = OPPOSITE[quantity.relation];
      });
    }
    if (quantity.kind === "approximate") {
      push("hedge turned into a bound", where, (copy) => {
        copy.statistics[s].quantity = {
          kind: "bound",
          value: quantity.value,
          relation: "at-least",
          hedge: quantity.hedge,
        };
      });
    }
    if (unit.kind === "money" && CURRENCY.test(text)) {
      push("wrong currency", where, (copy) => {
        copy.statistics[s].unit = { kind: "money", currency: unit.currency === "EUR" ? "JPY" : "EUR" };
      });
    }
    if (unit.kind === "percent" && PERCENT.test(text)) {
      push("wrong unit", where, (copy) => {
        copy.statistics[s].unit = { kind: "count", noun: "people" };
      });
    }
    if (unit.kind === "count" && /\d/.test(text) && !PERCENT.test(text)) {
      push("wrong unit", where, (copy) => {
        copy.statistics[s].unit = { kind: "percent" };
      });
    }
    if (unit.kind === "length" && LENGTH_WORDS.test(text)) {
      push("wrong unit", where, (copy) => {
        copy.statistics[s].unit = { kind: "length", unit: unit.unit === "m" ? "km" : "m" };
      });
    }
    if (unit.kind === "duration" && DURATION_WORDS.test(text)) {
      push("wrong unit", where, (copy) => {
        const other = DURATION_UNITS[(DURATION_UNITS.indexOf(unit.unit) + 1) % DURATION_UNITS.length];
        copy.statistics[s].unit = { kind: "duration", unit: other };
      });
    }
    if (/\d{2}$/.test(text)) {
      push("span cuts a word", where, (copy) => {
        const cut = copy.statistics[s].span;
        cut.end -= 1;
        if (cut.exact !== undefined) cut.exact = spanText(copy, cut);
      });
    }
  });
  const lang = record.article.language.slice(0, 2).toLowerCase();
  const [absentEstimate, absentQualifier] = ABSENT_WORDS[lang] ?? ABSENT_WORDS.en;
  const v11 = (change) => (copy) => {
    copy.schemaVersion = "1.1";
    return change(copy);
  };
  record.statistics.forEach((statistic, s) => {
    const { span, unit } = statistic;
    if (span === undefined || span.part !== undefined) return;
    const text = spanText(record, span);
    const where = `statistics[${s}] ${JSON.stringify(text)}`;
    if (statistic.per === undefined && !TIME_RATE.test(text)) {
      push(
        "rate the span does not give",
        where,
        v11((copy) => {
          copy.statistics[s].per = { kind: "time", unit: "month" };
        }),
      );
    }
    if (statistic.change === undefined) {
      push(
        "change the span does not give",
        where,
        v11((copy) => {
          copy.statistics[s].change = { direction: "increase" };
        }),
      );
    }
    if (!text.toLowerCase().includes(absentEstimate)) {
      push(
        "estimate words not in the span",
        where,
        v11((copy) => {
          copy.statistics[s].estimate = { kind: "estimate", words: absentEstimate };
        }),
      );
    }
    if (statistic.quantity.kind !== "vague") {
      push(
        "uncertainty the span does not give",
        where,
        v11((copy) => {
          copy.statistics[s].uncertainty = { kind: "margin", value: 987 };
        }),
      );
    }
    if (unit.kind === "length" && LENGTH_WORDS.test(text)) {
      push(
        "wrong unit kind",
        where,
        v11((copy) => {
          copy.statistics[s].unit = { kind: "temperature", unit: "celsius" };
        }),
      );
    }
    if (unit.kind === "duration" && DURATION_WORDS.test(text)) {
      push(
        "wrong unit kind",
        where,
        v11((copy) => {
          copy.statistics[s].unit = { kind: "volume", unit: "l" };
        }),
      );
    }
    const headline = record.article.headline;
    // Offsets that fit the headline, so that grounding (not the integrity stage's range check) must catch it.
    if (headline !== undefined && span.end <= headline.length && headline.slice(span.start, span.end) !== text) {
      push(
        "span pointed into the headline",
        where,
        v11((copy) => {
          copy.statistics[s].span.part = "headline";
        }),
      );
    }
  });
  record.actors.forEach((actor, a) => {
    const first = actor.mentions?.[0];
    if (first === undefined || first.form !== undefined) return;
    const text = spanText(record, first);
    if (text.length < 5 && !/\s/.test(text)) return;
    push(
      "name recorded as a pronoun",
      `actors[${a}].mentions[0]`,
      v11((copy) => {
        copy.actors[a].mentions[0].form = "pronoun";
      }),
    );
  });
  record.events.forEach((event, e) => {
    const first = event.spans?.[0];
    if (first === undefined) return;
    if (record.article.dateline === undefined) {
      push(
        "span into a part the article lacks",
        `events[${e}].spans[0]`,
        v11((copy) => {
          copy.events[e].spans[0].part = "dateline";
        }),
      );
    }
    if (!record.article.body.toLowerCase().includes(absentQualifier)) {
      push(
        "qualifier not in the event's spans",
        `events[${e}].qualifiers`,
        v11((copy) => {
          copy.events[e].qualifiers = [absentQualifier];
        }),
      );
    }
  });
  record.quotes.forEach((quote, q) => {
    if (quote.mode === "indirect" || quote.mode === "refusal") return;
    quote.quoted.forEach((span, f) => {
      const body = record.article.body;
      if (span.start === 0 || span.end >= body.length) return;
      push("quote span with its marks", `quotes[${q}].quoted[${f}]`, (copy) => {
        const wide = copy.quotes[q].quoted[f];
        wide.start -= 1;
        wide.end += 1;
        while (/\s/.test(body.charAt(wide.start)) && wide.start > 0) wide.start -= 1;
        while (/\s/.test(body.charAt(wide.end - 1)) && wide.end < body.length) wide.end += 1;
        wide.exact = body.slice(wide.start, wide.end);
        if (copy.quotes[q].mode === "mixed") {
          const content = copy.quotes[q].content;
          content.start = Math.min(content.start, wide.start);
          content.end = Math.max(content.end, wide.end);
          if (content.exact !== undefined) content.exact = body.slice(content.start, content.end);
        }
      });
    });
    if (quote.mode === "direct") {
      push("writer's words as a direct quote", `quotes[${q}]`, (copy) => {
        const body = copy.article.body;
        const first = copy.quotes[q].quoted[0];
        // The first stretch of unquoted prose of the body, as long as a quoted stretch.
        const match = /[A-Za-zÀ-ÿ][^“”„«»"‹›]{20,}?[.,]/.exec(body);
        if (match === null) return false;
        first.start = match.index;
        first.end = match.index + match[0].length - 1;
        first.exact = body.slice(first.start, first.end);
        copy.quotes[q].quoted = [first];
      });
    }
  });
  record.actors.forEach((actor, a) => {
    const first = actor.mentions?.[0];
    if (first === undefined || first.end - first.start < 3) return;
    push("span cuts a word", `actors[${a}].mentions[0]`, (copy) => {
      const cut = copy.actors[a].mentions[0];
      cut.end -= 1;
      if (cut.exact !== undefined) cut.exact = spanText(copy, cut);
      copy.actors[a].aliases = [...(copy.actors[a].aliases ?? []), cut.exact ?? spanText(copy, cut)];
    });
  });
  record.events.forEach((event, e) => {
    const first = event.spans?.[0];
    if (first === undefined) return;
    push("span moved without its exact", `events[${e}].spans[0]`, (copy) => {
      const moved = copy.events[e].spans[0];
      const length = moved.end - moved.start;
      moved.start = Math.max(0, Math.min(copy.article.body.length - length, moved.start + 5));
      moved.end = moved.start + length;
      delete moved.exact;
    });
  });
  const published = record.article.publishedAt;
  // With no publication date, no date can lie after it: those variants would not be wrong.
  for (let q = 0; published !== undefined && q < record.quotes.length; q++) {
    push("date after publication", `quotes[${q}].saidAt`, (copy) => {
      copy.quotes[q].saidAt = { kind: "date", date: laterDate(published) };
    });
  }
  record.events.forEach((event, e) => {
    if (event.status !== "occurred" || published === undefined) return;
    push("date after publication", `events[${e}].date`, (copy) => {
      copy.events[e].date = { kind: "date", date: laterDate(published) };
    });
  });
  return out;
}

/** Validates every record and every variant; returns the tallies. */
export async function measure({ quick = false } = {}) {
  const { validateRecord } = await import(join(ROOT, "dist", "index.js"));
  const records = loadRecords().filter((_, i) => !quick || i % 3 === 0);
  const falsePositives = [];
  const tally = new Map();
  const missed = [];
  for (const { name, record } of records) {
    const result = validateRecord(record);
    if (!result.success) falsePositives.push({ name, issues: result.issues.slice(0, 3) });
    for (const variant of variants(record)) {
      const row = tally.get(variant.kind) ?? { caught: 0, total: 0 };
      row.total += 1;
      if (validateRecord(variant.record).success) missed.push(`${name}: ${variant.kind} at ${variant.where}`);
      else row.caught += 1;
      tally.set(variant.kind, row);
    }
  }
  const caught = [...tally.values()].reduce((sum, row) => sum + row.caught, 0);
  const total = [...tally.values()].reduce((sum, row) => sum + row.total, 0);
  return { records: records.length, tally, caught, total, falsePositives, missed };
}

function print(result) {
  const rows = [...result.tally].sort(([a], [b]) => a.localeCompare(b));
  console.log(`Grounding catch rate on ${result.records} correct records (en, de, fr, es) and their wrong variants`);
  console.log("");
  console.log("| change | caught | total | rate |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [kind, row] of rows) {
    console.log(`| ${kind} | ${row.caught} | ${row.total} | ${((100 * row.caught) / row.total).toFixed(1)}% |`);
  }
  const rate = result.total === 0 ? 0 : result.caught / result.total;
  console.log(`| **all** | **${result.caught}** | **${result.total}** | **${(100 * rate).toFixed(1)}%** |`);
  console.log("");
  console.log(`False positives (correct records rejected): ${result.falsePositives.length} of ${result.records}`);
  for (const { name, issues } of result.falsePositives) {
    console.log(`  ${name}: ${issues.map((i) => `${i.code} at ${i.path.join(".")}`).join("; ")}`);
  }
  if (result.missed.length > 0) {
    console.log(`Missed (${result.missed.length}):`);
    for (const line of result.missed) console.log(`  ${line}`);
  }
  console.log(
    `Goal: at least ${GOAL * 100}% caught and 0 false positives: ${rate >= GOAL && result.falsePositives.length === 0 ? "met" : "NOT met"}`,
  );
  return rate >= GOAL && result.falsePositives.length === 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick");
  const result = await measure({ quick });
  const ok = print(result);
  const at = process.argv.indexOf("--json");
  if (at > 0 && process.argv[at + 1] !== undefined) {
    writeFileSync(
      process.argv[at + 1],
      `${JSON.stringify({ ...result, tally: Object.fromEntries(result.tally) }, null, 2)}\n`,
    );
  }
  process.exit(ok ? 0 : 1);
}
