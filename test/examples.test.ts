// Every fenced ```ts block inside an `@example` of a TSDoc comment in src/
// is compiled with the project's strict options and run. A line
// `EXPR; // => JSON` asserts that EXPR deeply equals the JSON value; an
// example must make at least one such assertion, and every one must run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = join(root, "src");

/** Where the package's own names point when an example is run from the sources. */
const PACKAGE_ENTRIES: Readonly<Record<string, string>> = {
  "news-schema": join(srcDir, "index.js"),
  "news-schema/dataset": join(srcDir, "dataset", "index.js"),
  "news-schema/view": join(srcDir, "view", "index.js"),
};

interface Example {
  /** `src/…/file.ts:line`, the line of the opening fence. */
  readonly name: string;
  /** The code inside the fence. */
  readonly code: string;
}

/** The fenced ts blocks of every `@example` in a source file. */
function extractExamples(fileName: string, text: string): Example[] {
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, comment.index).split("\n").length;
    const lines = comment[0].split("\n").map((line) => line.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\s*\*\/$/, ""));
    let inExample = false;
    let fence: { start: number; lines: string[] } | undefined;
    lines.forEach((line, i) => {
      if (fence !== undefined) {
        if (/^```\s*$/.test(line)) {
          out.push({ name: `${fileName}:${firstLine + fence.start}`, code: fence.lines.join("\n") });
          fence = undefined;
        } else {
          fence.lines.push(line);
        }
        return;
      }
      if (/^@\w+/.test(line)) inExample = line.startsWith("@example");
      if (inExample && /^```ts\s*$/.test(line)) fence = { start: i, lines: [] };
    });
  }
  return out;
}

/** What {@link prepareExample} makes of an example: a module to compile and run, or why it cannot. */
type Prepared =
  | { readonly ok: true; readonly module: string; readonly assertions: number }
  | { readonly ok: false; readonly error: string };

/**
 * Turns an example into a module exporting `run(check)`: imports of the
 * package point at the sources (relative to `fromDir`), and each
 * `EXPR; // => JSON` statement becomes `check(EXPR, JSON, n)`.
 */
function prepareExample(code: string, fromDir: string): Prepared {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const expectations = new Map<number, string>();
  code.split("\n").forEach((line, i) => {
    const match = /\/\/ => (.*)$/.exec(line);
    if (match?.[1] !== undefined) expectations.set(i, match[1].trim());
  });
  if (expectations.size === 0) return { ok: false, error: "the example has no `// =>` assertion" };

  const statements = new Map<number, ts.ExpressionStatement>();
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statements.set(lineOf(node.getEnd()), node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const edits: { start: number; end: number; text: string }[] = [];
  let n = 0;
  for (const [line, json] of expectations) {
    const statement = statements.get(line);
    if (statement === undefined) return { ok: false, error: `line ${line + 1}: \`// =>\` follows no expression` };
    try {
      JSON.parse(json);
    } catch {
      return { ok: false, error: `line ${line + 1}: ${json} is not JSON` };
    }
    edits.push({
      start: statement.getStart(source),
      end: statement.getEnd(),
      text: `__check(${statement.expression.getText(source)}, ${json}, ${n++});`,
    });
  }

  const imports: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = PACKAGE_ENTRIES[statement.moduleSpecifier.text];
    const specifier = JSON.stringify(
      target === undefined ? statement.moduleSpecifier.text : relative(fromDir, target).replace(/^(?!\.)/, "./"),
    );
    const clause = statement.importClause?.getText(source);
    imports.push(clause === undefined ? `import ${specifier};` : `import ${clause} from ${specifier};`);
    edits.push({ start: statement.getStart(source), end: statement.getEnd(), text: "" });
  }
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  }
  const module = [
    ...imports,
    "export async function run(__check: (actual: unknown, expected: unknown, n: number) => void): Promise<void> {",
    body,
    "}",
  ].join("\n");
  return { ok: true, module, assertions: n };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(dir, file))
    .sort();
}

/** The project's compiler options, without the unused-name checks that examples need not satisfy. */
function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
}

