// TypeDoc plugin: keeps signatures and inferred types short, with named types
// that link to their pages, where TypeScript would otherwise print them in
// full.
// - A type inferred from a zod schema (`type Actor = z.infer<typeof
//   ActorSchema>`) has no name of its own inside TypeScript, so every place
//   that uses it (a field of `NewsRecord`, the result of `findActor`) would
//   repeat its whole structure, down to the 249 country codes. Each exported
//   type alias lends its name to the object or union type it resolves to, so
//   the reference shows `Actor` with a link; the alias's own page still shows
//   its structure, one level deep.
// - The search lists a field of an inferred type under the type's name
//   (`DirectQuote.quoted`), not under the anonymous object TypeScript
//   calls `__type` (`DirectQuote.__type.quoted`).
// - A parameter or a result written as `ReadonlyDeep<NewsRecord>` is shown as
//   written, not as the read-only copy TypeScript computes from it.
import { Converter, IndexEvent, ReflectionKind, TypeScript as ts } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** Types that were given the name of an exported alias, and that alias. */
  const named = new Map();

  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    /** @type {Map<import("typescript").Type, import("typescript").Symbol[]>} */
    const claims = new Map();
    for (const program of context.programs) {
      const checker = program.getTypeChecker();
      for (const file of program.getSourceFiles()) {
        if (file.isDeclarationFile || file.fileName.includes("/node_modules/")) continue;
        const module = checker.getSymbolAtLocation(file);
        if (module === undefined) continue;
        for (const exported of checker.getExportsOfModule(module)) {
          if ((exported.flags & ts.SymbolFlags.TypeAlias) === 0) continue;
          const declaration = exported.declarations?.find(ts.isTypeAliasDeclaration);
          if (declaration === undefined || declaration.typeParameters !== undefined) continue;
          const type = checker.getDeclaredTypeOfSymbol(exported);
          if (type.aliasSymbol !== undefined || !isNameable(checker, type)) continue;
          const list = claims.get(type) ?? [];
          if (!list.includes(exported)) list.push(exported);
          claims.set(type, list);
        }
      }
    }
    for (const [type, symbols] of claims) {
      // Two aliases of one type: neither name is the type's own.
      if (symbols.length !== 1) continue;
      type.aliasSymbol = symbols[0];
      type.aliasTypeArguments = undefined;
      named.set(type, symbols[0]);
    }
  });

  // The alias's own page: its structure, with the alias's name taken off
  // the type for the time of the conversion (or it would point to itself).
  // A property written with a type (`readonly event: ReadonlyDeep<NewsEvent>`): shown as written.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Variable | ReflectionKind.Accessor)) return;
    context.converter.deferConversion(() => {
      const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
      const node = declaration !== undefined && "type" in declaration ? declaration.type : undefined;
      if (node === undefined || !ts.isTypeNode(node) || !writesAName(node)) return;
      if (!namesOnlyDocumented(context, node)) return;
      removeLiterals(context.project, reflection.type);
      reflection.type = context.converter.convertType(context.withScope(reflection), node);
    });
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    context.converter.deferConversion(() => {
      const type = reflection.type;
      if (type?.type !== "reference" || type.reflection !== reflection) return;
      const symbol = context.getSymbolFromReflection(reflection);
      const resolved = symbol === undefined ? undefined : context.checker.getDeclaredTypeOfSymbol(symbol);
      if (resolved === undefined || named.get(resolved) !== symbol) return;
      resolved.aliasSymbol = undefined;
      try {
        reflection.type = context.converter.convertType(context.withScope(reflection), resolved);
      } finally {
        resolved.aliasSymbol = symbol;
      }
      nameOptionalFields(context.withScope(reflection), reflection.type, named);
    });
  });

  // The index is built after every page is written, so the names pages use are untouched.
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (const reflection of event.searchResults) {
      const literal = reflection.parent;
      if (literal?.kindOf?.(ReflectionKind.TypeLiteral) && literal.name === "__type" && literal.parent !== undefined) {
        const owner = literal.parent;
        literal.getFullName = (separator = ".") => owner.getFullName(separator);
      }
    }
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !("parameters" in declaration)) return;
    const nodes = declaration.parameters;
    const inSignature = context.withScope(signature);
    for (const [index, parameter] of (signature.parameters ?? []).entries()) {
      const node = nodes[index]?.type;
      if (node === undefined || !writesAName(node) || !namesOnlyDocumented(context, node)) continue;
      removeLiterals(context.project, parameter.type);
      parameter.type = context.converter.convertType(inSignature.withScope(parameter), node);
    }
    const result = declaration.type;
    if (
      result !== undefined &&
      writesAName(result) &&
      !ts.isTypePredicateNode(result) &&
      namesOnlyDocumented(context, result)
    ) {
      removeLiterals(context.project, signature.type);
      signature.type = context.converter.convertType(inSignature, result);
    }
  });
}

