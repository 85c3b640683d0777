// The dual package hazard: an app that imports the ES module build and also
// loads the CommonJS build (through a dependency that requires it) has two
// NewsRecordError classes. An error thrown by either is recognised by both,
// through `instanceof` and through `isNewsRecordError`. Runs on the built
// package (`npm test` builds it first).
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/package.js";

type Build = typeof import("../../src/index.js");

async function builds(): Promise<{ esm: Build; cjs: Build }> {
  const esm: Build = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
  const cjs: Build = createRequire(import.meta.url)(join(ROOT, "dist", "index.cjs"));
  return { esm, cjs };
}

/** The error `parseRecord` of a build throws on a record that is not valid. */
function thrownBy(build: Build): unknown {
  try {
    build.parseRecord({ schemaVersion: "1.0" });
  } catch (error) {
    return error;
  }
  throw new Error("parseRecord accepted an invalid record");
}

describe("NewsRecordError across the ES module and CommonJS builds", () => {
  it("are two classes, as an app that loads both builds gets them", async () => {
    const { esm, cjs } = await builds();
    expect(esm.NewsRecordError).not.toBe(cjs.NewsRecordError);
  });

  it("recognise each other's errors with instanceof and isNewsRecordError", async () => {
    const { esm, cjs } = await builds();
    for (const [from, to] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const error = thrownBy(from);
      expect(error instanceof to.NewsRecordError).toBe(true);
      expect(to.isNewsRecordError(error)).toBe(true);
      if (to.isNewsRecordError(error)) expect(error.issues[0]?.code).toBe("missing_field");
    }
  });

  it("recognise nothing else: plain errors, look-alikes and subclasses' strangers", async () => {
    const { esm, cjs } = await builds();
    const lookAlike = Object.assign(new Error("Invalid news record"), { name: "NewsRecordError", issues: [] });
    for (const build of [esm, cjs]) {
      for (const value of [new Error("x"), lookAlike, { issues: [] }, null, undefined, "NewsRecordError"]) {
        expect(build.isNewsRecordError(value)).toBe(false);
        expect(value instanceof build.NewsRecordError).toBe(false);
      }
      class Narrower extends build.NewsRecordError {}
      expect(new Narrower([]) instanceof build.NewsRecordError).toBe(true);
      expect(thrownBy(build) instanceof Narrower).toBe(false);
    }
  });
});
