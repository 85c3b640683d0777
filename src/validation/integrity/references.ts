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
  } else if (key !== undefined && typeof node === "object" && node !== null) {
    // Read, not tested with `in`: an absent field reads undefined, which holds no reference.
    const value = (node as Record<string, unknown>)[key];
    if (value === undefined) return;
    stack.push(key);
    visit(value, path, depth + 1, visiting);
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

/**
 * A list's reference rows, indexed by the key they start with, so that a
 * fact is read key by key (`for…in` reads a key's value fast) instead of
 * row by row (most rows name fields the fact does not have).
 */
interface RowIndex {
  readonly rows: readonly { readonly path: readonly string[]; readonly target: Target }[];
  /** The bit of each first key; a row's bit is its first key's. */
  readonly bits: Readonly<Record<string, number>>;
  readonly rowBits: readonly number[];
}

function rowIndex(rows: RowIndex["rows"]): RowIndex {
  // A fact's fields are combined with `|`, which holds 31 bits.
  if (new Set(rows.map((row) => row.path[0])).size > 31) throw new Error("more than 31 reference fields in one list");
  // No prototype: a fact's key such as "constructor" finds nothing.
  const bits: Record<string, number> = Object.create(null);
  let size = 0;
  const rowBits = rows.map((row) => {
    const first = row.path[0] ?? "";
    let bit = bits[first];
    if (bit === undefined) {
      bit = 2 ** size++;
      bits[first] = bit;
    }
    return bit;
  });
  return { rows, bits, rowBits };
}

function checkList<T extends { readonly id: string }>(
  items: readonly T[] | undefined,
  base: readonly PathSegment[],
  index: RowIndex,
  facts: FactTable,
  report: Report,
): void {
  if (items === undefined) return;
  const stack: PathSegment[] = [...base];
  const visiting: Visit = { facts, report, stack, at: () => [...stack], target: ANY_ACTOR, selfId: "" };
  const { rows, bits, rowBits } = index;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    // The reference fields the fact has: most have one or two of their kind's.
    let present = 0;
    for (const key in item) present |= bits[key] ?? 0;
    if (present === 0) continue;
    stack.push(i);
    visiting.selfId = item.id;
    // In the order of the rows, whatever the order of the fact's keys.
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined || ((rowBits[r] ?? 0) & present) === 0) continue;
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

let indexes: Readonly<Record<keyof typeof REFERENCE_FIELDS, RowIndex>> | undefined;

/** Checks every reference field of a record against its table of facts. */
export function checkReferences(record: ReadonlyDeep<NewsRecord>, facts: FactTable, report: Report): void {
  indexes ??= {
    actors: rowIndex(REFERENCE_FIELDS.actors),
    events: rowIndex(REFERENCE_FIELDS.events),
    quotes: rowIndex(REFERENCE_FIELDS.quotes),
    statistics: rowIndex(REFERENCE_FIELDS.statistics),
    places: rowIndex(REFERENCE_FIELDS.places),
    corrections: rowIndex(REFERENCE_FIELDS.corrections),
  };
  checkList(record.actors, ["actors"], indexes.actors, facts, report);
  checkList(record.events, ["events"], indexes.events, facts, report);
  checkList(record.quotes, ["quotes"], indexes.quotes, facts, report);
  checkList(record.statistics, ["statistics"], indexes.statistics, facts, report);
  checkList(record.places, ["places"], indexes.places, facts, report);
  checkList(record.article.corrections, ["article", "corrections"], indexes.corrections, facts, report);
}
