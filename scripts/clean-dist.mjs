// Empties dist before a build: the builds of tsup.config.ts run side by side
// and none of them cleans, and split chunks have new names at every change.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

rmSync(join(dirname(fileURLToPath(import.meta.url)), "..", "dist"), { recursive: true, force: true });
