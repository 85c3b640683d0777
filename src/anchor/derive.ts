import * as z from "zod/mini";
import type { TextSpan, VerbatimSpan } from "../schema/span.js";
import type { TextQuote } from "./draft.js";

/**
 * The draft form of a record type `T`: every span may be given as a quote
 * `Q` (a `TextQuote` unless said otherwise) with the span's own fields
 * beyond the offsets (a mention's `form`), and, when `Offsets` is `true`,
 * still as offsets; every optional field may also be `null`. It is the type
 * of a schema derived from a record schema, such as `DraftRecordSchema`.
 */
export type DraftOf<T, Q = TextQuote, Offsets extends boolean = true> = T extends TextSpan
  ? Offsets extends true
    ? SpanAsOffsets<T> | DraftQuoteOf<T, Q>
    : DraftQuoteOf<T, Q>
  : T extends readonly unknown[]
    ? { -readonly [K in keyof T]: DraftOf<T[K], Q, Offsets> }
    : T extends object
      ? {
          [K in keyof T as Record<never, never> extends Pick<T, K> ? never : K]: DraftOf<T[K], Q, Offsets>;
        } & {
          [K in keyof T as Record<never, never> extends Pick<T, K> ? K : never]?: DraftOf<
            Exclude<T[K], undefined>,
            Q,
            Offsets
          > | null;
        }
      : T;

/** A span given by offsets in a draft: a verbatim span keeps its required words; a span with more fields (a mention) keeps them. */
type SpanAsOffsets<T extends TextSpan> = T extends VerbatimSpan
  ? VerbatimSpan
  : [Exclude<keyof T, keyof TextSpan>] extends [never]
    ? TextSpan
    : T;

/** A span given by its words in a draft: the quote, with the span's fields beyond a text span's (a mention's `form`), each nullable. */
type DraftQuoteOf<T extends TextSpan, Q> = [Exclude<keyof T, keyof TextSpan>] extends [never]
  ? Q
  : Flat<Q & { [K in Exclude<keyof T, keyof TextSpan>]?: T[K] | null }>;

/** An intersection written out as one object type, as a schema infers it. */
type Flat<T> = { [K in keyof T]: T[K] };

/** A zod schema seen through its definition, which is how zod itself rebuilds one. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly innerType?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly items?: readonly z.ZodMiniType[];
  readonly rest?: z.ZodMiniType | null;
}

function defOf(schema: z.ZodMiniType): SchemaDef {
  return schema._zod.def as SchemaDef;
}

const twins = new WeakMap<z.ZodMiniType, ReadonlyMap<z.ZodMiniType, z.ZodMiniType>>();

/**
 * For a schema made by {@link deriveDraftSchema}, each schema it was derived
 * from mapped to its draft twin (leaves map to themselves), so that the
 * twins can be named as the originals are.
 */
export function draftTwins(derived: z.ZodMiniType): ReadonlyMap<z.ZodMiniType, z.ZodMiniType> {
  return twins.get(derived) ?? new Map();
}

/**
 * Rebuilds a record schema as its draft: each schema found in `spans` is
 * replaced by the schema it maps to, each optional field also accepts
 * `null`, and everything else — fields, checks, enumerations, discriminated
 * unions — is kept, so the draft follows the record schemas as they grow.
 * Shared sub-schemas stay shared. Only the kinds of schema the record uses
 * (objects, arrays, tuples, unions, optionals and leaves) are walked; a
 * leaf is reused as it is.
 *
 * @param schema - The record schema to derive from.
 * @param spans - The span schemas to replace, each with its replacement.
 * @returns The draft schema, without a static type: callers give it {@link DraftOf}.
 */
export function deriveDraftSchema(
  schema: z.ZodMiniType,
  spans: ReadonlyMap<z.ZodMiniType, z.ZodMiniType>,
): z.ZodMiniType {
  const done = new Map<z.ZodMiniType, z.ZodMiniType>(spans);
  const derive = (node: z.ZodMiniType): z.ZodMiniType => {
    const known = done.get(node);
    if (known !== undefined) return known;
    const def = defOf(node);
    let out = node;
    if (def.type === "object" && def.shape !== undefined) {
      const shape: Record<string, z.ZodMiniType> = {};
      for (const [key, value] of Object.entries(def.shape)) shape[key] = derive(value);
      out = z.clone(node, { ...node._zod.def, shape } as typeof node._zod.def);
    } else if (def.type === "optional" && def.innerType !== undefined) {
      out = z.optional(z.nullable(derive(def.innerType)));
    } else if (def.type === "array" && def.element !== undefined) {
      out = z.clone(node, { ...node._zod.def, element: derive(def.element) } as typeof node._zod.def);
    } else if (def.type === "union" && def.options !== undefined) {
      out = z.clone(node, { ...node._zod.def, options: def.options.map(derive) } as typeof node._zod.def);
    } else if (def.type === "tuple" && def.items !== undefined) {
      const rest = def.rest === undefined || def.rest === null ? def.rest : derive(def.rest);
      out = z.clone(node, { ...node._zod.def, items: def.items.map(derive), rest } as typeof node._zod.def);
    }
    done.set(node, out);
    return out;
  };
  const out = derive(schema);
  twins.set(out, done);
  return out;
}
