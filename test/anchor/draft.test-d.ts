import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { AnchorResult } from "../../src/anchor/anchor.js";
import type { DraftFacts, DraftRecord, DraftRecordSchema, MentionQuote, TextQuote } from "../../src/anchor/draft.js";
import type { NewsRecord } from "../../src/schema/record.js";
import type { MentionSpan, VerbatimSpan } from "../../src/schema/span.js";

type Mention = NonNullable<NonNullable<DraftRecord["actors"][number]["mentions"]>[number]>;
type DirectQuoted = Extract<DraftRecord["quotes"][number], { mode: "direct" }>["quoted"][number];
type FactsMention = NonNullable<NonNullable<DraftFacts["actors"][number]["mentions"]>[number]>;
type FactsQuoted = Extract<DraftFacts["quotes"][number], { mode: "direct" }>["quoted"][number];

describe("the draft types", () => {
  it("is the type the schema infers", () => {
    expectTypeOf<z.infer<typeof DraftRecordSchema>>().toEqualTypeOf<DraftRecord>();
  });

  it("takes a span as offsets or as words, and a verbatim span keeps its exact words", () => {
    expectTypeOf<Mention>().toEqualTypeOf<MentionSpan | MentionQuote>();
    expectTypeOf<{ exact: "she"; form: "pronoun" }>().toExtend<Mention>();
    expectTypeOf<DirectQuoted>().toEqualTypeOf<VerbatimSpan | TextQuote>();
    expectTypeOf<{ exact: "Minsk" }>().toExtend<Mention>();
    expectTypeOf<{ start: 0; end: 5 }>().not.toExtend<DirectQuoted>();
  });

  it("takes null for an optional field, and not for a required one", () => {
    expectTypeOf<{
      id: "q";
      mode: "indirect";
      speaker: { kind: "actor"; actor: "a" };
      content: { exact: "x" };
      verb: null;
    }>().toExtend<DraftRecord["quotes"][number]>();
    expectTypeOf<null>().not.toExtend<DraftRecord["article"]["body"]>();
  });

  it("gives every span of the facts by its words only, and leaves the article out", () => {
    expectTypeOf<FactsQuoted>().toEqualTypeOf<TextQuote>();
    expectTypeOf<FactsMention>().toEqualTypeOf<MentionQuote>();
    expectTypeOf<DraftFacts>().not.toHaveProperty("article");
  });

  it("returns a NewsRecord when anchoring succeeds", () => {
    expectTypeOf<Extract<AnchorResult, { success: true }>["data"]>().toEqualTypeOf<NewsRecord>();
  });
});
