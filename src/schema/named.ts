import type * as z from "zod/mini";
import { ActorSchema, GroupSchema, OrganizationSchema, PersonSchema, RoleSchema, StateSchema } from "./actor.js";
import { ArticleSchema, LanguageTagSchema } from "./article.js";
import { CountryCodeSchema } from "./country.js";
import { CurrencyCodeSchema } from "./currency.js";
import { DateRefSchema, IntervalRefSchema, PartialDateSchema, TimeRefSchema } from "./date.js";
import { HttpUrlSchema, IdSchema, LabelSchema } from "./ids.js";
import { EventLinkSchema, EventPlaceSchema, NewsEventSchema, ParticipantSchema } from "./news-event.js";
import { BorderPlaceSchema, CountryPlaceSchema, NamedPlaceSchema, PlaceSchema } from "./place.js";
import {
  ApproximateQuantitySchema,
  AreaUnitSchema,
  BoundQuantitySchema,
  CountUnitSchema,
  DurationUnitSchema,
  ExactQuantitySchema,
  LengthUnitSchema,
  MassUnitSchema,
  MoneyUnitSchema,
  PercentUnitSchema,
  QuantitySchema,
  RangeQuantitySchema,
  UnitSchema,
  VagueQuantitySchema,
} from "./quantity.js";
import {
  ActorSpeakerSchema,
  AnonymousSpeakerSchema,
  DirectQuoteSchema,
  IndirectQuoteSchema,
  MixedQuoteSchema,
  QuoteSchema,
  SpeakerSchema,
} from "./quote.js";
import { ProvenanceSchema } from "./record.js";
import { TextSpanSchema, VerbatimSpanSchema } from "./span.js";
import { StatisticSchema } from "./statistic.js";

/** A record schema and the name its JSON Schema `$defs` entry takes. */
export type NamedSchema = readonly [z.ZodMiniType, string];

/**
 * The schemas that become named `$defs` in every JSON Schema the package
 * writes (the record's and the draft's), in the order they are listed.
 */
export function namedSchemas(): readonly NamedSchema[] {
  return [
    [IdSchema, "Id"],
    [LabelSchema, "Label"],
    [HttpUrlSchema, "HttpUrl"],
    [LanguageTagSchema, "LanguageTag"],
    [CountryCodeSchema, "CountryCode"],
    [CurrencyCodeSchema, "CurrencyCode"],
    [PartialDateSchema, "PartialDate"],
    [DateRefSchema, "DateRef"],
    [IntervalRefSchema, "IntervalRef"],
    [TimeRefSchema, "TimeRef"],
    [TextSpanSchema, "TextSpan"],
    [VerbatimSpanSchema, "VerbatimSpan"],
    [ArticleSchema, "Article"],
    [RoleSchema, "Role"],
    [PersonSchema, "Person"],
    [StateSchema, "State"],
    [OrganizationSchema, "Organization"],
    [GroupSchema, "Group"],
    [ActorSchema, "Actor"],
    [CountryPlaceSchema, "CountryPlace"],
    [BorderPlaceSchema, "BorderPlace"],
    [NamedPlaceSchema, "NamedPlace"],
    [PlaceSchema, "Place"],
    [ParticipantSchema, "Participant"],
    [EventPlaceSchema, "EventPlace"],
    [EventLinkSchema, "EventLink"],
    [NewsEventSchema, "NewsEvent"],
    [ActorSpeakerSchema, "ActorSpeaker"],
    [AnonymousSpeakerSchema, "AnonymousSpeaker"],
    [SpeakerSchema, "Speaker"],
    [DirectQuoteSchema, "DirectQuote"],
    [IndirectQuoteSchema, "IndirectQuote"],
    [MixedQuoteSchema, "MixedQuote"],
    [QuoteSchema, "Quote"],
    [ExactQuantitySchema, "ExactQuantity"],
    [ApproximateQuantitySchema, "ApproximateQuantity"],
    [BoundQuantitySchema, "BoundQuantity"],
    [RangeQuantitySchema, "RangeQuantity"],
    [VagueQuantitySchema, "VagueQuantity"],
    [QuantitySchema, "Quantity"],
    [CountUnitSchema, "CountUnit"],
    [PercentUnitSchema, "PercentUnit"],
    [MoneyUnitSchema, "MoneyUnit"],
    [LengthUnitSchema, "LengthUnit"],
    [AreaUnitSchema, "AreaUnit"],
    [MassUnitSchema, "MassUnit"],
    [DurationUnitSchema, "DurationUnit"],
    [UnitSchema, "Unit"],
    [StatisticSchema, "Statistic"],
    [ProvenanceSchema, "Provenance"],
  ];
}
