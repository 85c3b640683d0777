import { configDefaults, defineConfig } from "vitest/config";

// CI sets VITEST_JSON_REPORT to a file path so that .ci/run can count
// passed and failed tests from vitest's JSON report.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests run on their own: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, "test/browser/**"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    // Limits that only a hang reaches: on a machine whose cores are busy the
    // heavier property tests and the examples' compile step take several
    // times as long as on an idle one, and must still pass.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
