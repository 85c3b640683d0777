import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);
const out = mkdtempSync(join(tmpdir(), "news-schema-zod-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Library {
  validateRecord(input: unknown): { success: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] };
  LabelSchema: { safeParse(input: unknown): { success: boolean } };
}

/** The library's source bundled against one zod package, so that the same code runs under each version. */
async function libraryWith(zodPackage: string): Promise<Library> {
  const mini = require.resolve(`${zodPackage}/mini`);
  const file = join(out, `${zodPackage}.mjs`);
  const result = await build({
    entryPoints: [join(ROOT, "src", "index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    alias: { "zod/mini": mini },
  });
  const [bundle] = result.outputFiles;
  if (bundle === undefined) throw new Error("esbuild wrote nothing");
  writeFileSync(file, bundle.text);
  return (await import(pathToFileURL(file).href)) as Library;
}

const VERSIONS = [
  ["zod-oldest", require("zod-oldest/package.json").version as string],
  ["zod", require("zod/package.json").version as string],
] as const;

describe("text limits count UTF-16 code units under every zod in the peer range", () => {
  it("runs against the oldest and the newest zod 4 installed", () => {
    expect(VERSIONS.map(([, version]) => version)).toEqual([
      expect.stringMatching(/^4\.0\.0$/),
      expect.stringMatching(/^4\./),
    ]);
  });

  it.each(VERSIONS)(
    "under %s (%s), 1,001 emoji are too long for a name and 1,000 fit",
    async (zodPackage) => {
      const library = await libraryWith(zodPackage);
      // 1,001 emoji are 2,002 code units: over the 2,000 limit; 1,000 are exactly 2,000.
      expect(library.LabelSchema.safeParse("😀".repeat(1001)).success).toBe(false);
      expect(library.LabelSchema.safeParse("😀".repeat(1000)).success).toBe(true);
    },
    120_000,
  );

  it.each(VERSIONS)(
    "under %s (%s), a body of 1.2M code units in 600,000 characters is too long",
    async (zodPackage) => {
      const library = await libraryWith(zodPackage);
      const record = {
        schemaVersion: "1.0",
        article: { id: "a", publishedAt: "2024", language: "en", body: "😀".repeat(600_000) },
        actors: [],
        events: [],
        quotes: [],
        statistics: [],
      };
      const result = library.validateRecord(record);
      expect(result.success).toBe(false);
      expect(result.issues?.map((issue) => `${issue.code} @ ${issue.path.join(".")}`)).toEqual([
        "too_big @ article.body",
      ]);
    },
    120_000,
  );
});
