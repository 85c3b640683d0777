import * as z from "zod/mini";
import type { NewsRecord } from "../schema/record.js";
import type { PathSegment, ValidationIssue } from "../validation/issues.js";
import { shapeIssues, unreadable } from "../validation/shape.js";
import { validateRecord } from "../validation/validate.js";
import { DraftRecordSchema, type TextQuote } from "./draft.js";
import { foldingsBetween } from "./fold.js";
import { ANCHOR_LIMITS, type AnchorIssue, anchorMessages } from "./issues.js";
import { BodySearch, type Candidate, type Occurrences, WorkBudget } from "./search.js";

/** Options for {@link anchorRecord}. */
export interface AnchorOptions {
  /** The work budget in code units read (default {@link ANCHOR_LIMITS}.budget). */
  readonly budget?: number;
  /** Check grounding once the record is built (default `true`), as `validateRecord` does. */
  readonly grounding?: boolean;
}

/** A draft that became a valid record. */
export interface AnchorSuccess {
  /** Marks success. */
  readonly success: true;
  /** The record, with every span at offsets and with the body's own words as `exact`; it passed `validateRecord`. */
  readonly data: NewsRecord;
  /** Quotes placed on a loose match (`quote_loose`): worth a look, not an error. */
  readonly warnings: readonly AnchorIssue[];
  /** The work done, in code units read (see {@link ANCHOR_LIMITS}). */
  readonly work: number;
}

/** A draft that did not become a valid record. */
export interface AnchorFailure {
  /** Marks failure. */
  readonly success: false;
  /**
   * What stopped it, never empty: the draft's shape issues; else the quotes
   * that could not be placed; else, once every quote was placed, the issues
   * `validateRecord` found in the record.
   */
  readonly issues: readonly (AnchorIssue | ValidationIssue)[];
  /** Quotes placed on a loose match (`quote_loose`). */
  readonly warnings: readonly AnchorIssue[];
  /** The work done, in code units read (see {@link ANCHOR_LIMITS}). */
  readonly work: number;
}

/** What {@link anchorRecord} returns. */
export type AnchorResult = AnchorSuccess | AnchorFailure;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The text quote a draft node is, or `undefined`. */
function asQuote(node: { [key: string]: Json }): TextQuote | undefined {
  // In a draft that passed DraftRecordSchema, only a text quote is an object
  // with `exact` and no `start`: spans with offsets always have `start`.
  const { exact, prefix, suffix, occurrence, part, correction } = node;
  if (typeof exact !== "string" || Object.hasOwn(node, "start")) return undefined;
  return {
    exact,
    prefix: typeof prefix === "string" ? prefix : null,
    suffix: typeof suffix === "string" ? suffix : null,
    occurrence: typeof occurrence === "number" ? occurrence : null,
    part:
      part === "body" || part === "headline" || part === "dateline" || part === "byline" || part === "correction"
        ? part
        : null,
    correction: typeof correction === "string" ? correction : null,
  };
}

/**
 * The texts of one article that quotes are looked for in, each searched on
 * the draft's one work budget and built when a quote first names it.
 */
/** The texts of an article a draft's quotes may stand in, as a parsed draft holds them. */
interface ArticleParts {
  readonly body: string;
  readonly headline?: string | null;
  readonly dateline?: string | null;
  readonly byline?: string | null;
  readonly corrections?: readonly { readonly id: string; readonly text: string }[] | null;
}

class ArticleTexts {
  private readonly searches = new Map<string, BodySearch>();
  readonly budget: WorkBudget;

  constructor(
    private readonly article: ArticleParts,
    budget: number,
  ) {
    this.budget = new WorkBudget(budget);
  }

  /**
   * The search of the part a quote names, with how to name it in a
   * sentence; or, when the article lacks that part, why the quote cannot be
   * looked for.
   */
  searchFor(quote: TextQuote): { search: BodySearch; where: string } | { missing: string } {
    const part = quote.part ?? "body";
    let text: string | undefined;
    let key: string = part;
    let where: string;
    if (part === "correction") {
      const id = quote.correction ?? undefined;
      if (id === undefined) return { missing: anchorMessages.correctionUnnamed(quote.exact) };
      text = this.article.corrections?.find((note) => note.id === id)?.text;
      key = `correction ${id}`;
      where = `correction note ${JSON.stringify(id)}`;
      if (text === undefined) return { missing: anchorMessages.correctionMissing(quote.exact, id) };
    } else {
      text = (part === "body" ? this.article.body : this.article[part]) ?? undefined;
      where = part === "body" ? "the body" : `the ${part}`;
      if (text === undefined) return { missing: anchorMessages.partMissing(quote.exact, part) };
    }
    let search = this.searches.get(key);
    if (search === undefined) {
      search = new BodySearch(text, this.budget, ANCHOR_LIMITS.candidates);
      this.searches.set(key, search);
    }
    return { search, where };
  }
}

