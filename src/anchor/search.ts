import { splitsPair } from "../internal/text.js";
import { type FoldedText, foldText, foldWithOffsets } from "./fold.js";

/** Where a quote may stand in the text searched (the body, or the part of the article it names): `[start, end)` in UTF-16 code units. */
export interface Candidate {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/** The occurrences of one quote: exact ones, or loose ones when there is no exact one. */
export interface Occurrences {
  /** The occurrences found, in body order, at most the search's `maxCandidates`. */
  readonly candidates: readonly Candidate[];
  /** Whether they match only loosely. */
  readonly loose: boolean;
  /** Whether there were more than `maxCandidates`, so that the list is cut short. */
  readonly truncated: boolean;
}

/**
 * A budget of work, counted in code units read, that several searches
 * share: anchoring one draft searches the body and, for quotes of other
 * parts, the headline, dateline, byline or a correction note, all on one
 * budget.
 */
export class WorkBudget {
  private remaining: number;
  private spent = 0;

  /** @param units - The most code units the searches may read. */
  constructor(units: number) {
    this.remaining = units;
  }

  /** Whether the budget is spent. */
  get exhausted(): boolean {
    return this.remaining < 0;
  }

  /** The code units read so far, the last charge included. */
  get work(): number {
    return this.spent;
  }

  /** Charges `units` of work; `false` once the budget is spent, after which nothing more is charged. */
  charge(units: number): boolean {
    if (this.remaining < 0) return false;
    this.remaining -= units;
    this.spent += units;
    return this.remaining >= 0;
  }
}

/**
 * Searches one text of the article (its body, or another part) for quotes
 * within a budget of work, counted in code units read: each `indexOf` is
 * charged the stretch of text it passed over plus the needle's length,
 * folding the text for loose search is charged its length once, and each
 * context comparison its length. When the budget runs out, searches answer
 * `undefined`. Results are kept per needle, so a name quoted a hundred
 * times is looked for once.
 */
export class BodySearch {
  /** The text searched: the article's body, or the part a quote names. */
  readonly body: string;
  readonly maxCandidates: number;
  private readonly budget: WorkBudget;
  private folded: FoldedText | undefined;
  private readonly exactCache = new Map<string, Occurrences | undefined>();
  private readonly looseCache = new Map<string, Occurrences | undefined>();

  /**
   * @param body - The text to search: the article's body, or another part of it.
   * @param budget - The most code units the searches may read, or a budget shared with other searches.
   * @param maxCandidates - The most occurrences kept for one needle.
   */
  constructor(body: string, budget: number | WorkBudget, maxCandidates: number) {
    this.body = body;
    this.budget = typeof budget === "number" ? new WorkBudget(budget) : budget;
    this.maxCandidates = maxCandidates;
  }

  /** Whether the budget is spent. */
  get exhausted(): boolean {
    return this.budget.exhausted;
  }

  /** The code units read so far on the budget, the last charge included. */
  get work(): number {
    return this.budget.work;
  }

  /** Charges `units` of work; `false` once the budget is spent, after which nothing more is charged. */
  charge(units: number): boolean {
    return this.budget.charge(units);
  }

  /** The body folded for loose search, built once; `undefined` when the budget cannot pay for it. */
  foldedBody(): FoldedText | undefined {
    if (this.folded === undefined) {
      if (!this.charge(this.body.length)) return undefined;
      this.folded = foldWithOffsets(this.body);
    }
    return this.folded;
  }

  /** Every exact occurrence of `needle`, overlapping ones included; `undefined` when over budget. */
  exact(needle: string): Occurrences | undefined {
    if (this.exactCache.has(needle)) return this.exactCache.get(needle);
    const found = this.scan(this.body, needle, (at) => ({ start: at, end: at + needle.length }));
    const result = found === undefined ? undefined : { ...found, loose: false };
    this.exactCache.set(needle, result);
    return result;
  }

  /** Every loose occurrence of `needle` (see `FOLDINGS`); `undefined` when over budget. */
  loose(needle: string): Occurrences | undefined {
    if (this.looseCache.has(needle)) return this.looseCache.get(needle);
    let result: Occurrences | undefined;
    const folded = this.foldedBody();
    const key = foldText(needle);
    if (folded !== undefined && this.charge(needle.length)) {
      if (key === "") result = { candidates: [], loose: true, truncated: false };
      else {
        const found = this.scan(folded.text, key, (at) => ({
          start: folded.starts[at] ?? 0,
          end: folded.ends[at + key.length - 1] ?? 0,
        }));
        if (found !== undefined) result = { ...found, loose: true };
      }
    }
    this.looseCache.set(needle, result);
    return result;
  }

  private scan(
    haystack: string,
    needle: string,
    toCandidate: (at: number) => Candidate,
  ): { candidates: Candidate[]; truncated: boolean } | undefined {
    const candidates: Candidate[] = [];
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(needle, from);
      if (!this.charge((at === -1 ? haystack.length - from : at - from) + needle.length)) return undefined;
      if (at === -1) return { candidates, truncated: false };
      const candidate = toCandidate(at);
      if (
        candidate.start < candidate.end &&
        !splitsPair(this.body, candidate.start) &&
        !splitsPair(this.body, candidate.end)
      ) {
        if (candidates.length === this.maxCandidates) return { candidates, truncated: true };
        candidates.push(candidate);
      }
      from = at + 1;
    }
  }

  /**
   * Whether the body just before `start` reads as `prefix`, loosely (white
   * space between them allowed); `undefined` when over budget.
   */
  hasPrefix(start: number, prefix: string): boolean | undefined {
    const folded = this.foldedBody();
    const key = foldText(prefix);
    if (folded === undefined || !this.charge(key.length + 1)) return undefined;
    let at = firstAtOrAfter(folded.starts, start);
    if (at > 0 && folded.text.charAt(at - 1) === " ") at--;
    return at >= key.length && folded.text.slice(at - key.length, at) === key;
  }

  /**
   * Whether the body just after `end` reads as `suffix`, loosely (white
   * space between them allowed); `undefined` when over budget.
   */
  hasSuffix(end: number, suffix: string): boolean | undefined {
    const folded = this.foldedBody();
    const key = foldText(suffix);
    if (folded === undefined || !this.charge(key.length + 1)) return undefined;
    let at = firstAtOrAfter(folded.starts, end);
    if (folded.text.charAt(at) === " ") at++;
    return folded.text.slice(at, at + key.length) === key;
  }
}

/** The first index whose value is at least `offset`, by binary search (`values` ascend). */
function firstAtOrAfter(values: Int32Array, offset: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
