import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import type { Article } from "../schema/article.js";
import type { TextSpan } from "../schema/span.js";

/** The text of the part of the article a span points into: the body, the headline, the dateline, the byline or a correction's note. */
function partText(article: ReadonlyDeep<Article>, span: ReadonlyDeep<TextSpan>): string {
  switch (span.part ?? "body") {
    case "body":
      return article.body;
    case "headline":
      return article.headline ?? "";
    case "dateline":
      return article.dateline ?? "";
    case "byline":
      return article.byline ?? "";
    case "correction":
      return article.corrections?.find((c) => c.id === span.correction)?.text ?? "";
  }
}

/** The words at a span: its `exact` when given, else the text of its part between its offsets. */
export function spanText(article: ReadonlyDeep<Article>, span: ReadonlyDeep<TextSpan>): string {
  return span.exact ?? partText(article, span).slice(span.start, span.end);
}
