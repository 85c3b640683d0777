// One record as HTML: its article with every span drawn on the body, its
// problems linked to where they are, its facts, timeline and graph.
import { checkGrounding } from "../grounding/check.js";
import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { buildTimeline } from "../query/timeline.js";
import type { NewsEvent } from "../schema/news-event.js";
import type { NewsRecord } from "../schema/record.js";
import { formatPath, type ValidationIssue } from "../validation/issues.js";
import { validateRecord } from "../validation/validate.js";
import { describeFacts, timeText } from "./facts.js";
import { renderGraph } from "./graph.js";
import { escapeHtml, escapeValue, plural } from "./html.js";
import { type DrawnSpan, drawnSpans, factOfPath, segmentBody, spansOfPath } from "./spans.js";

/** Options of the view. */
export interface ViewOptions {
  /** Check grounding in the article's text (default `true`), as `validateRecord` does. */
  readonly grounding?: boolean;
  /** The page's title; by default the record's headline or id. */
  readonly title?: string;
}

/** A record drawn as an HTML fragment, with what the index needs to know of it. */
export interface RecordSection {
  readonly html: string;
  readonly valid: boolean;
  readonly id: string | undefined;
  readonly headline: string | undefined;
  readonly issues: readonly ValidationIssue[];
}

const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** The direction of a language's script, from its BCP 47 tag (a script subtag wins over the language). */
export function directionOf(language: string): "rtl" | "ltr" {
  const [primary = "", ...rest] = language.split("-");
  const script = rest.find((subtag) => /^[A-Za-z]{4}$/.test(subtag));
  if (script !== undefined)
    return RTL_SCRIPTS.has(script[0]?.toUpperCase() + script.slice(1).toLowerCase()) ? "rtl" : "ltr";
  return RTL_LANGUAGES.has(primary.toLowerCase()) ? "rtl" : "ltr";
}

const LEGEND = `<p class="legend" aria-label="Legend"><mark class="k-mention">actor</mark> <mark class="k-quoted">quoted words</mark> <mark class="k-quote-content">reported speech</mark> <mark class="k-speaker">source</mark> <mark class="k-statistic">number</mark> <mark class="k-event">event</mark> <mark class="k-place">place</mark> <mark class="k-link">link</mark> <mark class="bad">does not match</mark> <mark class="unchecked">not checked</mark></p>`;

