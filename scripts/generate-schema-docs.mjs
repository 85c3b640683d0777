#!/usr/bin/env node
// Writes src/interop/schema-docs.ts from the TSDoc of src/schema/*.ts, so
// that the JSON Schema carries the same descriptions as the TypeScript types
// without anyone writing them twice. `--check` writes nothing and exits 1
// when the committed file differs from what the TSDoc generates.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { writeOrCheck } from "./generated-file.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = "src/interop/schema-docs.ts";

/** The text of a JSDoc comment without its tags: `{@link X}` becomes `X`, lines are joined, paragraphs kept. */
function docText(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter((doc) => ts.isJSDoc(doc));
  const last = docs[docs.length - 1];
  if (last === undefined || last.comment === undefined) return undefined;
  const text = ts
    .getTextOfJSDocComment(last.comment)
    .replace(/\{@link\s+([^\s}]+)\s+([^}]+)\}/g, "$2")
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, "$1")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
  return text === "" ? undefined : text;
}

function propertyName(name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The documented properties of an object literal, following `...spread` of a local object. */
function objectDocs(literal, locals, out = {}) {
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      const spread = locals.get(property.expression.text);
      if (spread !== undefined) objectDocs(spread, locals, out);
    } else if (ts.isPropertyAssignment(property)) {
      const name = propertyName(property.name);
      const text = docText(property);
      if (name !== undefined && text !== undefined) out[name] = text;
    }
  }
  return out;
}

/**
 * The properties of a schema expression: `z.strictObject({…})`, `z.object({…})`,
 * `z.extend(X, {…})` or `X.extend({…})`.
 */
function schemaProperties(expression, locals, schemas) {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return {};
  const method = expression.expression.name.text;
  const [first, second] = expression.arguments;
  if (method === "strictObject" || method === "object" || method === "looseObject") {
    return first !== undefined && ts.isObjectLiteralExpression(first) ? objectDocs(first, locals) : {};
  }
  if (method !== "extend") return {};
  const [base, shape] = second === undefined ? [expression.expression.expression, first] : [first, second];
  if (base === undefined || shape === undefined || !ts.isIdentifier(base) || !ts.isObjectLiteralExpression(shape))
    return {};
  return { ...(schemas.get(base.text)?.properties ?? {}), ...objectDocs(shape, locals) };
}

/** The docs of every exported `…Schema`, by its name without `Schema`, in file and source order. */
export function collectSchemaDocs(schemaDir = join(root, "src/schema")) {
  const schemas = new Map();
  for (const file of readdirSync(schemaDir)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(schemaDir, file), "utf8"), ts.ScriptTarget.ES2022, true);
    const locals = new Map();
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        const name = declaration.name.text;
        if (ts.isObjectLiteralExpression(declaration.initializer)) locals.set(name, declaration.initializer);
        if (!name.endsWith("Schema")) continue;
        const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
        if (!exported) continue;
        const description = docText(statement);
        const properties = schemaProperties(declaration.initializer, locals, schemas);
        schemas.set(name, { description, properties });
      }
    }
  }
  const out = {};
  for (const [name, docs] of schemas) {
    if (docs.description === undefined && Object.keys(docs.properties).length === 0) continue;
    out[name.replace(/Schema$/, "")] = {
      ...(docs.description === undefined ? {} : { description: docs.description }),
      properties: docs.properties,
    };
  }
  return out;
}

/** The text of the generated module. */
export function generateSchemaDocs() {
  return [
    "// Generated from the TSDoc of src/schema/*.ts by scripts/generate-schema-docs.mjs; do not edit.",
    "",
    "/** The TSDoc of each schema, by its `$defs` name: its summary and its properties' comments. */",
    "export const SCHEMA_DOCS: Readonly<",
    "  Record<string, { readonly description?: string; readonly properties: Readonly<Record<string, string>> }>",
    `> = ${JSON.stringify(collectSchemaDocs(), null, 2)};`,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheck(join(root, OUT), generateSchemaDocs(), "npm run generate:json-schema");
}
