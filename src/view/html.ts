// Every piece of record text reaches the page through these functions: the
// view never writes a string from a record into HTML any other way.

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Control characters other than tab and line feed are parse errors in HTML;
 * they are shown as their visible Unicode pictures (U+2400 block), which
 * keeps each one a single UTF-16 code unit so offsets still line up.
 */
function showControl(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x7f) return "\u2421";
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  // C1 controls and lone surrogates: the replacement character.
  return "\ufffd";
}

const UNSAFE = /[&<>"']/g;
// A surrogate pair (kept), or anything but tab, line feed, carriage return
// (which HTML reads as a line break), printable ASCII and the rest of the
// BMP from U+00A0: control characters, DEL, C1 and lone surrogates.
const ODD = /[\ud800-\udbff][\udc00-\udfff]|[^\t\n\r -~\u00a0-\ud7ff\ue000-\uffff]/g;

/** Text safe to put in HTML content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE, (char) => ENTITIES[char] ?? "")
    .replace(ODD, (match) => (match.length === 2 ? match : showControl(match)));
}

/** Any value as short display text: strings as they are, other values as JSON, escaped. */
export function escapeValue(value: unknown): string {
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  return escapeHtml(text ?? String(value));
}

/**
 * A value as JSON that can sit inside a `<script type="application/json">`
 * element: `<` is written `\u003c`, so neither `</script` nor `<!--` can
 * appear, and the line separators that once broke JavaScript strings are
 * escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** `n noun` or `n nouns`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
