/**
 * `news-schema`: zod schemas and inferred types for news broken down into
 * facts (events, actors, attributed quotes, hedged statistics) anchored to
 * the article's text, with validation and grounding checks. The dataset lives
 * in the separate entry point `news-schema/dataset`.
 *
 * @example
 * ```ts
 * import { validateRecord } from "news-schema";
 *
 * const text = '{ "schemaVersion": "1.0" }';
 * const result = validateRecord(JSON.parse(text));
 * if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.code, issue.message);
 * result.success; // => false
 * ```
 *
 * @module news-schema
 */

// Grounding.
export {
  checkGrounding,
  GROUNDED_FACT_KINDS,
  GROUNDING_STATUSES,
  type GroundedFactKind,
  type GroundingEntry,
  type GroundingReport,
  type GroundingRole,
  type GroundingStatus,
  type GroundingTotals,
} from "./grounding/check.js";
export type { ReadonlyDeep } from "./internal/readonly-deep.js";
export type { SpanRole } from "./internal/walk.js";
// Migration between record formats.
export {
  type MigrationChange,
  type MigrationFailure,
  type MigrationResult,
  type MigrationSuccess,
  migrateRecord,
} from "./migrate/migrate.js";
// Schemas and their inferred types.
export {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  ActorSchema,
  AFFILIATION_RELATIONS,
  type Affiliation,
  type AffiliationRelation,
  AffiliationSchema,
  GROUP_TYPES,
  type Group,
  GroupSchema,
  type GroupType,
  OBJECT_TYPES,
  type ObjectActor,
  ObjectSchema,
  type ObjectType,
  ORGANIZATION_TYPE_DEFINITIONS,
  ORGANIZATION_TYPES,
  type Organization,
  OrganizationSchema,
  type OrganizationType,
  type Person,
  PersonSchema,
  type Role,
  RoleSchema,
  type State,
  StateSchema,
  type SubdivisionCode,
  SubdivisionCodeSchema,
  TERRITORY_TYPES,
  type Territory,
  TerritorySchema,
  type TerritoryType,
} from "./schema/actor.js";
export {
  type Article,
  ArticleSchema,
  type Correction,
  CorrectionSchema,
  type LanguageTag,
  LanguageTagSchema,
} from "./schema/article.js";
export { CAMEO_CODES, type CameoCode, type CameoCodeEnum, CameoCodeValueSchema } from "./schema/cameo.js";
export { COUNTRY_CODES, type CountryCode, type CountryCodeEnum, CountryCodeSchema } from "./schema/country.js";
export { CURRENCY_CODES, type CurrencyCode, type CurrencyCodeEnum, CurrencyCodeSchema } from "./schema/currency.js";
export {
  DATE_PRECISIONS,
  type DatePrecision,
  type DateRef,
  DateRefSchema,
  type IntervalRef,
  IntervalRefSchema,
  type PartialDate,
  PartialDateSchema,
  TIME_REF_KINDS,
  type TimeRef,
  type TimeRefKind,
  TimeRefSchema,
} from "./schema/date.js";
export { type HttpUrl, HttpUrlSchema, type Id, IdSchema, type Label, LabelSchema } from "./schema/ids.js";
export { RECORD_LIMITS } from "./schema/limits.js";
export {
  CameoCodeSchema,
  EVENT_CODE_SCHEMES,
  EVENT_RELATIONS,
  EVENT_STATUSES,
  EVENT_TYPE_DEFINITIONS,
  EVENT_TYPES,
  type EventCode,
  EventCodeSchema,
  type EventCodeScheme,
  type EventLink,
  EventLinkSchema,
  type EventPlace,
  EventPlaceSchema,
  type EventRelation,
  type EventStatus,
  type EventType,
  IptcMediaTopicCodeSchema,
  type NewsEvent,
  NewsEventSchema,
  PARTICIPANT_ROLES,
  type Participant,
  type ParticipantRole,
  ParticipantSchema,
  PLACE_ROLES,
  PLOVER_EVENT_TYPES,
  type PlaceRole,
  PloverCodeSchema,
} from "./schema/news-event.js";
export {
  type BorderPlace,
  BorderPlaceSchema,
  type Coordinates,
  CoordinatesSchema,
  type CountryPlace,
  CountryPlaceSchema,
  type Distance,
  DistanceSchema,
  NAMED_PLACE_TYPES,
  type NamedPlace,
  NamedPlaceSchema,
  type NamedPlaceType,
  PLACE_KINDS,
  type Place,
  type PlaceEntry,
  PlaceEntrySchema,
  type PlaceKind,
  type PlaceRef,
  PlaceRefSchema,
  PlaceSchema,
  RELATIVE_POSITIONS,
  type RelativePlace,
  RelativePlaceSchema,
  type RelativePosition,
} from "./schema/place.js";
export {
  AgeUnitSchema,
  type ApproximateQuantity,
  ApproximateQuantitySchema,
  AREA_UNITS,
  type AreaUnitName,
  AreaUnitSchema,
  BOUND_RELATIONS,
  type BoundQuantity,
  BoundQuantitySchema,
  type BoundRelation,
  CountUnitSchema,
  DURATION_UNITS,
  type DurationUnitName,
  DurationUnitSchema,
  type ExactQuantity,
  ExactQuantitySchema,
  LENGTH_UNITS,
  type LengthUnitName,
  LengthUnitSchema,
  MAGNITUDE_SCALES,
  MASS_UNITS,
  type MagnitudeScale,
  MagnitudeUnitSchema,
  type MassUnitName,
  MassUnitSchema,
  MoneyUnitSchema,
  PercentUnitSchema,
  PointsUnitSchema,
  ProportionUnitSchema,
  QUANTITY_KINDS,
  type Quantity,
  type QuantityKind,
  QuantitySchema,
  type RangeQuantity,
  RangeQuantitySchema,
  type RatioQuantity,
  RatioQuantitySchema,
  TEMPERATURE_UNITS,
  type TemperatureUnitName,
  TemperatureUnitSchema,
  UNIT_KINDS,
  type Unit,
  type UnitKind,
  UnitSchema,
  type VagueQuantity,
  VagueQuantitySchema,
  VOLUME_UNITS,
  type VolumeUnitName,
  VolumeUnitSchema,
} from "./schema/quantity.js";
export {
  type ActorSpeaker,
  ActorSpeakerSchema,
  type AnonymousSpeaker,
  AnonymousSpeakerSchema,
  type Channel,
  ChannelSchema,
  type Denial,
  DenialSchema,
  type DirectQuote,
  DirectQuoteSchema,
  type IndirectQuote,
  IndirectQuoteSchema,
  type MixedQuote,
  MixedQuoteSchema,
  QUOTE_CHANNELS,
  QUOTE_MODES,
  type Quote,
  type QuoteChannel,
  type QuoteMode,
  QuoteSchema,
  type RefusalQuote,
  RefusalQuoteSchema,
  SPEAKER_KINDS,
  type Speaker,
  type SpeakerKind,
  SpeakerSchema,
} from "./schema/quote.js";
export {
  ANNOTATION_METHODS,
  type AnnotationMethod,
  type NewsRecord,
  NewsRecordSchema,
  type Provenance,
  ProvenanceSchema,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from "./schema/record.js";
export {
  ARTICLE_PARTS,
  type ArticlePart,
  MENTION_FORMS,
  type MentionForm,
  type MentionSpan,
  MentionSpanSchema,
  type TextSpan,
  TextSpanSchema,
  type VerbatimSpan,
  VerbatimSpanSchema,
} from "./schema/span.js";
export {
  CHANGE_DIRECTIONS,
  type Change,
  type ChangeDirection,
  ChangeSchema,
  ESTIMATE_KINDS,
  type Estimate,
  type EstimateKind,
  EstimateSchema,
  type IntervalUncertainty,
  IntervalUncertaintySchema,
  type ItemRate,
  ItemRateSchema,
  type MarginUncertainty,
  MarginUncertaintySchema,
  type Phrase,
  PhraseSchema,
  RATE_KINDS,
  type Rate,
  type RateKind,
  RateSchema,
  STATISTIC_RELATIONS,
  type Statistic,
  type StatisticLink,
  StatisticLinkSchema,
  type StatisticRelation,
  StatisticSchema,
  type TimeRate,
  TimeRateSchema,
  UNCERTAINTY_KINDS,
  type Uncertainty,
  type UncertaintyKind,
  UncertaintySchema,
} from "./schema/statistic.js";
// Languages grounding reads.
export { SUPPORTED_LANGUAGES, type SupportedLanguage } from "./text/languages/index.js";
export { HEDGE_CLASSES, type HedgeClass } from "./text/languages/types.js";
// Dates.
export { dateBounds, datePrecision } from "./time/partial-date.js";
export { MAX_ISSUES_PER_RECORD } from "./validation/cap.js";
export {
  FILE_ERROR_CODES,
  type FileErrorCode,
  INPUT_ISSUE_CODES,
  INPUT_STAGE,
  type InputIssueCode,
} from "./validation/input-codes.js";
// Validation.
export {
  formatPath,
  ISSUE_CODES,
  type IssueCode,
  isNewsRecordError,
  NewsRecordError,
  type PathSegment,
  VALIDATION_STAGES,
  type ValidationIssue,
  type ValidationStage,
} from "./validation/issues.js";
export { validateShape } from "./validation/shape.js";
export {
  GROUNDING_MODES,
  type GroundingMode,
  parseRecord,
  type ValidateOptions,
  type ValidationFailure,
  type ValidationResult,
  type ValidationSuccess,
  validateRecord,
} from "./validation/validate.js";

// Query.

export {
  findActor,
  findActorByName,
  findEvent,
  findEventsOfActor,
  findPartsOf,
  findQuotesBySpeaker,
  findQuotesRelayedBy,
  findStatisticsOfEvent,
} from "./query/find.js";
export { type ActorEvent, indexRecord, type QuotesBySpeakerOptions, type RecordIndex } from "./query/index-record.js";
export { findMainEvent } from "./query/main-event.js";
export { buildTimeline, type Timeline, type TimelineEntry, type TimelinePlacement } from "./query/timeline.js";

// Grounding helpers.

export { type LocateOptions, locate } from "./grounding/locate.js";
export {
  MAX_REPORTED_CANDIDATES,
  REGROUND_PROBLEMS,
  REGROUND_SEARCH_BUDGET,
  type RegroundFailure,
  type RegroundProblem,
  type RegroundResult,
  type RegroundSuccess,
  regroundRecord,
  type UnplacedSpan,
} from "./grounding/reground.js";

// Formatting.

export { type FormatOptions, type FormatQuantityOptions, formatQuantity } from "./format/quantity.js";
export { describeQuote } from "./format/quote.js";
export { describeStatistic } from "./format/statistic.js";
export { summarizeRecord } from "./format/summary.js";

// Interop.

export {
  type JsonLdAboutRole,
  type JsonLdAdministrativeArea,
  type JsonLdClaim,
  type JsonLdCommunicateAction,
  type JsonLdCorrection,
  type JsonLdCountry,
  type JsonLdCoverageRole,
  type JsonLdEvent,
  type JsonLdEventStatus,
  type JsonLdGeoCoordinates,
  type JsonLdGraph,
  type JsonLdLocationRole,
  type JsonLdNewsArticle,
  type JsonLdNode,
  type JsonLdObservation,
  type JsonLdOrganization,
  type JsonLdOrganizationType,
  type JsonLdPerson,
  type JsonLdPlace,
  type JsonLdPlaceType,
  type JsonLdPlaceValue,
  type JsonLdPropertyValue,
  type JsonLdQuantitativeValue,
  type JsonLdQuotation,
  type JsonLdRef,
  type JsonLdReport,
  type JsonLdString,
  type JsonLdText,
  type JsonLdThing,
  serializeJsonLd,
  toJsonLd,
} from "./interop/json-ld.js";
export {
  type JsonSchemaDocument,
  type JsonValue,
  RECORD_JSON_SCHEMA_ID,
  recordJsonSchema,
} from "./interop/json-schema.js";

// Anchoring: drafts whose spans are given by their words.

export {
  type AnchorFailure,
  type AnchorOptions,
  type AnchorResult,
  type AnchorSuccess,
  anchorRecord,
} from "./anchor/anchor.js";
export type { DraftOf } from "./anchor/derive.js";
export {
  type DraftFacts,
  DraftFactsSchema,
  type DraftMentionSpan,
  DraftMentionSpanSchema,
  type DraftRecord,
  DraftRecordSchema,
  type DraftSpan,
  DraftSpanSchema,
  type DraftVerbatimSpan,
  DraftVerbatimSpanSchema,
  type MentionQuote,
  MentionQuoteSchema,
  type TextQuote,
  TextQuoteSchema,
} from "./anchor/draft.js";
export {
  DRAFT_JSON_SCHEMA_ID,
  draftJsonSchema,
  type ExtractorJsonSchema,
  extractorJsonSchema,
} from "./anchor/draft-json-schema.js";
export {
  EXTRACTOR_RULES,
  EXTRACTOR_TARGETS,
  type ExtractorRules,
  type ExtractorTarget,
} from "./anchor/extractor-rules.js";
export { FOLDINGS, type Folding } from "./anchor/fold.js";
export { ANCHOR_ISSUE_CODES, ANCHOR_LIMITS, type AnchorIssue, type AnchorIssueCode } from "./anchor/issues.js";
export type { Candidate } from "./anchor/search.js";
