import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { DraftFactsSchema, DraftRecordSchema, MentionQuoteSchema, TextQuoteSchema } from "../../src/anchor/draft.js";
import { NewsRecordSchema } from "../../src/schema/record.js";
import { MentionSpanSchema, TextSpanSchema, VerbatimSpanSchema } from "../../src/schema/span.js";
import { cloneSeed } from "../support/records.js";

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly innerType?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly items?: readonly z.ZodMiniType[];
}

/** Every schema reachable from `root`, each once. */
function reachable(root: z.ZodMiniType): Set<z.ZodMiniType> {
  const seen = new Set<z.ZodMiniType>();
  const walk = (node: z.ZodMiniType): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as Def;
    for (const child of [
      ...Object.values(def.shape ?? {}),
      ...(def.innerType ? [def.innerType] : []),
      ...(def.element ? [def.element] : []),
      ...(def.options ?? []),
      ...(def.items ?? []),
    ])
      walk(child);
  };
  walk(root);
  return seen;
}

/** The object keys of every object schema reachable from `root`, as sorted lists: the shape of the model. */
function fieldLists(root: z.ZodMiniType, skip: ReadonlySet<z.ZodMiniType>): string[] {
  return [...reachable(root)]
    .filter((node) => !skip.has(node) && (node._zod.def as Def).type === "object")
    .map((node) => Object.keys((node._zod.def as Def).shape ?? {}).join(","))
    .sort();
}

describe("DraftRecordSchema", () => {
  it("is derived from NewsRecordSchema: the same objects with the same fields, and no span schema left", () => {
    const spans = new Set<z.ZodMiniType>([TextSpanSchema, VerbatimSpanSchema, MentionSpanSchema]);
    const draft = reachable(DraftRecordSchema);
    // as one side of each span's union
    expect(draft.has(TextSpanSchema) && draft.has(VerbatimSpanSchema) && draft.has(MentionSpanSchema)).toBe(true);
    const original = fieldLists(NewsRecordSchema, spans);
    // The quotes are the draft's own objects; everything else is the record's.
    const derived = fieldLists(DraftRecordSchema, new Set([...spans, TextQuoteSchema, MentionQuoteSchema]));
    expect(derived).toEqual(original);
    const facts = reachable(z.object({ facts: DraftFactsSchema }));
    expect(facts.has(TextSpanSchema) || facts.has(VerbatimSpanSchema) || facts.has(MentionSpanSchema)).toBe(false);
  });

  it("takes every optional field as null, and no required one", () => {
    const seed = cloneSeed();
    const withNull = { ...seed, provenance: null, actors: seed.actors.map((actor) => ({ ...actor, sameAs: null })) };
    expect(z.safeParse(DraftRecordSchema, withNull).success).toBe(true);
    expect(z.safeParse(DraftRecordSchema, { ...seed, events: null }).success).toBe(false);
  });

  it("keeps the record's checks: ids, enumerations, limits", () => {
    const seed = cloneSeed();
    expect(z.safeParse(DraftRecordSchema, seed).success).toBe(true);
    expect(z.safeParse(DraftRecordSchema, { ...seed, actors: [{ ...seed.actors[0], id: "not an id" }] }).success).toBe(
      false,
    );
    const quote = { exact: "Belarus", occurrence: 0 };
    expect(
      z.safeParse(DraftRecordSchema, { ...seed, actors: [{ ...seed.actors[0], mentions: [quote] }] }).success,
    ).toBe(false);
  });
});
