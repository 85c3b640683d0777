import { describe, expectTypeOf, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  describeQuote,
  formatQuantity,
  type Quantity,
  type ReadonlyDeep,
  summarizeRecord,
  type Unit,
} from "../../src/index.js";

describe("formatting types", () => {
  it("takes the dataset's read-only quantities and gives a string", () => {
    const [statistic] = seed.statistics;
    expectTypeOf(formatQuantity(statistic.quantity, statistic.unit)).toEqualTypeOf<string>();
    expectTypeOf(formatQuantity).parameter(0).toEqualTypeOf<ReadonlyDeep<Quantity>>();
    expectTypeOf(formatQuantity).parameter(1).toEqualTypeOf<ReadonlyDeep<Unit>>();
  });

  it("takes a locale or a list of locales", () => {
    expectTypeOf(formatQuantity)
      .parameter(2)
      .toEqualTypeOf<{ readonly locale?: string | readonly string[]; readonly wordsLanguage?: string } | undefined>();
  });

  it("describes a quote of the dataset and sums up a record as strings", () => {
    expectTypeOf(describeQuote(seed, seed.quotes[0])).toEqualTypeOf<string>();
    expectTypeOf(summarizeRecord(seed)).toEqualTypeOf<string>();
  });
});
