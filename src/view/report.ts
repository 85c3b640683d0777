// Many records on one page: an index with valid and invalid counts and
// issues by code, filterable, that opens each record's view on demand.
import { escapeHtml, jsonForScript, plural } from "./html.js";
import { renderPage } from "./page.js";
import { type RecordSection, renderRecordSection, type ViewOptions } from "./record.js";

/** One entry of a report: a value read from a file, or why a line could not be read. */
export interface ReportInput {
  /** The value read (any JSON value; it need not be a valid record). */
  readonly value?: unknown;
  /** Where the value comes from, as a person reads it: `records.jsonl:12`. */
  readonly where?: string;
  /** Set when the line or element could not be read at all; `value` is then ignored. */
  readonly problem?: { readonly code: string; readonly message: string };
}

/** Options of {@link renderReportView}. */
export interface ReportOptions extends ViewOptions {
  /**
   * How many records, from the first, get their whole view (article, spans,
   * facts); the others show their problems only, which keeps a page of
   * thousands of records small. Default 500.
   */
  readonly detailed?: number;
}

const DEFAULT_DETAILED = 500;

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function unreadable(n: number, input: ReportInput, code: string, message: string): RecordSection {
  const html = `<section class="record" id="r${n}" data-valid="false"><header><h2>${escapeHtml(input.where ?? `entry ${n + 1}`)}</h2><p class="meta"><span class="badge no">not read</span></p></header><section class="issues"><ol><li class="issue"><span class="code">${escapeHtml(code)}</span><div class="message">${escapeHtml(cut(message, 2000))}</div></li></ol></section></section>`;
  return { html, valid: false, id: undefined, headline: undefined, issues: [] };
}

/**
 * Renders many records as one self-contained HTML page: counts of valid and
 * invalid records, issues by code (each a filter), a table of the records
 * that filters by text, status and code, and each record's view when its
 * row is opened. Like {@link renderRecordView}, it never throws on bad
 * input and loads nothing from the network.
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
  const rows: string[] = [];
  const details: string[] = [];
  const byCode = new Map<string, number>();
  let valid = 0;
  let n = 0;
  for (const input of inputs) {
    const section =
      input.problem !== undefined
        ? unreadable(n, input, input.problem.code, input.problem.message)
        : renderRecordSection(input.value, n, { ...options, compact: n >= detailed });
    const codes = new Map<string, number>();
    if (input.problem !== undefined) codes.set(input.problem.code, 1);
    for (const issue of section.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    for (const [code, count] of codes) byCode.set(code, (byCode.get(code) ?? 0) + count);
    if (section.valid) valid++;
    const where = input.where ?? String(n + 1);
    const search = [where, section.id ?? "", section.headline ?? "", ...codes.keys()].join(" ").toLowerCase();
    rows.push(
      `<tr data-n="${n}" data-valid="${section.valid}" data-codes="${escapeHtml([...codes.keys()].join(" "))}" data-text="${escapeHtml(cut(search, 400))}"><td><button type="button" class="open" data-n="${n}">${escapeHtml(where)}</button></td><td><code>${escapeHtml(cut(section.id ?? "", 120))}</code></td><td>${escapeHtml(cut(section.headline ?? "", 160))}</td>${
        section.valid ? `<td class="ok">valid</td>` : `<td class="bad">invalid</td>`
      }<td>${[...codes].map(([code, count]) => `${escapeHtml(code)}${count > 1 ? ` ×${count}` : ""}`).join(", ")}</td></tr>`,
    );
    details.push(`<script type="application/json" id="d${n}">${jsonForScript(section.html)}</script>`);
    n++;
  }
  const codes = [...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const title = options.title ?? "news-schema view";
  const content = `<h1>${escapeHtml(title)}</h1>
<p class="counts"><strong>${plural(n, "record")}: ${valid} valid, ${n - valid} invalid</strong>${n > detailed ? ` · the first ${detailed} with their whole view, the others with their problems` : ""}</p>
${codes.length === 0 ? "" : `<h2>Issues by code</h2><ul class="codes" aria-label="Filter by issue code">${codes.map(([code, count]) => `<li><button type="button" data-code="${escapeHtml(code)}" aria-pressed="false">${escapeHtml(code)} <strong>${count}</strong></button></li>`).join("")}</ul>`}
<div class="controls"><label>Find <input id="q" type="search" placeholder="id, headline, file, code"></label><label>Show <select id="status"><option value="all">all</option><option value="invalid">invalid</option><option value="valid">valid</option></select></label><span id="shown" aria-live="polite">${n} shown</span></div>
<div class="index-box"><table id="index"><thead><tr><th scope="col">where</th><th scope="col">id</th><th scope="col">headline</th><th scope="col">status</th><th scope="col">issues</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>
<div id="detail" tabindex="-1" aria-live="polite"></div>
${details.join("\n")}`;
  return renderPage(title, content);
}
