import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { splitsPair } from "../internal/text.js";
import { collectSpans } from "../internal/walk.js";
import type { ActorKind } from "../schema/actor.js";
import type { PartialDate, TimeRef } from "../schema/date.js";
import type { EventStatus } from "../schema/news-event.js";
import type { Place } from "../schema/place.js";
import type { Quantity, Unit } from "../schema/quantity.js";
import type { NewsRecord } from "../schema/record.js";
import { calendarBounds, dateBounds, datePrecision } from "../time/partial-date.js";
import { formatPath, type PathSegment, type ValidationIssue } from "./issues.js";

type FactKind = "actor" | "event" | "quote" | "statistic";

/** A path, or a function that builds it when an issue needs it. */
type Path = readonly PathSegment[] | (() => PathSegment[]);

interface Fact {
  readonly kind: FactKind;
  readonly actorKind: ActorKind | undefined;
  readonly path: readonly PathSegment[];
}

/** What a reference may point at, and how to name that in a message. */
interface Target {
  readonly label: string;
  readonly accepts: (fact: Fact) => boolean;
}

const ANY_ACTOR: Target = { label: "an actor", accepts: (f) => f.kind === "actor" };
const STATE: Target = { label: "a state", accepts: (f) => f.actorKind === "state" };
const BODY: Target = {
  label: "a state or an organization",
  accepts: (f) => f.actorKind === "state" || f.actorKind === "organization",
};
const EVENT: Target = { label: "an event", accepts: (f) => f.kind === "event" };
const QUOTE: Target = { label: "a quote", accepts: (f) => f.kind === "quote" };
const STATISTIC: Target = { label: "a statistic", accepts: (f) => f.kind === "statistic" };

function describe(fact: Fact): string {
  return fact.kind === "actor" && fact.actorKind !== undefined ? `a ${fact.actorKind}` : `a ${fact.kind}`;
}

/** Statuses of events that have happened, at least in part, by the time the article reports them. */
const PAST_STATUSES: ReadonlySet<EventStatus> = new Set(["occurred", "ongoing", "alleged", "denied"]);

/**
 * Whether an interval's start comes after its end. Two calendar dates
 * compare by the calendar ("2022" after "2021", "2021-08-06" after
 * "2021-08-05"); with a date-time on either side, a date without time stands
 * for every time zone's version of it, so only a start after every possible
 * end counts.
 */
function startsAfterEnd(start: PartialDate, end: PartialDate): boolean {
  const calendar = datePrecision(start) !== "time" && datePrecision(end) !== "time";
  const bounds = calendar ? calendarBounds : dateBounds;
  return bounds(start)[0] >= bounds(end)[1];
}

/**
 * Checks what the schema alone cannot: unique ids, references that resolve
 * to the right kind of fact, no `partOf` cycles, spans inside the body and
 * in order, fragments inside their content, ordered ranges and intervals.
 * Assumes `record` has passed the shape check.
 */
