import * as z from "zod/mini";
import { TimeRefSchema } from "./date.js";
import { IdSchema, LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { TextSpanSchema, VerbatimSpanSchema } from "./span.js";

/**
 * How a quote gives the speaker's words: `direct` (verbatim, in quotation
 * marks), `indirect` (reported in the writer's words) or `mixed` (reported,
 * with verbatim fragments in quotation marks).
 */
export const QUOTE_MODES = ["direct", "indirect", "mixed"] as const;

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

const quoteBase = {
  /** The quote's id, unique within the record. */
  id: IdSchema,
  /** Who spoke. */
  speaker: SpeakerSchema,
  /** Ids of the actors that relayed the words, in the order they passed them on ("according to state agency Belta"). */
  via: z.optional(list(IdSchema)),
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
  /** The reported content: the clause that gives what was said. */
  content: TextSpanSchema,
});

/** Words reported in the writer's words with verbatim fragments in quotation marks. */
export const MixedQuoteSchema = z.strictObject({
  ...quoteBase,
  /** Marks a mixed quotation: reported speech with quoted fragments. */
  mode: z.literal("mixed"),
  /** The reported content as a whole, fragments included. */
  content: TextSpanSchema,
  /** The verbatim fragments, each inside `content` and without its quotation marks. */
  quoted: list(VerbatimSpanSchema, 1),
});

/** A quotation attributed to a speaker: direct, indirect or mixed, told apart by `mode`. */
export const QuoteSchema = z.discriminatedUnion("mode", [DirectQuoteSchema, IndirectQuoteSchema, MixedQuoteSchema]);

/** Words given verbatim. */
export type DirectQuote = z.infer<typeof DirectQuoteSchema>;
/** Words reported in the writer's words. */
export type IndirectQuote = z.infer<typeof IndirectQuoteSchema>;
/** Reported words with verbatim fragments. */
export type MixedQuote = z.infer<typeof MixedQuoteSchema>;
/** A quotation attributed to a speaker. */
export type Quote = z.infer<typeof QuoteSchema>;
