import { describe, expectTypeOf, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  type Actor,
  type ActorEvent,
  buildTimeline,
  findActor,
  findActorByName,
  findEventsOfActor,
  findPartsOf,
  findQuotesBySpeaker,
  indexRecord,
  type NewsEvent,
  type NewsRecord,
  type Organization,
  type ParticipantRole,
  type Quote,
  type ReadonlyDeep,
  type RecordIndex,
  type Timeline,
} from "../../src/index.js";

declare const parsed: NewsRecord;

describe("query types", () => {
  it("take parsed records and the read-only dataset constants alike", () => {
    expectTypeOf(findActor).parameter(0).toEqualTypeOf<ReadonlyDeep<NewsRecord>>();
    expectTypeOf(findActor(seed, "belarus")).toEqualTypeOf<ReadonlyDeep<Actor> | undefined>();
    expectTypeOf(findActor(parsed, "belarus")).toEqualTypeOf<ReadonlyDeep<Actor> | undefined>();
    expectTypeOf(findActorByName(parsed, "Minsk")).toEqualTypeOf<ReadonlyDeep<Actor> | undefined>();
  });

  it("give read-only results, so a lookup cannot change the record", () => {
    const quotes = findQuotesBySpeaker(seed, "lukashenko");
    expectTypeOf(quotes).toEqualTypeOf<readonly ReadonlyDeep<Quote>[]>();
    expectTypeOf(quotes).not.toHaveProperty("push");
  });

  it("type roles with the participant roles and parts as organizations", () => {
    expectTypeOf(findEventsOfActor(seed, "eu")).toEqualTypeOf<readonly ActorEvent[]>();
    expectTypeOf<ActorEvent["roles"]>().toEqualTypeOf<readonly ParticipantRole[]>();
    expectTypeOf<ActorEvent["event"]>().toEqualTypeOf<ReadonlyDeep<NewsEvent>>();
    expectTypeOf(findPartsOf(seed, "eu")).toEqualTypeOf<readonly ReadonlyDeep<Organization>[]>();
  });

  it("take only a boolean for `relayed`", () => {
    expectTypeOf(findQuotesBySpeaker).parameter(2).toEqualTypeOf<{ readonly relayed?: boolean } | undefined>();
  });

  it("build an index and a timeline from either kind of record", () => {
    expectTypeOf(indexRecord(seed)).toEqualTypeOf<RecordIndex>();
    expectTypeOf(buildTimeline(parsed)).toEqualTypeOf<Timeline>();
    expectTypeOf(buildTimeline(seed).entries[0]).toEqualTypeOf<
      | {
          readonly event: ReadonlyDeep<NewsEvent>;
          readonly earliest: number | undefined;
          readonly latest: number | undefined;
          readonly placedBy: "date" | "link";
        }
      | undefined
    >();
    expectTypeOf(buildTimeline(seed).unplaced).toEqualTypeOf<ReadonlyDeep<NewsEvent>[]>();
  });
});
