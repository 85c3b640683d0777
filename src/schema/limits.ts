import * as z from "zod/mini";
import { WELL_FORMED } from "./patterns.js";

/**
 * The largest record `validateRecord` accepts, so that no input can make it
 * run for long or exhaust memory. A value over a limit gets a `too_big`
 * issue at its path; the check stops there without reading the rest of it.
 */
export const RECORD_LIMITS = {
  /** Longest article body, in UTF-16 code units. */
  bodyLength: 1_000_000,
  /** Longest name, label, summary or other annotator text, in UTF-16 code units. */
  textLength: 2_000,
  /** Most items in any one array of a record: actors, quotes, one actor's mentions, and so on. */
  items: 10_000,
} as const;

export { WELL_FORMED } from "./patterns.js";

/**
 * At most `max` UTF-16 code units, whatever zod version runs the check:
 * zod 4.5 and later measure `z.maxLength` in code points, earlier versions
 * in code units, and every limit of a record is stated in code units (the
 * unit of every span offset). The check aborts, so a string over the limit
 * is not read further.
 */
function maxCodeUnits(max: number): z.core.$ZodCheck<string> {
  return z.check<string>(
    (ctx) => {
      if (ctx.value.length <= max) return;
      ctx.issues.push({
        code: "too_big",
        origin: "string",
        maximum: max,
        inclusive: true,
        input: ctx.value,
        continue: false,
      });
    },
    // Names the check for the shape checker generated at build time, which cannot read a function.
    { params: { shapeCheck: "max-code-units", maximum: max } },
  );
}

/**
 * A string of `min` to `max` UTF-16 code units with no lone surrogate, which
 * could not be written as UTF-8. The upper bound is checked first, and a
 * string over it is not read further.
 */
export function text(max: number, min = 0): z.ZodMiniString<string> {
  return z.string().check(
    // zod's own check first: it gives the JSON Schema its `maxLength`, and
    // aborts on a string over the limit in any measure. `maxCodeUnits` then
    // refuses what zod 4.5 and later let through by counting code points.
    z.maxLength(max, { abort: true }),
    maxCodeUnits(max),
    z.minLength(min),
    z.regex(WELL_FORMED, {
      error:
        "The text holds a lone UTF-16 surrogate (half a character), which cannot be written as UTF-8; fix the source's encoding.",
    }),
  );
}

/** An array of `min` to {@link RECORD_LIMITS}.items items. */
export function list<T extends z.ZodMiniType>(item: T, min = 0): z.ZodMiniArray<T> {
  return z.array(item).check(z.maxLength(RECORD_LIMITS.items), z.minLength(min));
}
