// The view's style sheet. Each kind of span has its own line or fill, so the
// kinds read apart without colour; colours meet WCAG AA against their fills.

/** The CSS of every view page. */
export const VIEW_CSS = `
:root { color-scheme: light; --ink: #111827; --muted: #374151; --line: #cbd5e1; --bad: #b21b1b; --focus: #b45309; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1240px; margin: 0 auto; }
h1 { font-size: 1.35rem; margin: 0 0 8px; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 16px 0 6px; }
h4 { font-size: .95rem; margin: 12px 0 4px; color: var(--muted); }
code { font: .9em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
a { color: #1d4ed8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta { margin: 0 0 8px; color: var(--muted); overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-weight: 600; color: #fff; }
.badge.ok { background: #166534; }
.badge.no { background: var(--bad); }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
@media (max-width: 820px) { .columns { grid-template-columns: minmax(0, 1fr); } body { padding: 10px; } }
.body { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.8; font-size: 1.05rem; max-width: 72ch; text-align: start; }
.body[dir="rtl"] { font-size: 1.15rem; }
mark { background: transparent; color: inherit; padding: 0; cursor: pointer; }
.k-mention { border-bottom: 2px solid #1d4ed8; }
.k-speaker { border-bottom: 3px double #6d28d9; }
.k-place { border-bottom: 2px dotted #0f766e; }
.k-quote-content { border-bottom: 2px dashed #92400e; }
.k-quoted { background: #fde68a; font-style: italic; }
.k-statistic { background: #bbf7d0; font-weight: 600; }
.k-event { text-decoration: overline 2px #be185d; }
.k-link { text-decoration: overline dotted 2px #475569; }
mark.unchecked { background: #e2e8f0; outline: 1px dashed #475569; }
mark.bad { background: #fecaca; text-decoration: underline wavy 2px var(--bad); }
mark.on { background: #1e3a8a; color: #fff; outline: 2px solid #1e3a8a; }
.body mark:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.hint.text-hint { margin: 0 0 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: .85rem; margin: 0 0 8px; }
.legend mark { cursor: default; }
.flag { font-size: .78rem; font-style: normal; font-weight: 600; padding: 0 4px; margin-inline: 2px; border-radius: 3px; color: #fff; user-select: none; white-space: normal; }
.flag-bad { background: var(--bad); }
.flag-unchecked { background: #475569; }
.anchor { scroll-margin-top: 40vh; }
.issues { border: 2px solid var(--bad); border-radius: 6px; padding: 4px 12px 8px; background: #fef2f2; margin: 8px 0; }
.issues ol { margin: 0; padding-inline-start: 20px; }
.issue { margin: 4px 0; }
.issue .code { font-weight: 600; color: var(--bad); }
.issue .stage { font-size: .85rem; color: var(--muted); }
.issue .message { overflow-wrap: anywhere; }
.here { border: 1px solid #94a3b8; border-radius: 6px; background: #f8fafc; padding: 4px 12px 8px; margin: 12px 0; }
.here ul { margin: 0; padding-inline-start: 20px; }
.facts { border-inline-start: 1px solid var(--line); padding-inline-start: 16px; }
@media (min-width: 821px) { .facts { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-inline-end: 4px; } }
@media (max-width: 820px) { .facts { border: 0; padding: 0; } }
.facts ul { list-style: none; margin: 0; padding: 0; }
.hint { font-size: .85rem; color: var(--muted); margin: 0; }
.fact { display: block; width: 100%; text-align: start; font: inherit; color: inherit; background: #fff; border: 1px solid var(--line); border-inline-start-width: 5px; border-radius: 6px; padding: 6px 8px; cursor: pointer; }
.fact:hover { background: #f1f5f9; }
.fact[aria-pressed="true"] { background: #dbeafe; border-color: #1e3a8a; }
.fact span { display: block; overflow-wrap: anywhere; }
.fact-title { font-weight: 600; }
.fact-detail { font-size: .88rem; color: var(--muted); }
.fact-id { font: .8rem ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
.fact-note { font-size: .85rem; color: var(--bad); font-weight: 600; }
.fact-unanchored { font-size: .85rem; color: var(--muted); font-style: italic; }
.kind-actor { border-inline-start-color: #1d4ed8; }
.kind-event { border-inline-start-color: #be185d; }
.kind-quote { border-inline-start-color: #92400e; }
.kind-statistic { border-inline-start-color: #166534; }
.fact.has-problem { border-color: var(--bad); }
.timeline, .graph-box { content-visibility: auto; contain-intrinsic-size: auto 300px; }
/* Each fact is laid out only near the screen; its padding leaves room for the focus ring, which containment would clip. */
.facts li { content-visibility: auto; contain-intrinsic-size: auto 84px; padding: 3px; margin: 0 -3px; }
.fact:focus-visible { outline-offset: 0; }
.timeline ol, .timeline ul { margin: 0; padding-inline-start: 20px; }
.timeline .when { font: .85rem ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
.timeline .status { font-size: .85rem; color: var(--muted); }
.graph { width: 100%; height: auto; max-width: 720px; font-size: 12px; }
.graph text { fill: var(--ink); }
.graph .g-event { cursor: pointer; }
.g-part { stroke: #94a3b8; stroke-width: 1.2; }
.g-agent, .g-announcer { stroke: #1d4ed8; }
.g-target { stroke: var(--bad); stroke-dasharray: 4 2; }
.g-link { fill: none; stroke: #be185d; stroke-width: 1.4; }
.g-arrow { fill: #be185d; }
.note { color: var(--muted); font-style: italic; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8fafc; padding: 8px; border-radius: 6px; max-height: 50vh; overflow: auto; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.controls input, .controls select { font: inherit; padding: 4px 6px; }
.codes { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 4px 0 8px; }
.codes button { font: inherit; font-size: .85rem; border: 1px solid var(--line); border-radius: 999px; background: #fff; padding: 2px 10px; cursor: pointer; }
.codes button[aria-pressed="true"] { background: #1e3a8a; color: #fff; border-color: #1e3a8a; }
.index-box { max-height: 55vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; table-layout: fixed; }
.c-where { width: 22%; } .c-id { width: 22%; } .c-headline { width: 30%; } .c-status { width: 8ch; } .c-issues { width: 20%; }
.more { display: block; margin: 8px; font: inherit; padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
th, td { text-align: start; padding: 4px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; overflow-wrap: anywhere; }
thead th { position: sticky; top: 0; background: #f1f5f9; }
td.bad { color: var(--bad); font-weight: 600; white-space: nowrap; }
td.ok { color: #166534; font-weight: 600; white-space: nowrap; }
.open { font: inherit; background: none; border: 0; color: #1d4ed8; text-decoration: underline; cursor: pointer; padding: 0; text-align: start; }
#detail { margin-top: 16px; }
#detail:empty { display: none; }
`;