/** Type errors in the given files, one string per error, keyed by file. */
function typeErrors(files: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(files, compilerOptions());
  const out = new Map<string, string[]>();
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    const diagnostics = sourceFile === undefined ? [] : ts.getPreEmitDiagnostics(program, sourceFile);
    out.set(
      file,
      diagnostics.map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `line ${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }
  return out;
}

const examples = sourceFiles(srcDir).flatMap((file) =>
  extractExamples(relative(root, file), readFileSync(file, "utf8")),
);

describe("the example runner", () => {
  const dir = join(root, "test");

  it("finds fenced ts blocks only inside @example", () => {
    const text = [
      "/**",
      " * Text.",
      " * ```ts",
      " * ignored(); // => 1",
      " * ```",
      " * @example",
      " * ```ts",
      " * f(); // => 2",
      " * ```",
      " */",
    ].join("\n");
    expect(extractExamples("x.ts", text)).toEqual([{ name: "x.ts:7", code: "f(); // => 2" }]);
  });

  it("rejects an example without a `// =>` assertion", () => {
    expect(prepareExample("const x = 1;\nconsole.log(x);", dir)).toEqual({
      ok: false,
      error: "the example has no `// =>` assertion",
    });
  });

  it("rejects an assertion that is not JSON", () => {
    const prepared = prepareExample("Math.max(1, 2); // => two", dir);
    expect(prepared.ok).toBe(false);
  });

  it("turns an assertion inside a statement into a check and points the package at the sources", () => {
    const prepared = prepareExample(
      'import { locate } from "news-schema";\nif (true) locate("ab", "b").length; // => 1',
      dir,
    );
    expect(prepared.ok && prepared.assertions).toBe(1);
    expect(prepared.ok && prepared.module).toContain('from "../src/index.js"');
    expect(prepared.ok && prepared.module).toContain('if (true) __check(locate("ab", "b").length, 1, 0);');
  });
});

describe("every exported function has a checked example", () => {
  it("has an @example with a `// =>` assertion in its TSDoc", () => {
    const index = join(srcDir, "index.ts");
    const program = ts.createProgram([index], compilerOptions());
    const checker = program.getTypeChecker();
    const sourceFile = program.getSourceFile(index);
    const moduleSymbol = sourceFile === undefined ? undefined : checker.getSymbolAtLocation(sourceFile);
    expect(moduleSymbol).toBeDefined();
    const functions: string[] = [];
    const missing: string[] = [];
    for (const symbol of moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      // An overloaded function carries its TSDoc on its first signature.
      const declarations = (target.declarations ?? []).filter(ts.isFunctionDeclaration);
      if (!declarations.some((declaration) => declaration.body !== undefined)) continue;
      functions.push(symbol.name);
      const examplesText = declarations
        .flatMap((declaration) => ts.getJSDocTags(declaration))
        .filter((tag) => tag.tagName.text === "example")
        .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? "")
        .join("\n");
      if (!examplesText.includes("// =>")) missing.push(symbol.name);
    }
    expect(functions).toContain("locate");
    expect(missing).toEqual([]);
  });
});

// All examples are written to one scratch folder in the project (so that
// the project's package.json, tsconfig and node_modules apply) and compiled
// as one program, which is much faster than one program per example.
const scratch = { dir: "", errors: new Map<string, string[]>() };
const prepared = new Map<Example, Prepared>();
const fileOf = (i: number): string => join(scratch.dir, `example-${i}.ts`);

beforeAll(() => {
  scratch.dir = mkdtempSync(join(root, ".examples-"));
  const files: string[] = [];
  examples.forEach((example, i) => {
    const result = prepareExample(example.code, scratch.dir);
    prepared.set(example, result);
    if (result.ok) {
      writeFileSync(fileOf(i), result.module);
      files.push(fileOf(i));
    }
  });
  scratch.errors = typeErrors(files);
  // One type-check of every example: minutes, not seconds, on a loaded machine.
}, 180_000);

afterAll(() => {
  if (scratch.dir !== "") rmSync(scratch.dir, { recursive: true, force: true });
});

describe("the examples", () => {
  it("are found", () => {
    expect(examples.length).toBeGreaterThan(20);
  });
});

describe.each(examples.map((example, i) => ({ name: example.name, example, i })))("example $name", ({ example, i }) => {
  it("has assertions and compiles", () => {
    const result = prepared.get(example);
    expect(result?.ok ? [] : [result?.error]).toEqual([]);
    expect(scratch.errors.get(fileOf(i))).toEqual([]);
  });

  it("does what its comment says", async () => {
    const result = prepared.get(example);
    if (!result?.ok) throw new Error(result?.error ?? "not prepared");
    const ran = new Set<number>();
    const module: { run: (check: (actual: unknown, expected: unknown, n: number) => void) => Promise<void> } =
      await import(fileOf(i));
    await module.run((actual, expected, n) => {
      ran.add(n);
      expect(actual, `assertion ${n + 1}`).toEqual(expected);
    });
    expect(ran.size, "every `// =>` assertion ran").toBe(result.assertions);
  });
});