function issue(
  path: readonly PathSegment[],
  code: AnchorIssue["code"],
  message: string,
  found: { candidates?: readonly Candidate[]; more?: boolean; foldings?: AnchorIssue["foldings"] } = {},
): AnchorIssue {
  const all = found.candidates ?? [];
  return {
    path,
    code,
    stage: "anchor",
    message,
    candidates: all.slice(0, ANCHOR_LIMITS.reportedCandidates),
    candidateCount: all.length,
    more: found.more ?? false,
    foldings: found.foldings ?? [],
  };
}

/** Places one quote in the text of its part, or says why not. */
function place(
  search: BodySearch,
  where: string,
  quote: TextQuote,
  path: readonly PathSegment[],
  errors: AnchorIssue[],
  warnings: AnchorIssue[],
): Candidate | undefined {
  const body = search.body;
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const overBudget = (): undefined => {
    errors.push(issue(path, "anchor_budget_exceeded", anchorMessages.budget()));
    return undefined;
  };
  if (!search.charge(quote.exact.length + prefix.length + suffix.length + 1)) return overBudget();
  // White space around the words is never part of what they quote.
  const words = quote.exact.trim();
  let found: Occurrences | undefined =
    words === "" ? { candidates: [], loose: false, truncated: false } : search.exact(words);
  if (found === undefined) return overBudget();
  if (found.candidates.length === 0 && words !== "") found = search.loose(words);
  if (found === undefined) return overBudget();
  const all = found.candidates;
  if (all.length === 0) {
    errors.push(issue(path, "quote_not_found", anchorMessages.notFound(quote.exact, where)));
    return undefined;
  }
  let fitting: Candidate[] = [...all];
  if (prefix.trim() !== "" || suffix.trim() !== "") {
    // The context as written first (W3C's TextQuoteSelector), then loosely.
    if (!search.charge(all.length * (prefix.length + suffix.length))) return overBudget();
    fitting = all.filter(
      (c) =>
        c.start >= prefix.length && body.startsWith(prefix, c.start - prefix.length) && body.startsWith(suffix, c.end),
    );
    if (fitting.length === 0) {
      for (const candidate of all) {
        const before = prefix.trim() === "" ? true : search.hasPrefix(candidate.start, prefix);
        const after = suffix.trim() === "" ? true : search.hasSuffix(candidate.end, suffix);
        if (before === undefined || after === undefined) return overBudget();
        if (before && after) fitting.push(candidate);
      }
    }
    if (fitting.length === 0) {
      errors.push(
        issue(
          path,
          "context_not_found",
          anchorMessages.contextNotFound(quote.exact, body, all, found.truncated, where),
          {
            candidates: all,
            more: found.truncated,
          },
        ),
      );
      return undefined;
    }
  }
  let chosen: Candidate | undefined;
  if (quote.occurrence !== undefined && quote.occurrence !== null) {
    chosen = fitting[quote.occurrence - 1];
    if (chosen === undefined) {
      const code = found.truncated ? "quote_ambiguous" : "occurrence_out_of_range";
      errors.push(
        issue(
          path,
          code,
          code === "quote_ambiguous"
            ? anchorMessages.ambiguous(quote.exact, body, fitting, fitting.length, true, where)
            : anchorMessages.occurrenceOutOfRange(quote.exact, quote.occurrence, fitting.length, where),
          { candidates: fitting, more: found.truncated },
        ),
      );
      return undefined;
    }
  } else if (fitting.length === 1 && !found.truncated) {
    chosen = fitting[0];
  } else {
    errors.push(
      issue(
        path,
        "quote_ambiguous",
        anchorMessages.ambiguous(quote.exact, body, fitting, fitting.length, found.truncated, where),
        { candidates: fitting, more: found.truncated },
      ),
    );
    return undefined;
  }
  if (chosen !== undefined && (found.loose || words !== quote.exact)) {
    const placed = body.slice(chosen.start, chosen.end);
    const foldings = foldingsBetween(quote.exact, placed);
    warnings.push(
      issue(path, "quote_loose", anchorMessages.loose(quote.exact, placed, foldings), {
        candidates: [chosen],
        foldings,
      }),
    );
  }
  return chosen;
}

