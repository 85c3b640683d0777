import type {
  CountryLeaf,
  EventLeaf,
  GovernmentOrganizationLeaf,
  Graph,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  ObservationLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
  Thing,
  ThingLeaf,
} from "schema-dts";
import { describe, expectTypeOf, it } from "vitest";
import type {
  JsonLdCountry,
  JsonLdEvent,
  JsonLdGraph,
  JsonLdNewsArticle,
  JsonLdObservation,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdPlace,
  JsonLdQuotation,
  JsonLdThing,
} from "../../src/interop/json-ld.js";
import { toJsonLd } from "../../src/interop/json-ld.js";

/** The keys of `T` that schema-dts's `S` does not declare; `never` when every key is schema.org's. */
type Unknown<T, S> = Exclude<keyof T, keyof S>;

describe("toJsonLd against schema-dts", () => {
  it("returns a schema-dts Graph", () => {
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<JsonLdGraph>();
    expectTypeOf<JsonLdGraph>().toExtend<Graph>();
    expectTypeOf<JsonLdGraph["@graph"][number]>().toExtend<Thing>();
  });

  it("gives every node a schema.org type, with only that type's properties", () => {
    expectTypeOf<JsonLdNewsArticle>().toExtend<NewsArticleLeaf>();
    expectTypeOf<Unknown<JsonLdNewsArticle, NewsArticleLeaf>>().toBeNever();
    expectTypeOf<JsonLdEvent>().toExtend<EventLeaf>();
    expectTypeOf<Unknown<JsonLdEvent, EventLeaf>>().toBeNever();
    expectTypeOf<JsonLdPerson>().toExtend<PersonLeaf>();
    expectTypeOf<Unknown<JsonLdPerson, PersonLeaf>>().toBeNever();
    expectTypeOf<JsonLdOrganization>().toExtend<
      OrganizationLeaf | GovernmentOrganizationLeaf | NewsMediaOrganizationLeaf
    >();
    expectTypeOf<Unknown<JsonLdOrganization, OrganizationLeaf>>().toBeNever();
    expectTypeOf<JsonLdCountry>().toExtend<CountryLeaf>();
    expectTypeOf<Unknown<JsonLdCountry, CountryLeaf>>().toBeNever();
    expectTypeOf<JsonLdPlace>().toExtend<PlaceLeaf>();
    expectTypeOf<Unknown<JsonLdPlace, PlaceLeaf>>().toBeNever();
    expectTypeOf<JsonLdThing>().toExtend<ThingLeaf>();
    expectTypeOf<Unknown<JsonLdThing, ThingLeaf>>().toBeNever();
    expectTypeOf<JsonLdQuotation>().toExtend<QuotationLeaf>();
    expectTypeOf<Unknown<JsonLdQuotation, QuotationLeaf>>().toBeNever();
    expectTypeOf<JsonLdObservation>().toExtend<ObservationLeaf>();
    expectTypeOf<Unknown<JsonLdObservation, ObservationLeaf>>().toBeNever();
  });

  it("would catch a property schema.org lacks", () => {
    expectTypeOf<Unknown<JsonLdNewsArticle & { madeUp: string }, NewsArticleLeaf>>().toEqualTypeOf<"madeUp">();
  });
});
