import * as z from "zod/mini";
import { ActorSchema } from "./actor.js";
import { ArticleSchema } from "./article.js";
import { LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { NewsEventSchema } from "./news-event.js";
import { QuoteSchema } from "./quote.js";
import { StatisticSchema } from "./statistic.js";

/**
 * The version of the record format this release reads and writes. It changes
 * only with a major release of the package.
 */
export const SCHEMA_VERSION = "1.0";

/** How a record was made: annotated by hand, extracted by a program, or both. */
export const ANNOTATION_METHODS = ["manual", "automatic", "reviewed"] as const;

/** How a record was made. */
export type AnnotationMethod = (typeof ANNOTATION_METHODS)[number];

/** Who or what made a record, and how. */
export const ProvenanceSchema = z.strictObject({
  /** `manual` (by hand), `automatic` (by a program) or `reviewed` (by a program, checked by hand). */
  method: z.enum(ANNOTATION_METHODS),
  /** The annotator or the extracting program and its version. */
  agent: z.optional(LabelSchema),
});

/** Who or what made a record, and how. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * One article broken down into facts: the article, its actors, the events
 * it reports, the quotes it carries and the statistics it gives. Facts refer
 * to each other by id, and to the article's body by text spans.
 */
export const NewsRecordSchema = z.strictObject({
  /** The version of the record format, `"1.0"` for this release. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The article the record breaks down. */
  article: ArticleSchema,
  /** Every person, state, organization and group the article names. */
  actors: list(ActorSchema),
  /** Every event the article reports, announces, alleges or gives as background. */
  events: list(NewsEventSchema),
  /** Every quotation the article carries, direct or reported. */
  quotes: list(QuoteSchema),
  /** Every number and quantity word the article gives. */
  statistics: list(StatisticSchema),
  /** Who or what made the record, and how. */
  provenance: z.optional(ProvenanceSchema),
});

/** One article broken down into facts. */
export type NewsRecord = z.infer<typeof NewsRecordSchema>;
