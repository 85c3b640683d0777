// Pins each correction of the seed record made when it moved to record
// format 1.1: the record says what the article says, no more and no less.
import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { type Actor, buildTimeline, findActorByName, type NewsEvent } from "../../src/index.js";
import type { ReadonlyDeep } from "../../src/internal/readonly-deep.js";

const body = seed.article.body;
const events: readonly ReadonlyDeep<NewsEvent>[] = seed.events;
const actors: readonly ReadonlyDeep<Actor>[] = seed.actors;

function eventOf(id: string): ReadonlyDeep<NewsEvent> {
  const found = events.find((event) => event.id === id);
  if (found === undefined) throw new Error(`The seed record has no event "${id}".`);
  return found;
}

function actorOf(id: string): ReadonlyDeep<Actor> {
  const found = actors.find((actor) => actor.id === id);
  if (found === undefined) throw new Error(`The seed record has no actor "${id}".`);
  return found;
}

/** True when `words` stand in `text` at word boundaries, case aside. */
function standsIn(words: string, text: string): boolean {
  const escaped = words.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text.toLowerCase());
}

describe("the seed record, made exact", () => {
  it("is a record of format 1.1 whose every span gives its exact words", () => {
    expect(seed.schemaVersion).toBe("1.1");
    const spans: { start: number; end: number; exact?: string }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === "object" && node !== null) {
        if ("start" in node && "end" in node && typeof node.start === "number" && typeof node.end === "number") {
          spans.push(node as { start: number; end: number; exact?: string });
        }
        Object.values(node).forEach(walk);
      }
    };
    walk({ actors: seed.actors, events: seed.events, quotes: seed.quotes, statistics: seed.statistics });
    expect(spans.length).toBeGreaterThan(60);
    for (const span of spans) expect(span.exact, `[${span.start}, ${span.end})`).toBe(body.slice(span.start, span.end));
  });

  it("links the closure unhedged only to what the first sentence states, and to the EU's returns only as seen", () => {
    const closure = events[0];
    expect(closure?.id).toBe("ev-border-closure");
    const related = closure?.related ?? [];
    const stated = related.find((link) => link.relation === "prevention" && link.hedge === undefined);
    expect(stated?.event).toBe("ev-return-crossings");
    expect(stated?.span?.exact).toBe("in order to stop migrants who have crossed into Lithuania from coming back");
    expect(eventOf("ev-return-crossings").participants).toEqual([{ actor: "migrants", role: "agent" }]);
    const toReturns = related.filter((link) => link.event === "ev-migrant-returns");
    expect(toReturns).toHaveLength(1);
    expect(toReturns[0]?.relation).toBe("prevention");
    expect(toReturns[0]?.hedge).toBe("is seen as");
    expect(toReturns[0]?.span?.exact).toMatch(/^is seen as an attempt to stop the EU from returning/);
  });

  it("gives Frontex's deployment only the purpose the article states, not a response to the migrant entries", () => {
    const frontex = eventOf("ev-frontex-deployment");
    expect(frontex.related?.some((link) => link.event === "ev-migrant-entries")).toBe(false);
    expect(frontex.related?.some((link) => link.relation === "response")).toBe(false);
    expect(frontex.related).toEqual([
      {
        relation: "prevention",
        event: "ev-further-crossings",
        span: { start: 1097, end: 1154, exact: "in an attempt to prevent further illegal border crossings" },
      },
    ]);
  });

  it("keeps the article's hedges: origins given as examples, and each qualifier in one of its event's spans", () => {
    const refugees = actorOf("refugees");
    expect(refugees.kind === "group" ? refugees.originsIncomplete : undefined).toBe(true);
    expect(body).toContain("countries such as Syria, Iraq and Afghanistan");
    const qualifiers = Object.fromEntries(
      events.flatMap((event) => (event.qualifiers ? [[event.id, event.qualifiers]] : [])),
    );
    expect(qualifiers).toMatchObject({
      "ev-refugee-threat": ["openly"],
      "ev-migrant-facilitation": ["appeared to"],
      "ev-frontex-deployment": ["in an attempt to"],
    });
    for (const event of events) {
      for (const qualifier of event.qualifiers ?? []) {
        const spans = (event.spans ?? []).map((span) => span.exact ?? "");
        expect(
          spans.some((text) => standsIn(qualifier, text)),
          `"${qualifier}" of ${event.id}`,
        ).toBe(true);
      }
    }
  });

  it("puts 'peaceful' on the demonstrations of the sanctions sentence, and names no agent of the repression", () => {
    const protests = eventOf("ev-protests");
    expect(protests.summary).not.toMatch(/peaceful/i);
    expect(protests.qualifiers).toBeUndefined();
    expect((protests.spans ?? []).map((span) => span.exact)).toEqual(["a year of protests in Belarus"]);
    const demonstrations = eventOf("ev-demonstrations");
    expect(demonstrations.qualifiers).toEqual(["peaceful"]);
    expect(demonstrations.spans?.map((span) => span.exact)).toEqual(["peaceful demonstrations"]);
    expect(eventOf("ev-eu-sanctions").related?.map((link) => link.event)).toEqual([
      "ev-demonstrations",
      "ev-repression",
    ]);
    const repression = eventOf("ev-repression");
    expect(repression.participants?.filter((p) => p.role === "agent")).toEqual([]);
    expect(repression.summary).not.toMatch(/Belarusian state|Belarus/);
  });

  it("does not call the dispute of the election a protest, and dates it and the election to 2020", () => {
    const dispute = eventOf("ev-election-dispute");
    expect(dispute.eventType).not.toBe("protest");
    expect(dispute.eventType).toBe("statement");
    expect(dispute.date).toEqual({ kind: "date", date: "2020" });
    expect(eventOf("ev-election").date).toEqual({ kind: "date", date: "2020" });
    // The same reasoning as for the protests, which the dispute set off: a year up to publication.
    expect(eventOf("ev-protests").date).toEqual({ kind: "interval", start: "2020", end: "2021-08-05" });
  });

  it("says Belta is a state agency, Lithuania an EU member, and what 'The move' and 'The spat' refer to", () => {
    const belta = actorOf("belta");
    expect(belta.kind === "organization" ? [belta.organizationType, belta.partOf] : []).toEqual([
      "news-agency",
      "belarus",
    ]);
    expect(belta.affiliations).toEqual([
      { relation: "affiliate", of: "belarus", span: { start: 547, end: 559, exact: "state agency" } },
    ]);
    expect(actorOf("lithuania").affiliations).toEqual([
      { relation: "member", of: "eu", span: { start: 254, end: 284, exact: "a member of the European Union" } },
    ]);
    expect(eventOf("ev-border-closure").spans?.map((span) => span.exact)).toContain("The move");
    const spat = eventOf("ev-spat");
    expect(spat.spans?.map((span) => span.exact)).toEqual(["The spat"]);
    expect(spat.related?.[0]).toMatchObject({ relation: "background", event: "ev-protests" });
    const parts = events.filter((event) =>
      event.related?.some((link) => link.relation === "part-of" && link.event === "ev-spat" && link.inferred),
    );
    expect(parts.map((event) => event.id)).toEqual([
      "ev-border-closure",
      "ev-migrant-facilitation",
      "ev-refugee-threat",
      "ev-eu-accusation",
    ]);
  });

  it("records 'the country' as a description of Belarus, not as a name findActorByName would answer", () => {
    const belarus = actorOf("belarus");
    expect(belarus.aliases).toEqual(["Minsk"]);
    expect(belarus.mentions).toContainEqual({ start: 32, end: 43, exact: "the country", form: "description" });
    expect(findActorByName(seed, "the country")).toBeUndefined();
    expect(findActorByName(seed, "Minsk")?.id).toBe("belarus");
  });

  it("comes out of buildTimeline with the 2020 election, the sanctions and the threat before the 5 August closure", () => {
    const { entries, unplaced } = buildTimeline(seed);
    const ids = entries.map((entry) => entry.event.id);
    const closure = ids.indexOf("ev-border-closure");
    expect(closure).toBeGreaterThan(0);
    for (const id of ["ev-election", "ev-election-dispute", "ev-eu-sanctions", "ev-refugee-threat"]) {
      expect(ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(id), id).toBeLessThan(closure);
    }
    expect(unplaced).toEqual([]);
  });
});
