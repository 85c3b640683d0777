import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import {
  findActor,
  findActorByName,
  findEvent,
  findEventsOfActor,
  findPartsOf,
  findQuotesBySpeaker,
  findQuotesRelayedBy,
  findStatisticsOfEvent,
  indexRecord,
  type NewsEvent,
  type NewsRecord,
  RECORD_LIMITS,
} from "../../src/index.js";
import type { ReadonlyDeep } from "../../src/internal/readonly-deep.js";
import { copyRecord, makeRecord, spanOf } from "../support/records.js";

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);

const body = "O’Brien of the Union said, via Reuters and AP, that the union’s agency will help. An official agreed.";
const invented = makeRecord(body, {
  actors: [
    { id: "obrien", kind: "person", name: "Sean O'Brien", aliases: ["O'Brien"] },
    { id: "union", kind: "organization", name: "The Union", organizationType: "intergovernmental", aliases: ["union"] },
    {
      id: "agency",
      kind: "organization",
      name: "Agency",
      organizationType: "government-agency",
      partOf: "union",
      aliases: ["AGENCY"],
    },
    { id: "office", kind: "organization", name: "Office", organizationType: "government-agency", partOf: "agency" },
    { id: "reuters", kind: "organization", name: "Reuters", organizationType: "news-agency", aliases: ["the wire"] },
    { id: "ap", kind: "organization", name: "AP", organizationType: "news-agency", aliases: ["the wire"] },
  ],
  events: [
    {
      id: "ev-help",
      eventType: "statement",
      status: "announced",
      summary: "The union's agency will help.",
      participants: [
        { actor: "agency", role: "agent" },
        { actor: "union", role: "announcer" },
        { actor: "union", role: "agent" },
        { actor: "union", role: "announcer" },
      ],
      statistics: ["st-none", "missing-statistic"],
    },
  ],
  quotes: [
    {
      id: "q-relayed",
      mode: "indirect",
      speaker: { kind: "actor", actor: "obrien" },
      via: ["ap", "reuters"],
      content: spanOf(body, "the union’s agency will help"),
    },
    {
      id: "q-first-hand",
      mode: "indirect",
      speaker: { kind: "actor", actor: "obrien" },
      content: spanOf(body, "An official agreed"),
    },
    {
      id: "q-anonymous",
      mode: "indirect",
      speaker: { kind: "anonymous", description: "an official", affiliation: "obrien" },
      content: spanOf(body, "agreed"),
    },
  ],
  statistics: [
    {
      id: "st-none",
      measure: "helpers",
      quantity: { kind: "vague", expression: "some" },
      unit: { kind: "count", noun: "helpers" },
    },
  ],
});

describe("findActor", () => {
  it("finds an actor of the seed record by id", () => {
    expect(findActor(seed, "lukashenko")?.name).toBe("Alexander Lukashenko");
    expect(findActor(seed, "frontex")?.kind).toBe("organization");
  });

  it("gives undefined for a missing id, and for an id of another kind of fact", () => {
    expect(findActor(seed, "nato")).toBeUndefined();
    expect(findActor(seed, "ev-border-closure")).toBeUndefined();
    expect(findActor(seed, "")).toBeUndefined();
  });

  it("sees facts added to a record after an earlier lookup", () => {
    const record = copyRecord(seed);
    expect(findActor(record, "nato")).toBeUndefined();
    record.actors.push({ id: "nato", kind: "organization", name: "NATO", organizationType: "intergovernmental" });
    expect(findActor(record, "nato")?.name).toBe("NATO");
  });

  it("keeps the first of two facts that share an id", () => {
    const record = makeRecord("text", {
      actors: [
        { id: "x", kind: "group", name: "first", groupType: "other" },
        { id: "x", kind: "group", name: "second", groupType: "other" },
      ],
    });
    expect(findActor(record, "x")?.name).toBe("first");
  });
});

