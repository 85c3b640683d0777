import { defineConfig } from "vitest/config";

// `npm run test:browser`: tests that drive headless Chromium (Debian's
// /usr/bin/chromium) against the built package and the built API docs. CI
// sets VITEST_JSON_REPORT to a file path of its own for this run.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
