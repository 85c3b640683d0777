import { readdirSync, readFileSync } from "node:fs";
import { it } from "vitest";
import { checkGrounding } from "../../src/grounding/check.js";
it("probe", () => {
  for (const dir of ["test/fixtures/grounding", "data", "test/fixtures/records"]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
      const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
      const rep = checkGrounding(r);
      for (const e of rep.entries) if (e.status !== "grounded" && e.status !== "no_span") console.log(f, e.path.join("."), e.status, e.code, e.message);
    }
  }
});
