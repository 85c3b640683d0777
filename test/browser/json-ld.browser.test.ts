// A record whose text holds a closing script tag, embedded in a page as
// JSON-LD the way sites do (<script type="application/ld+json">): written
// with serializeJsonLd, no script of the record runs and the page reads the
// graph back whole; written with JSON.stringify alone, the injected script
// runs, which shows that the check can fail.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { belarusLithuaniaBorder } from "../../src/dataset/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/interop/json-ld.js";
import type { NewsRecord } from "../../src/schema/record.js";
import { validateRecord } from "../../src/validation/validate.js";
import { launchChromium, type StaticServer, serveStatic } from "./support.js";

const HOSTILE = [
  "</script><script>window.__injected = (window.__injected ?? 0) + 1</script>",
  "<!--<script>window.__injected = (window.__injected ?? 0) + 1</script>",
  '</SCRIPT ><img src=x onerror="window.__injected = (window.__injected ?? 0) + 1">',
  "line\u2028separator & \u2029 paragraph",
];

function hostileRecord(): NewsRecord {
  const record = JSON.parse(JSON.stringify(belarusLithuaniaBorder)) as NewsRecord;
  record.article.publisher = HOSTILE[0];
  record.article.headline = HOSTILE[3];
  record.actors.push(
    ...HOSTILE.map((name, i) => ({
      id: `hostile-${i}`,
      kind: "organization" as const,
      name,
      organizationType: "other" as const,
    })),
  );
  return record;
}

function page(json: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>JSON-LD</title>
<script type="application/ld+json">${json}</script>
</head><body>
<pre id="result"></pre>
<script>
  const element = document.querySelector('script[type="application/ld+json"]');
  let text;
  try {
    text = JSON.stringify({ parsed: JSON.parse(element.textContent), injected: window.__injected ?? 0 });
  } catch (error) {
    text = JSON.stringify({ error: String(error), injected: window.__injected ?? 0 });
  }
  document.getElementById("result").textContent = text;
  document.body.dataset.state = "done";
</script>
</body></html>`;
}

let browser: Browser;
let server: StaticServer;
const record = hostileRecord();
const graph = toJsonLd(record);

beforeAll(async () => {
  server = await serveStatic({ "/safe": page(serializeJsonLd(graph)), "/unsafe": page(JSON.stringify(graph)) }, {});
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page read back (when its own script could run), and how often an injected script ran. */
async function load(path: string): Promise<{ parsed?: unknown; error?: string; injected: number }> {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: "load" });
  // Expressions as text: this file is compiled without the DOM's types.
  const injected = Number(await tab.evaluate("window.__injected ?? 0"));
  const text = String(await tab.evaluate('document.getElementById("result")?.textContent || "{}"'));
  await tab.close();
  return { ...(JSON.parse(text) as { parsed?: unknown; error?: string }), injected };
}

describe("JSON-LD embedded in a page", () => {
  it("is a valid record whose names hold closing script tags", () => {
    expect(validateRecord(JSON.parse(JSON.stringify(record))).success).toBe(true);
    expect(JSON.stringify(graph)).toContain("</script><script>");
  });

  it("runs no script of the record's text when written with serializeJsonLd, and reads back whole", async () => {
    const result = await load("/safe");
    expect(result.error).toBeUndefined();
    expect(result.injected).toBe(0);
    expect(result.parsed).toEqual(JSON.parse(JSON.stringify(graph)));
  }, 60_000);

  it("runs the injected script when written with JSON.stringify alone", async () => {
    const result = await load("/unsafe");
    expect(result.injected).toBeGreaterThan(0);
  }, 60_000);
});
