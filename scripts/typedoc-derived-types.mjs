// TypeDoc plugin: keeps the reference readable, and its "not documented"
// check about what the sources say, where TypeScript derives types that no
// comment can reach.
// - The dataset constants have literal types as long as the record; the
//   reference shows them as `ReadonlyDeep<NewsRecord>` (their comments say
//   the types are literal) instead of expanding every field of every record.
// - A `z.enum` carries its values as a map (`{ km: "km"; mi: "mi" }`) whose
//   members TypeScript synthesizes; each gets its own literal as its summary.
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Comment,
  Converter,
  LiteralType,
  ReferenceType,
  ReflectionKind,
  ReflectionType,
  TupleType,
  TypeOperatorType,
} from "typedoc";

/** The repository root: this plugin lives in its `scripts/` folder. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

const DATASET_FOLDER = "src/dataset/";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const readonlyDeep = project.getReflectionsByKind(ReflectionKind.TypeAlias).find((r) => r.name === "ReadonlyDeep");
    const newsRecord = project.getReflectionsByKind(ReflectionKind.TypeAlias).find((r) => r.name === "NewsRecord");
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const file = variable.sources?.[0]?.fullFileName;
      if (file === undefined || !sourcePath(file).startsWith(DATASET_FOLDER)) continue;
      if (readonlyDeep === undefined || newsRecord === undefined) {
        app.logger.warn("The dataset constants need the ReadonlyDeep and NewsRecord types in the reference.");
        return;
      }
      const record = () => {
        const ref = ReferenceType.createResolvedReference("ReadonlyDeep", readonlyDeep, project);
        ref.typeArguments = [ReferenceType.createResolvedReference("NewsRecord", newsRecord, project)];
        return ref;
      };
      variable.type = replaceLiterals(project, variable.type, record);
    }
    // The draft schemas are derived from the record schemas; their output
    // type is shown by its name (`DraftRecord`), whose fields are the record's.
    const aliases = project.getReflectionsByKind(ReflectionKind.TypeAlias);
    for (const [name, alias] of [
      ["DraftRecordSchema", "DraftRecord"],
      ["DraftFactsSchema", "DraftFacts"],
    ]) {
      const variable = project.getReflectionsByKind(ReflectionKind.Variable).find((r) => r.name === name);
      const target = aliases.find((r) => r.name === alias);
      if (variable === undefined || target === undefined) continue;
      variable.type = replaceLiterals(project, variable.type, () =>
        ReferenceType.createResolvedReference(alias, target, project),
      );
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const property of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (property.hasComment() || (property.sources?.length ?? 0) > 0) continue;
      if (!property.parent?.kindOf(ReflectionKind.TypeLiteral)) continue;
      const type = property.type;
      if (type instanceof LiteralType && type.value === property.name) {
        property.comment = new Comment([{ kind: "code", text: `\`${JSON.stringify(type.value)}\`` }]);
      }
    }
  });
}

/** The path of a source file relative to the project root, with `/` separators. */
function sourcePath(file) {
  return relative(ROOT, file).split(sep).join("/");
}

/**
 * Replaces every object-literal type inside `type` (through `readonly`
 * operators and tuples) by `make()`, removing the literal's members from the
 * project.
 */
function replaceLiterals(project, type, make) {
  if (type instanceof ReflectionType) {
    project.removeReflection(type.declaration);
    return make();
  }
  if (type instanceof TypeOperatorType) {
    type.target = replaceLiterals(project, type.target, make);
    return type;
  }
  if (type instanceof TupleType) {
    type.elements = type.elements.map((element) => replaceLiterals(project, element, make));
    return type;
  }
  return type;
}
