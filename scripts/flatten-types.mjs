#!/usr/bin/env node
// Run after tsup: rewrites, in the built declaration files, every
// `type X = z.infer<typeof XSchema>` as the plain object type zod infers,
// with each property's TSDoc kept. Consumers then get the same types without
// paying for zod's type-level inference each time they type-check. Before it
// writes, it proves with the compiler that every rewritten type is mutually
// assignable with the inferred one, and fails the build otherwise.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const INFERRED = /^z\.(?:infer|output)<typeof \w+>$/;

/**
 * The plain text of every inferred type alias of the sources, by name. The
 * sources, not the built declarations, are read because only they still tie
 * each property to the schema field that carries its TSDoc.
 */
function printInferredTypes() {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram([join(ROOT, "src", "index.ts")], options);
  const checker = program.getTypeChecker();
  const aliases = [];
  const named = [];
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(join(ROOT, "src"))) continue;
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement)) continue;
      const text = statement.type.getText(source);
      if (INFERRED.test(text)) aliases.push(statement);
      else if (/^\(typeof \w+\)\[number\]$/.test(text)) named.push(statement);
    }
  }
  // A union or object type that is exactly another alias's type prints as its name.
  const key = (type) =>
    type.flags & ts.TypeFlags.Union
      ? type.types
          .map((t) => t.id)
          .sort()
          .join(",")
      : String(type.id);
  const names = new Map();
  for (const alias of [...named, ...aliases]) {
    const type = checker.getTypeFromTypeNode(alias.type);
    if (type.flags & (ts.TypeFlags.Union | ts.TypeFlags.Object)) names.set(key(type), alias.name.text);
  }

  const print = (type, indent, root) => {
    const f = type.flags;
    if (!root && f & (ts.TypeFlags.Union | ts.TypeFlags.Object)) {
      const name = names.get(key(type));
      if (name !== undefined) return name;
    }
    if (f & ts.TypeFlags.String) return "string";
    if (f & ts.TypeFlags.Number) return "number";
    if (f & ts.TypeFlags.Boolean) return "boolean";
    if (f & ts.TypeFlags.Undefined) return "undefined";
    if (f & ts.TypeFlags.Null) return "null";
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify(type.value);
    if (f & ts.TypeFlags.NumberLiteral) return String(type.value);
    if (f & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
    if (f & ts.TypeFlags.Union) {
      const members = type.types;
      const isTrue = (t) => (t.flags & ts.TypeFlags.BooleanLiteral) !== 0 && checker.typeToString(t) === "true";
      const isFalse = (t) => (t.flags & ts.TypeFlags.BooleanLiteral) !== 0 && checker.typeToString(t) === "false";
      const boolean = members.some(isTrue) && members.some(isFalse);
      let rest = members.filter((t) => !(boolean && (isTrue(t) || isFalse(t))));
      const parts = boolean ? ["boolean"] : [];
      // `T | undefined` where T is a named union prints as `Name | undefined`.
      const defined = rest.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      const whole =
        defined.length > 1 && defined.length < rest.length
          ? names.get(
              defined
                .map((t) => t.id)
                .sort()
                .join(","),
            )
          : undefined;
      if (whole !== undefined) {
        parts.push(whole);
        rest = rest.filter((t) => t.flags & ts.TypeFlags.Undefined);
      }
      parts.push(...rest.map((t) => print(t, indent, false)));
      return parts.some((p) => p.includes("\n")) ? parts.map((p) => `\n${indent}  | ${p}`).join("") : parts.join(" | ");
    }
    if (checker.isArrayType(type)) {
      const inner = print(checker.getTypeArguments(type)[0], indent, false);
      return /[|&\n]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    if (checker.isTupleType(type)) {
      return `[${checker
        .getTypeArguments(type)
        .map((t) => print(t, indent, false))
        .join(", ")}]`;
    }
    if (f & ts.TypeFlags.Object) {
      const lines = ["{"];
      for (const property of checker.getPropertiesOfType(type)) {
        const doc = ts.displayPartsToString(property.getDocumentationComment(checker)).trim();
        if (doc) lines.push(`${indent}  /** ${doc.replace(/\*\//g, "*\\/").replace(/\s*\n\s*/g, " ")} */`);
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
        lines.push(
          `${indent}  ${property.name}${optional ? "?" : ""}: ${print(checker.getTypeOfSymbol(property), `${indent}  `, false)};`,
        );
      }
      lines.push(`${indent}}`);
      return lines.join("\n");
    }
    throw new Error(`cannot print ${checker.typeToString(type)}`);
  };
  return new Map(aliases.map((alias) => [alias.name.text, print(checker.getTypeFromTypeNode(alias.type), "", true)]));
}

function flatten(file, printed) {
  const original = readFileSync(file, "utf8");
  const options = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const replacements = [];
  for (const match of original.matchAll(/^type (\w+) = (z\.(?:infer|output)<typeof \w+>);$/gm)) {
    const text = printed.get(match[1]);
    if (text === undefined) throw new Error(`${match[1]} is inferred in ${file} but not in the sources`);
    replacements.push({
      name: match[1],
      start: match.index + `type ${match[1]} = `.length,
      end: match.index + match[0].length - 1,
      text,
    });
  }

  // Proof: each flat type and the inferred one are assignable both ways.
  const proofFile = file.replace(/\.d\.(c?)ts$/, ".flatten-proof.d.$1ts");
  const proof = [
    original,
    "type __Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "type __Expect<T extends true> = T;",
    ...replacements.map(
      ({ name, text }) =>
        `type __Flat_${name} = ${text};\nexport type __Check_${name} = __Expect<__Same<__Flat_${name}, ${name}>>;`,
    ),
  ].join("\n");
  writeFileSync(proofFile, proof);
  let diagnostics;
  try {
    const proofProgram = ts.createProgram([proofFile], options);
    diagnostics = ts.getPreEmitDiagnostics(proofProgram).filter((d) => d.file?.fileName === proofFile);
  } finally {
    rmSync(proofFile, { force: true });
  }
  if (diagnostics.length > 0) {
    throw new Error(
      `flattened types differ from the inferred ones in ${file}:\n${ts.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 5), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" })}`,
    );
  }

  let out = original;
  for (const { start, end, text } of [...replacements].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  }
  writeFileSync(file, out);
  return replacements.length;
}

const printed = printInferredTypes();
for (const file of process.argv.slice(2)) {
  const count = flatten(join(ROOT, file), printed);
  console.log(`${file}: ${count} inferred types written out`);
}
