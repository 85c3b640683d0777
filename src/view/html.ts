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
// C0 except tab, line feed and carriage return (which HTML reads as a line break), DEL, C1, lone surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe to put in HTML content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, (char) => ENTITIES[char] ?? "").replace(CONTROL, showControl);
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