describe("findActorByName", () => {
  it("resolves names and aliases the seed article uses", () => {
    expect(findActorByName(seed, "Minsk")?.id).toBe("belarus");
    expect(findActorByName(seed, "the bloc")?.id).toBe("eu");
    expect(findActorByName(seed, "Lukashenko")?.id).toBe("lukashenko");
    expect(findActorByName(seed, "European Union")?.id).toBe("eu");
  });

  it("never answers a pronoun or a description mention, nor an unnamed actor", () => {
    const text = "Anna Berger said she would appoint a mediator. The mayor, she added, had told the mediator so.";
    const record: NewsRecord = {
      schemaVersion: "1.1",
      article: { id: "mentions", language: "en", body: text },
      actors: [
        {
          id: "berger",
          kind: "person",
          name: "Anna Berger",
          mentions: [
            { start: 0, end: 11, exact: "Anna Berger" },
            { start: 17, end: 20, exact: "she", form: "pronoun" },
            { start: 47, end: 56, exact: "The mayor", form: "description" },
          ],
        },
        { id: "mediator", kind: "person", name: "a mediator", unnamed: true, aliases: ["the mediator"] },
      ],
      events: [],
      quotes: [],
      statistics: [],
    };
    expect(findActorByName(record, "Anna Berger")?.id).toBe("berger");
    expect(findActorByName(record, "she")).toBeUndefined();
    expect(findActorByName(record, "The mayor")).toBeUndefined();
    expect(findActorByName(record, "a mediator")).toBeUndefined();
    expect(findActorByName(record, "the mediator")).toBeUndefined();
    expect(findActor(record, "mediator")?.name).toBe("a mediator");
  });

  it("ignores case and runs of white space", () => {
    expect(findActorByName(seed, "  THE \n bloc ")?.id).toBe("eu");
    expect(findActorByName(seed, "alexander   lukashenko")?.id).toBe("lukashenko");
  });

  it("folds typographic quotes both ways", () => {
    expect(findActorByName(invented, "O’Brien")?.id).toBe("obrien");
    expect(findActorByName(invented, "O'Brien")?.id).toBe("obrien");
    expect(findActorByName(invented, "Sean O’Brien")?.id).toBe("obrien");
  });

  it("does not guess when two actors share a name, nor match part of a name", () => {
    expect(findActorByName(invented, "the wire")).toBeUndefined();
    expect(findActorByName(invented, "AP")?.id).toBe("ap");
    expect(findActorByName(seed, "Alexander")).toBeUndefined();
    expect(findActorByName(seed, "")).toBeUndefined();
  });

  it("counts a name an actor gives twice (as name and alias) once", () => {
    expect(findActorByName(invented, "agency")?.id).toBe("agency");
  });
});

describe("findEvent", () => {
  it("finds an event by id, and nothing for a missing one", () => {
    expect(findEvent(seed, "ev-protests")?.eventType).toBe("protest");
    expect(findEvent(seed, "lukashenko")).toBeUndefined();
  });
});

describe("findQuotesBySpeaker", () => {
  it("tells quotes relayed by an agency from first-hand ones in the seed record", () => {
    const all = ids(findQuotesBySpeaker(seed, "lukashenko"));
    const relayed = ids(findQuotesBySpeaker(seed, "lukashenko", { relayed: true }));
    const firstHand = ids(findQuotesBySpeaker(seed, "lukashenko", { relayed: false }));
    expect(relayed).toEqual(["q-no-one-may-cross"]);
    expect(firstHand).toEqual(["q-refugee-threat", "q-deportation-threat"]);
    expect([...relayed, ...firstHand].sort()).toEqual([...all].sort());
    for (const quote of findQuotesBySpeaker(seed, "lukashenko", { relayed: true })) {
      expect(quote.via?.length).toBeGreaterThan(0);
    }
  });

  it("keeps record order and leaves out anonymous sources affiliated with the actor", () => {
    expect(ids(findQuotesBySpeaker(invented, "obrien"))).toEqual(["q-relayed", "q-first-hand"]);
  });

  it("gives an empty array for an actor who says nothing or does not exist", () => {
    expect(findQuotesBySpeaker(seed, "frontex")).toEqual([]);
    expect(findQuotesBySpeaker(seed, "nobody", { relayed: true })).toEqual([]);
  });
});

describe("findQuotesRelayedBy", () => {
  it("finds what a news agency relayed", () => {
    expect(ids(findQuotesRelayedBy(seed, "belta"))).toEqual(["q-no-one-may-cross"]);
  });

  it("finds a quote through every relay of a chain", () => {
    expect(ids(findQuotesRelayedBy(invented, "ap"))).toEqual(["q-relayed"]);
    expect(ids(findQuotesRelayedBy(invented, "reuters"))).toEqual(["q-relayed"]);
    expect(findQuotesRelayedBy(invented, "obrien")).toEqual([]);
  });
});

describe("findStatisticsOfEvent", () => {
  it("gives the statistics an event of the seed record lists, in its order", () => {
    const event = findEvent(seed, "ev-apprehensions");
    expect(ids(findStatisticsOfEvent(seed, "ev-apprehensions"))).toEqual(event?.statistics);
  });

  it("skips ids that name no statistic, and gives [] for a missing event or one without statistics", () => {
    expect(ids(findStatisticsOfEvent(invented, "ev-help"))).toEqual(["st-none"]);
    expect(findStatisticsOfEvent(seed, "ev-frontex-deployment")).toEqual([]);
    expect(findStatisticsOfEvent(seed, "ev-nothing")).toEqual([]);
  });
});

