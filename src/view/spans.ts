// The spans of a record as the view draws them: each with its path, its
// fact, and what the grounding checks made of it; and the body cut into
// segments at every span boundary, so that overlapping spans can be drawn.
import type { GroundingReport } from "../grounding/check.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { collectSpans, type SpanRole } from "../internal/walk.js";
import type { NewsRecord } from "../schema/record.js";
import type { PathSegment } from "../validation/issues.js";

/** What the grounding checks made of a span: it holds, it does not, it was not compared, or it was not reported. */
export type SpanCheck = "grounded" | "problem" | "unchecked" | "none";

/** A span of the record as the view draws it. */
export interface DrawnSpan {
  /** Its number in the record, in the order of `collectSpans`. */
  readonly index: number;
  /** JSON path of the span. */
  readonly path: readonly PathSegment[];
  /** What the span anchors. */
  readonly role: SpanRole;
  /** The fact it belongs to, as `actors-0`, `quotes-2`. */
  readonly fact: string;
  readonly start: number;
  readonly end: number;
  /** Whether the span is a stretch of the body that can be drawn. */
  readonly drawable: boolean;
  readonly check: SpanCheck;
  /** The grounding status as reported (any string, so that new statuses still show). */
  readonly status?: string;
  /** What a person should know about the check: the mismatch, or why it was not checked. */
  readonly note?: string;
  /** What the record says should stand at the span, when the check found other words. */
  readonly expected?: string;
}

/** A stretch of the body between two span boundaries, with the spans that cover it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly spans: readonly number[];
}

/** A key for a path, for lookups. */
export function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

/** The fact a path lies in, as `quotes-2`, or `undefined` for a path outside the fact lists. */
export function factOfPath(path: readonly PathSegment[]): string | undefined {
  const [list, index] = path;
  if (typeof index !== "number") return undefined;
  if (list === "actors" || list === "events" || list === "quotes" || list === "statistics") return `${list}-${index}`;
  return undefined;
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

function checkOf(status: string): SpanCheck {
  if (status === "grounded") return "grounded";
  if (status === "unchecked") return "unchecked";
  return "problem";
}

/** Words for a grounding entry that did not hold, read defensively: newer reports may add fields. */
function noteOf(entry: GroundingReport["entries"][number]): string | undefined {
  const parts: string[] = [];
  // Read as a string: statuses added to the report later must still show.
  const status: string = entry.status;
  if (status === "unchecked") parts.push("Not checked");
  const reason = "reason" in entry ? entry.reason : undefined;
  if (typeof reason === "string" && reason !== "") parts.push(reason);
  if (typeof entry.message === "string" && entry.message !== "") parts.push(entry.message);
  else if (entry.expected !== undefined)
    parts.push(`Expected ${JSON.stringify(entry.expected)}, found ${JSON.stringify(entry.found ?? "")}.`);
  return parts.length === 0 ? undefined : parts.join(": ");
}

/** Every span of a well-formed record, with what the grounding report says of it. */
export function drawnSpans(record: ReadonlyDeep<NewsRecord>, grounding: GroundingReport | undefined): DrawnSpan[] {
  const byPath = new Map<string, GroundingReport["entries"][number]>();
  for (const entry of grounding?.entries ?? []) {
    const key = pathKey(entry.path);
    const known = byPath.get(key);
    // A span reported twice keeps its worst word: a problem over a grounded check.
    if (known === undefined || checkOf(known.status) === "grounded") byPath.set(key, entry);
  }
  const length = record.article.body.length;
  return collectSpans(record).map((entry, index) => {
    const { start, end } = entry.span;
    // A span may come to point into another part of the article than its body (as \`part: "headline"\`):
    // its offsets are then not the body's, and it is listed, not drawn.
    const part = "part" in entry.span ? entry.span.part : undefined;
    const inBody = part === undefined || part === "body";
    const report = byPath.get(pathKey(entry.path));
    const note = report === undefined ? undefined : noteOf(report);
    return {
      index,
      path: entry.path,
      role: entry.role,
      fact: factOfPath(entry.path) ?? "record",
      start,
      end,
      drawable:
        inBody && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length,
      check: report === undefined ? "none" : checkOf(report.status),
      ...(report === undefined ? {} : { status: report.status }),
      ...(note === undefined ? {} : { note }),
      ...(typeof report?.expected === "string" ? { expected: report.expected } : {}),
    };
  });
}

/**
 * The spans an issue at `path` is about: the span at or above the path
 * (`quotes[0].quoted[0].exact` is about `quotes[0].quoted[0]`), else every
 * span below it (an issue on a whole fact).
 */
export function spansOfPath(path: readonly PathSegment[], spans: readonly DrawnSpan[]): DrawnSpan[] {
  const above = spans.filter((span) => isPrefix(span.path, path));
  if (above.length > 0) return above;
  if (path.length < 2) return [];
  return spans.filter((span) => isPrefix(path, span.path));
}

/** The body cut at every boundary of the drawable spans; stretches no span covers have no spans. */
export function segmentBody(length: number, spans: readonly DrawnSpan[]): Segment[] {
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    if (!span.drawable) continue;
    cuts.add(span.start);
    cuts.add(span.end);
    opens.set(span.start, [...(opens.get(span.start) ?? []), span.index]);
    closes.set(span.end, [...(closes.get(span.end) ?? []), span.index]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    for (const index of closes.get(start) ?? []) active.delete(index);
    for (const index of opens.get(start) ?? []) active.add(index);
    if (end > start) out.push({ start, end, spans: [...active].sort((a, b) => a - b) });
  }
  return out;
}
