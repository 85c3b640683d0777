import * as z from "zod/mini";
import { TimeRefSchema } from "./date.js";
import { IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { TextSpanSchema, VerbatimSpanSchema } from "./span.js";

/**
 * How a quote gives the speaker's words: `direct` (verbatim, in quotation
 * marks), `indirect` (reported in the writer's words), `mixed` (reported,
 * with verbatim fragments in quotation marks) or `refusal` (the speaker
 * declined to say anything: "declined to comment", "wollte sich nicht
 * äußern").
 */
export const QUOTE_MODES = ["direct", "indirect", "mixed", "refusal"] as const;

/** How a quote gives the speaker's words. */
export type QuoteMode = (typeof QUOTE_MODES)[number];

/** The kinds of {@link Speaker}: a known actor or an anonymous source. */
export const SPEAKER_KINDS = ["actor", "anonymous"] as const;

/** The kind of a {@link Speaker}. */
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** A speaker who is one of the record's actors. */
export const ActorSpeakerSchema = z.strictObject({
  /** Marks a speaker who is a known actor. */
  kind: z.literal("actor"),
  /** The id of the actor who spoke. */
  actor: IdSchema,
});

/** A source the article does not name ("a union official who asked not to be named"). */
export const AnonymousSpeakerSchema = z.strictObject({
  /** Marks an anonymous source. */
  kind: z.literal("anonymous"),
  /** The article's description of the source, in its words. */
  description: LabelSchema,
  /** The id of the actor the source belongs to, when the article says ("an EU official" → `eu`). */
  affiliation: z.optional(IdSchema),
  /** Where the article describes the source, in UTF-16 code units. */
  span: z.optional(TextSpanSchema),
});

/** Who spoke: a known actor or an anonymous source. */
export const SpeakerSchema = z.discriminatedUnion("kind", [ActorSpeakerSchema, AnonymousSpeakerSchema]);

/** A speaker who is one of the record's actors. */
export type ActorSpeaker = z.infer<typeof ActorSpeakerSchema>;
/** A source the article does not name. */
export type AnonymousSpeaker = z.infer<typeof AnonymousSpeakerSchema>;
/** Who spoke. */
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * Where or how words were said: in a `statement`, a `press-release`, an
 * `interview`, at a `news-conference`, in a `speech`, on `television` or
 * `radio`, in a `social-media` post, in a `letter`, in `court`, in
 * `parliament`, in a `report` (a published study or document), or `other`.
 */
export const QUOTE_CHANNELS = [
  "statement",
  "press-release",
  "interview",
  "news-conference",
  "speech",
  "television",
  "radio",
  "social-media",
  "letter",
  "court",
  "parliament",
  "report",
  "other",
] as const;

/** Where or how words were said. */
export type QuoteChannel = (typeof QUOTE_CHANNELS)[number];

/** The channel of a quote, with the article's words for it ("in a statement", "told reporters", "in einem Interview"). */
export const ChannelSchema = z.strictObject({
  /** The kind of channel. */
  type: z.enum(QUOTE_CHANNELS),
  /** Where the article names the channel. */
  span: z.optional(TextSpanSchema),
});

/** The channel of a quote. */
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * What a quote denies: a claim made elsewhere in the record (a quote or an
 * event), by whom, when the article says ("denied reports that…": the
 * reports are the claimant, an unnamed actor).
 */
export const DenialSchema = z.strictObject({
  /** The id of the quote whose claim is denied. */
  quote: z.optional(IdSchema),
  /** The id of the event whose report is denied (its status is usually `alleged` or `denied`). */
  event: z.optional(IdSchema),
  /** The id of the actor who made the claim denied, named or not ("reports", "the opposition"). */
  claimant: z.optional(IdSchema),
});

/** What a quote denies. */
export type Denial = z.infer<typeof DenialSchema>;

const quoteBase = {
  /** The quote's id, unique within the record. */
  id: IdSchema,
  /** Who spoke. */
  speaker: SpeakerSchema,
  /**
   * Ids of the actors that relayed the words, in the order they passed them
   * on ("said on Belta", "according to state agency Belta"). Not the person
   * or outlet spoken to ("told AFP"): that is `addressee`.
   */
  via: z.optional(list(IdSchema)),
  /** The id of the actor the words were said to ("told AFP", "sagte sie der Süddeutschen Zeitung", "had told him"). */
  addressee: z.optional(IdSchema),
  /** Where or how the words were said ("in a statement", "at a news conference", "in a post on X"). */
  channel: z.optional(ChannelSchema),
  /** The id of the quote that reports this one, when it is nested ("He said an aide had told him that…": the aide's words are within his). */
  within: z.optional(IdSchema),
  /** Set when the quote denies a claim made elsewhere. */
  denies: z.optional(DenialSchema),
  /** The reporting verb as the article writes it ("said", "accuses", "threatened"). */
  verb: z.optional(LabelSchema),
  /** When the words were said, when the article tells. */
  saidAt: z.optional(TimeRefSchema),
};

/** Words given verbatim, in quotation marks. */
export const DirectQuoteSchema = z.strictObject({
  ...quoteBase,
  /** Marks a direct quotation. */
  mode: z.literal("direct"),
  /** The quoted words, one span per stretch between quotation marks (a quotation broken by "he said" has two). */
  quoted: list(VerbatimSpanSchema, 1),
});

/** Words reported in the writer's own words, with no quotation marks. */
export const IndirectQuoteSchema = z.strictObject({
  ...quoteBase,
  /** Marks an indirect (reported) quotation. */
  mode: z.literal("indirect"),
  /** The reported content: the clause that gives what was said (its first stretch, when a reporting clause interrupts it). */
  content: TextSpanSchema,
  /** Further stretches of the content after a reporting clause interrupts it ("…$3 to $5 each, the firm said, a fraction of…"), in order. */
  continuation: z.optional(list(TextSpanSchema)),
});

/** Words reported in the writer's words with verbatim fragments in quotation marks. */
export const MixedQuoteSchema = z.strictObject({
  ...quoteBase,
  /** Marks a mixed quotation: reported speech with quoted fragments. */
  mode: z.literal("mixed"),
  /** The reported content as a whole, fragments included (its first stretch, when a reporting clause interrupts it). */
  content: TextSpanSchema,
  /** Further stretches of the content after a reporting clause interrupts it, in order. */
  continuation: z.optional(list(TextSpanSchema)),
  /** The verbatim fragments, each inside `content` or a `continuation` and without its quotation marks. */
  quoted: list(VerbatimSpanSchema, 1),
});

/** A speaker declining to say anything ("declined to comment", "n'a pas souhaité s'exprimer"): a statement with no content. */
export const RefusalQuoteSchema = z.strictObject({
  ...quoteBase,
  /** Marks a refusal to comment. */
  mode: z.literal("refusal"),
  /** The article's words for the refusal, verbatim ("declined to comment", "wollte sich nicht äußern"). */
  refusal: VerbatimSpanSchema,
});

/** A quotation attributed to a speaker: direct, indirect, mixed or a refusal, told apart by `mode`. */
export const QuoteSchema = z.discriminatedUnion("mode", [
  DirectQuoteSchema,
  IndirectQuoteSchema,
  MixedQuoteSchema,
  RefusalQuoteSchema,
]);

/** Words given verbatim. */
export type DirectQuote = z.infer<typeof DirectQuoteSchema>;
/** Words reported in the writer's words. */
export type IndirectQuote = z.infer<typeof IndirectQuoteSchema>;
/** Reported words with verbatim fragments. */
export type MixedQuote = z.infer<typeof MixedQuoteSchema>;
/** A refusal to comment. */
export type RefusalQuote = z.infer<typeof RefusalQuoteSchema>;
/** A quotation attributed to a speaker. */
export type Quote = z.infer<typeof QuoteSchema>;
