import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { NewsRecord } from "../../schema/record.js";
import type { PathSegment } from "../issues.js";
import { referenceCycle } from "./messages.js";
import type { Report } from "./report.js";

/** A link from one fact to another along a relation that must not loop. */
interface Edge {
  readonly to: string;
  readonly path: readonly PathSegment[];
}

/** A relation that must not go round in a circle: its field's name and its links, in the record's order. */
interface Relation {
  readonly field: string;
  readonly nodes: readonly string[];
  readonly edges: ReadonlyMap<string, readonly Edge[]>;
}

function relation(field: string): {
  readonly add: (from: string, to: string | undefined, path: readonly PathSegment[]) => void;
  readonly node: (id: string) => void;
  readonly done: () => Relation;
} {
  const nodes: string[] = [];
  const edges = new Map<string, Edge[]>();
  return {
    node: (id) => {
      nodes.push(id);
    },
    add: (from, to, path) => {
      // A link to itself is a self_reference, reported with the references.
      if (to === undefined || to === from) return;
      const out = edges.get(from);
      if (out === undefined) edges.set(from, [{ to, path }]);
      else out.push({ to, path });
    },
    done: () => ({ field, nodes, edges }),
  };
}

/** The relations of a record that must have no cycle. */
function relations(record: ReadonlyDeep<NewsRecord>): Relation[] {
  const partOf = relation("partOf");
  record.actors.forEach((actor, a) => {
    partOf.node(actor.id);
    if (actor.kind === "organization") partOf.add(actor.id, actor.partOf, ["actors", a, "partOf"]);
  });
  const within = relation("within");
  record.quotes.forEach((quote, q) => {
    within.node(quote.id);
    within.add(quote.id, quote.within, ["quotes", q, "within"]);
  });
  const eventPartOf = relation("part-of");
  record.events.forEach((event, e) => {
    eventPartOf.node(event.id);
    event.related?.forEach((link, l) => {
      if (link.relation === "part-of") eventPartOf.add(event.id, link.event, ["events", e, "related", l, "event"]);
    });
  });
  const statisticPartOf = relation("part-of");
  record.statistics.forEach((statistic, s) => {
    statisticPartOf.node(statistic.id);
    statistic.related?.forEach((link, l) => {
      if (link.relation === "part-of") {
        statisticPartOf.add(statistic.id, link.statistic, ["statistics", s, "related", l, "statistic"]);
      }
    });
  });
  const placeWithin = relation("within");
  record.places?.forEach((place, p) => {
    placeWithin.node(place.id);
    placeWithin.add(place.id, place.within, ["places", p, "within"]);
  });
  return [partOf.done(), within.done(), eventPartOf.done(), statisticPartOf.done(), placeWithin.done()];
}

/**
 * Reports every cycle of one relation once, at the link that leaves the
 * cycle's first fact in the record's order. A depth-first search visits each
 * link once, so the cost grows with the number of links, whatever the shape.
 */
function findCycles({ field, nodes, edges }: Relation, report: Report): void {
  // Most relations of most records have no link at all, and no link means no cycle.
  if (edges.size === 0) return;
  // The record's order of the facts, built only to report a cycle: most relations have none.
  let order: ReadonlyMap<string, number> | undefined;
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
  for (const root of nodes) {
    // A fact with no link out is in no cycle, and a search from it would find none.
    if (state.has(root) || !edges.has(root)) continue;
    // The path from the root to the fact being visited, with the next link to try at each step.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const edge = edges.get(top.id)?.[top.next];
      if (edge === undefined) {
        state.set(top.id, "done");
        stack.pop();
        continue;
      }
      top.next += 1;
      const seen = state.get(edge.to);
      if (seen === undefined) {
        // Only a fact with links out can lead back: links only leave facts of the relation, and one
        // without any is done as soon as it is met. A link to an id the relation lacks leads nowhere.
        if (edges.has(edge.to)) {
          state.set(edge.to, "open");
          stack.push({ id: edge.to, next: 0 });
        }
      } else if (seen === "open") {
        const from = stack.findIndex((step) => step.id === edge.to);
        order ??= new Map(nodes.map((id, i) => [id, i]));
        reportCycle(
          field,
          stack.slice(from).map((step) => step.id),
          edges,
          order,
          reported,
          report,
        );
      }
    }
  }
}

function reportCycle(
  field: string,
  ids: readonly string[],
  edges: ReadonlyMap<string, readonly Edge[]>,
  order: ReadonlyMap<string, number>,
  reported: Set<string>,
  report: Report,
): void {
  // Start the circle at its first fact in the record's order, so that the same cycle reads the same whichever fact the search met first.
  let first = 0;
  ids.forEach((id, i) => {
    if ((order.get(id) ?? 0) < (order.get(ids[first] ?? "") ?? 0)) first = i;
  });
  const circle = [...ids.slice(first), ...ids.slice(0, first)];
  const key = circle.join("\u0000");
  if (reported.has(key)) return;
  reported.add(key);
  const start = circle[0];
  const next = circle[1 % circle.length];
  const edge = start === undefined ? undefined : edges.get(start)?.find((e) => e.to === next);
  if (start === undefined || edge === undefined) return;
  report(edge.path, "reference_cycle", referenceCycle(field, [...circle, start]));
}

/**
 * Reports cycles in the relations that nest facts: an organization's
 * `partOf`, a quote's `within`, an event's or a statistic's `part-of` links
 * and a declared place's `within`.
 */
export function checkCycles(record: ReadonlyDeep<NewsRecord>, report: Report): void {
  for (const rel of relations(record)) findCycles(rel, report);
}
