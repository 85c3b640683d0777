// The JSON Schema means the same everywhere: the same valid and mutated
// records go through the library's shape check, ajv, @cfworker/json-schema
// and Python's `jsonschema` (Draft 2020-12 with format checking), and every
// pattern of the schema through ECMAScript, Python's `re`, Perl (whose
// regexes PCRE follows) and RE2 (Go's engine, here as its JavaScript port
// re2js). Python and Perl are looked up on the machine; `.ci/run` installs
// Debian's python3-jsonschema where it is missing. Where no Python with
// `jsonschema` exists, its column is left out with a printed notice.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { type Schema, Validator } from "@cfworker/json-schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { recordJsonSchema } from "../../src/interop/json-schema.js";
import { validateShape } from "../../src/validation/shape.js";
import { validRecordArb } from "../support/arbitraries.js";
import { mutate, pathsOf } from "../support/mutations.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const fullSeed = JSON.parse(
  readFileSync(new URL("../../data/belarus-lithuania-border.json", import.meta.url), "utf8"),
) as Json;

/** The places of a value: its paths with array indexes as `*`. */
function placesOf(value: Json): Set<string> {
  return new Set(pathsOf(value).map((path) => path.map((key) => (typeof key === "number" ? "*" : key)).join("/")));
}

/**
 * The seed with each array of objects cut to the items that bring a place (a
 * field at some depth) no earlier item has: every field the seed fills is
 * still there, in a record small enough for Python's validator to check a
 * thousand times. The shape check needs no reference to resolve; arrays of
 * plain values (a border's two countries) are kept whole.
 */
function compact(value: Json): Json {
  if (Array.isArray(value) && value.every((item) => item !== null && typeof item === "object")) {
    const kept: Json[] = [];
    const covered = new Set<string>();
    for (const item of value) {
      const small = compact(item);
      const places = [...placesOf(small)];
      if (kept.length > 0 && places.every((place) => covered.has(place))) continue;
      for (const place of places) covered.add(place);
      kept.push(small);
    }
    return kept;
  }
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compact(child)]));
  }
  return value;
}

const seed = compact(fullSeed);

/**
 * Strings on which regex dialects part ways: a final newline (`$` in Python
 * and PCRE), digits outside ASCII (`\d` in Python), white space that only
 * some `\s` include, and near misses of each format.
 */
const DIALECT_STRINGS = [
  "x\n",
  "ev-1\n",
  "2021-08-05\n",
  "2021\n",
  "en\n",
  "en-GB\n",
  "https://www.example.com/\n",
  "\nx",
  "x\r\n",
  "x\n\n",
  "a\nb",
  "٢٠٢١-٠٨-٠٥",
  "٢٠٢١",
  "2021-08-0٥",
  "２０２１",
  "en-٤١٩",
  "es-419",
  "x\ufeff",
  "\ufeffx",
  "x\u0085",
  "\u0085x",
  "x\u001c",
  "x\u001f",
  "x\u00a0",
  "x\u2028",
  "x\u200b",
  "x\u3000",
  "a\u0085b",
  "Alexander Lukashenko",
  "ev-border-closure",
  "2021-08-05T14:30:00+03:00",
  "https://www.wikidata.org/wiki/Q184",
] as const;

/** A record with one leaf replaced. */
function withLeaf(record: Json, path: Path, value: Json): Json {
  const copy = JSON.parse(JSON.stringify(record)) as Json;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] ?? null;
  const last = path[path.length - 1];
  if (last !== undefined) (parent as Record<string | number, Json>)[last] = value;
  return copy;
}

/** One path for each place of the record (array indexes taken as `*`), where the seed holds a string. */
function stringPlaces(record: Json): Path[] {
  const seen = new Set<string>();
  const out: Path[] = [];
  for (const path of pathsOf(record)) {
    let value: Json = record;
    for (const key of path) value = (value as Record<string | number, Json>)[key] ?? null;
    if (typeof value !== "string") continue;
    const place = path.map((key) => (typeof key === "number" ? "*" : key)).join("/");
    if (seen.has(place) || place === "article/body") continue;
    seen.add(place);
    out.push(path);
  }
  return out;
}

interface Case {
  readonly description: string;
  readonly value: Json;
  /** The path changed, when one leaf was. */
  readonly path?: Path;
}

/** The records every validator sees. */
function corpus(): Case[] {
  const cases: Case[] = [
    { description: "the seed", value: fullSeed },
    { description: "the compact seed", value: seed },
  ];
  for (const value of fc.sample(validRecordArb, { numRuns: 30, seed: 14 })) {
    cases.push({ description: `generated ${value.article.id}`, value: JSON.parse(JSON.stringify(value)) as Json });
  }
  // Each place gets every fourth string, in turn, so that each string meets
  // every kind of field (ids, labels, dates, tags, URLs, codes) many times.
  stringPlaces(seed).forEach((path, p) => {
    DIALECT_STRINGS.forEach((text, t) => {
      if ((p + t) % 4 !== 0) return;
      cases.push({
        description: `${path.join(".")} = ${JSON.stringify(text)}`,
        value: withLeaf(seed, path, text),
        path,
      });
    });
  });
  const paths = pathsOf(seed).length;
  for (let at = 0; at < paths; at += 2) {
    for (const kind of ["wrong-type", "delete-key", "odd-string", "unknown-key"] as const) {
      const { value, description } = mutate(seed as never, kind, at, at);
      cases.push({ description: `seed with ${description}`, value: value as Json });
    }
  }
  return cases;
}