/** Copies a parsed draft into a record: `null` fields left out, quotes placed. */
function build(
  node: Json,
  path: PathSegment[],
  texts: ArticleTexts,
  errors: AnchorIssue[],
  warnings: AnchorIssue[],
): Json | undefined {
  if (Array.isArray(node)) {
    return node.map((item, i) => build(item, [...path, i], texts, errors, warnings) ?? null);
  }
  if (node === null || typeof node !== "object") return node;
  const quote = asQuote(node);
  if (quote !== undefined) {
    const found = texts.searchFor(quote);
    if ("missing" in found) {
      errors.push(issue(path, "quote_not_found", found.missing));
      return node;
    }
    const chosen = place(found.search, found.where, quote, path, errors, warnings);
    if (chosen === undefined) return node;
    // The span keeps the part it points into and how a mention refers (`form`);
    // the quote's own fields give way to the offsets.
    const kept: { [key: string]: Json } = {};
    for (const key of ["part", "correction", "form"]) {
      const value = node[key];
      if (typeof value === "string") kept[key] = value;
    }
    return { ...chosen, exact: found.search.body.slice(chosen.start, chosen.end), ...kept };
  }
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === null) continue;
    const built = build(value, [...path, key], texts, errors, warnings);
    if (built !== undefined) out[key] = built;
  }
  return out;
}

/**
 * Turns a draft record, whose spans may be given by their words (a
 * {@link TextQuote}: `exact`, and where needed `prefix`, `suffix` or
 * `occurrence`), into a checked record: it finds each quote in
 * `article.body` — or, for a quote that names its `part`, in the headline,
 * dateline, byline or correction note it names, with offsets from that
 * text's start — puts its offsets and the text's own words in the span
 * (keeping its `part`, `correction` and a mention's `form`), leaves out
 * `null` fields, and runs `validateRecord` on the result.
 *
 * It never guesses. A quote is placed when its words stand at exactly one
 * place that fits its context (or at the `occurrence` asked for). Words
 * found only loosely — differing in white space, quotation marks, dashes,
 * soft hyphens or case — are placed on the body's own words with a
 * `quote_loose` warning naming the foldings needed. Words found nowhere, at
 * several places with nothing to decide, or with a context that fits no
 * place are reported with their path and the places considered, and nothing
 * is placed for them; the record is then not built.
 *
 * Its cost is bounded by a work budget (see {@link ANCHOR_LIMITS}), and it
 * never throws, whatever `input` is.
 *
 * @param input - A draft record, typically parsed JSON.
 * @param options - The work budget, and `{ grounding: false }` to skip grounding.
 * @returns `{ success: true, data, warnings }`, or `{ success: false, issues, warnings }`.
 * @example
 * ```ts
 * import { anchorRecord } from "news-schema";
 *
 * const body = "Minsk said it would close the border. Vilnius said the border stays open.";
 * const result = anchorRecord({
 *   schemaVersion: "1.0",
 *   article: { id: "a1", publishedAt: "2021-08-05", language: "en", body },
 *   actors: [{ id: "by", kind: "state", name: "Belarus", country: "BY", aliases: ["Minsk"], mentions: [{ exact: "Minsk" }] }],
 *   events: [],
 *   quotes: [],
 *   statistics: [],
 * });
 * if (result.success) result.data.actors[0]?.mentions; // => [{ "start": 0, "end": 5, "exact": "Minsk" }]
 * const twice = anchorRecord({
 *   schemaVersion: "1.0",
 *   article: { id: "a1", publishedAt: "2021-08-05", language: "en", body },
 *   actors: [],
 *   events: [{ id: "e1", eventType: "border-closure", status: "announced", summary: "Belarus closes the border.", spans: [{ exact: "the border" }] }],
 *   quotes: [],
 *   statistics: [],
 * });
 * if (!twice.success) twice.issues[0]?.code; // => "quote_ambiguous"
 * ```
 */
export function anchorRecord(input: unknown, options: AnchorOptions = {}): AnchorResult {
  try {
    const parsed = z.safeParse(DraftRecordSchema, input);
    if (!parsed.success) return { success: false, issues: shapeIssues(parsed.error, input), warnings: [], work: 0 };
    const draft = parsed.data as unknown as Json;
    const budget = options.budget ?? ANCHOR_LIMITS.budget;
    const texts = new ArticleTexts(parsed.data.article, budget);
    const errors: AnchorIssue[] = [];
    const warnings: AnchorIssue[] = [];
    const record = build(draft, [], texts, errors, warnings);
    const work = texts.budget.work;
    if (errors.length > 0) return { success: false, issues: errors, warnings, work };
    const result = validateRecord(record, options.grounding === undefined ? {} : { grounding: options.grounding });
    return result.success
      ? { success: true, data: result.data, warnings, work }
      : { success: false, issues: result.issues, warnings, work };
  } catch (error) {
    return { success: false, issues: unreadable(error).issues, warnings: [], work: 0 };
  }
}
