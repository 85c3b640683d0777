// Many records on one page: an index with valid and invalid counts and
// issues by code, filterable, that opens each record's view on demand.
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import { validateRecord } from "../validation/validate.js";
import { escapeHtml, jsonForScript, plural } from "./html.js";
import { renderPage } from "./page.js";
import { renderRecordSection, type ViewOptions } from "./record.js";

/** One entry of a report: a value read from a file, or why a line could not be read. */
export interface ReportInput {
  /** The value read (any JSON value; it need not be a valid record). */
  readonly value?: unknown;
  /** Where the value comes from, as a person reads it: `records.jsonl:12`. */
  readonly where?: string;
  /** Set when the line or element could not be read at all; `value` is then ignored. */
  readonly problem?: {
    /** A stable code for the problem, such as `invalid_json`. */
    readonly code: string;
    /** What is wrong, for a person. */
    readonly message: string;
  };
}

/** Options of {@link renderReportView}. */
export interface ReportOptions extends ViewOptions {
  /**
   * How many records, from the first, get their whole view (article, spans,
   * facts); the others show their problems only, which keeps a page of
   * thousands of records small. Default 100.
   */
  readonly detailed?: number;
}

const DEFAULT_DETAILED = 100;
/** Issues kept per record in the index, and characters per message: the page stays small whatever the input. */
const ISSUES_PER_ROW = 50;
const MESSAGE_LENGTH = 600;

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function property(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * One row of the index, as the page's script reads it: where, id, headline,
 * valid, issue codes with counts, the issues themselves (path, code, stage,
 * message) when the record has no whole view on the page, and whether it has.
 */
interface Row {
  readonly w: string;
  readonly i: string;
  readonly h: string;
  readonly v: boolean;
  readonly c: readonly (readonly [string, number])[];
  readonly p?: readonly (readonly [string, string, string, string])[];
  readonly d: boolean;
}

/**
 * Renders many records as one self-contained HTML page: counts of valid and
 * invalid records, issues by code (each a filter), an index of the records
 * that filters by text, status and code, and each record's view when its
 * row is opened. The first `detailed` records get their whole view (the
 * article with its spans, the facts); the others show their problems. The
 * index is drawn by the page's script from a JSON table, a screenful at a
 * time, so a page of 10,000 records opens quickly. Like
 * {@link renderRecordView}, it never throws on bad input, escapes all
 * record text and loads nothing from the network.
 *
 * @param inputs - The values read, in order, with where each comes from.
 * @param options - Whether to check grounding, the page's title, how many records get a whole view.
 * @returns The HTML document.
 * @example
 * ```ts
 * import { renderReportView } from "news-schema/view";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const html = renderReportView([
 *   { value: belarusLithuaniaBorder, where: "records.jsonl:1" },
 *   { value: { schemaVersion: "1.0" }, where: "records.jsonl:2" },
 * ]);
 * html.includes("2 records: 1 valid, 1 invalid"); // => true
 * ```
 */
export function renderReportView(inputs: Iterable<ReportInput>, options: ReportOptions = {}): string {
  const detailed = options.detailed ?? DEFAULT_DETAILED;
  const rows: Row[] = [];
  const details: string[] = [];
  const byCode = new Map<string, number>();
  let valid = 0;
  let n = 0;
  for (const input of inputs) {
    const where = cut(input.where ?? `entry ${n + 1}`, 300);
    let row: Row;
    if (input.problem !== undefined) {
      const { code, message } = input.problem;
      row = {
        w: where,
        i: "",
        h: "",
        v: false,
        c: [[code, 1]],
        p: [["", code, "input", cut(message, MESSAGE_LENGTH)]],
        d: false,
      };
    } else {
      const article = property(input.value, "article");
      const id = cut(text(property(article, "id")), 200);
      const headline = cut(text(property(article, "headline")), 200);
      let issues: readonly ValidationIssue[];
      let whole = false;
      if (n < detailed) {
        const section = renderRecordSection(input.value, n, options);
        details.push(`<script type="application/json" id="d${n}">${jsonForScript(section.html)}</script>`);
        issues = section.issues;
        whole = true;
      } else {
        const result = validateRecord(input.value, { grounding: options.grounding ?? true });
        issues = result.success ? [] : result.issues;
      }
      const codes = new Map<string, number>();
      for (const issue of issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
      const shown = issues
        .slice(0, ISSUES_PER_ROW)
        .map((issue): readonly [string, string, string, string] => [
          formatPath(issue.path),
          issue.code,
          issue.stage,
          cut(issue.message, MESSAGE_LENGTH),
        ]);
      if (issues.length > ISSUES_PER_ROW) shown.push(["", "", "", `… and ${issues.length - ISSUES_PER_ROW} more.`]);
      row = {
        w: where,
        i: id,
        h: headline,
        v: issues.length === 0,
        c: [...codes],
        ...(whole ? {} : { p: shown }),
        d: whole,
      };
    }
    for (const [code, count] of row.c) byCode.set(code, (byCode.get(code) ?? 0) + count);
    if (row.v) valid++;
    rows.push(row);
    n++;
  }
  const codes = [...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const title = options.title ?? "news-schema view";
  const content = `<h1>${escapeHtml(title)}</h1>
<p class="counts"><strong>${plural(n, "record")}: ${valid} valid, ${n - valid} invalid</strong>${n > detailed ? ` · the first ${detailed} with their whole view, the others with their problems` : ""}</p>
${codes.length === 0 ? "" : `<h2>Issues by code</h2><ul class="codes" aria-label="Filter by issue code">${codes.map(([code, count]) => `<li><button type="button" data-code="${escapeHtml(code)}" aria-pressed="false">${escapeHtml(code)} <strong>${count}</strong></button></li>`).join("")}</ul>`}
<div class="controls"><label>Find <input id="q" type="search" placeholder="id, headline, file, code"></label><label>Show <select id="status"><option value="all">all</option><option value="invalid">invalid</option><option value="valid">valid</option></select></label><span id="shown" aria-live="polite">${n} shown</span></div>
<noscript><p>The index needs JavaScript, which this page runs from itself only.</p></noscript>
<div class="index-box"><table id="index"><colgroup><col class="c-where"><col class="c-id"><col class="c-headline"><col class="c-status"><col class="c-issues"></colgroup><thead><tr><th scope="col">where</th><th scope="col">id</th><th scope="col">headline</th><th scope="col">status</th><th scope="col">issues</th></tr></thead><tbody></tbody></table><button type="button" id="more" class="more" hidden>Show more</button></div>
<div id="detail" tabindex="-1" aria-live="polite"></div>
<script type="application/json" id="rows">${jsonForScript(rows)}</script>
${details.join("\n")}`;
  return renderPage(title, content);
}
