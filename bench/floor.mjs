#!/usr/bin/env node
// The floor the CLI is measured against: read a JSONL file, split it into
// lines and JSON.parse each one, doing nothing else. Prints the count.
import { createReadStream } from "node:fs";

let count = 0;
let rest = "";
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const lines = (rest + chunk).split("\n");
  rest = lines.pop() ?? "";
  for (const line of lines) {
    if (line.length === 0) continue;
    JSON.parse(line);
    count++;
  }
}
if (rest.length > 0) {
  JSON.parse(rest);
  count++;
}
console.log(count);
