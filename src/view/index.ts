/**
 * `news-schema/view`: a record, or a file of many, as one self-contained
 * HTML page (inline style and script, no network, works from `file://`)
 * with every span drawn on the article's text and every problem shown where
 * it is. An entry point of its own, so that the main entry does not grow.
 *
 * @example
 * ```ts
 * import { renderRecordView } from "news-schema/view";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const html = renderRecordView(belarusLithuaniaBorder, { title: "Seed record" });
 * html.includes("<title>Seed record</title>"); // => true
 * ```
 *
 * @module news-schema/view
 */

export type { ViewOptions } from "./record.js";
export { type ReportInput, type ReportOptions, renderReportView } from "./report.js";
export { renderRecordView } from "./view.js";