describe("findEventsOfActor", () => {
  it("gives each event of an actor in the seed record with its role", () => {
    const found = findEventsOfActor(seed, "lukashenko").map(({ event, roles }) => [event.id, roles]);
    expect(found).toEqual([
      ["ev-border-closure", ["announcer"]],
      ["ev-refugee-threat", ["agent"]],
      ["ev-election", ["beneficiary"]],
      ["ev-election-dispute", ["target"]],
    ]);
  });

  it("agrees with the participants of every event", () => {
    for (const actor of seed.actors) {
      const events: readonly ReadonlyDeep<NewsEvent>[] = seed.events;
      const expected = events.filter((e) => e.participants?.some((p) => p.actor === actor.id)).map((e) => e.id);
      expect(findEventsOfActor(seed, actor.id).map(({ event }) => event.id)).toEqual(expected);
    }
  });

  it("gives every role an actor holds in one event, once each", () => {
    expect(findEventsOfActor(invented, "union").map(({ roles }) => roles)).toEqual([["announcer", "agent"]]);
    expect(findEventsOfActor(invented, "nobody")).toEqual([]);
  });
});

describe("findPartsOf", () => {
  it("finds Frontex as part of the EU and the state agency Belta as part of Belarus", () => {
    expect(ids(findPartsOf(seed, "eu"))).toEqual(["frontex"]);
    expect(ids(findPartsOf(seed, "belarus"))).toEqual(["belta"]);
    expect(findPartsOf(seed, "lithuania")).toEqual([]);
  });

  it("gives only direct parts", () => {
    expect(ids(findPartsOf(invented, "union"))).toEqual(["agency"]);
    expect(ids(findPartsOf(invented, "agency"))).toEqual(["office"]);
  });
});

describe("indexRecord", () => {
  it("answers as the free functions do, for every id of the seed record", () => {
    const index = indexRecord(seed);
    for (const actor of seed.actors) {
      expect(index.actor(actor.id)).toBe(actor);
      expect(index.actorByName(actor.name)).toBe(findActorByName(seed, actor.name));
      expect(index.quotesBySpeaker(actor.id)).toEqual(findQuotesBySpeaker(seed, actor.id));
      expect(index.quotesRelayedBy(actor.id)).toEqual(findQuotesRelayedBy(seed, actor.id));
      expect(index.eventsOfActor(actor.id)).toEqual(findEventsOfActor(seed, actor.id));
      expect(index.partsOf(actor.id)).toEqual(findPartsOf(seed, actor.id));
    }
    for (const event of seed.events) {
      expect(index.event(event.id)).toBe(event);
      expect(index.statisticsOfEvent(event.id)).toEqual(findStatisticsOfEvent(seed, event.id));
    }
    for (const quote of seed.quotes) expect(index.quote(quote.id)).toBe(quote);
    for (const statistic of seed.statistics) expect(index.statistic(statistic.id)).toBe(statistic);
    expect(index.record).toBe(seed);
  });

  it("never throws on a record whose references dangle", () => {
    const record = makeRecord("text", {
      quotes: [
        { id: "q", mode: "indirect", speaker: { kind: "actor", actor: "ghost" }, content: { start: 0, end: 4 } },
      ],
      events: [
        {
          id: "e",
          eventType: "other",
          status: "occurred",
          summary: "Something.",
          participants: [{ actor: "ghost", role: "agent" }],
        },
      ],
    });
    const index = indexRecord(record);
    expect(index.actor("ghost")).toBeUndefined();
    expect(ids(index.quotesBySpeaker("ghost"))).toEqual(["q"]);
    expect(index.eventsOfActor("ghost").map(({ event }) => event.id)).toEqual(["e"]);
  });

  it("answers lookups on a large record from maps, without scanning", () => {
    const n = RECORD_LIMITS.items;
    const record = makeRecord("text", {
      actors: Array.from({ length: n }, (_, i) => ({
        id: `a${i}`,
        kind: "group",
        name: `group ${i}`,
        groupType: "other",
      })),
    });
    const index = indexRecord(record);
    // Poison the arrays: a lookup that scanned them would now fail to find anything.
    record.actors.length = 0;
    expect(index.actor(`a${n - 1}`)?.name).toBe(`group ${n - 1}`);
    expect(index.actorByName(`GROUP ${n - 1}`)?.id).toBe(`a${n - 1}`);
  });
});

describe("lookups on values that are not records", () => {
  it("answer undefined or nothing instead of throwing", () => {
    for (const input of [null, 42, "record", [], {}, { actors: "many" }]) {
      const record = input as unknown as NewsRecord;
      expect(findActor(record, "belarus")).toBeUndefined();
      expect(findActorByName(record, "the bloc")).toBeUndefined();
      expect(findQuotesBySpeaker(record, "lukashenko")).toEqual([]);
      expect(findEventsOfActor(record, "belarus")).toEqual([]);
      expect(indexRecord(record).partsOf("eu")).toEqual([]);
    }
  });
});
