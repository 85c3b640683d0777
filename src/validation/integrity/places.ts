import type { ReadonlyDeep } from "../../internal/readonly-deep.js";
import type { Place } from "../../schema/place.js";
import type { NewsRecord } from "../../schema/record.js";
import type { PathSegment } from "../issues.js";
import { borderSameCountry, inferredWithSpan } from "./messages.js";
import type { Report } from "./report.js";

function checkBorder(path: readonly PathSegment[], place: ReadonlyDeep<Place> | undefined, report: Report): void {
  if (place?.kind === "border" && place.countries[0] === place.countries[1]) {
    report([...path, "countries"], "border_same_country", borderSameCountry(place.countries[0]));
  }
}

/** Checks borders between two countries, and that an inferred link between events gives no words for it. */
export function checkEventsAndPlaces(record: ReadonlyDeep<NewsRecord>, report: Report): void {
  record.events.forEach((event, e) => {
    event.places?.forEach((entry, p) => {
      checkBorder(["events", e, "places", p, "place"], entry.place, report);
    });
    event.related?.forEach((link, l) => {
      if (link.inferred !== true) return;
      if (link.span !== undefined) {
        report(["events", e, "related", l, "span"], "inferred_with_span", inferredWithSpan("span"));
      }
      if (link.hedge !== undefined) {
        report(["events", e, "related", l, "hedge"], "inferred_with_span", inferredWithSpan("hedge"));
      }
    });
  });
  record.statistics.forEach((statistic, s) => {
    checkBorder(["statistics", s, "place"], statistic.place, report);
  });
}