export function integrityIssues(record: ReadonlyDeep<NewsRecord>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const facts = new Map<string, Fact>();
  // Paths are built only when an issue is reported: most records have none.
  const issue = (path: Path, code: ValidationIssue["code"], message: string): void => {
    issues.push({ path: typeof path === "function" ? path() : path, code, stage: "integrity", message });
  };

  const declare = (id: string, fact: Fact): void => {
    const earlier = facts.get(id);
    if (earlier === undefined) {
      facts.set(id, fact);
      return;
    }
    issue(
      [...fact.path, "id"],
      "duplicate_id",
      `The id "${id}" is already used by ${describe(earlier)} at ${formatPath(earlier.path)}; ids must be unique across actors, events, quotes and statistics.`,
    );
  };
  record.actors.forEach((actor, i) => {
    declare(actor.id, { kind: "actor", actorKind: actor.kind, path: ["actors", i] });
  });
  record.events.forEach((event, i) => {
    declare(event.id, { kind: "event", actorKind: undefined, path: ["events", i] });
  });
  record.quotes.forEach((quote, i) => {
    declare(quote.id, { kind: "quote", actorKind: undefined, path: ["quotes", i] });
  });
  record.statistics.forEach((statistic, i) => {
    declare(statistic.id, { kind: "statistic", actorKind: undefined, path: ["statistics", i] });
  });

  const ref = (path: Path, id: string | undefined, target: Target, selfId?: string): void => {
    if (id === undefined) return;
    if (id === selfId) {
      issue(
        path,
        "self_reference",
        `"${id}" refers to itself; point it at another ${target.label.replace(/^an? /, "")}.`,
      );
      return;
    }
    const fact = facts.get(id);
    if (fact === undefined) {
      issue(
        path,
        "unresolved_reference",
        `No fact has the id "${id}"; expected ${target.label}. Add it or fix the id.`,
      );
    } else if (!target.accepts(fact)) {
      issue(path, "wrong_reference_kind", `"${id}" is ${describe(fact)}, but this field must name ${target.label}.`);
    }
  };
  const refs = (path: () => PathSegment[], ids: readonly string[] | undefined, target: Target): void => {
    ids?.forEach((id, i) => {
      ref(() => [...path(), i], id, target);
    });
  };

  const checkInterval = (path: Path, time: ReadonlyDeep<TimeRef> | undefined): void => {
    if (time?.kind !== "interval") return;
    if (time.start === undefined && time.end === undefined) {
      issue(
        path,
        "interval_unbounded",
        "An interval needs a start, an end or both; leave out the whole field when the time is unknown.",
      );
    } else if (time.start !== undefined && time.end !== undefined && startsAfterEnd(time.start, time.end)) {
      issue(path, "interval_reversed", `The interval starts (${time.start}) after it ends (${time.end}).`);
    }
  };
  const published = record.article.publishedAt;
  // Words said, events that happened and periods measured lie at or before publication.
  const checkNotAfterPublication = (
    path: () => PathSegment[],
    time: ReadonlyDeep<TimeRef> | undefined,
    what: string,
    ends: boolean,
  ): void => {
    if (time === undefined) return;
    const dates = time.kind === "date" ? [time.date] : ends ? [time.start, time.end] : [time.start];
    const late = dates.find((date) => date !== undefined && startsAfterEnd(date, published));
    if (late !== undefined) {
      issue(
        path,
        "date_after_publication",
        `${what} cannot lie after the article's publication (${published}), but the record dates it ${late}; fix the date, or the status if it is only planned or expected.`,
      );
    }
  };
  const checkPlace = (path: () => PathSegment[], place: ReadonlyDeep<Place> | undefined): void => {
    if (place?.kind === "border" && place.countries[0] === place.countries[1]) {
      issue(
        () => [...path(), "countries"],
        "border_same_country",
        `A border lies between two different countries, not ${place.countries[0]} and itself.`,
      );
    }
  };
  const checkQuantity = (path: Path, quantity: ReadonlyDeep<Quantity>, unit: ReadonlyDeep<Unit>): void => {
    const { min, max } =
      quantity.kind === "range" || quantity.kind === "vague"
        ? { min: quantity.min, max: quantity.max }
        : { min: quantity.value, max: quantity.value };
    if (min !== undefined && max !== undefined && min > max) {
      issue(path, "range_reversed", `The low end (${min}) is above the high end (${max}).`);
    }
    if (unit.kind === "count" && ((min !== undefined && min < 0) || (max !== undefined && max < 0))) {
      issue(path, "negative_count", `A count of ${unit.noun} cannot be negative.`);
    }
  };

  record.actors.forEach((actor, a) => {
    const at: PathSegment[] = ["actors", a];
    switch (actor.kind) {
      case "person":
        actor.roles?.forEach((role, r) => {
          ref(() => [...at, "roles", r, "of"], role.of, BODY);
        });
        break;
      case "organization":
        ref(() => [...at, "partOf"], actor.partOf, BODY, actor.id);
        break;
      case "group":
        refs(() => [...at, "origins"], actor.origins, STATE);
        break;
      case "state":
        break;
    }
  });
  findPartOfCycles(record, issue);

  record.events.forEach((event, e) => {
    const at: PathSegment[] = ["events", e];
    event.participants?.forEach((participant, p) => {
      ref(() => [...at, "participants", p, "actor"], participant.actor, ANY_ACTOR);
    });
    event.related?.forEach((link, l) => {
      ref(() => [...at, "related", l, "event"], link.event, EVENT, event.id);
    });
    refs(() => [...at, "quotes"], event.quotes, QUOTE);
    refs(() => [...at, "statistics"], event.statistics, STATISTIC);
    checkInterval(() => [...at, "date"], event.date);
    if (PAST_STATUSES.has(event.status)) {
      checkNotAfterPublication(
        () => [...at, "date"],
        event.date,
        `An event that is ${event.status}`,
        event.status !== "ongoing",
      );
    }
    event.places?.forEach((entry, p) => {
      checkPlace(() => [...at, "places", p, "place"], entry.place);
    });
  });

  record.quotes.forEach((quote, q) => {
    const at: PathSegment[] = ["quotes", q];
    if (quote.speaker.kind === "actor") ref(() => [...at, "speaker", "actor"], quote.speaker.actor, ANY_ACTOR);
    else ref(() => [...at, "speaker", "affiliation"], quote.speaker.affiliation, ANY_ACTOR);
    refs(() => [...at, "via"], quote.via, ANY_ACTOR);
    checkInterval(() => [...at, "saidAt"], quote.saidAt);
    checkNotAfterPublication(() => [...at, "saidAt"], quote.saidAt, "Words the article reports", true);
    if (quote.mode === "mixed") {
      quote.quoted.forEach((span, s) => {
        if (span.start < quote.content.start || span.end > quote.content.end) {
          issue(
            () => [...at, "quoted", s],
            "fragment_outside_content",
            `The fragment [${span.start}, ${span.end}) lies outside the quote's content [${quote.content.start}, ${quote.content.end}).`,
          );
        }
      });
    }
  });

  record.statistics.forEach((statistic, s) => {
    const at: PathSegment[] = ["statistics", s];
    ref(() => [...at, "subject"], statistic.subject, ANY_ACTOR);
    ref(() => [...at, "reportedBy"], statistic.reportedBy, ANY_ACTOR);
    checkInterval(() => [...at, "period"], statistic.period);
    checkNotAfterPublication(() => [...at, "period"], statistic.period, "The period a statistic covers", true);
    checkPlace(() => [...at, "place"], statistic.place);
    checkQuantity(() => [...at, "quantity"], statistic.quantity, statistic.unit);
  });

  const body = record.article.body;
  for (const { path, span } of collectSpans(record)) {
    if (span.end > body.length || span.start > body.length) {
      issue(
        path,
        "span_out_of_range",
        `The span [${span.start}, ${span.end}) runs past the end of the body, which is ${body.length} UTF-16 code units long.`,
      );
    } else if (span.start >= span.end) {
      issue(path, "span_reversed", `A span needs start < end; this one is [${span.start}, ${span.end}).`);
    } else if (splitsPair(body, span.start) || splitsPair(body, span.end)) {
      issue(
        path,
        "span_splits_character",
        `The span [${span.start}, ${span.end}) cuts a character outside the Basic Multilingual Plane in half; offsets count UTF-16 code units, so such a character takes two.`,
      );
    }
  }
  return issues;
}

function findPartOfCycles(
  record: ReadonlyDeep<NewsRecord>,
  issue: (path: readonly PathSegment[], code: ValidationIssue["code"], message: string) => void,
): void {
  const parent = new Map<string, string>();
  for (const actor of record.actors) {
    if (actor.kind === "organization" && actor.partOf !== undefined && actor.partOf !== actor.id) {
      parent.set(actor.id, actor.partOf);
    }
  }
  const reported = new Set<string>();
  record.actors.forEach((actor, a) => {
    if (actor.kind !== "organization" || reported.has(actor.id)) return;
    const seen = new Set<string>([actor.id]);
    for (let next = parent.get(actor.id); next !== undefined; next = parent.get(next)) {
      if (next === actor.id) {
        for (const id of seen) reported.add(id);
        issue(
          ["actors", a, "partOf"],
          "reference_cycle",
          `"partOf" goes round in a circle: ${[...seen, actor.id].join(" → ")}.`,
        );
        return;
      }
      if (seen.has(next)) return;
      seen.add(next);
    }
  });
}
