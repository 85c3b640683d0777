/** The most UTF-16 code units of record text that any one message quotes. */
export const EXCERPT_LENGTH = 80;

/** Backs off one code unit when `offset` would cut a surrogate pair in two. */
function safeCut(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  return code >= 0xd800 && code <= 0xdbff ? offset - 1 : offset;
}

/**
 * A bounded, JSON-quoted excerpt of a text for a message: the whole text
 * when it is short, otherwise its start and end around an ellipsis with the
 * full length named, so that no message copies an unbounded stretch of a
 * body or a field. Surrogate pairs are never cut.
 *
 * @param value - The text to quote.
 * @param max - The most code units of `value` to show.
 * @returns `"text"`, or `"start … end" (1,234 code units)`.
 */
export function excerpt(value: string, max: number = EXCERPT_LENGTH): string {
  if (value.length <= max) return JSON.stringify(value);
  const half = Math.max(1, Math.floor(max / 2));
  const head = value.slice(0, safeCut(value, half));
  const tailStart = value.length - half;
  const tail = value.slice(safeCut(value, tailStart) === tailStart ? tailStart : tailStart + 1);
  return `${JSON.stringify(`${head}…${tail}`)} (${value.length.toLocaleString("en-US")} code units)`;
}
