/**
 * One changed stretch between two texts: `old[oldStart, oldEnd)` became
 * `new[newStart, newEnd)`. `reachStart`/`reachEnd` are how far the change
 * could slide in the old text and still describe the same edit (inserting
 * "ab" into "xaby" after "x" or after "xab" gives the same text): a span
 * that such a slide could cross is never placed by offsets alone.
 */
export interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  readonly reachStart: number;
  readonly reachEnd: number;
}

/** The most edit steps the diff takes before it treats the whole changed middle as one change. */
export const DIFF_MAX_EDITS = 2_000;
/** The most code units the diff compares before it treats the whole changed middle as one change. */
export const DIFF_MAX_COMPARISONS = 50_000_000;
/** The most code units a change is slid to find its reach; past that its reach is taken to its neighbours. */
const MAX_SLIDE = 10_000;

interface Edit {
  /** Old offset where the edit applies. */
  readonly x: number;
  /** New offset where the edit applies. */
  readonly y: number;
  /** `true` for a code unit of the new text inserted, `false` for one of the old text deleted. */
  readonly insert: boolean;
}

/**
 * The edits between `a[aStart, aEnd)` and `b[bStart, bEnd)` by Myers'
 * greedy O((N+M)·D) algorithm, or `undefined` past the budgets.
 */
function myers(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): Edit[] | undefined {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const max = Math.min(n + m, DIFF_MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] keeps the diagonals -d-1 … d+1 of V as they were before step d.
  const trace: Int32Array[] = [];
  let comparisons = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a.charCodeAt(aStart + x) === b.charCodeAt(bStart + y)) {
        x++;
        y++;
      }
      comparisons += 1 + x - from;
      if (comparisons > DIFF_MAX_COMPARISONS) return undefined;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, aStart, bStart);
    }
  }
  return undefined;
}

function backtrack(
  trace: readonly Int32Array[],
  last: number,
  n: number,
  m: number,
  aStart: number,
  bStart: number,
): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const saved = trace[d] ?? new Int32Array(0);
    // Diagonal k of V before step d sits at saved[k + d + 1].
    const at = (k: number): number => saved[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    edits.push({ x: aStart + prevX, y: bStart + prevY, insert: down });
    x = prevX;
    y = prevY;
  }
  return edits.reverse();
}

/**
 * The changed stretches between two texts, in order, each with its reach.
 * The common start and end are trimmed first; the middle is diffed code
 * unit by code unit within {@link DIFF_MAX_EDITS} and
 * {@link DIFF_MAX_COMPARISONS}, and past them is one change.
 */
export function diffTexts(oldText: string, newText: string): Hunk[] {
  const min = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < min && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < min - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  const oldEnd = oldText.length - suffix;
  const newEnd = newText.length - suffix;
  if (prefix === oldEnd && prefix === newEnd) return [];
  const edits = myers(oldText, prefix, oldEnd, newText, prefix, newEnd);
  const raw: { oldStart: number; oldEnd: number; newStart: number; newEnd: number }[] = [];
  if (edits === undefined) raw.push({ oldStart: prefix, oldEnd, newStart: prefix, newEnd });
  else {
    for (const edit of edits) {
      const last = raw[raw.length - 1];
      if (last !== undefined && last.oldEnd === edit.x && last.newEnd === edit.y) {
        if (edit.insert) last.newEnd++;
        else last.oldEnd++;
      } else {
        raw.push({
          oldStart: edit.x,
          oldEnd: edit.x + (edit.insert ? 0 : 1),
          newStart: edit.y,
          newEnd: edit.y + (edit.insert ? 1 : 0),
        });
      }
    }
  }
  return raw.map((hunk, i) => {
    const before = raw[i - 1];
    const after = raw[i + 1];
    const low = before?.oldEnd ?? 0;
    const high = after?.oldStart ?? oldText.length;
    const oldEmpty = hunk.oldStart === hunk.oldEnd;
    const newEmpty = hunk.newStart === hunk.newEnd;
    let left = 0;
    while (
      left < MAX_SLIDE &&
      hunk.oldStart - left - 1 >= low &&
      hunk.newStart - left - 1 >= 0 &&
      (oldEmpty || oldText.charCodeAt(hunk.oldStart - left - 1) === oldText.charCodeAt(hunk.oldEnd - left - 1)) &&
      (newEmpty || newText.charCodeAt(hunk.newStart - left - 1) === newText.charCodeAt(hunk.newEnd - left - 1))
    ) {
      left++;
    }
    let right = 0;
    while (
      right < MAX_SLIDE &&
      hunk.oldEnd + right < high &&
      hunk.newEnd + right < newText.length &&
      (oldEmpty || oldText.charCodeAt(hunk.oldStart + right) === oldText.charCodeAt(hunk.oldEnd + right)) &&
      (newEmpty || newText.charCodeAt(hunk.newStart + right) === newText.charCodeAt(hunk.newEnd + right))
    ) {
      right++;
    }
    return {
      ...hunk,
      reachStart: left >= MAX_SLIDE ? low : hunk.oldStart - left,
      reachEnd: right >= MAX_SLIDE ? high : hunk.oldEnd + right,
    };
  });
}
