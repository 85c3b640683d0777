// Records whose text tries to run script in a page that shows it: closing
// tags, event handlers, comments, quotes, control characters and a
// right-to-left override, in every string field.
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { cloneSeed } from "./records.js";

/** Sets `window.__pwned` if any part of it ever runs. */
export const PAYLOAD =
  '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><svg onload=window.__pwned=3>' +
  '<a href="javascript:window.__pwned=4">x</a>"\'&amp;<!-- \u0000\u0007\u001b\u007f\u0085\u202e ]]>';

/** Every string inside a JSON value replaced by the payload (keys too, once at each object). */
function poison(value: unknown): unknown {
  if (typeof value === "string") return `${PAYLOAD}${value}`;
  if (Array.isArray(value)) return value.map(poison);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = poison(child);
    out[PAYLOAD] = PAYLOAD;
    return out;
  }
  return value;
}

/** The seed with the payload before every string and as an extra key of every object: not even well formed. */
export function poisonedEverywhere(): unknown {
  return poison(JSON.parse(JSON.stringify(belarusLithuaniaBorder)));
}

/**
 * The seed with the payload in every free-text field and after the body (so
 * the spans still draw): well formed, with grounding problems whose
 * messages quote the payload.
 */
export function poisonedText(): NewsRecord {
  const record = cloneSeed();
  record.article.body = `${record.article.body}\n${PAYLOAD}`;
  record.article.headline = PAYLOAD;
  record.article.publisher = PAYLOAD;
  for (const actor of record.actors) {
    actor.name = `${PAYLOAD}${actor.name}`;
    actor.aliases = [PAYLOAD, ...(actor.aliases ?? [])];
    const [mention] = actor.mentions ?? [];
    if (mention !== undefined) mention.exact = PAYLOAD;
  }
  for (const event of record.events) event.summary = PAYLOAD;
  for (const quote of record.quotes) {
    quote.verb = PAYLOAD;
    if (quote.speaker.kind === "anonymous") quote.speaker.description = PAYLOAD;
  }
  for (const statistic of record.statistics) {
    statistic.measure = PAYLOAD;
    if (statistic.unit.kind === "count") statistic.unit.noun = PAYLOAD;
  }
  return record;
}
