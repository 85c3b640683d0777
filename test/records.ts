// Small invented records for tests: a body and the facts a test needs, with
// everything else left empty.
import { type Actor, type NewsEvent, type NewsRecord, parseRecord, type Quote, type Statistic } from "../src/index.js";

/** The offsets of the `n`-th occurrence (0-based) of `text` in `body`; throws when there is none, to keep fixtures honest. */
export function spanOf(body: string, text: string, n = 0): { start: number; end: number; exact: string } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = body.indexOf(text, at + 1);
    if (at === -1) throw new Error(`fixture: ${JSON.stringify(text)} occurs fewer than ${n + 1} times`);
  }
  return { start: at, end: at + text.length, exact: text };
}

/** A record with the given body and facts. */
export function makeRecord(
  body: string,
  facts: {
    actors?: Actor[];
    events?: NewsEvent[];
    quotes?: Quote[];
    statistics?: Statistic[];
    headline?: string;
    publisher?: string;
  } = {},
): NewsRecord {
  return {
    schemaVersion: "1.0",
    article: {
      id: "invented",
      publishedAt: "2024-03-01",
      language: "en",
      body,
      ...(facts.headline === undefined ? {} : { headline: facts.headline }),
      ...(facts.publisher === undefined ? {} : { publisher: facts.publisher }),
    },
    actors: facts.actors ?? [],
    events: facts.events ?? [],
    quotes: facts.quotes ?? [],
    statistics: facts.statistics ?? [],
  };
}

/** A deep, mutable copy of a valid record (of the dataset constants, say), checked on the way. */
export function copyRecord(record: unknown): NewsRecord {
  return parseRecord(JSON.parse(JSON.stringify(record)));
}