/** A Python with `jsonschema`, or why there is none. */
function findPython(): { command: string } | { missing: string } {
  for (const command of ["python3", "/usr/bin/python3", "python"]) {
    const probe = spawnSync(command, ["-c", "import jsonschema"], { encoding: "utf8" });
    if (probe.status === 0) return { command };
  }
  return { missing: "no Python with the jsonschema module (Debian: apt-get install python3-jsonschema)" };
}

const PYTHON_VALIDATE = `
import json, sys
from jsonschema import Draft202012Validator
lines = sys.stdin.read().split("\\n")
schema = json.loads(lines[0])
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
out = []
for line in lines[1:]:
    if not line:
        continue
    errors = list(validator.iter_errors(json.loads(line)))
    out.append({"valid": not errors, "paths": sorted({"/".join(str(k) for k in e.absolute_path) for e in errors})})
print(json.dumps(out))
`;

/** Python's answers for each record: valid or not, and the paths of its errors. */
function pythonValidate(command: string, values: readonly Json[]): { valid: boolean; paths: string[] }[] {
  const input = [JSON.stringify(recordJsonSchema()), ...values.map((value) => JSON.stringify(value))].join("\n");
  const result = spawnSync(command, ["-c", PYTHON_VALIDATE], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { valid: boolean; paths: string[] }[];
}

const python = findPython();
if ("missing" in python) console.warn(`NOTICE: Python's jsonschema is left out of the comparison: ${python.missing}`);

describe("the JSON Schema, in every validator", () => {
  it("gets the same answer from the library, ajv, @cfworker/json-schema and Python's jsonschema on every record", () => {
    expect(validateShape(seed).success, "the compact seed is a valid record").toBe(true);
    const cases = corpus();
    const schema = recordJsonSchema();
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const ajvValidate = ajv.compile(schema);
    // @cfworker/json-schema annotates the schema it is given, which is frozen: give it a copy.
    const copy: Schema = JSON.parse(JSON.stringify(schema));
    const cfworker = new Validator(copy, "2020-12", false);
    const pythonAnswers =
      "command" in python
        ? pythonValidate(
            python.command,
            cases.map((c) => c.value),
          )
        : undefined;

    const disagreements: string[] = [];
    let invalid = 0;
    cases.forEach((c, i) => {
      const answers: Record<string, boolean> = {
        library: validateShape(c.value).success,
        ajv: ajvValidate(c.value),
        cfworker: cfworker.validate(c.value).valid,
      };
      const fromPython = pythonAnswers?.[i];
      if (fromPython !== undefined) answers.python = fromPython.valid;
      if (!answers.library) invalid++;
      if (new Set(Object.values(answers)).size > 1) {
        disagreements.push(`${c.description}: ${JSON.stringify(answers)}`);
      }
    });
    console.info(
      `JSON Schema differential: ${cases.length} records (${invalid} invalid), validators: library, ajv, @cfworker/json-schema${
        pythonAnswers === undefined ? "" : ", Python jsonschema"
      }; ${disagreements.length} disagreements`,
    );
    expect(invalid).toBeGreaterThan(cases.length / 4);
    expect(invalid).toBeLessThan(cases.length);
    expect(disagreements).toEqual([]);
  }, 600_000);

  it("lets generic validators name the field that is wrong inside an actor, a quote or any other kind of fact", () => {
    const places = stringPlaces(seed).filter((path) => typeof path[1] === "number");
    expect(places.length).toBeGreaterThan(10);
    const cases = places.map((path) => ({ path, value: withLeaf(seed, path, 17) }));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const ajvValidate = ajv.compile(recordJsonSchema());
    const pythonAnswers =
      "command" in python
        ? pythonValidate(
            python.command,
            cases.map((c) => c.value),
          )
        : undefined;
    const unlocated: string[] = [];
    cases.forEach(({ path, value }, i) => {
      const pointer = path.join("/");
      expect(ajvValidate(value)).toBe(false);
      const ajvPaths = (ajvValidate.errors ?? []).map((error) => error.instancePath.slice(1));
      if (!ajvPaths.includes(pointer)) unlocated.push(`ajv: ${pointer} not in ${JSON.stringify(ajvPaths)}`);
      const fromPython = pythonAnswers?.[i];
      if (fromPython !== undefined && !fromPython.paths.includes(pointer)) {
        unlocated.push(`python: ${pointer} not in ${JSON.stringify(fromPython.paths)}`);
      }
    });
    expect(unlocated).toEqual([]);
  }, 300_000);
});

/** What a string node of the schema asks of its patterns: some must match, some must not. */
interface PatternRule {
  readonly name: string;
  readonly match: string[];
  readonly avoid: string[];
}

function patternRules(): PatternRule[] {
  const rules: PatternRule[] = [];
  const walk = (node: unknown, name: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, `${name}/${i}`);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const patternsOf = (holder: unknown): string[] => {
      if (holder === null || typeof holder !== "object") return [];
      const h = holder as Record<string, unknown>;
      const own = typeof h.pattern === "string" ? [h.pattern] : [];
      const anyOf = Array.isArray(h.anyOf) ? h.anyOf.flatMap(patternsOf) : [];
      const allOf = Array.isArray(h.allOf) ? h.allOf.flatMap(patternsOf) : [];
      return [...own, ...anyOf, ...allOf];
    };
    const match = [
      ...(typeof record.pattern === "string" ? [record.pattern] : []),
      ...(Array.isArray(record.allOf) ? record.allOf.flatMap(patternsOf) : []),
    ];
    const avoid = patternsOf(record.not);
    if (match.length > 0 || avoid.length > 0) rules.push({ name, match, avoid });
    for (const [key, child] of Object.entries(record))
      if (key !== "not" && key !== "allOf") walk(child, `${name}/${key}`);
  };
  walk(recordJsonSchema(), "#");
  return rules;
}

