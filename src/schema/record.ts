import * as z from "zod/mini";
import { ActorSchema } from "./actor.js";
import { ArticleSchema } from "./article.js";
import { LabelSchema } from "./ids.js";
import { list } from "./limits.js";
import { NewsEventSchema } from "./news-event.js";
import { PlaceEntrySchema } from "./place.js";
import { QuoteSchema } from "./quote.js";
import { StatisticSchema } from "./statistic.js";

/**
 * The version of the record format this release writes. Its minor number
 * grows when the format gains optional fields or values (1.1 added rates,
 * changes, ratios, attribution, declared places, new actor kinds and
 * more); its major number only with a major release of the package, when
 * records themselves must change.
 */
export const SCHEMA_VERSION = "1.1";

/**
 * Every record format version this release reads. A `"1.0"` record is
 * valid as it stands (1.1 only adds optional fields and values);
 * `migrateRecord` rewrites it as `"1.1"`.
 */
export const SCHEMA_VERSIONS = ["1.0", "1.1"] as const;

/** A record format version this release reads. */
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

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
  /** The version of the record format: `"1.1"` for this release, or `"1.0"` for a record written before it. */
  schemaVersion: z.enum(SCHEMA_VERSIONS),
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
  /** Places declared once and referred to by id from events, statistics and territories (`{ kind: "ref", place }`). */
  places: z.optional(list(PlaceEntrySchema)),
  /** Who or what made the record, and how. */
  provenance: z.optional(ProvenanceSchema),
});

/** One article broken down into facts. */
export type NewsRecord = z.infer<typeof NewsRecordSchema>;
