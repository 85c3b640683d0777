// The built ESM files of the library, loaded as modules by a page in
// headless Chromium (zod through an import map), validate the seed record
// and reject a broken copy of it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { exportTargets, isCode, isPattern, ROOT, readManifest } from "../support/package.js";
import { launchChromium, type StaticServer, serveStatic } from "./support.js";

let browser: Browser;
let server: StaticServer;
let modules: Record<string, string>;
let importMap: Record<string, string>;

/** What the page shows, as JSON. */
const PageReportSchema = z.strictObject({
  loaded: z.record(z.string(), z.number()),
  records: z.array(z.strictObject({ id: z.string(), valid: z.boolean() })),
  broken: z.strictObject({
    valid: z.boolean(),
    issues: z.array(z.strictObject({ path: z.string(), code: z.string() })),
  }),
});

beforeAll(async () => {
  const manifest = await readManifest();
  // The ESM file of every entry point, as a browser's bundler or import map takes it (not Node's build,
  // under the `node` condition): { ".": "/dist/index.js", ... }.
  modules = Object.fromEntries(
    exportTargets(manifest)
      .filter(
        ({ subpath, conditions, target }) =>
          !isPattern(subpath) &&
          conditions.includes("import") &&
          !conditions.includes("types") &&
          !conditions.includes("node") &&
          isCode(target),
      )
      .map(({ subpath, target }) => [subpath, target.replace(/^\.\//, "/")]),
  );
  importMap = await zodImportMap();
  server = await serveStatic(
    { "/": page(modules, importMap) },
    { "/dist/": join(ROOT, "dist"), "/zod/": join(ROOT, "node_modules", "zod") },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the library in a browser", () => {
  it("validates the seed record and rejects a broken copy, from the built ESM files", async () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining([".", "./dataset"]));
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await tab.goto(`${server.origin}/`);
    await tab.waitForSelector("body[data-state]", { timeout: 30_000 });
    const state = await tab.getAttribute("body", "data-state");
    const text = (await tab.textContent("#result")) ?? "";
    expect(errors).toEqual([]);
    expect(state, text).toBe("done");

    const report = PageReportSchema.parse(JSON.parse(text));
    for (const [subpath, file] of Object.entries(modules)) {
      expect(report.loaded[file], `exports of ${subpath}`).toBeGreaterThan(0);
      expect(server.requested).toContain(file);
    }
    const zodFiles = new Set(Object.values(importMap));
    expect(server.requested.filter((path) => zodFiles.has(path)).length).toBeGreaterThan(0);
    expect(report.records.length).toBeGreaterThan(0);
    expect(report.records.filter((record) => !record.valid)).toEqual([]);
    expect(report.broken.valid).toBe(false);
    expect(report.broken.issues).toEqual([{ path: "quotes[0].quoted[0]", code: "quote_mismatch" }]);
    expect(await tab.textContent("#summary")).toContain("broken copy: invalid");
    await tab.close();
  }, 60_000);
});

/**
 * Maps every specifier zod exports (`zod`, `zod/mini`, `zod/v4/core`, ...) to
 * its ESM file as the page requests it, from zod's own package.json, so the
 * page resolves whichever entry of zod the library imports.
 */
async function zodImportMap(): Promise<Record<string, string>> {
  const { exports } = z
    .looseObject({ exports: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(await readFile(join(ROOT, "node_modules", "zod", "package.json"), "utf8")));
  const Conditions = z.looseObject({
    import: z.union([z.string(), z.looseObject({ default: z.string() })]).optional(),
  });
  const map: Record<string, string> = {};
  for (const [subpath, value] of Object.entries(exports)) {
    if (isPattern(subpath)) continue;
    const parsed = Conditions.safeParse(value);
    const target = parsed.success ? parsed.data.import : undefined;
    const file = typeof target === "string" ? target : target?.default;
    if (file !== undefined && isCode(file)) map[`zod${subpath.slice(1)}`] = `/zod/${file.replace(/^\.\//, "")}`;
  }
  return map;
}

/**
 * The page: an import map that sends `zod` (and its subpaths) to zod's own ESM files, then a
 * module that loads every entry point, validates every record of the dataset
 * and a copy of the first whose first quoted words are changed, and shows
 * the result as text and as JSON.
 */
function page(entries: Readonly<Record<string, string>>, imports: Readonly<Record<string, string>>): string {
  const root = entries["."] ?? "/missing-root-entry.js";
  const dataset = entries["./dataset"] ?? "/missing-dataset-entry.js";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>news-schema in a browser</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
</head>
<body>
<h1>news-schema in a browser</h1>
<p id="summary">running…</p>
<pre id="result"></pre>
<script type="module">
const show = (state, summary, result) => {
  document.getElementById("summary").textContent = summary;
  document.getElementById("result").textContent = result;
  document.body.dataset.state = state;
};
try {
  const loaded = {};
  for (const file of ${JSON.stringify(Object.values(entries))}) loaded[file] = Object.keys(await import(file)).length;
  const { validateRecord, formatPath } = await import(${JSON.stringify(root)});
  const { records } = await import(${JSON.stringify(dataset)});
  const checked = records.map((record) => ({ id: record.article.id, valid: validateRecord(record).success }));
  const broken = structuredClone(records[0]);
  broken.quotes[0].quoted[0].exact += " (changed)";
  const result = validateRecord(broken);
  const issues = result.success ? [] : result.issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code }));
  const lines = checked.map((record) => record.id + ": " + (record.valid ? "valid" : "INVALID"));
  lines.push("broken copy: " + (result.success ? "valid" : "invalid — " + issues.map((i) => i.path + " " + i.code).join(", ")));
  show("done", lines.join("; "), JSON.stringify({ loaded, records: checked, broken: { valid: result.success, issues } }));
} catch (error) {
  show("failed", "failed", String(error && error.stack || error));
}
</script>
</body>
</html>
`;
}
