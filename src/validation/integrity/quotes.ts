import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { NewsRecord } from "../../schema/record.js";
import type { TextSpan } from "../../schema/span.js";
import { fragmentOutside, stretch } from "./messages.js";
import type { Report } from "./report.js";

/** Whether `inner` lies inside `outer`, in the same part of the article (and the same correction note). */
function inside(inner: ReadonlyDeep<TextSpan>, outer: ReadonlyDeep<TextSpan>): boolean {
  return (
    (inner.part ?? "body") === (outer.part ?? "body") &&
    inner.correction === outer.correction &&
    inner.start >= outer.start &&
    inner.end <= outer.end
  );
}

/** Checks that each quoted fragment of a mixed quote lies inside its content or one of its continuations. */
export function checkQuotes(record: ReadonlyDeep<NewsRecord>, report: Report): void {
  record.quotes.forEach((quote, q) => {
    if (quote.mode !== "mixed") return;
    const stretches = [quote.content, ...(quote.continuation ?? [])];
    quote.quoted.forEach((span, s) => {
      if (stretches.some((outer) => inside(span, outer))) return;
      const where = stretches.map((outer) => stretch(outer.start, outer.end, outer.part)).join(", ");
      report(["quotes", q, "quoted", s], "fragment_outside_content", fragmentOutside(span.start, span.end, where));
    });
  });
}