/** Whether a string passes a rule, for a `search` function of one regex dialect. */
function passes(rule: PatternRule, text: string, search: (pattern: string, text: string) => boolean): boolean {
  return rule.match.every((p) => search(p, text)) && !rule.avoid.some((p) => search(p, text));
}

const PYTHON_PATTERNS = `
import json, re, sys
rules, texts = json.loads(sys.stdin.read())
print(json.dumps([[all(re.search(p, t) for p in r["match"]) and not any(re.search(p, t) for p in r["avoid"]) for t in texts] for r in rules]))
`;

const PERL_PATTERNS = `
use strict; use warnings; use utf8; use JSON::PP;
local $/; my $in = <STDIN>;
my ($rules, $texts) = @{ JSON::PP->new->utf8->decode($in) };
my @out;
for my $r (@$rules) {
  my @row;
  for my $t (@$texts) {
    my $ok = 1;
    for my $p (@{ $r->{match} }) { $ok = 0 unless $t =~ /$p/; }
    for my $p (@{ $r->{avoid} }) { $ok = 0 if $t =~ /$p/; }
    push @row, $ok ? JSON::PP::true : JSON::PP::false;
  }
  push @out, \\@row;
}
print JSON::PP->new->utf8->encode(\\@out);
`;

describe("the JSON Schema's patterns", () => {
  const rules = patternRules();

  it("use only the dialect every engine shares: [0-9], no \\d \\s \\w \\b, no lookaround, no \\u escapes", () => {
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) {
      for (const pattern of [...rule.match, ...rule.avoid]) {
        expect(pattern, rule.name).not.toMatch(/\\[dDsSwWbBuzZAGx]|\(\?[=!<]/);
        expect(() => RE2JS.compile(pattern), `RE2 compiles ${rule.name}: ${pattern}`).not.toThrow();
        expect(() => new RegExp(pattern, "u"), rule.name).not.toThrow();
      }
    }
  });

  it("accept and refuse the same strings in ECMAScript, RE2, Python's re and Perl (PCRE)", () => {
    const texts = [...DIALECT_STRINGS, "", "x", " x", "x ", "Q42", "a--b", "2024-02-29", "2021-02-30", "zh-Hant-TW"];
    const engines: Record<string, boolean[][]> = {
      ecmascript: rules.map((rule) => texts.map((t) => passes(rule, t, (p, s) => new RegExp(p, "u").test(s)))),
      re2: rules.map((rule) => texts.map((t) => passes(rule, t, (p, s) => RE2JS.compile(p).matcher(s).find()))),
    };
    const input = JSON.stringify([rules, texts]);
    if ("command" in python) {
      const result = spawnSync(python.command, ["-c", PYTHON_PATTERNS], { input, encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      engines.python = JSON.parse(result.stdout) as boolean[][];
    }
    const perl = spawnSync("perl", ["-e", PERL_PATTERNS], { input, encoding: "utf8" });
    if (perl.error === undefined) {
      expect(perl.status, perl.stderr).toBe(0);
      engines.perl = JSON.parse(perl.stdout) as boolean[][];
    } else {
      console.warn("NOTICE: Perl is left out of the pattern comparison: no perl on this machine");
    }
    const disagreements: string[] = [];
    rules.forEach((rule, r) => {
      texts.forEach((text, t) => {
        const answers = Object.fromEntries(Object.entries(engines).map(([name, table]) => [name, table[r]?.[t]]));
        if (new Set(Object.values(answers)).size > 1) {
          disagreements.push(`${rule.name} on ${JSON.stringify(text)}: ${JSON.stringify(answers)}`);
        }
      });
    });
    console.info(
      `JSON Schema patterns: ${rules.length} rules × ${texts.length} strings in ${Object.keys(engines).join(", ")}; ${disagreements.length} disagreements`,
    );
    expect(disagreements).toEqual([]);
  });
});
