#!/usr/bin/env node
// The first thing a newcomer runs (`npm run demo`): checks every record of
// the bundled dataset with the built package, sums each one up in words, and
// ends by writing the seed record's view, a page to open in a browser.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatPath, summarizeRecord, validateRecord } from "news-schema";
import { belarusLithuaniaBorder, records } from "news-schema/dataset";
import { renderRecordView } from "news-schema/view";

const SHOWN_ISSUES = 5;
const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

console.log(`news-schema: the bundled dataset (${plural(records.length, "record")})\n`);
let invalid = 0;
for (const record of records) {
  const result = validateRecord(record);
  if (result.success) {
    console.log(`${record.article.id}: valid`);
  } else {
    invalid++;
    console.log(`${record.article.id}: INVALID, ${plural(result.issues.length, "issue")}`);
    for (const issue of result.issues.slice(0, SHOWN_ISSUES)) {
      console.log(`  ${formatPath(issue.path)} (${issue.code}): ${issue.message}`);
    }
    if (result.issues.length > SHOWN_ISSUES) console.log(`  … and ${result.issues.length - SHOWN_ISSUES} more`);
  }
  // A summary needs a well-shaped record; integrity or grounding issues do not prevent one.
  if (result.success || result.issues.every((issue) => issue.stage !== "shape")) {
    for (const line of summarizeRecord(record).split("\n")) console.log(`  ${line}`);
  }
  console.log("");
}
console.log(`${plural(records.length, "record")} checked: ${records.length - invalid} valid, ${invalid} invalid.`);

const folder = join(tmpdir(), "news-schema-demo");
mkdirSync(folder, { recursive: true });
const page = join(folder, `${belarusLithuaniaBorder.article.id}.html`);
writeFileSync(page, renderRecordView(belarusLithuaniaBorder));
console.log(`\nThe seed record's view (open it in a browser): ${page}`);
process.exit(invalid === 0 ? 0 : 1);