const TEXT_HINT = `<p class="hint text-hint">Tab reaches the marked words: arrow keys (or j k) move between them, Enter shows the facts they carry, Escape clears.</p>`;

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function property(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The body with every drawable span as a `<mark>` per stretch, and flags after spans that fail. */
function renderBody(body: string, spans: readonly DrawnSpan[], prefix: string): string {
  const drawable = new Map(spans.filter((span) => span.drawable).map((span) => [span.index, span]));
  const out: string[] = [];
  // The first stretch is the body's one stop for Tab; the page's script moves that stop as the reader moves.
  let stop = ' tabindex="0"';
  for (const segment of segmentBody(body.length, [...drawable.values()])) {
    const words = escapeHtml(body.slice(segment.start, segment.end));
    const covering = segment.spans.flatMap((index) => drawable.get(index) ?? []);
    if (covering.length === 0) {
      out.push(words);
      continue;
    }
    for (const span of covering) {
      if (span.start === segment.start) out.push(`<span class="anchor" id="${prefix}-s${span.index}"></span>`);
    }
    const classes = [...new Set(covering.map((span) => `k-${span.role}`))];
    if (covering.some((span) => span.check === "problem")) classes.push("bad");
    else if (covering.some((span) => span.check === "unchecked")) classes.push("unchecked");
    const notes = covering.flatMap((span) => span.note ?? []);
    const title = notes.length === 0 ? "" : ` title="${escapeHtml(cut(notes.join("\n"), 600))}"`;
    out.push(`<mark class="${classes.join(" ")}" data-s="${segment.spans.join(" ")}"${title}${stop}>${words}</mark>`);
    stop = "";
    for (const span of covering) {
      if (span.end !== segment.end) continue;
      if (span.check === "problem") {
        out.push(
          `<span class="flag flag-bad" data-s="${span.index}"><span aria-hidden="true">✗</span> ${escapeHtml(span.expected === undefined ? cut(span.note ?? span.status ?? "problem", 120) : `expected “${cut(span.expected, 100)}”`)}</span>`,
        );
      } else if (span.check === "unchecked") {
        out.push(
          `<span class="flag flag-unchecked" data-s="${span.index}" title="${escapeHtml(cut(span.note ?? "Not checked", 600))}"><span aria-hidden="true">?</span> not checked</span>`,
        );
      }
    }
  }
  return out.join("");
}

function renderIssues(
  issues: readonly ValidationIssue[],
  spans: readonly DrawnSpan[],
  prefix: string,
  facts: ReadonlySet<string>,
): string {
  // A span not checked that validation already reports (as an issue at its path) is listed once, as the issue.
  const reported = new Set(issues.map((issue) => JSON.stringify(issue.path)));
  const unchecked = spans.filter((span) => span.check === "unchecked" && !reported.has(JSON.stringify(span.path)));
  if (issues.length === 0 && unchecked.length === 0) return "";
  const item = (
    path: string,
    code: string,
    stage: string,
    message: string,
    about: readonly DrawnSpan[],
    fact: string | undefined,
  ): string => {
    const drawn = about.filter((span) => span.drawable);
    const first = drawn[0];
    const href =
      first !== undefined
        ? `#${prefix}-s${first.index}`
        : fact !== undefined && facts.has(fact)
          ? `#${prefix}-f-${fact}`
          : undefined;
    const where = `<code>${escapeHtml(path)}</code>`;
    const link =
      href === undefined
        ? where
        : `<a class="issue-link" href="${href}" data-spans="${drawn.map((span) => span.index).join(" ")}"${fact === undefined ? "" : ` data-fact="${fact}"`}>${where}</a>`;
    return `<li class="issue stage-${escapeHtml(stage)}">${link} <span class="code">${escapeHtml(code)}</span> <span class="stage">${escapeHtml(stage)}</span><div class="message">${escapeHtml(cut(message, 2000))}</div></li>`;
  };
  const rows = issues.map((issue) =>
    item(
      formatPath(issue.path),
      issue.code,
      issue.stage,
      issue.message,
      spansOfPath(issue.path, spans),
      factOfPath(issue.path),
    ),
  );
  const notChecked = unchecked.map((span) =>
    item(
      formatPath(span.path),
      span.status ?? "unchecked",
      "not checked",
      span.note ?? "Not checked.",
      [span],
      span.fact,
    ),
  );
  return `<section class="issues" aria-label="Problems">${
    issues.length === 0 ? "" : `<h3>${plural(issues.length, "problem")}</h3><ol>${rows.join("")}</ol>`
  }${unchecked.length === 0 ? "" : `<h3>${plural(unchecked.length, "span")} not checked</h3><ol>${notChecked.join("")}</ol>`}</section>`;
}

function renderFacts(
  record: ReadonlyDeep<NewsRecord>,
  spans: readonly DrawnSpan[],
  issues: readonly ValidationIssue[],
  prefix: string,
): string {
  const spansOf = new Map<string, number[]>();
  for (const span of spans) if (span.drawable) spansOf.set(span.fact, [...(spansOf.get(span.fact) ?? []), span.index]);
  const problems = new Map<string, number>();
  for (const issue of issues) {
    const fact = factOfPath(issue.path);
    if (fact !== undefined) problems.set(fact, (problems.get(fact) ?? 0) + 1);
  }
  const groups = new Map<string, string[]>();
  for (const fact of describeFacts(record)) {
    const drawn = spansOf.get(fact.key) ?? [];
    const wrong = problems.get(fact.key) ?? 0;
    const unanchored = drawn.length === 0 ? `<span class="fact-unanchored">no span in the text</span>` : "";
    const note = wrong === 0 ? "" : `<span class="fact-note">${plural(wrong, "problem")}</span>`;
    const item = `<li><button type="button" class="fact kind-${fact.kind}${wrong > 0 ? " has-problem" : ""}" id="${prefix}-f-${fact.key}" data-fact="${fact.key}" data-spans="${drawn.join(" ")}" aria-pressed="false"><span class="fact-title">${escapeHtml(cut(fact.title, 400))}</span>${fact.details.map((line) => `<span class="fact-detail">${escapeHtml(cut(line, 300))}</span>`).join("")}<span class="fact-id">${escapeHtml(fact.id)}</span>${unanchored}${note}</button></li>`;
    groups.set(fact.kind, [...(groups.get(fact.kind) ?? []), item]);
  }
  const names: Readonly<Record<string, string>> = {
    actor: "Actors",
    event: "Events",
    quote: "Quotes",
    statistic: "Statistics",
  };
  const sections = [...groups].map(
    ([kind, items]) => `<section><h4>${names[kind] ?? kind} (${items.length})</h4><ul>${items.join("")}</ul></section>`,
  );
  return `<nav class="facts" aria-label="Facts"><h3>Facts</h3><p class="hint">Select a fact to mark its words: ↑ ↓ (or j k) move between facts, Enter on a selected fact goes to its words, Escape clears.</p>${sections.join("")}</nav>`;
}

// The timeline and the graph come out \`hidden\`, as \`later\`: the page's script
// shows them once the first frame is drawn, so that opening a record pays
// only for the article and the facts; \`<noscript>\` shows them at once.
function renderTimeline(record: ReadonlyDeep<NewsRecord>, prefix: string): string {
  const index = new Map(record.events.map((event, i) => [event, i]));
  const { entries, unplaced } = buildTimeline(record);
  if (entries.length === 0 && unplaced.length === 0) return "";
  const item = (event: ReadonlyDeep<NewsEvent>): string => {
    const i = index.get(event) ?? 0;
    return `<li><span class="when">${escapeHtml(timeText(event.date) ?? "undated")}</span> <a class="fact-link" href="#${prefix}-f-events-${i}" data-fact="events-${i}">${escapeHtml(cut(event.summary, 300))}</a> <span class="status">${escapeHtml(event.status)}</span></li>`;
  };
  const ordered = entries.length === 0 ? "" : `<ol>${entries.map(({ event }) => item(event)).join("")}</ol>`;
  const apart =
    unplaced.length === 0
      ? ""
      : `<h4>Neither dated nor linked to a dated event</h4><ul>${unplaced.map(item).join("")}</ul>`;
  return `<section class="timeline later" aria-label="Timeline" hidden><h3>Timeline</h3>${ordered}${apart}</section>`;
}

function renderHeader(article: unknown, valid: boolean, issues: readonly ValidationIssue[], extra: string): string {
  const headline = text(property(article, "headline"));
  const language = text(property(article, "language"));
  const direction =
    headline === undefined || language === undefined
      ? ""
      : ` lang="${escapeHtml(language)}" dir="${directionOf(language)}"`;
  const id = text(property(article, "id"));
  const url = text(property(article, "url"));
  const meta = [
    id === undefined ? "" : `<span>id <code>${escapeHtml(id)}</code></span>`,
    ...["publisher", "publishedAt", "language"].map((key) => {
      const value = property(article, key);
      return value === undefined ? "" : `<span>${escapeValue(value)}</span>`;
    }),
    url !== undefined && /^https?:\/\//i.test(url)
      ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(cut(url, 80))}</a>`
      : "",
  ].filter((part) => part !== "");
  const status = valid
    ? `<span class="badge ok">valid</span>`
    : `<span class="badge no">invalid: ${plural(issues.length, "problem")}</span>`;
  return `<header><h2${direction}>${escapeHtml(cut(headline ?? id ?? "Untitled record", 400))}</h2><p class="meta">${status} ${meta.join(" · ")}${extra}</p></header>`;
}

function graphSection(record: ReadonlyDeep<NewsRecord>, prefix: string): string {
  const svg = renderGraph(record, prefix);
  return svg === ""
    ? ""
    : `<section class="graph-box later" aria-label="Graph" hidden><h3>Who takes part, and how events link</h3>${svg}</section>`;
}

/** A record as an HTML fragment; `n` makes its ids unique on a page of many. */
export function renderRecordSection(value: unknown, n: number, options: ViewOptions = {}): RecordSection {
  const prefix = `r${n}`;
  const result = validateRecord(value, { grounding: options.grounding ?? true });
  const issues = result.success ? [] : result.issues;
  const article = property(value, "article");
  const id = text(property(article, "id"));
  const headline = text(property(article, "headline"));
  const shapeOk = issues.every((issue) => issue.stage !== "shape");
  if (!shapeOk) {
    const body = text(property(article, "body"));
    let raw: string;
    try {
      raw = JSON.stringify(value, null, 2) ?? String(value);
    } catch {
      raw = String(value);
    }
    const html = `<section class="record" id="${prefix}" data-valid="false">${renderHeader(article, false, issues, "")}${renderIssues(issues, [], prefix, new Set())}<p class="note">The record's shape is wrong, so its spans are not drawn.</p>${
      body === undefined ? "" : `<div class="body" dir="auto">${escapeHtml(body)}</div>`
    }<details><summary>The record as read</summary><pre>${escapeHtml(cut(raw, 20_000))}</pre></details></section>`;
    return { html, valid: false, id, headline, issues };
  }
  const record = value as ReadonlyDeep<NewsRecord>;
  const grounding = options.grounding === false ? undefined : checkGrounding(record);
  const spans = drawnSpans(record, grounding);
  const totals = grounding?.totals;
  const coverage =
    totals === undefined
      ? ""
      : ` · <span class="grounding">${totals.spansGrounded} of ${plural(totals.spans, "span")} grounded</span>`;
  const language = record.article.language;
  const facts = new Set([
    ...record.actors.map((_, i) => `actors-${i}`),
    ...record.events.map((_, i) => `events-${i}`),
    ...record.quotes.map((_, i) => `quotes-${i}`),
    ...record.statistics.map((_, i) => `statistics-${i}`),
  ]);
  const html = `<section class="record" id="${prefix}" data-valid="${result.success}">${renderHeader(record.article, result.success, issues, coverage)}${renderIssues(issues, spans, prefix, facts)}<div class="columns"><div class="main"><h3>Article</h3>${LEGEND}${TEXT_HINT}<div class="body" lang="${escapeHtml(language)}" dir="${directionOf(language)}">${renderBody(record.article.body, spans, prefix)}</div><div class="here" aria-live="polite" hidden></div>${renderTimeline(record, prefix)}${graphSection(record, prefix)}</div>${renderFacts(record, spans, issues, prefix)}</div></section>`;
  return { html, valid: result.success, id, headline, issues };
}
