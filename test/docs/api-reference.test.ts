// The API reference as a reader gets it: built by `typedoc` in a fresh git
// repository with no remote (as in a fork without `origin` or a clone after
// `git remote remove origin`), every page small enough to open, signatures
// that fit a screen with named types linked to their pages, schema pages
// that list their fields, a search without TypeScript's `__type`, and source
// links taken from `repository` in package.json.
import { cp, mkdtemp, readdir, readFile, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { NewsRecordSchema } from "../../src/index.js";
import { ROOT, readManifest } from "../support/package.js";
import { explain, type RunResult, run } from "../support/process.js";

/** The largest page the reference may have. */
const MAX_PAGE_BYTES = 300 * 1024;

let checkout: string;
let site: string;
let build: RunResult;

beforeAll(async () => {
  checkout = await mkdtemp(join(tmpdir(), "news-schema-docs-"));
  const typedocConfig = JSON.parse(await readFile(join(ROOT, "typedoc.json"), "utf8"));
  for (const path of ["src", "scripts", "docs", "README.md", "package.json", "tsconfig.json", "typedoc.json"]) {
    await cp(join(ROOT, path), join(checkout, path), {
      recursive: true,
      filter: (source) => !source.startsWith(join(ROOT, "docs", "api")),
    });
  }
  await symlink(join(ROOT, "node_modules"), join(checkout, "node_modules"), "dir");
  const git = async (...args: string[]): Promise<void> => {
    const result = await run("git", args, {
      cwd: checkout,
      env: { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" },
    });
    if (result.code !== 0) throw new Error(explain(`git ${args.join(" ")}`, result));
  };
  await git("init", "--quiet");
  await git("add", "--all");
  await git("commit", "--quiet", "--no-gpg-sign", "-m", "a checkout without a remote");
  site = join(checkout, "site");
  expect(typeof typedocConfig.out).toBe("string");
  build = await run(join(ROOT, "node_modules", ".bin", "typedoc"), ["--out", site], { cwd: checkout });
}, 600_000);

/** Every HTML page of the built reference, as paths relative to it. */
async function pages(): Promise<string[]> {
  const files = await readdir(site, { recursive: true });
  return files.map((file) => file.split("\\").join("/")).filter((file) => file.endsWith(".html"));
}

/** The text of an HTML fragment, with tags removed and entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** The first signature (or type declaration) of a page, as HTML. */
async function signature(page: string): Promise<string> {
  const html = await readFile(join(site, page), "utf8");
  const match = /<div class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  expect(match, `${page} has a signature`).not.toBeNull();
  return match?.[1] ?? "";
}

describe("npm run docs", () => {
  it("builds in a checkout whose git repository has no remote, with no warning", () => {
    expect(build.code, explain("typedoc", build)).toBe(0);
    expect(`${build.stdout}\n${build.stderr}`, explain("typedoc", build)).not.toMatch(/warning|error/i);
  });

  it("links declarations to their source in the repository named by package.json, at the commit built", async () => {
    const manifest = z
      .looseObject({ repository: z.strictObject({ type: z.literal("git"), url: z.string() }) })
      .parse(await readManifest());
    const base = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    const html = await readFile(join(site, "functions", "news-schema.validateRecord.html"), "utf8");
    expect(html).toMatch(
      new RegExp(`href="${base.replace(/[.\\/]/g, "\\$&")}/blob/[0-9a-f]{40}/src/validation/validate\\.ts#L\\d+"`),
    );
  });

  it("maps only folders that exist to the reference's groups", async () => {
    const config = z
      .looseObject({ jobGroups: z.record(z.string(), z.string()) })
      .parse(JSON.parse(await readFile(join(ROOT, "typedoc.json"), "utf8")));
    const missing: string[] = [];
    for (const path of Object.keys(config.jobGroups)) {
      await stat(join(ROOT, path)).catch(() => missing.push(path));
    }
    expect(missing).toEqual([]);
  });
});

describe("the API reference", () => {
  it(`has no page over ${MAX_PAGE_BYTES / 1024} KB`, async () => {
    const sizes: { page: string; bytes: number }[] = [];
    for (const page of await pages()) sizes.push({ page, bytes: (await stat(join(site, page))).size });
    sizes.sort((a, b) => b.bytes - a.bytes);
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    console.info(
      `API reference: ${sizes.length} pages, ${(total / 1024 / 1024).toFixed(1)} MB of HTML; largest: ${sizes
        .slice(0, 3)
        .map(({ page, bytes }) => `${page} ${Math.round(bytes / 1024)} KB`)
        .join(", ")}`,
    );
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter(({ bytes }) => bytes > MAX_PAGE_BYTES)).toEqual([]);
  });

  it("shows signatures that fit a screen, with named types that link to their pages", async () => {
    const cases = [
      { page: "functions/news-schema.toJsonLd.html", names: ["ReadonlyDeep", "NewsRecord", "JsonLdGraph"] },
      { page: "functions/news-schema.validateRecord.html", names: ["ValidateOptions", "ValidationResult"] },
      { page: "functions/news-schema.findActor.html", names: ["ReadonlyDeep", "NewsRecord", "Actor"] },
      { page: "types/news-schema.NewsRecord.html", names: ["Article", "Actor", "NewsEvent", "Quote", "Statistic"] },
      { page: "types/news-schema.Person.html", names: ["CountryCode", "MentionSpan", "Affiliation"] },
    ];
    for (const { page, names } of cases) {
      const html = await signature(page);
      const lines = textOf(html).trim().split("\n");
      expect(lines.length, `${page}: ${lines.length} lines`).toBeLessThanOrEqual(30);
      expect(Math.max(...lines.map((line) => line.length)), page).toBeLessThanOrEqual(120);
      for (const name of names) {
        expect(html, `${page} links ${name}`).toMatch(new RegExp(`<a [^>]*href="[^"]*\\.${name}\\.html"[^>]*>`));
      }
    }
  });

  it("lists each field of a schema, with its comment, on the schema's page", async () => {
    const html = await readFile(join(site, "variables", "news-schema.NewsRecordSchema.html"), "utf8");
    const text = textOf(html);
    for (const field of Object.keys(NewsRecordSchema.shape)) expect(text).toContain(`${field}`);
    expect(text).toContain("Every quotation the article carries, direct or reported.");
    expect(html).toMatch(/href="[^"]*\.Article\.html"/);
    const quote = textOf(await readFile(join(site, "variables", "news-schema.QuoteSchema.html"), "utf8"));
    for (const kind of ["DirectQuote", "IndirectQuote", "MixedQuote"]) expect(quote).toContain(kind);
  });

  it("has a search index whose entries are named by their types, never by `__type`", async () => {
    const script = await readFile(join(site, "assets", "search.js"), "utf8");
    const encoded = /window\.searchData = "([^"]+)"/.exec(script)?.[1] ?? "";
    const data = z
      .looseObject({ rows: z.array(z.looseObject({ name: z.string(), parent: z.string().optional() })) })
      .parse(JSON.parse(inflateSync(Buffer.from(encoded, "base64")).toString("utf8")));
    expect(data.rows.length).toBeGreaterThan(300);
    expect(data.rows.filter((row) => `${row.parent}.${row.name}`.includes("__type"))).toEqual([]);
    expect(data.rows).toContainEqual(expect.objectContaining({ name: "quoted", parent: "news-schema.DirectQuote" }));
  });
});
