import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** One schema.org type as schema-dts declares it. */
interface TypeEntry {
  /** The types it extends (their `…Base` names stripped to the type's). */
  readonly parents: string[];
  /** Its own properties, each with the names in its range. */
  readonly properties: Map<string, string[]>;
}

/** schema.org as schema-dts declares it: types with parents and properties with ranges, and each type's subtypes. */
export interface Vocabulary {
  /** `Base` interfaces by type name. */
  readonly types: Map<string, TypeEntry>;
  /** The members of `export type X = …` unions: a type's subtypes, or an enumeration's values. */
  readonly unions: Map<string, string[]>;
}

/** Reads schema-dts's declaration file, which mirrors the schema.org vocabulary release it was built from. */
export function readVocabulary(): Vocabulary {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve("schema-dts").replace(/schema\.js$/, "schema.d.ts"), "utf8");
  const types = new Map<string, TypeEntry>();
  const unions = new Map<string, string[]>();
  let current: TypeEntry | undefined;
  for (const line of text.split("\n")) {
    const head = /^(?:export )?interface (\w+?)(?:Base|Leaf)(?:<[^>]*>)? (?:extends (.+) )?\{$/.exec(line);
    if (head?.[1] !== undefined) {
      const parents = (head[2] ?? "")
        .split(",")
        .map((p) =>
          p
            .trim()
            .replace(/^Partial<(\w+)>$/, "$1")
            .replace(/(?:Base|Leaf)$/, ""),
        )
        .filter((p) => p !== "");
      const existing = types.get(head[1]);
      current = existing ?? { parents: [], properties: new Map() };
      current.parents.push(...parents);
      types.set(head[1], current);
      continue;
    }
    const union = /^export type (\w+) = (.+);$/.exec(line);
    if (union?.[1] !== undefined && union[2] !== undefined) {
      unions.set(
        union[1],
        union[2].split(" | ").map((m) => m.trim().replace(/^"(.*)"$/, "$1")),
      );
      continue;
    }
    if (line.startsWith("}")) current = undefined;
    const property = /^ {4}"([^"]+)"\??: SchemaValue<(.+), "[^"]+">;/.exec(line);
    if (current !== undefined && property?.[1] !== undefined && property[2] !== undefined) {
      current.properties.set(
        property[1],
        property[2].split(" | ").map((r) => r.trim()),
      );
    }
  }
  return { types, unions };
}

/** The range of `property` on `type` (looked up through its parents), or `undefined` when the type has no such property. */
export function rangeOf(
  vocabulary: Vocabulary,
  type: string,
  property: string,
  seen = new Set<string>(),
): string[] | undefined {
  if (seen.has(type)) return undefined;
  seen.add(type);
  const entry = vocabulary.types.get(type);
  if (entry === undefined) return undefined;
  const own = entry.properties.get(property);
  if (own !== undefined) return own;
  for (const parent of entry.parents) {
    const found = rangeOf(vocabulary, parent, property, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether `type` is `range` or one of its subtypes (an enumeration value counts as a member of its enumeration). */
export function isA(vocabulary: Vocabulary, type: string, range: string, seen = new Set<string>()): boolean {
  if (type === range) return true;
  if (seen.has(range)) return false;
  seen.add(range);
  const members = vocabulary.unions.get(range) ?? [];
  return members.some((member) => member !== `${range}Leaf` && isA(vocabulary, type, member, seen));
}

const DATA_TYPES: Readonly<Record<string, RegExp>> = {
  Text: /^[\s\S]*$/,
  URL: /^https?:\/\//,
  Date: /^\d{4}(?:-\d\d(?:-\d\d)?)?$/,
  DateTime: /^\d{4}-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:\d\d))?$/,
};

/**
 * Every use of a type or property in a graph that schema.org does not allow:
 * an unknown type, a property outside its type's domain, or a value outside
 * its range (a node of another type, a string where no text, URL or date is
 * allowed, a number where no number is). Roles are read as schema.org's
 * Role pattern: the role node carries the property again.
 */
export function vocabularyProblems(graph: { readonly "@graph": readonly unknown[] }, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  const typeOfId = new Map<string, string>();
  const index = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(index);
    else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record["@id"] === "string" && typeof record["@type"] === "string") {
        typeOfId.set(record["@id"], record["@type"]);
      }
      Object.values(record).forEach(index);
    }
  };
  index(graph["@graph"]);

  const valueTypes = (value: unknown): string[] => {
    if (typeof value === "number") return ["Number"];
    if (typeof value === "string") {
      return [
        ...Object.entries(DATA_TYPES)
          .filter(([, re]) => re.test(value))
          .map(([name]) => name),
        value,
      ];
    }
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record["@value"] === "string") return ["Text"];
      if (typeof record["@type"] === "string") return [record["@type"]];
      if (typeof record["@id"] === "string") {
        const type = typeOfId.get(record["@id"]);
        return type === undefined ? [`unresolved ${record["@id"]}`] : [type];
      }
    }
    return [`unreadable ${JSON.stringify(value)}`];
  };

  const checkValue = (where: string, range: string[], value: unknown, property: string): void => {
    if (value !== null && typeof value === "object" && (value as Record<string, unknown>)["@type"] === "Role") {
      visit(value, property);
      const inner = (value as Record<string, unknown>)[property];
      if (inner === undefined) problems.push(`${where}: a Role without ${property}`);
      for (const item of Array.isArray(inner) ? inner : [inner]) checkValue(where, range, item, property);
      return;
    }
    const types = valueTypes(value);
    const ok = types.some((type) =>
      range.some(
        (r) =>
          r === type ||
          (r === "Number" && type === "Number") ||
          (r === "Text" && (type === "Text" || type === "URL")) ||
          isA(vocabulary, type, r),
      ),
    );
    if (!ok) problems.push(`${where}: ${types[0]} is outside the range ${range.join(" | ")}`);
  };

  const visit = (node: unknown, roleOf?: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const type = record["@type"];
    if (typeof type !== "string") return;
    if (!vocabulary.types.has(type)) problems.push(`unknown type ${type}`);
    for (const [key, value] of Object.entries(record)) {
      if (key.startsWith("@")) continue;
      const range = type === "Role" && key === roleOf ? undefined : rangeOf(vocabulary, type, key);
      if (type === "Role" && key === roleOf) {
        // Role pattern: the wrapped value is checked against the property's range by the caller.
        for (const item of Array.isArray(value) ? value : [value]) visit(item);
        continue;
      }
      if (range === undefined) {
        problems.push(`${type}.${key} is not a schema.org property of ${type}`);
        continue;
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        checkValue(`${type}.${key}`, range, item, key);
        if (item !== null && typeof item === "object" && (item as Record<string, unknown>)["@type"] !== "Role")
          visit(item);
      }
    }
  };
  visit(graph["@graph"]);
  return problems;
}
