import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset.mjs";
import { belarusLithuaniaBorder, RECORD_IDS, records } from "../../src/dataset/index.js";
import { checkGrounding } from "../../src/grounding/check.js";
import { validateRecord } from "../../src/validation/validate.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");

describe("the dataset", () => {
  it("has one typed constant per JSON file in data/, equal to it", () => {
    const files = readdirSync(DATA)
      .filter((name) => name.endsWith(".json"))
      .sort();
    expect(records).toHaveLength(files.length);
    files.forEach((file, i) => {
      expect(records[i]).toEqual(JSON.parse(readFileSync(join(DATA, file), "utf8")));
    });
    expect(RECORD_IDS).toEqual(records.map((record) => record.article.id));
  });

  it("matches what the generator writes from data/ today", () => {
    for (const [path, text] of generateDataset()) {
      expect(readFileSync(join(ROOT, path), "utf8"), `${path} is stale: run npm run generate:dataset`).toBe(text);
    }
  });

  it.each(records.map((record) => [record.article.id, record] as const))("%s passes every check", (_, record) => {
    const result = validateRecord(record);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(checkGrounding(record).totals.coverage).toBe(1);
  });
});

describe("the seed record", () => {
  const record = belarusLithuaniaBorder;
  const body = record.article.body;

  it("encodes the article from 5 August 2021, in English, with no headline", () => {
    expect(record.article.publishedAt).toBe("2021-08-05");
    expect(record.article.language).toBe("en");
    expect("headline" in record.article).toBe(false);
    expect(body.startsWith("Belarus plans to close parts of the country\u2019s border with Lithuania")).toBe(true);
    expect(body.endsWith("The EU has not suggested it would respond to the events in this manner.")).toBe(true);
  });

  it("covers every numeral and quantity word with a statistic's span", () => {
    const spans = record.statistics.map((statistic) => statistic.span);
    const covered = (start: number, end: number) => spans.some((span) => span.start <= start && end <= span.end);
    // Words that look like quantities but are not: a rank, and words inside a direct quotation.
    const notQuantities = new Set(["one of the biggest", "no one"]);
    const pattern =
      /\d[\d,.]*(?:-\w+)?|\b(?:several|hundreds?|thousands?|millions?|dozens?|most|many|few|half|third|quarter|large parts|a year|some(?= \d)|one of the biggest|no one)\b/gi;
    const found: string[] = [];
    for (const match of body.matchAll(pattern)) {
      if (notQuantities.has(match[0].toLowerCase())) continue;
      found.push(match[0]);
      expect(covered(match.index, match.index + match[0].length), `"${match[0]}" at ${match.index}`).toBe(true);
    }
    expect(found.map((word) => word.toLowerCase())).toEqual([
      "several",
      "hundred",
      "some",
      "3,500",
      "680-kilometre",
      "most",
      "a year",
      "large parts",
    ]);
  });

  it("covers every direct quotation (text between \u201c and \u201d) with a quote's verbatim span", () => {
    const verbatim: { start: number; end: number }[] = [];
    for (const quote of record.quotes) if (quote.mode !== "indirect") verbatim.push(...quote.quoted);
    const quotations = [...body.matchAll(/\u201c([^\u201d]*)\u201d/g)];
    expect(quotations).toHaveLength(3);
    for (const match of quotations) {
      const start = match.index + 1;
      const end = start + (match[1] ?? "").length;
      expect(
        verbatim.some((span) => span.start === start && span.end === end),
        `quotation at ${start}`,
      ).toBe(true);
    }
  });

  it("names every actor kind and the origin countries of the threatened refugees", () => {
    const kinds = new Set(record.actors.map((actor) => actor.kind));
    expect([...kinds].sort()).toEqual(["group", "organization", "person", "state"]);
    const refugees = record.actors.find((actor) => actor.id === "refugees");
    expect(refugees?.kind === "group" ? refugees.origins : undefined).toEqual(["syria", "iraq", "afghanistan"]);
  });

  it("keeps the mixed quote's two fragments and the relay through Belta", () => {
    const mixed = record.quotes.find((quote) => quote.mode === "mixed");
    expect(mixed && "quoted" in mixed ? mixed.quoted.map((span) => span.exact) : []).toEqual([
      "threat",
      "deported to the territory of Belarus under threat of armed force,",
    ]);
    const direct = record.quotes.find((quote) => quote.mode === "direct");
    expect(direct && "via" in direct ? direct.via : undefined).toEqual(["belta"]);
  });
});
