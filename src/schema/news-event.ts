import * as z from "zod/mini";
import { TimeRefSchema } from "./date.js";
import { IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { PlaceSchema } from "./place.js";
import { TextSpanSchema } from "./span.js";

/** What kind of thing happened. */
export const EVENT_TYPES = [
  "border-closure",
  "border-crossing",
  "migration",
  "apprehension",
  "asylum-application",
  "deportation",
  "deployment",
  "sanctions",
  "protest",
  "repression",
  "election",
  "political-support",
  "statement",
  "accusation",
  "agreement",
  "meeting",
  "legislation",
  "court-ruling",
  "attack",
  "armed-clash",
  "disaster",
  "economic",
  "other",
] as const;

/** What kind of thing happened. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Where an event stands as the article reports it: it `occurred` or is
 * `ongoing`; it was `announced` or is `planned`; it was `threatened`; it is
 * `alleged` by someone or merely `believed`; it is `denied`; it is
 * `hypothetical` (a condition or possibility raised); it is `expected`; or it
 * was `cancelled`.
 */
export const EVENT_STATUSES = [
  "occurred",
  "ongoing",
  "announced",
  "planned",
  "threatened",
  "alleged",
  "believed",
  "denied",
  "hypothetical",
  "expected",
  "cancelled",
] as const;

/** Where an event stands as the article reports it. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * What an actor does in an event: the `agent` acts, the `target` is acted
 * on, the `affected` bear its effects, the `beneficiary` gains, the
 * `announcer` makes it known.
 */
export const PARTICIPANT_ROLES = ["agent", "target", "affected", "beneficiary", "announcer"] as const;

/** What an actor does in an event. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** What a place is to an event: where it happens, where people or things come from, or go to. */
export const PLACE_ROLES = ["location", "origin", "destination"] as const;

/** What a place is to an event. */
export type PlaceRole = (typeof PLACE_ROLES)[number];

/**
 * How this event stands to another, read as "this event is a … of the
 * other": `cause` (the other caused this one), `response` (this one answers
 * the other), `purpose` (this one aims to bring the other about),
 * `prevention` (this one aims to stop the other), `background` (the other is
 * context for this one), `part-of` (this one is part of the other).
 */
export const EVENT_RELATIONS = ["cause", "response", "purpose", "prevention", "background", "part-of"] as const;

/** How one event stands to another. */
export type EventRelation = (typeof EVENT_RELATIONS)[number];

/** An actor taking part in an event, with its role. */
export const ParticipantSchema = z.strictObject({
  /** The id of the actor. */
  actor: IdSchema,
  /** What the actor does in the event. */
  role: z.enum(PARTICIPANT_ROLES),
});

/** A place an event is tied to, with what it is to the event. */
export const EventPlaceSchema = z.strictObject({
  /** What the place is to the event. */
  role: z.enum(PLACE_ROLES),
  /** The place. */
  place: PlaceSchema,
});

/** A link from this event to another event of the record. */
export const EventLinkSchema = z.strictObject({
  /** How this event stands to the other. */
  relation: z.enum(EVENT_RELATIONS),
  /** The id of the other event. */
  event: IdSchema,
});

/**
 * Something that happened, or was announced, planned, threatened or alleged:
 * its type and status, when and where, who took part, how it links to other
 * events, and the quotes and statistics that bear on it.
 */
export const NewsEventSchema = z.strictObject({
  /** The event's id, unique within the record. */
  id: IdSchema,
  /** What kind of thing happened. */
  eventType: z.enum(EVENT_TYPES),
  /** Where the event stands as the article reports it. */
  status: z.enum(EVENT_STATUSES),
  /** The event in one plain sentence ("Belarus announces it will close parts of its border with Lithuania"). */
  summary: LabelSchema,
  /** When the event happened or is to happen. */
  date: z.optional(TimeRefSchema),
  /** Where the event happened, with what each place is to it. */
  places: z.optional(list(EventPlaceSchema)),
  /** The actors that take part, with their roles. */
  participants: z.optional(list(ParticipantSchema)),
  /** Links to other events of the record. */
  related: z.optional(list(EventLinkSchema)),
  /** Ids of the quotes that bear on the event. */
  quotes: z.optional(list(IdSchema)),
  /** Ids of the statistics that bear on the event. */
  statistics: z.optional(list(IdSchema)),
  /** Where the article reports the event, in UTF-16 code units. */
  spans: z.optional(list(TextSpanSchema)),
});

/** An actor taking part in an event. */
export type Participant = z.infer<typeof ParticipantSchema>;
/** A place an event is tied to. */
export type EventPlace = z.infer<typeof EventPlaceSchema>;
/** A link from one event to another. */
export type EventLink = z.infer<typeof EventLinkSchema>;
/** Something that happened, or was announced, planned, threatened or alleged. */
export type NewsEvent = z.infer<typeof NewsEventSchema>;
