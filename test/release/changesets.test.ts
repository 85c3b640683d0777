// Releases: changesets for one public package, each changeset naming the
// kind of change it is (the kinds and their releases are the table in
// .changeset/README.md), and `changeset status` passing against the base
// branch.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ROOT, readManifest } from "../support/package.js";
import { explain, run } from "../support/process.js";

const RELEASES = ["major", "minor", "patch"] as const;

const ConfigSchema = z.looseObject({ access: z.string(), baseBranch: z.string() });

async function readConfig(): Promise<z.infer<typeof ConfigSchema>> {
  return ConfigSchema.parse(JSON.parse(await readFile(join(ROOT, ".changeset", "config.json"), "utf8")));
}

/** The kinds of change and the release each needs, from the table in .changeset/README.md. */
async function kinds(): Promise<Map<string, (typeof RELEASES)[number]>> {
  const readme = await readFile(join(ROOT, ".changeset", "README.md"), "utf8");
  const out = new Map<string, (typeof RELEASES)[number]>();
  for (const [, kind, release] of readme.matchAll(/^\| `([a-z ]+)`[^|]*\|\s*(major|minor|patch)\s*\|$/gm)) {
    if (kind !== undefined && release !== undefined) out.set(kind, z.enum(RELEASES).parse(release));
  }
  return out;
}

describe("changesets", () => {
  it("are set up for one public package released from main", async () => {
    const config = await readConfig();
    expect(config.access).toBe("public");
    expect(config.baseBranch).toBe("main");
    const manifest = await readManifest();
    expect(manifest.private).toBeUndefined();
    expect(manifest.publishConfig).toEqual({ access: "public" });
    expect(manifest.scripts).toMatchObject({
      changeset: "changeset",
      version: "changeset version",
      release: expect.stringMatching(/build.*&&.*npm test.*&& changeset publish$/),
    });
  });

  it("each say which kind of change they are, and ask for the release that kind needs", async () => {
    const table = await kinds();
    expect([...table.values()].sort()).toEqual(expect.arrayContaining([...RELEASES]));
    expect(table.get("new required field")).toBe("major");
    expect(table.get("new optional field")).toBe("minor");
    expect(table.get("corrected dataset value")).toBe("patch");
    const { name } = await readManifest();
    const files = (await readdir(join(ROOT, ".changeset"))).filter((f) => f.endsWith(".md") && f !== "README.md");
    for (const file of files) {
      const text = await readFile(join(ROOT, ".changeset", file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n\s*Kind: ([a-z ]+)\n/.exec(text);
      expect(match, `${file} starts with front matter, then a line "Kind: ..."`).not.toBeNull();
      const releases = [...(match?.[1] ?? "").matchAll(/^"?([^":]+)"?: (major|minor|patch)$/gm)];
      expect(
        releases.map(([, pkg]) => pkg),
        `${file} releases only ${name}`,
      ).toEqual([name]);
      const kind = match?.[2] ?? "";
      expect(table.has(kind), `${file}: "${kind}" is not a kind of .changeset/README.md`).toBe(true);
      expect(releases[0]?.[2], `${file}: a ${kind} needs a ${table.get(kind)} release`).toBe(table.get(kind));
    }
  });

  it("add up to the version the versioning guide promises for the first release, from an unpublished 0.0.0", async () => {
    const { name, version } = await readManifest();
    const guide = await readFile(join(ROOT, "docs", "versioning.md"), "utf8");
    const promised = /The first release is `(\d+\.\d+\.\d+)`/.exec(guide)?.[1];
    expect(promised).toBe("0.1.0");
    if (version !== "0.0.0") return; // released: the first release is behind us
    const output = join(await mkdtemp(join(tmpdir(), "news-schema-changesets-")), "status.json");
    const changeset = join(ROOT, "node_modules", ".bin", "changeset");
    const result = await run(changeset, ["status", `--output=${output}`], { cwd: ROOT });
    expect(result.code, explain("changeset status --output", result)).toBe(0);
    const status = z
      .looseObject({ releases: z.array(z.looseObject({ name: z.string(), newVersion: z.string() })) })
      .parse(JSON.parse(await readFile(output, "utf8")));
    expect(status.releases).toEqual([expect.objectContaining({ name, newVersion: promised })]);
  }, 60_000);

  it("pass changeset status against the base branch (a change to the package comes with a changeset)", async () => {
    const { baseBranch } = await readConfig();
    const candidates = [baseBranch, `origin/${baseBranch}`];
    let base: string | undefined;
    for (const ref of candidates) {
      const found = await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: ROOT });
      if (found.code === 0) {
        base = ref;
        break;
      }
    }
    expect(base, `neither ${candidates.join(" nor ")} is in this clone's history`).toBeDefined();
    const changeset = join(ROOT, "node_modules", ".bin", "changeset");
    const result = await run(changeset, ["status", `--since=${base}`], { cwd: ROOT });
    expect(result.code, explain(`changeset status --since=${base}`, result)).toBe(0);
  }, 60_000);
});
