// Writes a generated file, or with `--check` on the command line compares
// it with what is committed and exits 1 when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";

/** Writes `text` to `path`, or checks that `path` holds it (`--check`); `rerun` is the command that regenerates it. */
export function writeOrCheck(path, text, rerun) {
  const name = relative(process.cwd(), path);
  if (!process.argv.includes("--check")) {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${name} is stale: run ${rerun}`);
    process.exit(1);
  }
}
