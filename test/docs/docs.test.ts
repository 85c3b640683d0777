// What the API docs and the guides promise readers: every helper shows an
// example, and the annotation guide's offsets are the seed article's.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exportTargets, isCode, isPattern, ROOT, readManifest } from "../support/package.js";

/**
 * The source file of every code entry point: `./dist/x/index.js` is built
 * from `src/x/index.ts` (Node's build of the same entries, under the `node`
 * condition, is left out).
 */
async function entrySources(): Promise<string[]> {
  const targets = exportTargets(await readManifest()).filter(
    ({ subpath, conditions, target }) =>
      !isPattern(subpath) &&
      conditions.includes("import") &&
      !conditions.includes("types") &&
      !conditions.includes("node") &&
      isCode(target),
  );
  return [...new Set(targets.map(({ target }) => target.replace(/^\.\/dist\//, "src/").replace(/\.m?js$/, ".ts")))];
}

/** Whether a declaration is a function: a function declaration or a constant bound to a function. */
function isFunction(declaration: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(declaration)) return true;
  return (
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer !== undefined &&
    (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
  );
}

describe("the API docs", () => {
  it("show an @example for every function exported by an entry point", async () => {
    const entries = await entrySources();
    expect(entries).toContain("src/index.ts");
    const program = ts.createProgram(
      entries.map((entry) => join(ROOT, entry)),
      {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
      },
    );
    const checker = program.getTypeChecker();
    const functions: string[] = [];
    const missing: string[] = [];
    for (const entry of entries) {
      const source = program.getSourceFile(join(ROOT, entry));
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      expect(module, entry).toBeDefined();
      if (module === undefined) continue;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        for (const declaration of symbol.declarations ?? []) {
          if (!isFunction(declaration)) continue;
          functions.push(exported.name);
          const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
          if (!ts.getJSDocTags(host).some((tag) => tag.tagName.text === "example")) {
            missing.push(`${exported.name} (${entry})`);
          }
        }
      }
    }
    expect(functions).toContain("validateRecord");
    expect(missing).toEqual([]);
  });
});

describe("the annotation guide", () => {
  it("gives offsets that are the seed article's: each `[start, end)` → `text` is what the body has there", async () => {
    const guide = await readFile(join(ROOT, "docs", "annotation-guide.md"), "utf8");
    const record = z
      .looseObject({ article: z.looseObject({ body: z.string() }) })
      .parse(JSON.parse(await readFile(join(ROOT, "data", "belarus-lithuania-border.json"), "utf8")));
    const body = record.article.body;
    const examples = [...guide.matchAll(/`\[(\d+), (\d+)\)` → `([^`]+)`/g)].map(([, start, end, text]) => ({
      span: `[${start}, ${end})`,
      text,
      found: body.slice(Number(start), Number(end)),
    }));
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.filter((example) => example.found !== example.text)).toEqual([]);
  });
});
