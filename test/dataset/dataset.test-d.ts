import { describe, expectTypeOf, it } from "vitest";
import { belarusLithuaniaBorder, type RecordId, records } from "../../src/dataset/index.js";
import type { Actor, NewsRecord, Quote, QuoteMode } from "../../src/index.js";
import type { ReadonlyDeep } from "../../src/internal/readonly-deep.js";

describe("dataset types", () => {
  it("gives the seed's ids literal types", () => {
    expectTypeOf(belarusLithuaniaBorder.actors[0].id).toEqualTypeOf<"belarus">();
    expectTypeOf(belarusLithuaniaBorder.quotes[0].mode).toEqualTypeOf<"direct">();
    expectTypeOf(belarusLithuaniaBorder.article.id).toEqualTypeOf<"belarus-lithuania-border-2021-08-05">();
    expectTypeOf<RecordId>().toEqualTypeOf<"belarus-lithuania-border-2021-08-05">();
  });

  it("is deeply read-only and fits the record type", () => {
    expectTypeOf(belarusLithuaniaBorder).toExtend<ReadonlyDeep<NewsRecord>>();
    expectTypeOf(records[0]).toExtend<ReadonlyDeep<NewsRecord>>();
    // @ts-expect-error the constants are read-only
    belarusLithuaniaBorder.actors[0].id = "minsk";
  });
});

describe("inferred types", () => {
  it("narrow unions by their discriminant", () => {
    expectTypeOf<Extract<Actor, { kind: "state" }>["country"]>().toEqualTypeOf<
      import("../../src/index.js").CountryCode
    >();
    expectTypeOf<Extract<Quote, { mode: "indirect" }>>().not.toHaveProperty("quoted");
    expectTypeOf<Quote["mode"]>().toEqualTypeOf<QuoteMode>();
  });
});
