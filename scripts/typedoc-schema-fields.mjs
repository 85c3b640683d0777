// TypeDoc plugin: the page of a zod schema (`NewsRecordSchema`) lists what
// the schema accepts, as its inferred type's page does: each field with its
// type (linked to the type's page) and its comment, or the kinds a union
// accepts. Without it the page says one line, `ZodMiniObject<NewsRecord>`.
import { Comment, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  // After typedoc-plugin-zod has pointed each schema at its inferred type.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const variable of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
        if (!variable.name.endsWith("Schema")) continue;
        const inferred = inferredType(variable);
        if (inferred === undefined) continue;
        const parts = describe(inferred);
        if (parts.length === 0) continue;
        variable.comment ??= new Comment();
        variable.comment.summary.push({ kind: "text", text: "\n\n" }, ...parts);
      }
    },
    1000,
  );
}

/** The type alias a schema's type names as its argument (`ZodMiniObject<NewsRecord>` → `NewsRecord`). */
function inferredType(variable) {
  const type = variable.type;
  if (type?.type !== "reference") return undefined;
  for (const argument of type.typeArguments ?? []) {
    if (argument.type === "reference" && argument.reflection?.kindOf(ReflectionKind.TypeAlias)) {
      return argument.reflection;
    }
  }
  return undefined;
}

/** The comment parts that say what a schema accepts, from its inferred type. */
function describe(alias) {
  const type = alias.type;
  const lead = [{ kind: "text", text: "Accepts a " }, link(alias), { kind: "text", text: ":\n\n" }];
  if (type?.type === "reflection") {
    const fields = type.declaration.children ?? [];
    if (fields.length === 0) return [];
    const lines = fields.flatMap((field) => [
      { kind: "text", text: "- " },
      { kind: "code", text: `\`${field.name}\`` },
      { kind: "text", text: field.flags.isOptional ? " (optional): " : ": " },
      ...typeParts(field.type),
      ...(field.comment?.summary.length ? [{ kind: "text", text: " — " }, ...flatten(field.comment.summary)] : []),
      { kind: "text", text: "\n" },
    ]);
    return [...lead, ...lines];
  }
  if (type?.type === "union" && type.types.every((member) => member.type === "reference")) {
    const members = type.types.flatMap((member, index) => [
      { kind: "text", text: index === 0 ? "- " : "\n- " },
      ...typeParts(member),
    ]);
    return [{ kind: "text", text: "Accepts one of (" }, link(alias), { kind: "text", text: "):\n\n" }, ...members];
  }
  return [];
}

/** A field comment on one line of a list. */
function flatten(summary) {
  return summary.map((part) => (part.kind === "text" ? { ...part, text: part.text.replace(/\s*\n\s*/g, " ") } : part));
}

function link(reflection) {
  return { kind: "inline-tag", tag: "@link", text: reflection.name, target: reflection };
}

/** A type as comment parts: named types as links, the rest as code. */
function typeParts(type) {
  if (type === undefined) return [{ kind: "code", text: "`unknown`" }];
  if (type.type === "reference" && type.reflection !== undefined && (type.typeArguments ?? []).length === 0) {
    return [link(type.reflection)];
  }
  if (type.type === "array") {
    const element = typeParts(type.elementType);
    return element.length === 1 && element[0].kind === "inline-tag"
      ? [...element, { kind: "text", text: "[]" }]
      : [{ kind: "code", text: `\`${type.toString()}\`` }];
  }
  if (type.type === "union" && type.types.every((member) => member.type === "reference")) {
    return type.types.flatMap((member, index) => [
      ...(index === 0 ? [] : [{ kind: "text", text: " | " }]),
      ...typeParts(member),
    ]);
  }
  return [{ kind: "code", text: `\`${type.toString()}\`` }];
}