/**
 * An optional field's type is its type with `undefined` added, a new union
 * that has lost the name of the type it was made from (`CountryCode`): put
 * the name back, in every object literal of `type` (whose parent is the
 * scope of `context`).
 */
function nameOptionalFields(context, type, named) {
  if (type?.type !== "reflection" || type.declaration.parent !== context.scope) return;
  const inLiteral = context.withScope(type.declaration);
  for (const field of type.declaration.children ?? []) {
    const inField = inLiteral.withScope(field);
    const symbol = context.getSymbolFromReflection(field);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Optional) {
      const declared = context.checker.getNonNullableType(context.checker.getTypeOfSymbol(symbol));
      if (named.has(declared)) {
        removeLiterals(context.project, field.type);
        field.type = context.converter.convertType(inField, declared);
      }
    }
    nameOptionalFields(inField, field.type, named);
  }
}

/** Whether a type is one that a name makes shorter: an object type or a union that is not `boolean`. */
function isNameable(checker, type) {
  if (type.flags & ts.TypeFlags.Object) return true;
  if (type.flags & ts.TypeFlags.Union)
    return type !== checker.getBooleanType?.() && !(type.flags & ts.TypeFlags.Boolean);
  return false;
}

/**
 * Whether every type a written type names is one the reference documents:
 * from a dependency or the standard library, or exported by an entry point.
 * (An internal name would leave a dead reference; the computed type is kept
 * for those.)
 */
function namesOnlyDocumented(context, node) {
  const checker = context.checker;
  const exported = documentedSymbols(context);
  let ok = true;
  const visit = (child) => {
    if (!ok) return;
    if (ts.isTypeReferenceNode(child)) {
      let symbol = checker.getSymbolAtLocation(child.typeName);
      if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
      const own = !file.includes("/node_modules/") && !symbol?.declarations?.[0]?.getSourceFile().hasNoDefaultLib;
      const parameter = symbol !== undefined && symbol.flags & ts.SymbolFlags.TypeParameter;
      if (own && !parameter && (symbol === undefined || !exported.has(symbol))) ok = false;
    }
    child.forEachChild(visit);
  };
  visit(node);
  return ok;
}

const documentedCache = new WeakMap();

/** The symbols the entry points export (aliases resolved). */
function documentedSymbols(context) {
  const checker = context.checker;
  let symbols = documentedCache.get(checker);
  if (symbols !== undefined) return symbols;
  symbols = new Set();
  for (const program of context.programs) {
    for (const entry of program.getRootFileNames()) {
      const file = program.getSourceFile(entry);
      const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
      if (module === undefined || !/\/index\.ts$/.test(entry)) continue;
      for (const exported of checker.getExportsOfModule(module)) {
        symbols.add(exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported);
      }
    }
  }
  documentedCache.set(checker, symbols);
  return symbols;
}

/** Whether a written type names a type somewhere (so that converting what was written keeps the name). */
function writesAName(node) {
  if (ts.isTypeReferenceNode(node)) return true;
  let found = false;
  node.forEachChild((child) => {
    if (!found && ts.isTypeNode(child)) found = writesAName(child);
  });
  return found;
}

/** Removes the reflections of the object literals a replaced type held. */
function removeLiterals(project, type) {
  type?.visit?.({
    reflection: (literal) => project.removeReflection(literal.declaration),
    union: (union) => {
      for (const member of union.types) removeLiterals(project, member);
    },
    array: (array) => removeLiterals(project, array.elementType),
    reference: (reference) => {
      for (const argument of reference.typeArguments ?? []) removeLiterals(project, argument);
    },
    typeOperator: (operator) => removeLiterals(project, operator.target),
  });
}
