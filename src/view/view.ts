import { renderPage } from "./page.js";
import { renderRecordSection, type ViewOptions } from "./record.js";

/**
 * Renders one record as a self-contained HTML page: the article with every
 * span drawn on its text (actor mentions, quoted words apart from reported
 * speech, numbers, events, places, each kind in its own style), the facts in
 * a side list (selecting one marks its words; selecting marked words shows
 * the facts they carry), its validation and grounding problems linked to
 * where they are, a timeline of its events and a graph of who takes part.
 * The page has no network access and runs from `file://`; all record text is
 * escaped. A value that is not a well-formed record still renders, with its
 * problems.
 *
 * @param input - A record, or any value read from JSON.
 * @param options - Whether to check grounding (default `true`) and the page's title.
 * @returns The HTML document.
 * @example
 * ```ts
 * import { renderRecordView } from "news-schema/view";
 * import { belarusLithuaniaBorder } from "news-schema/dataset";
 *
 * const html = renderRecordView(belarusLithuaniaBorder);
 * html.startsWith("<!doctype html>"); // => true
 * html.includes('<span class="badge ok">valid</span>'); // => true
 * ```
 */
export function renderRecordView(input: unknown, options: ViewOptions = {}): string {
  const section = renderRecordSection(input, 0, options);
  const title = options.title ?? section.headline ?? section.id ?? "news-schema view";
  return renderPage(title, section.html);
}
