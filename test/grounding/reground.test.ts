import { describe, expect, it } from "vitest";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { checkGrounding, locate, type NewsRecord, regroundRecord, validateRecord } from "../../src/index.js";
import { collectSpans } from "../../src/internal/walk.js";
import { copyRecord, makeRecord, regroundOk, spanOf } from "../support/records.js";

const QUOTE =
  "From today, no one will be allowed to cross the border from any side, neither from the south nor from the west,";

/** The text every span of a record points at, by path. */
function texts(record: NewsRecord): Map<string, string> {
  return new Map(
    collectSpans(record).map(({ path, span }) => [path.join("."), record.article.body.slice(span.start, span.end)]),
  );
}

function expectSound(record: NewsRecord): void {
  const result = validateRecord(record);
  expect(result.success ? [] : result.issues).toEqual([]);
  expect(checkGrounding(record).totals.coverage).toBe(1);
}

describe("regroundRecord", () => {
  it("changes nothing when the body is the same", () => {
    const before = copyRecord(seed);
    const result = regroundOk(seed, seed.article.body);
    expect(result.moved).toBe(0);
    expect(result.unplaced).toEqual([]);
    expect(result.spans).toBe(collectSpans(seed).length);
    expect(result.record).toEqual(before);
    expect(result.record).not.toBe(seed);
  });

  it("shifts every span by one when one character is inserted before them all", () => {
    const result = regroundOk(seed, ` ${seed.article.body}`);
    expect(result.unplaced).toEqual([]);
    expect(result.moved).toBe(result.spans);
    const old = collectSpans(seed);
    collectSpans(result.record).forEach(({ span }, i) => {
      expect(span.start).toBe((old[i]?.span.start ?? Number.NaN) + 1);
    });
    expectSound(result.record);
    expect(texts(result.record)).toEqual(texts(copyRecord(seed)));
  });

  it("moves the spans after an inserted paragraph and keeps those before it", () => {
    const body = seed.article.body;
    const at = body.indexOf("\n\nSeveral hundred");
    const inserted = "\n\nLithuania has declared a state of emergency.";
    const result = regroundOk(seed, body.slice(0, at) + inserted + body.slice(at));
    expect(result.unplaced).toEqual([]);
    const old = collectSpans(seed);
    collectSpans(result.record).forEach(({ span }, i) => {
      const before = old[i]?.span;
      expect(span.start - (before?.start ?? Number.NaN)).toBe((before?.start ?? 0) < at ? 0 : inserted.length);
    });
    expectSound(result.record);
  });

  it("counts UTF-16 code units when emoji are inserted before the spans", () => {
    const result = regroundOk(seed, `🇧🇾🇱🇹 ${seed.article.body}`);
    expect(result.unplaced).toEqual([]);
    const first = result.record.actors[0]?.mentions?.[0];
    // two flags of two astral characters each: eight code units and a space
    expect(first).toEqual({ start: 9, end: 16, exact: "Belarus" });
    expectSound(result.record);
  });

  it("grows a quotation whose words were corrected, and updates its exact text", () => {
    const body = seed.article.body.replace("no one will be allowed", "no one will be allowed at all");
    const result = regroundOk(seed, body);
    expect(result.unplaced).toEqual([]);
    const quote = result.record.quotes[0];
    expect(quote?.mode === "direct" ? quote.quoted[0]?.exact : undefined).toBe(
      QUOTE.replace("allowed", "allowed at all"),
    );
    expectSound(result.record);
  });

  it("follows straight quotes turned curly by the publisher", () => {
    const oldBody = 'He said: "We won\'t close it." Then he left.';
    const newBody = "He said: “We won’t close it.” Then he left.";
    const record = makeRecord(oldBody, {
      quotes: [
        {
          id: "q",
          mode: "direct",
          speaker: { kind: "anonymous", description: "he", span: spanOf(oldBody, "He") },
          quoted: [spanOf(oldBody, "We won't close it.")],
        },
      ],
    });
    const result = regroundOk(record, newBody);
    expect(result.unplaced).toEqual([]);
    const quote = result.record.quotes[0];
    expect(quote?.mode === "direct" ? quote.quoted[0] : undefined).toEqual(spanOf(newBody, "We won’t close it."));
    expectSound(result.record);
  });

  it("repairs a span that was off by one, from its exact text", () => {
    const record = copyRecord(seed);
    const quote = record.quotes[0];
    if (quote?.mode !== "direct" || quote.quoted[0] === undefined)
      throw new Error("fixture: the first quote is direct");
    const right = { ...quote.quoted[0] };
    quote.quoted[0].start -= 1;
    quote.quoted[0].end -= 1;
    expect(validateRecord(record).success).toBe(false);
    const result = regroundOk(record, record.article.body);
    expect(result.moved).toBe(1);
    const fixed = result.record.quotes[0];
    expect(fixed?.mode === "direct" ? fixed.quoted[0] : undefined).toEqual(right);
    expectSound(result.record);
  });

  it("keeps the original place when a quoted sentence is repeated in a new paragraph after it", () => {
    const repeated = `\n\nOn Friday Lukashenko repeated: “${QUOTE}” he told reporters.`;
    const result = regroundOk(seed, seed.article.body + repeated);
    expect(locate(result.record.article.body, QUOTE)).toHaveLength(2);
    expect(result.unplaced).toEqual([]);
    expect(result.moved).toBe(0);
    expectSound(result.record);
  });

  it("reports a quoted sentence that now occurs twice in rewritten text as ambiguous, with both places", () => {
    const body = seed.article.body;
    const old = `“${QUOTE}” President Alexander Lukashenko said on Thursday, according to state agency Belta.`;
    expect(body).toContain(old);
    const rewritten = `President Alexander Lukashenko said on Thursday, according to state agency Belta: “${QUOTE}” and later repeated: “${QUOTE}”`;
    const newBody = body.replace(old, rewritten);
    const before = copyRecord(seed);
    const result = regroundOk(seed, newBody);

    const candidates = locate(newBody, QUOTE).map(({ start, end }) => ({ start, end }));
    expect(candidates).toHaveLength(2);
    expect(result.unplaced).toEqual([
      {
        path: ["quotes", 0, "quoted", 0],
        role: "quoted",
        factId: "q-no-one-may-cross",
        text: QUOTE,
        problem: "ambiguous",
        candidates,
        candidateCount: 2,
        message: expect.stringContaining("2 times"),
      },
    ]);
    // left as it was, not guessed
    const quote = result.record.quotes[0];
    expect(quote?.mode === "direct" ? quote.quoted[0] : undefined).toEqual(
      before.quotes[0]?.mode === "direct" ? before.quotes[0].quoted[0] : undefined,
    );
    // every other span holds in the new body
    const issues = validateRecord(result.record);
    expect(issues.success ? [] : issues.issues.map((i) => i.path.join("."))).toEqual(["quotes.0.quoted.0"]);
    expect(seed.article.body).toBe(before.article.body);
  });

  it("tells two places apart by the words around the old span", () => {
    const oldBody = "Officials met on Monday. The minister said: “We will close the border.” Talks went on.";
    const newBody =
      "Officials met on Monday and Tuesday. First: “We will close the border.” The aide added. The minister said: “We will close the border.” Talks went on for hours.";
    const record = makeRecord(oldBody, {
      quotes: [
        {
          id: "q",
          mode: "direct",
          speaker: { kind: "anonymous", description: "the minister" },
          quoted: [spanOf(oldBody, "We will close the border.")],
        },
      ],
    });
    const result = regroundOk(record, newBody);
    expect(result.unplaced).toEqual([]);
    const quote = result.record.quotes[0];
    expect(quote?.mode === "direct" ? quote.quoted[0] : undefined).toEqual(
      spanOf(newBody, "We will close the border.", 1),
    );
  });

  it("tells two places apart by the order of the spans placed around it", () => {
    const oldBody = "Alpha spoke. Yes. Beta spoke. Gamma spoke.";
    const newBody = "Alpha spoke at length. Yes! Then Beta spoke too. Yes! Gamma spoke.";
    const actor = (id: string, name: string) => ({
      id,
      kind: "group" as const,
      name,
      groupType: "other" as const,
      mentions: [spanOf(oldBody, name)],
    });
    const record = makeRecord(oldBody, {
      actors: [actor("alpha", "Alpha"), actor("beta", "Beta"), actor("gamma", "Gamma")],
      quotes: [
        { id: "q", mode: "indirect", speaker: { kind: "actor", actor: "alpha" }, content: spanOf(oldBody, "Yes") },
      ],
    });
    const result = regroundOk(record, newBody);
    expect(result.unplaced).toEqual([]);
    expect(result.record.quotes[0]?.mode === "indirect" ? result.record.quotes[0].content : undefined).toEqual(
      spanOf(newBody, "Yes", 0),
    );
  });

  it("reports words that are gone as not found", () => {
    const body = seed.article.body.replace("Frontex", "The agency");
    const result = regroundOk(seed, body);
    expect(result.unplaced.map((u) => [u.path.join("."), u.problem, u.text, u.candidates])).toEqual([
      ["actors.5.mentions.0", "not_found", "Frontex", []],
    ]);
  });

  it("reports a span that lay outside the old body and has no exact text", () => {
    const body = "Rain fell.";
    const record = makeRecord(body, {
      actors: [
        {
          id: "rain",
          kind: "group",
          name: "Rain",
          groupType: "other",
          mentions: [{ start: 40, end: 44 }, spanOf(body, "Rain")],
        },
      ],
    });
    const result = regroundOk(record, `Heavy ${body}`);
    expect(result.unplaced.map((u) => [u.path.join("."), u.problem, u.text])).toEqual([
      ["actors.0.mentions.0", "not_found", ""],
    ]);
    expect(result.unplaced[0]?.message).toContain("outside the old body");
    expect(result.record.actors[0]?.mentions?.[1]).toEqual(spanOf(`Heavy ${body}`, "Rain"));
  });

  it("does not change the record it is given", () => {
    const record = copyRecord(seed);
    const before = copyRecord(seed);
    regroundOk(record, `Intro. ${record.article.body}`);
    expect(record).toEqual(before);
  });
});

describe("regroundRecord on input that is not a record", () => {
  it("returns the shape issues instead of throwing", () => {
    const result = regroundRecord(JSON.parse('{"schemaVersion":"1.0"}'), "new body");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ code: "missing_field", path: ["article"] });
  });

  it("rejects a new body that is not text", () => {
    const result = regroundRecord(seed, JSON.parse("42"));
    expect(result).toMatchObject({ success: false, issues: [{ code: "invalid_type" }] });
  });
});
