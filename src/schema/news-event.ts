import * as z from "zod/mini";
import { CameoCodeValueSchema } from "./cameo.js";
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
  "strike",
  "closure",
  "reopening",
  "trial",
  "clinical-trial",
  "regulatory-decision",
  "appointment",
  "resignation",
  "negotiation",
  "vote",
  "accident",
  "epidemic",
  "vaccination-campaign",
  "inspection",
  "repair",
  "construction",
  "market-movement",
  "price-change",
  "investment",
  "layoff",
  "arrest",
  "military-action",
  "research",
  "sports",
  "correction",
  "other",
] as const;

/** What kind of thing happened. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * One line per event type, so that two annotators choose alike. Where two
 * fit, the more specific wins (a `border-closure` over a `closure`, a
 * `clinical-trial` over a `research`).
 */
export const EVENT_TYPE_DEFINITIONS: Readonly<Record<EventType, string>> = {
  "border-closure": "A state closes or restricts crossings of a border, in whole or in part.",
  "border-crossing": "People or goods cross a border, lawfully or not.",
  migration: "People move from one country or region to another to live there.",
  apprehension: "Border or police officers stop and hold people crossing or staying without leave.",
  "asylum-application": "People ask a state for asylum or protection.",
  deportation: "A state sends people back across its border against their will.",
  deployment: "Forces, officers or equipment are sent to a place to act there.",
  sanctions: "A state or union imposes economic or political penalties on another actor.",
  protest: "People demonstrate, march or rally against or for something.",
  repression: "Authorities suppress dissent: crackdowns, detentions of protesters, bans.",
  election: "People choose officials or representatives by ballot.",
  "political-support": "An actor backs another politically: endorsement, recognition, alliance.",
  statement: "An actor declares something publicly, when the saying itself is the news.",
  accusation: "An actor blames another for a wrong.",
  agreement: "Two or more actors agree on something: a deal, a treaty, a settlement, a wage accord.",
  meeting: "Actors meet: a summit, talks that are not a negotiation, a visit.",
  legislation: "A law or regulation is drafted, passed or enters into force.",
  "court-ruling": "A court decides a case or a point of law.",
  attack: "Violence against people or property by an actor who is not at war with the target.",
  "armed-clash": "Fighting between armed forces or groups.",
  disaster: "A natural disaster: an earthquake, a flood, a storm, a wildfire, a drought.",
  economic: "An economic development no narrower type fits: growth, a recession, a trade figure.",
  strike: "Workers stop work, or walk out, to press demands.",
  closure: "Something other than a border is closed: a bridge, a road, a plant, a school, an airport.",
  reopening: "Something closed opens again.",
  trial: "A court hears a case against or between parties.",
  "clinical-trial": "A drug, vaccine or treatment is tested on people.",
  "regulatory-decision": "A regulator approves, rejects, licenses, fines or orders something.",
  appointment: "Someone is named to a post.",
  resignation: "Someone leaves a post of their own will, or is made to.",
  negotiation: "Parties bargain over terms: wages, a treaty, a ceasefire, a merger.",
  vote: "A body or the public votes on a motion, a bill or a question (not an election of people).",
  accident: "An unintended event that harms people or property: a crash, a derailment, an explosion.",
  epidemic: "A disease spreads in a population: an outbreak, a wave, a pandemic.",
  "vaccination-campaign": "A campaign to vaccinate a population.",
  inspection: "An authority or expert examines something: a site, a structure, accounts.",
  repair: "Something damaged or worn is repaired or renovated.",
  construction: "Something is built or extended.",
  "market-movement": "A market, index, currency or share price moves.",
  "price-change": "The price of a good or service rises or falls: fares, fuel, food, rents.",
  investment: "An actor invests money in something: a plant, a company, a project.",
  layoff: "An employer cuts jobs.",
  arrest: "Police or authorities detain a person as a suspect.",
  "military-action": "Forces act militarily without a clash: strikes, manoeuvres, a blockade.",
  research: "A study, survey or scientific finding is made or published.",
  sports: "A match, race or other sporting contest, or its result.",
  correction: "A report, figure or statement is corrected or withdrawn.",
  other: "Something none of the other types fits.",
};

