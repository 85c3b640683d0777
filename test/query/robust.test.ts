// Lookups answer from the record as it is now, and never throw.
import { describe, expect, it } from "vitest";
import {
  findActor,
  findActorByName,
  findEvent,
  findEventsOfActor,
  findPartsOf,
  findQuotesBySpeaker,
  findQuotesRelayedBy,
  findStatisticsOfEvent,
  type NewsRecord,
} from "../../src/index.js";
import { cloneSeed } from "../support/records.js";

describe("lookups on a record changed in place", () => {
  it("see a fact edited in place, not an old index", () => {
    const record = cloneSeed();
    expect(findActor(record, "frontex")?.name).toBe("Frontex");
    const frontex = record.actors.find((actor) => actor.id === "frontex");
    if (frontex === undefined) throw new Error("the seed has Frontex");
    frontex.id = "frontex-agency";
    expect(findActor(record, "frontex")).toBeUndefined();
    expect(findActor(record, "frontex-agency")?.name).toBe("Frontex");
  });

  it("count a quote under its new speaker once the speaker changed", () => {
    const record = cloneSeed();
    const before = findQuotesBySpeaker(record, "lukashenko").length;
    expect(before).toBeGreaterThan(0);
    const quote = record.quotes.find((q) => q.speaker.kind === "actor" && q.speaker.actor === "lukashenko");
    if (quote === undefined || quote.speaker.kind !== "actor") throw new Error("the seed quotes Lukashenko");
    quote.speaker.actor = "belarus";
    expect(findQuotesBySpeaker(record, "lukashenko")).toHaveLength(before - 1);
    expect(findQuotesBySpeaker(record, "belarus").map((q) => q.id)).toContain(quote.id);
  });

  it("see a name or alias changed in place", () => {
    const record = cloneSeed();
    expect(findActorByName(record, "Minsk")?.id).toBe("belarus");
    const belarus = record.actors.find((actor) => actor.id === "belarus");
    if (belarus === undefined) throw new Error("the seed has Belarus");
    belarus.aliases = [];
    expect(findActorByName(record, "Minsk")).toBeUndefined();
  });
});

describe("lookups never throw", () => {
  const throwing = (): NewsRecord => {
    const record = cloneSeed();
    Object.defineProperty(record, "actors", {
      get() {
        throw new Error("no actors for you");
      },
    });
    return record;
  };
  const bad: unknown[] = [throwing(), null, undefined, 42, "record", [], { actors: null }];
  const keys: unknown[] = ["belarus", null, undefined, 7, {}, Symbol("x")];
  const helpers = [
    findActor,
    findActorByName,
    findEvent,
    findEventsOfActor,
    findPartsOf,
    findQuotesBySpeaker,
    findQuotesRelayedBy,
    findStatisticsOfEvent,
  ] as const;

  it("on a record whose getter throws, or on a value that is no record", () => {
    for (const helper of helpers) {
      for (const record of bad) {
        const call = (): unknown => (helper as (r: unknown, k: unknown) => unknown)(record, "belarus");
        expect(call, `${helper.name} on ${String(record)}`).not.toThrow();
        const answer = call();
        expect(answer === undefined || (Array.isArray(answer) && answer.length === 0)).toBe(true);
      }
    }
  });

  it("with a key or a name that is not a string, or options that are not an object", () => {
    const record = cloneSeed();
    for (const helper of helpers) {
      for (const key of keys) {
        expect(() => (helper as (r: unknown, k: unknown) => unknown)(record, key), helper.name).not.toThrow();
      }
    }
    expect(findActorByName(record, 42 as unknown as string)).toBeUndefined();
    const withNull = findQuotesBySpeaker as (r: unknown, id: string, o: unknown) => readonly unknown[];
    expect(withNull(record, "lukashenko", null).length).toBe(findQuotesBySpeaker(record, "lukashenko").length);
  });
});
