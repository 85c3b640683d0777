import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { belarusLithuaniaBorder as seed } from "../../src/dataset/index.js";
import { checkGrounding, type GroundingReport } from "../../src/grounding/check.js";
import { collectSpans } from "../../src/internal/walk.js";
import { validateRecord } from "../../src/validation/validate.js";
import { escapeHtml, jsonForScript } from "../../src/view/html.js";
import { renderRecordView, renderReportView } from "../../src/view/index.js";
import { VIEW_POLICY, VIEW_SCRIPT_HASH } from "../../src/view/page.js";
import { directionOf } from "../../src/view/record.js";
import { VIEW_SCRIPT } from "../../src/view/script.js";
import { drawnSpans, segmentBody, spansOfPath } from "../../src/view/spans.js";
import { PAYLOAD, poisonedEverywhere, poisonedText } from "../support/hostile.js";
import { cloneSeed, makeRecord } from "../support/records.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BAD_GROUNDING: unknown = JSON.parse(readFileSync(join(ROOT, "test/fixtures/cli/grounding.jsonl"), "utf8"));
const HEBREW: unknown = JSON.parse(readFileSync(join(ROOT, "test/fixtures/view/haifa-port.he.json"), "utf8"));

/** The raw control characters HTML cannot carry (tab, line feed and carriage return aside), by code. */
function rawControls(html: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0d;
    if ((code < 0x20 && !allowed) || (code >= 0x7f && code <= 0x9f)) found.push(code);
  }
  return found;
}

describe("renderRecordView on the seed record", () => {
  const html = renderRecordView(seed);

  it("draws every span of the record, each kind with its class", () => {
    const spans = collectSpans(seed);
    expect(spans.length).toBeGreaterThan(62);
    for (let i = 0; i < spans.length; i++) expect(html).toContain(`id="r0-s${i}"`);
    expect(html).not.toContain(`id="r0-s${spans.length}"`);
    const marked = new Set(
      [...html.matchAll(/<mark class="[^"]*" data-s="([\d ]+)"/g)].flatMap((m) => (m[1] ?? "").split(" ")),
    );
    expect(marked.size).toBe(spans.length);
    for (const role of ["mention", "quoted", "quote-content", "statistic", "event", "link"]) {
      expect(html, role).toMatch(new RegExp(`<mark class="[^"]*\\bk-${role}\\b[^"]*" data-s=`));
    }
    const { totals } = checkGrounding(seed);
    expect(totals.spansGrounded).toBe(totals.spans);
    expect(html).toContain(`${totals.spans} of ${totals.spans} spans grounded`);
    expect(html).not.toMatch(/<mark class="[^"]*\bbad\b[^"]*" data-s=/);
  });

  it("lists every fact with the spans it owns", () => {
    const count = seed.actors.length + seed.events.length + seed.quotes.length + seed.statistics.length;
    expect([...html.matchAll(/<button type="button" class="fact /g)].length).toBe(count);
    const quoteSpans = collectSpans(seed).flatMap((entry, i) =>
      entry.path[0] === "quotes" && entry.path[1] === 0 ? [i] : [],
    );
    expect(quoteSpans.length).toBeGreaterThan(0);
    expect(html).toContain(`data-fact="quotes-0" data-spans="${quoteSpans.join(" ")}"`);
    expect(html).toContain("some 3,500 people");
    expect(html).toContain("Alexander Lukashenko said on August 5, 2021, according to Belta");
  });

  it("makes the article's marked words one stop for Tab, at the first of them", () => {
    const page = html.replace(/<script>[\s\S]*?<\/script>/g, "");
    expect(page.match(/tabindex="0"/g)?.length).toBe(1);
    const body = page.slice(page.indexOf('<div class="body"'));
    expect(body.match(/<mark [^>]*>/)?.[0]).toMatch(/ tabindex="0">$/);
    expect(html).toContain("Enter shows the facts they carry");
  });

  it("is one self-contained page: one inline script, allowed by its hash alone, and nothing fetched", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<script/g)?.length).toBe(1);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\b(?:src|srcset)=/);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).not.toContain("@import");
    expect(VIEW_POLICY).toContain("default-src 'none'");
    const hash = `sha256-${createHash("sha256").update(VIEW_SCRIPT, "utf8").digest("base64")}`;
    expect(VIEW_SCRIPT_HASH).toBe(hash);
    expect(html).toContain(`script-src '${hash}'`);
  });

  it("renders one record in well under the time of a page load, with its size printed", () => {
    const started = performance.now();
    const again = renderRecordView(seed);
    console.info(`seed view: ${again.length} characters, rendered in ${(performance.now() - started).toFixed(1)} ms`);
    expect(again).toBe(html);
  });
});

