import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { Actor } from "../../schema/actor.js";
import type { Correction } from "../../schema/article.js";
import type { NewsEvent } from "../../schema/news-event.js";
import type { PlaceEntry } from "../../schema/place.js";
import type { Quote } from "../../schema/quote.js";
import type { NewsRecord } from "../../schema/record.js";
import type { Statistic } from "../../schema/statistic.js";
import type { PathSegment } from "../issues.js";
import {
  ANY_ACTOR,
  BODY,
  CORRECTABLE,
  EVENT,
  type FactTable,
  PLACE,
  QUOTE,
  STATE,
  STATISTIC,
  type Target,
} from "./facts.js";
import { selfReference, unresolvedReference, wrongReferenceKind } from "./messages.js";
import type { LazyPath, Report } from "./report.js";

/** Every key of every member of a union. */
type KeyOf<T> = T extends unknown ? keyof T & string : never;

/**
 * One reference field: its path inside a fact, `"*"` standing for every
 * item of a list, and the kind of thing it must name. A field that a fact's
 * kind does not have is simply absent, so one row serves a whole union.
 */
export interface ReferenceField<T> {
  readonly path: readonly [KeyOf<T>, ...string[]];
  readonly target: Target;
}

type Rows<T> = readonly ReferenceField<T>[];

const ACTOR_REFERENCES: Rows<Actor> = [
  { path: ["roles", "*", "of"], target: BODY },
  { path: ["partOf"], target: BODY },
  { path: ["origins", "*"], target: STATE },
  { path: ["affiliations", "*", "of"], target: ANY_ACTOR },
  { path: ["owner"], target: ANY_ACTOR },
  { path: ["place"], target: PLACE },
];

const PLACE_FIELDS = ["place", "of"] as const;

const EVENT_REFERENCES: Rows<NewsEvent> = [
  { path: ["participants", "*", "actor"], target: ANY_ACTOR },
  { path: ["related", "*", "event"], target: EVENT },
  { path: ["quotes", "*"], target: QUOTE },
  { path: ["statistics", "*"], target: STATISTIC },
  { path: ["claimedBy", "*"], target: ANY_ACTOR },
  { path: ["deniedBy", "*"], target: ANY_ACTOR },
  { path: ["reportedBy", "*"], target: ANY_ACTOR },
  ...PLACE_FIELDS.map((field): ReferenceField<NewsEvent> => ({ path: ["places", "*", "place", field], target: PLACE })),
];

const QUOTE_REFERENCES: Rows<Quote> = [
  { path: ["speaker", "actor"], target: ANY_ACTOR },
  { path: ["speaker", "affiliation"], target: ANY_ACTOR },
  { path: ["via", "*"], target: ANY_ACTOR },
  { path: ["addressee"], target: ANY_ACTOR },
  { path: ["within"], target: QUOTE },
  { path: ["denies", "quote"], target: QUOTE },
  { path: ["denies", "event"], target: EVENT },
  { path: ["denies", "claimant"], target: ANY_ACTOR },
];

const STATISTIC_REFERENCES: Rows<Statistic> = [
  { path: ["subject"], target: ANY_ACTOR },
  { path: ["reportedBy"], target: ANY_ACTOR },
  { path: ["reportedIn"], target: QUOTE },
  { path: ["change", "from"], target: STATISTIC },
  { path: ["change", "to"], target: STATISTIC },
  { path: ["change", "comparedWith", "actor"], target: ANY_ACTOR },
  { path: ["of", "actor"], target: ANY_ACTOR },
  { path: ["related", "*", "statistic"], target: STATISTIC },
  ...PLACE_FIELDS.map((field): ReferenceField<Statistic> => ({ path: ["place", field], target: PLACE })),
];

const PLACE_REFERENCES: Rows<PlaceEntry> = [{ path: ["within"], target: PLACE }];

const CORRECTION_REFERENCES: Rows<Correction> = [{ path: ["changes", "*"], target: CORRECTABLE }];

