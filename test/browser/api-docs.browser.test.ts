// The generated API docs (`npm run docs` → docs/api), opened in headless
// Chromium: the index renders with the README and the guides, the page of
// NewsEventSchema exists, and the search finds "Quote". At 1280 px wide, a
// common laptop, the pages fit the window, code keeps its lines, and the
// data-model diagram is drawn whole; screenshots of the pages readers need
// most are written to a folder the test prints, for review.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/package.js";
import { launchChromium, type StaticServer, serveStatic } from "./support.js";

const SITE = join(ROOT, "docs", "api");

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/api has no index.html: run `npm run docs` first");
  server = await serveStatic({}, { "/docs/": SITE });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the docs and collects the errors it raises. */
async function open(path: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (error) => errors.push(error.message));
  const response = await tab.goto(`${server.origin}/docs/${path}`);
  expect(response?.status(), path).toBe(200);
  return { tab, errors };
}

/** Types a query into the docs' search and returns the results' texts and links. */
async function search(tab: Page, query: string): Promise<{ text: string; href: string }[]> {
  await tab.click("#tsd-search-trigger");
  await tab.fill("#tsd-search-input", query);
  await tab.waitForSelector("#tsd-search-results li a", { timeout: 30_000 });
  return tab.$$eval("#tsd-search-results li a", (links) =>
    links.map((link) => ({ text: (link.textContent ?? "").trim(), href: link.getAttribute("href") ?? "" })),
  );
}

describe("the API docs", () => {
  it("render an index page with the README and every guide of docs/ in the navigation", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const opening = readme.split("\n").find((line) => line.trim() !== "" && !line.startsWith("#")) ?? "";
    const guides: string[] = [];
    for (const file of (await readdir(join(ROOT, "docs"))).filter((name) => name.endsWith(".md"))) {
      const title = /^---\n(?:.*\n)*?title:\s*(.+)\n/.exec(await readFile(join(ROOT, "docs", file), "utf8"))?.[1];
      expect(title, `docs/${file} has no title in its front matter`).toBeDefined();
      if (title !== undefined) guides.push(title.trim());
    }
    expect(guides.length).toBeGreaterThanOrEqual(4);

    const { tab, errors } = await open("index.html");
    expect(await tab.title()).toContain("news-schema");
    expect(await tab.textContent(".tsd-panel.tsd-typography")).toContain(opening.slice(0, 40));
    // The navigation is drawn by a script, all at once: wait for it, then read it.
    await tab.waitForSelector(".tsd-navigation a", { state: "attached", timeout: 30_000 });
    const links = await tab.$$eval(".tsd-navigation a", (anchors) =>
      anchors.map((anchor) => (anchor.textContent ?? "").trim()),
    );
    expect(links).toEqual(expect.arrayContaining(guides));
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  it("have a page for NewsEventSchema, found through the search, leading to its fields' comments", async () => {
    const { tab, errors } = await open("index.html");
    const results = await search(tab, "NewsEventSchema");
    const hit = results.find((result) => result.text.endsWith("NewsEventSchema"));
    expect(hit, JSON.stringify(results)).toBeDefined();
    const response = await tab.goto(new URL(hit?.href ?? "", tab.url()).href);
    expect(response?.status()).toBe(200);
    expect(await tab.textContent("h1")).toContain("NewsEventSchema");
    // The schema's page links to its inferred type, whose page lists the fields with their comments.
    const typeLink = await tab.$$eval(".col-content a", (links) =>
      links.filter((link) => (link.textContent ?? "").trim() === "NewsEvent").map((link) => link.href),
    );
    expect(typeLink.length).toBeGreaterThan(0);
    expect((await tab.goto(typeLink[0] ?? ""))?.status()).toBe(200);
    expect(await tab.textContent("h1")).toContain("NewsEvent");
    expect(await tab.textContent(".col-content")).toContain("Where the event stands as the article reports it");
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  it('find "Quote" with the search', async () => {
    const { tab, errors } = await open("index.html");
    const results = await search(tab, "Quote");
    const texts = results.map((result) => result.text);
    expect(
      texts.some((text) => /(?:^|\.)Quote$/.test(text)),
      JSON.stringify(texts),
    ).toBe(true);
    expect(
      texts.some((text) => text.endsWith("QuoteSchema")),
      JSON.stringify(texts),
    ).toBe(true);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);
});

/** Opens a page of the docs at 1280 × 800 and waits until TypeDoc's script shows it. */
async function openAt1280(path: string): Promise<{ tab: Page; errors: string[] }> {
  const { tab, errors } = await open(path);
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.waitForFunction('document.body.style.display !== "none"', undefined, { timeout: 30_000 });
  return { tab, errors };
}

/** For each code block of the page: its lines, the lines it is drawn on, and whether it overflows its box. */
async function codeBlocks(tab: Page): Promise<{ lines: number; drawn: number; overflows: boolean; text: string }[]> {
  return tab.$$eval(".col-content pre", (blocks) =>
    blocks.map((block) => {
      const code = block.querySelector("code") ?? block;
      // TypeDoc ends each highlighted line with <br>, plain blocks with a newline.
      const text = code.innerHTML
        .replace(/<br\s*\/?>/g, "\n")
        .replace(/<[^>]*>/g, "")
        .replace(/\n+$/, "");
      const lineHeight = Number.parseFloat(code.ownerDocument.defaultView?.getComputedStyle(code).lineHeight ?? "");
      return {
        lines: text.split("\n").length,
        drawn: Math.round(code.getBoundingClientRect().height / lineHeight),
        overflows: block.scrollWidth > block.clientWidth,
        text: text.slice(0, 60),
      };
    }),
  );
}

describe("the API docs at 1280 px wide", () => {
  it("show the title once on the index page, and draw each code block on as many lines as it has", async () => {
    const { tab, errors } = await openAt1280("index.html");
    const titles = await tab.$$eval(".col-content h1", (headings) => headings.map((h) => (h.textContent ?? "").trim()));
    expect(titles).toEqual(["news-schema"]);
    const blocks = await codeBlocks(tab);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => block.drawn !== block.lines)).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  it("draw the data-model diagram whole: every line on one line, nothing hidden to the right", async () => {
    const { tab, errors } = await openAt1280("documents/The_data_model.html");
    const diagram = (await codeBlocks(tab)).find((block) => block.text.startsWith("NewsRecord"));
    expect(diagram).toBeDefined();
    expect(diagram?.lines).toBeGreaterThan(20);
    expect(diagram?.drawn).toBe(diagram?.lines);
    expect(diagram?.overflows).toBe(false);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  it("fit the window on the pages readers need most, whose screenshots go to a folder for review", async () => {
    const folder = process.env.NEWS_SCHEMA_SCREENSHOTS ?? (await mkdtemp(join(tmpdir(), "news-schema-docs-1280-")));
    const pages = {
      index: "index.html",
      validateRecord: "functions/news-schema.validateRecord.html",
      NewsRecordSchema: "variables/news-schema.NewsRecordSchema.html",
      toJsonLd: "functions/news-schema.toJsonLd.html",
      "data-model": "documents/The_data_model.html",
    };
    for (const [name, path] of Object.entries(pages)) {
      const { tab, errors } = await openAt1280(path);
      const width = Number(await tab.evaluate("document.documentElement.scrollWidth"));
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(1280);
      const file = join(folder, `${name}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      expect((await stat(file)).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
      await tab.close();
    }
    console.info(`Screenshots of the API docs at 1280 px: ${folder}`);
  }, 120_000);
});