describe("renderRecordView's timeline", () => {
  it("lists the placed events in order, and apart the events neither a date nor a link places", () => {
    const record = makeRecord("The ferry strike began on Monday after talks failed. A march is planned.", {
      events: [
        { id: "march", eventType: "protest", status: "planned", summary: "A march is planned." },
        {
          id: "strike",
          eventType: "strike",
          status: "occurred",
          summary: "The ferry strike began.",
          date: { kind: "date", date: "2024-02-26" },
          related: [{ relation: "cause", event: "talks" }],
        },
        { id: "talks", eventType: "negotiation", status: "occurred", summary: "Talks failed." },
      ],
    });
    const html = renderRecordView(record);
    const timeline = /<section class="timeline[^"]*"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    const [ordered = "", apart = ""] = timeline.split("<h4>");
    expect([...ordered.matchAll(/data-fact="events-(\d)"/g)].map((m) => m[1])).toEqual(["2", "1"]);
    expect(apart).toContain("Neither dated nor linked to a dated event");
    expect([...apart.matchAll(/data-fact="events-(\d)"/g)].map((m) => m[1])).toEqual(["0"]);
  });
});

describe("renderRecordView on records with problems", () => {
  it("draws a mismatched quote in red with what was expected, and links its issue to it", () => {
    const html = renderRecordView(BAD_GROUNDING);
    expect(html).toContain('<span class="badge no">invalid: 1 problem</span>');
    const index = collectSpans(cloneSeedFrom(BAD_GROUNDING)).findIndex(
      (entry) => JSON.stringify(entry.path) === JSON.stringify(["quotes", 0, "quoted", 0]),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    expect(html).toContain(`<a class="issue-link" href="#r0-s${index}" data-spans="${index}" data-fact="quotes-0">`);
    expect(html).toMatch(new RegExp(`<mark class="[^"]*\\bbad\\b[^"]*" data-s="[^"]*\\b${index}\\b`));
    expect(html).toContain(`✗</span> expected “From tomorrow, no one will be allowed`);
  });

  it("renders a record that is not well formed with its problems and its body, without drawing spans", () => {
    const broken = { ...cloneSeed(), actors: "none" };
    const html = renderRecordView(broken);
    expect(html).toContain("invalid_type");
    expect(html).toContain("its spans are not drawn");
    expect(html).toContain("Belarus plans to close parts");
    expect(html).not.toContain('<mark class="k-');
    for (const value of [undefined, null, 42, "text", [], {}]) {
      expect(renderRecordView(value)).toContain('<span class="badge no">invalid');
    }
  });

  it("draws spans that were not checked apart, with their reason, whatever status a report uses", () => {
    const record = cloneSeed();
    const report = checkGrounding(record);
    const [first, second, third] = report.entries;
    if (first === undefined || second === undefined || third === undefined) throw new Error("no entries");
    // Statuses read as strings: a newer report's `unchecked` (with a reason) and a status unknown today.
    const entries = [
      { ...first, status: "unchecked", reason: "the language's numbers are not read yet" },
      { ...second, status: "some_new_status", message: "Something new went wrong." },
      ...report.entries.slice(2),
    ] as unknown as GroundingReport["entries"];
    const spans = drawnSpans(record, { ...report, entries });
    const at = (path: readonly (string | number)[]) =>
      spans.find((s) => JSON.stringify(s.path) === JSON.stringify(path));
    expect(at(first.path)).toMatchObject({ check: "unchecked", status: "unchecked" });
    expect(at(first.path)?.note).toContain("the language's numbers are not read yet");
    expect(at(second.path)).toMatchObject({
      check: "problem",
      status: "some_new_status",
      note: "Something new went wrong.",
    });
    expect(at(third.path)).toMatchObject({ check: "grounded" });
  });
});

describe("the spans and the body's segments", () => {
  it("cuts overlapping spans into segments that list every span covering them", () => {
    const span = (index: number, start: number, end: number) =>
      ({ index, path: [], role: "mention", fact: "actors-0", start, end, drawable: true, check: "none" }) as const;
    const segments = segmentBody(10, [span(0, 2, 6), span(1, 4, 8), { ...span(2, 9, 12), drawable: false }]);
    expect(segments).toEqual([
      { start: 0, end: 2, spans: [] },
      { start: 2, end: 4, spans: [0] },
      { start: 4, end: 6, spans: [0, 1] },
      { start: 6, end: 8, spans: [1] },
      { start: 8, end: 10, spans: [] },
    ]);
  });

  it("draws on the body only the spans that point into it: a span into another part (a headline) is not drawn", () => {
    const record = cloneSeed();
    const mention = record.actors[0]?.mentions?.[0];
    if (mention === undefined) throw new Error("the seed's first actor is mentioned");
    Object.assign(mention, { part: "headline" });
    const [first, second] = drawnSpans(record, undefined);
    expect(first?.path).toEqual(["actors", 0, "mentions", 0]);
    expect(first?.drawable).toBe(false);
    expect(second?.drawable).toBe(true);
    Object.assign(mention, { part: "body" });
    expect(drawnSpans(record, undefined)[0]?.drawable).toBe(true);
  });

  it("maps an issue's path to the span at or above it, else to the spans of the fact below it", () => {
    const spans = drawnSpans(seed, undefined);
    const paths = (path: readonly (string | number)[]) => spansOfPath(path, spans).map((s) => JSON.stringify(s.path));
    expect(paths(["quotes", 0, "quoted", 0, "exact"])).toEqual([JSON.stringify(["quotes", 0, "quoted", 0])]);
    expect(paths(["quotes", 0]).length).toBeGreaterThan(0);
    expect(paths(["quotes", 0]).every((p) => p.startsWith('["quotes",0,'))).toBe(true);
    expect(paths([])).toEqual([]);
    expect(paths(["schemaVersion"])).toEqual([]);
  });
});

describe("right-to-left articles", () => {
  it("reads the direction from the language tag", () => {
    expect(["he", "ar", "fa", "ur", "yi", "az-Arab", "ar-EG"].map(directionOf)).toEqual(Array(7).fill("rtl"));
    expect(["en", "de", "ar-Latn", "sr-Cyrl", "he-Latn", ""].map(directionOf)).toEqual(Array(6).fill("ltr"));
  });

  it("renders the Hebrew fixture right to left, its spans drawn, the one not checked marked so", () => {
    const html = renderRecordView(HEBREW);
    expect(html).toContain('<div class="body" lang="he" dir="rtl">');
    expect(html).toContain('<h2 lang="he" dir="rtl">נמל חיפה ייסגר לשלושה ימים</h2>');
    expect(html).toMatch(/<mark class="[^"]*\bk-place\b[^"]*" data-s=/);
    const report = checkGrounding(HEBREW as typeof seed);
    const unchecked = report.entries.filter((entry) => String(entry.status) === "unchecked");
    expect(unchecked.length).toBeGreaterThan(0);
    expect(html).toContain(`${report.totals.spansGrounded} of ${report.totals.spans} spans grounded`);
    expect(html).toMatch(/<mark class="k-statistic unchecked" data-s="\d+"[^>]*>כמעט 200<\/mark>/);
    expect(html).toContain('<span aria-hidden="true">?</span> not checked</span>');
  });
});

describe("hostile input", () => {
  const expectInert = (html: string, scripts: number): void => {
    expect(html.match(/<script/gi)?.length).toBe(scripts);
    expect(html).not.toMatch(/<img|<svg onload|<a href="javascript|<!-- /i);
    expect(rawControls(html)).toEqual([]);
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;");
  };

  it("escapes the payload in every free-text field of a well-formed record", () => {
    const record = poisonedText();
    expect(validateRecord(record).success).toBe(false);
    const html = renderRecordView(record);
    expect(html).toContain("<mark class=");
    expectInert(html, 1);
  });

  it("escapes the payload in every string and key of a record that is not well formed", () => {
    const html = renderRecordView(poisonedEverywhere());
    expectInert(html, 1);
  });

  it("escapes the payload in a report: file names, problems, data blocks", () => {
    const html = renderReportView([
      { value: poisonedText(), where: PAYLOAD },
      { value: poisonedEverywhere(), where: PAYLOAD },
      { problem: { code: PAYLOAD, message: PAYLOAD }, where: PAYLOAD },
    ]);
    const blocks = [...html.matchAll(/<script type="application\/json" id="(rows|d\d+)">([\s\S]*?)<\/script>/g)];
    expect(blocks.map((block) => block[1])).toEqual(["rows", "d0", "d1"]);
    for (const [, name, json] of blocks) {
      expect(json, name).not.toContain("<");
      const parsed: unknown = JSON.parse(json ?? "");
      // The rows are drawn with textContent; the views are HTML already escaped.
      if (name === "rows") expect(JSON.stringify(parsed)).toContain(JSON.stringify(PAYLOAD).slice(1, -1));
      else expect(parsed).toContain("&lt;/script&gt;");
    }
    expectInert(html.replace(/<script type="application\/json" id="(?:rows|d\d+)">[\s\S]*?<\/script>/g, ""), 1);
  });

  it("shows control characters as visible pictures and keeps each one code unit", () => {
    expect(escapeHtml("a\u0000b\u0007c\u007f\u0085\ud800\t\n\r🌊")).toBe("a\u2400b\u2407c\u2421\ufffd\ufffd\t\n\r🌊");
    expect(jsonForScript("</script><!-- \u2028")).toBe('"\\u003c/script>\\u003c!-- \\u2028"');
  });
});

describe("renderReportView", () => {
  const inputs = [
    { value: seed, where: "a.jsonl:1" },
    { value: BAD_GROUNDING, where: "a.jsonl:2" },
    { value: { schemaVersion: "1.0" }, where: "a.jsonl:3" },
    { problem: { code: "invalid_json", message: "Unexpected token." }, where: "a.jsonl:4" },
  ];
  const RowsSchema = z.array(
    z.strictObject({
      w: z.string(),
      i: z.string(),
      h: z.string(),
      v: z.boolean(),
      c: z.array(z.tuple([z.string(), z.number()])),
      p: z.optional(z.array(z.tuple([z.string(), z.string(), z.string(), z.string()]))),
      d: z.boolean(),
    }),
  );
  const rowsOf = (html: string) =>
    RowsSchema.parse(
      JSON.parse(/<script type="application\/json" id="rows">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ""),
    );
  const detailOf = (html: string, n: number): string | undefined => {
    const json = new RegExp(`<script type="application/json" id="d${n}">([\\s\\S]*?)</script>`).exec(html)?.[1];
    return json === undefined ? undefined : z.string().parse(JSON.parse(json));
  };

  it("counts valid and invalid records and issues by code, with a row and a view for each", () => {
    const html = renderReportView(inputs);
    expect(html).toContain("4 records: 1 valid, 3 invalid");
    for (const code of ["quote_mismatch", "invalid_json", "missing_field"])
      expect(html).toContain(`data-code="${code}"`);
    const rows = rowsOf(html);
    expect(rows.map((row) => [row.w, row.v, row.d])).toEqual([
      ["a.jsonl:1", true, true],
      ["a.jsonl:2", false, true],
      ["a.jsonl:3", false, true],
      ["a.jsonl:4", false, false],
    ]);
    expect(rows[1]?.c).toEqual([["quote_mismatch", 1]]);
    expect(rows[3]?.p).toEqual([["", "invalid_json", "input", "Unexpected token."]]);
    expect(detailOf(html, 1)).toContain('<section class="record" id="r1"');
    expect(detailOf(html, 1)).toContain('href="#r1-s');
    expect(detailOf(html, 3)).toBeUndefined();
  });

  it("gives the whole view to the first `detailed` records only, and the problems to the others", () => {
    const html = renderReportView(inputs, { detailed: 1 });
    expect(html).toContain("the first 1 with their whole view");
    expect(detailOf(html, 0)).toContain("<mark");
    expect(detailOf(html, 1)).toBeUndefined();
    const rows = rowsOf(html);
    expect(rows[1]?.d).toBe(false);
    expect(rows[1]?.p?.map((issue) => issue.slice(0, 3))).toEqual([
      ["quotes[0].quoted[0]", "quote_mismatch", "grounding"],
    ]);
  });
});

function cloneSeedFrom(value: unknown) {
  return JSON.parse(JSON.stringify(value)) as typeof seed;
}
