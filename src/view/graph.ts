// A small drawing of who takes part in which event, and how events link.
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { NewsRecord } from "../schema/record.js";
import { escapeHtml } from "./html.js";

const ROW = 26;
const WIDTH = 640;
const ACTOR_X = 8;
const EVENT_X = 250;
const LABEL = 30;

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/**
 * An SVG of actors (left), events (right), a line for each participation
 * and an arc for each link between events; empty when the record has neither.
 */
export function renderGraph(record: ReadonlyDeep<NewsRecord>, prefix: string): string {
  const actorRow = new Map<string, number>();
  const eventRow = new Map(record.events.map((event, i) => [event.id, i]));
  for (const event of record.events) {
    for (const participant of event.participants ?? []) {
      if (!actorRow.has(participant.actor)) actorRow.set(participant.actor, actorRow.size);
    }
  }
  const links = record.events.flatMap((event) =>
    (event.related ?? []).map((link) => ({ from: event.id, to: link.event, relation: link.relation })),
  );
  if (actorRow.size === 0 && links.length === 0) return "";
  const names = new Map(record.actors.map((actor) => [actor.id, actor.name]));
  const y = (row: number): number => 16 + row * ROW;
  const height = y(Math.max(actorRow.size, record.events.length)) + 8;
  const parts: string[] = [];
  record.events.forEach((event, i) => {
    for (const participant of event.participants ?? []) {
      const row = actorRow.get(participant.actor) ?? 0;
      parts.push(
        `<line class="g-part g-${escapeHtml(participant.role)}" x1="${ACTOR_X + 170}" y1="${y(row)}" x2="${EVENT_X - 4}" y2="${y(i)}"><title>${escapeHtml(`${names.get(participant.actor) ?? participant.actor}: ${participant.role} of ${event.id}`)}</title></line>`,
      );
    }
  });
  for (const link of links) {
    const from = eventRow.get(link.from);
    const to = eventRow.get(link.to);
    if (from === undefined || to === undefined) continue;
    const bend = WIDTH - 40 + Math.min(36, Math.abs(to - from) * 4);
    parts.push(
      `<path class="g-link" d="M${WIDTH - 44} ${y(from)} C${bend} ${y(from)} ${bend} ${y(to)} ${WIDTH - 44} ${y(to)}" marker-end="url(#${prefix}-arrow)"><title>${escapeHtml(`${link.from} is a ${link.relation} of ${link.to}`)}</title></path>`,
    );
  }
  for (const [id, row] of actorRow) {
    parts.push(
      `<text class="g-actor" x="${ACTOR_X}" y="${y(row) + 4}">${escapeHtml(cut(names.get(id) ?? id, LABEL - 4))}</text>`,
    );
  }
  record.events.forEach((event, i) => {
    parts.push(
      `<text class="g-event" x="${EVENT_X}" y="${y(i) + 4}" data-fact="events-${i}">${escapeHtml(cut(event.summary, LABEL + 18))}</text>`,
    );
  });
  return `<svg class="graph" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${prefix}-graph-title"><title id="${prefix}-graph-title">Actors, the events they take part in, and the links between events</title><defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" class="g-arrow"/></marker></defs>${parts.join("")}</svg>`;
}