/** The external classification schemes whose codes an event may carry. */
export const EVENT_CODE_SCHEMES = ["iptc-mediatopic", "cameo", "plover"] as const;

/** An external classification scheme. */
export type EventCodeScheme = (typeof EVENT_CODE_SCHEMES)[number];

/** The 16 event types of PLOVER (Political Language Ontology for Verifiable Event Records). */
export const PLOVER_EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

/**
 * An IPTC Media Topic code ("medtop:20000568"). Its form is checked, not its
 * presence in the vocabulary, which IPTC extends several times a year.
 */
export const IptcMediaTopicCodeSchema = z.strictObject({
  /** Marks an IPTC Media Topic. */
  scheme: z.literal("iptc-mediatopic"),
  /** The topic's qualified code: `medtop:` and eight digits. */
  code: z
    .string()
    .check(z.regex(/^medtop:[0-9]{8}$/, { error: 'Expected an IPTC Media Topic code such as "medtop:20000568".' })),
});

/** A CAMEO event code, one the codebook lists ("14" protest, "0231" appeal for economic aid, "1431" strike for policy change). */
export const CameoCodeSchema = z.strictObject({
  /** Marks a CAMEO code. */
  scheme: z.literal("cameo"),
  /** The code, as a string with its leading zero. */
  code: CameoCodeValueSchema,
});

/** A PLOVER event type ("PROTEST"). */
export const PloverCodeSchema = z.strictObject({
  /** Marks a PLOVER event type. */
  scheme: z.literal("plover"),
  /** The event type, upper case. */
  code: z.enum(PLOVER_EVENT_TYPES),
});

/** A code from an external scheme for users who classify events by it: IPTC Media Topics, CAMEO or PLOVER. */
export const EventCodeSchema = z.discriminatedUnion("scheme", [
  IptcMediaTopicCodeSchema,
  CameoCodeSchema,
  PloverCodeSchema,
]);

/** A code from an external classification scheme. */
export type EventCode = z.infer<typeof EventCodeSchema>;

/**
 * Where an event stands as the article reports it: it `occurred` or is
 * `ongoing`; it was `announced` or is `planned`; it was `threatened`; it is
 * `alleged` by someone or merely `believed`; it is `denied`; it is
 * `hypothetical` (a condition or possibility raised); it is `expected`; it
 * was `cancelled`; someone `hoped` for it, `urged` or called for it, or
 * `demanded` it; it is `conditional` on another event (linked with the
 * relation `condition`); or it is `proposed`.
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
  "hoped",
  "urged",
  "demanded",
  "conditional",
  "proposed",
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
 * context for this one), `part-of` (this one is part of the other; no
 * cycles), `condition` (this one happens only if the other does).
 */
export const EVENT_RELATIONS = [
  "cause",
  "response",
  "purpose",
  "prevention",
  "background",
  "part-of",
  "condition",
] as const;

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
  /** The words that make the link less than certain, as the article writes them ("is believed to be", "is seen as"); absent when the article states it as fact. */
  hedge: z.optional(LabelSchema),
  /** Where the article states the link, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
  /** True when the article does not state the link and the annotator inferred it; an inferred link has no span. */
  inferred: z.optional(z.boolean()),
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
  /** Codes for the event in external schemes (IPTC Media Topics, CAMEO, PLOVER). */
  codes: z.optional(list(EventCodeSchema)),
  /**
   * Words of the article that qualify the event, as written: hedges ("appeared
   * to", "in an attempt to", "soll"), manner ("openly"). Each must stand in
   * one of the event's spans.
   */
  qualifiers: z.optional(list(LabelSchema)),
  /** Ids of the actors that claim the event, when its status is `alleged` (or any status someone asserts). */
  claimedBy: z.optional(list(IdSchema)),
  /** Ids of the actors that deny the event. */
  deniedBy: z.optional(list(IdSchema)),
  /** Ids of the actors the article gives as the source of the report of the event ("according to police", "an unnamed official said"). */
  reportedBy: z.optional(list(IdSchema)),
  /** When the event happened, happens or takes effect ("ab Freitag"). */
  date: z.optional(TimeRefSchema),
  /** When the event was announced, apart from when it takes effect ("kündigte am Dienstag an"). */
  announced: z.optional(TimeRefSchema),
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
