import type {
  AdministrativeAreaLeaf,
  ClaimLeaf,
  CommunicateActionLeaf,
  CorrectionCommentLeaf,
  CountryLeaf,
  EventLeaf,
  NewsArticleLeaf,
  ObservationLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  PropertyValueLeaf,
  QuantitativeValueLeaf,
  QuotationLeaf,
  RoleLeaf,
  ThingLeaf,
} from "schema-dts";
import { describe, expectTypeOf, it } from "vitest";
import type {
  JsonLdAboutRole,
  JsonLdAdministrativeArea,
  JsonLdClaim,
  JsonLdCommunicateAction,
  JsonLdCorrection,
  JsonLdCountry,
  JsonLdEvent,
  JsonLdGraph,
  JsonLdNewsArticle,
  JsonLdObservation,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdPlace,
  JsonLdPropertyValue,
  JsonLdQuantitativeValue,
  JsonLdQuotation,
  JsonLdThing,
} from "../../src/interop/json-ld.js";
import { serializeJsonLd, toJsonLd } from "../../src/interop/json-ld.js";

/** The keys of `T` that schema-dts's `S` does not declare; `never` when every key is schema.org's. */
type Unknown<T, S> = Exclude<keyof T, keyof S>;

// schema-dts types text as plain strings, so the language-tagged values
// ({ "@value", "@language" }) this graph uses are checked at run time
// (test/interop/json-ld.test.ts, with the jsonld package); here, every key
// of every node type must be a property schema.org declares for that type.
describe("toJsonLd against schema-dts", () => {
  it("returns a JsonLdGraph, and serializeJsonLd a string", () => {
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(serializeJsonLd).returns.toEqualTypeOf<string>();
  });

  it("gives every node type only its schema.org type's properties", () => {
    expectTypeOf<Unknown<JsonLdNewsArticle, NewsArticleLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdEvent, EventLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdClaim, ClaimLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdPerson, PersonLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdOrganization, OrganizationLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdCountry, CountryLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdPlace, PlaceLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdThing, ThingLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdAdministrativeArea, AdministrativeAreaLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdCorrection, CorrectionCommentLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdQuantitativeValue, QuantitativeValueLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdQuotation, QuotationLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdCommunicateAction, CommunicateActionLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdObservation, ObservationLeaf>>().toBeNever();
    expectTypeOf<Unknown<JsonLdPropertyValue, PropertyValueLeaf>>().toBeNever();
    expectTypeOf<Exclude<keyof JsonLdAboutRole, keyof RoleLeaf<never, never> | "about">>().toBeNever();
  });

  it("would catch a property schema.org lacks", () => {
    expectTypeOf<Unknown<JsonLdNewsArticle & { madeUp: string }, NewsArticleLeaf>>().toEqualTypeOf<"madeUp">();
  });
});
