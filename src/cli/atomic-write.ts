import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a cache file aside, then renames it into place, so that a run
 * reading it meanwhile sees the old file or the new one, whole. Never
 * throws: a cache that cannot be written (a read-only install) is left out.
 *
 * @param path - The file to write; its folder is made if need be.
 * @param data - What to write.
 * @returns Whether the file was written.
 */
export function writeAtomically(path: string, data: string | Uint8Array): boolean {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    return false;
  }
}
