/**
 * Mutations of a JSON value for differential tests: each breaks, or may
 * break, one field of a record in one way, and says what it did so that a
 * failing test names the record.
 */
import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A way to change one field. */
export const MUTATION_KINDS = [
  "wrong-type",
  "delete-key",
  "unknown-key",
  "odd-string",
  "odd-number",
  "empty-array",
  "forbidden-key",
] as const;

/** A way to change one field. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Strings that break dates, country and currency codes, enums, ids, labels and URLs, or pass them by accident. */
export const ODD_STRINGS = [
  "",
  " padded",
  "padded ",
  "2021-02-30",
  "2021-13",
  "2021-08-05T25:00:00Z",
  "2021-08-05T10:00:00",
  "2024-02-29",
  "21-08-05",
  "XX",
  "by",
  "BY",
  "EUR",
  "eur",
  "not-an-enum",
  "person",
  "interval",
  "id with space",
  "a--b",
  "ftp://www.example.com/",
  "http://localhost/",
  "https://www.example.com/a b",
  "https://www.example.com/%zz",
  "https://www.example.com:99999/",
  "https://www.example.com/ok?q=1#f",
  "http://user@www.example.com/",
  "en-gb",
  "zh-Hant-TW",
  "🙂",
  "x".repeat(129),
  "\u00e9",
  "1.0",
] as const;

/** Numbers at and past the edges of offsets and quantities. */
export const ODD_NUMBERS = [-1, 0, 1.5, -0.5, 1e21, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2] as const;

/** Every JSON path of a value, in a stable order: `[]` for the root, then depth first. */
export function pathsOf(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      pathsOf(child, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value).sort()) {
      const child = value[key];
      if (child !== undefined) pathsOf(child, [...prefix, key], out);
    }
  }
  return out;
}

function wrongType(value: Json, n: number): Json {
  const choices: Json[] = [null, true, 7, "text", [], {}];
  const others = choices.filter(
    (choice) => typeof choice !== typeof value || Array.isArray(choice) !== Array.isArray(value),
  );
  return others[n % others.length] ?? null;
}

/** A deep copy of `record` with one mutation applied, and a description of it. */
export function mutate(record: Json, kind: MutationKind, at: number, n: number): { value: Json; description: string } {
  const copy = JSON.parse(JSON.stringify(record)) as Json;
  const paths = pathsOf(copy);
  const path = paths[at % paths.length] ?? [];
  const where = path.length === 0 ? "(root)" : path.join(".");
  if (path.length === 0) {
    if (kind === "delete-key" || kind === "wrong-type")
      return { value: wrongType(copy, n), description: `root replaced` };
  }
  const parentPath = path.slice(0, -1);
  let parent: Json = copy;
  for (const key of parentPath) parent = (parent as Record<string | number, Json>)[key] ?? null;
  const key = path[path.length - 1];
  const target: Json = key === undefined ? copy : ((parent as Record<string | number, Json>)[key] ?? null);
  const set = (next: Json): void => {
    if (key !== undefined) (parent as Record<string | number, Json>)[key] = next;
  };
  const container = (): Record<string, Json> | undefined =>
    target !== null && typeof target === "object" && !Array.isArray(target)
      ? target
      : parent !== null && typeof parent === "object" && !Array.isArray(parent)
        ? parent
        : undefined;
  switch (kind) {
    case "wrong-type":
      set(wrongType(target, n));
      return { value: copy, description: `${where} given the wrong type` };
    case "delete-key":
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else if (parent !== null && typeof parent === "object" && !Array.isArray(parent) && typeof key === "string")
        delete parent[key];
      return { value: copy, description: `${where} deleted` };
    case "unknown-key": {
      const object = container();
      if (object !== undefined) object[`extra${n % 3}`] = n;
      return { value: copy, description: `unknown key added at or above ${where}` };
    }
    case "forbidden-key": {
      const object = container();
      if (object !== undefined)
        Object.defineProperty(object, "__proto__", { value: {}, enumerable: true, configurable: true, writable: true });
      return { value: copy, description: `own "__proto__" key added at or above ${where}` };
    }
    case "odd-string": {
      const odd = ODD_STRINGS[n % ODD_STRINGS.length] ?? "";
      set(odd);
      return { value: copy, description: `${where} set to ${JSON.stringify(odd)}` };
    }
    case "odd-number": {
      const odd = ODD_NUMBERS[n % ODD_NUMBERS.length] ?? 0;
      set(odd);
      return { value: copy, description: `${where} set to ${odd}` };
    }
    case "empty-array":
      set([]);
      return { value: copy, description: `${where} set to []` };
  }
}

/** The arguments of {@link mutate}, drawn at random. */
export const mutationArb = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  at: fc.nat(),
  n: fc.nat(),
});
