import type { ReadonlyDeep } from "../internal/readonly-deep.js";
import { partText } from "../internal/text.js";
import type { Article } from "../schema/article.js";
import type { TextSpan } from "../schema/span.js";

/** The words at a span: its `exact` when given, else the text of its part between its offsets (none for a part the article lacks). */
export function spanText(article: ReadonlyDeep<Article>, span: ReadonlyDeep<TextSpan>): string {
  return span.exact ?? (partText(article, span) ?? "").slice(span.start, span.end);
}
