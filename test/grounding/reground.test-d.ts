import { describe, expectTypeOf, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  locate,
  type NewsRecord,
  type RegroundProblem,
  regroundRecord,
  type UnplacedSpan,
  type VerbatimSpan,
} from "../../src/index.js";

describe("grounding helper types", () => {
  it("returns spans with their exact text from locate", () => {
    expectTypeOf(locate("body", "text")).toEqualTypeOf<VerbatimSpan[]>();
    expectTypeOf(locate).parameter(2).toEqualTypeOf<{ readonly loose?: boolean } | undefined>();
  });

  it("returns a new, mutable record from the read-only dataset constants", () => {
    const result = regroundRecord(seed, "new body");
    if (result.success) {
      expectTypeOf(result.record).toEqualTypeOf<NewsRecord>();
      expectTypeOf(result.unplaced).toEqualTypeOf<readonly UnplacedSpan[]>();
    } else {
      expectTypeOf(result).not.toHaveProperty("record");
    }
    expectTypeOf<UnplacedSpan["problem"]>().toEqualTypeOf<RegroundProblem>();
    expectTypeOf<RegroundProblem>().toEqualTypeOf<"not_found" | "ambiguous" | "over_budget">();
  });
});
