// TypeDoc plugin: the index page shows the README under the project's name,
// which TypeDoc already sets as the page's title; the README's own first
// heading (`# news-schema`) is left out of the reference, so that the title
// is not shown twice. The README on npm and GitHub keeps it.
import { Converter } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const readme = context.project.readme;
    const first = readme?.[0];
    if (first?.kind !== "text") return;
    const heading = new RegExp(`^\\s*# ${context.project.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*\\n+`);
    if (heading.test(first.text)) first.text = first.text.replace(heading, "");
  });
}
