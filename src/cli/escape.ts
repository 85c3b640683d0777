/**
 * Text from the input made safe for a terminal: control characters (C0, DEL,
 * C1), bidirectional overrides and line or paragraph separators are written
 * as `\u` escapes, so that a record cannot clear the screen, move the cursor
 * or forge a line of the report.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
