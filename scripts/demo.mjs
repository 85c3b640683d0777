#!/usr/bin/env node
// The main job: validates every record of the bundled dataset with the
// built package and prints, for each, its status and what it holds.
import { checkGrounding, formatPath, validateRecord } from "news-schema";
import { records } from "news-schema/dataset";

let invalid = 0;
for (const record of records) {
  const result = validateRecord(record);
  console.log(`${record.article.id}: ${result.success ? "valid" : "INVALID"}`);
  if (!result.success) {
    invalid++;
    for (const issue of result.issues) console.log(`  ${formatPath(issue.path)}  ${issue.code}  ${issue.message}`);
    continue;
  }
  const { totals } = checkGrounding(record);
  console.log(
    `  ${record.actors.length} actors, ${record.events.length} events, ${record.quotes.length} quotes, ${record.statistics.length} statistics`,
  );
  console.log(
    `  grounding: ${totals.factsGrounded} of ${totals.facts} facts (${Math.round(totals.coverage * 100)}%), ${totals.spansGrounded} of ${totals.spans} spans`,
  );
}
console.log(`${records.length} record${records.length === 1 ? "" : "s"} checked, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