/**
 * Every reference field of a record, by the list its facts stand in. A new
 * reference in the schema is a new row here. Spans' `correction` ids are
 * checked with the spans.
 */
export const REFERENCE_FIELDS = {
  actors: ACTOR_REFERENCES,
  events: EVENT_REFERENCES,
  quotes: QUOTE_REFERENCES,
  statistics: STATISTIC_REFERENCES,
  places: PLACE_REFERENCES,
  corrections: CORRECTION_REFERENCES,
} as const;

/** What {@link visit} checks the references it finds against, and where it stands. */
interface Visit {
  readonly facts: FactTable;
  readonly report: Report;
  /** The path of the current node, from the record's root. */
  readonly stack: PathSegment[];
  /** Builds the current path: valid during a report only (most references resolve, so most paths are never built). */
  readonly at: () => PathSegment[];
  target: Target;
  selfId: string;
}

/** Checks every string at `path` below `node` as a reference to `visiting.target`. */
function visit(node: unknown, path: readonly string[], depth: number, visiting: Visit): void {
  if (depth === path.length) {
    if (typeof node === "string") {
      checkReference(visiting.facts, visiting.report, visiting.at, node, visiting.target, visiting.selfId);
    }
    return;
  }
  const key = path[depth];
  const stack = visiting.stack;
  if (key === "*") {
    if (!Array.isArray(node)) return;
    for (let i = 0; i < node.length; i++) {
      stack.push(i);
      visit(node[i], path, depth + 1, visiting);
      stack.pop();
    }
  } else if (key !== undefined && typeof node === "object" && node !== null && key in node) {
    stack.push(key);
    visit((node as Record<string, unknown>)[key], path, depth + 1, visiting);
    stack.pop();
  }
}

/**
 * Checks that one reference names something of the right kind, and not
 * the fact that holds it.
 */
export function checkReference(
  facts: FactTable,
  report: Report,
  path: LazyPath,
  id: string,
  target: Target,
  selfId: string | undefined,
): void {
  if (id === selfId) {
    report(path, "self_reference", selfReference(id, target));
    return;
  }
  const fact = facts.get(id);
  if (fact === undefined) report(path, "unresolved_reference", unresolvedReference(id, target));
  else if (!target.accepts(fact)) report(path, "wrong_reference_kind", wrongReferenceKind(id, fact, target));
}

function checkList<T extends { readonly id: string }>(
  items: readonly T[] | undefined,
  base: readonly PathSegment[],
  rows: readonly { readonly path: readonly string[]; readonly target: Target }[],
  facts: FactTable,
  report: Report,
): void {
  if (items === undefined) return;
  const stack: PathSegment[] = [...base];
  const visiting: Visit = { facts, report, stack, at: () => [...stack], target: ANY_ACTOR, selfId: "" };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    stack.push(i);
    visiting.selfId = item.id;
    for (const row of rows) {
      // Most reference fields are absent: read the first key here, before any call.
      const [first] = row.path;
      if (first === undefined) continue;
      const value: unknown = (item as Record<string, unknown>)[first];
      if (value === undefined) continue;
      visiting.target = row.target;
      stack.push(first);
      visit(value, row.path, 1, visiting);
      stack.pop();
    }
    stack.pop();
  }
}

/** Checks every reference field of a record against its table of facts. */
export function checkReferences(record: ReadonlyDeep<NewsRecord>, facts: FactTable, report: Report): void {
  checkList(record.actors, ["actors"], REFERENCE_FIELDS.actors, facts, report);
  checkList(record.events, ["events"], REFERENCE_FIELDS.events, facts, report);
  checkList(record.quotes, ["quotes"], REFERENCE_FIELDS.quotes, facts, report);
  checkList(record.statistics, ["statistics"], REFERENCE_FIELDS.statistics, facts, report);
  checkList(record.places, ["places"], REFERENCE_FIELDS.places, facts, report);
  checkList(record.article.corrections, ["article", "corrections"], REFERENCE_FIELDS.corrections, facts, report);
}
