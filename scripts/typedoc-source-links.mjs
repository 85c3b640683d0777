// TypeDoc plugin: links each declaration to its source in the repository
// that `package.json` names (`repository`), at the commit being documented,
// so that the reference builds the same with or without a git remote (a
// fork without `origin`, a clone whose remote was removed). Where there is
// no git at all (a source archive), the reference is built without source
// links. A `sourceLinkTemplate` set in typedoc.json or on the command line
// wins.
import { readFileSync } from "node:fs";
import { Application } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    if (app.options.isSet("sourceLinkTemplate")) return;
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const base = repositoryWebAddress(manifest.repository);
    if (base === undefined) {
      app.logger.warn(
        'package.json has no "repository" with a GitHub, GitLab or Bitbucket URL: the reference cannot link to its sources.',
      );
      return;
    }
    app.options.setValue("sourceLinkTemplate", `${base}/blob/{gitRevision}/{path}#L{line}`);
  });
}

/**
 * The web address of a repository from `package.json`'s `repository`
 * (`{ "type": "git", "url": "git+https://github.com/o/r.git" }` or
 * `"github:o/r"`): `https://github.com/o/r`.
 */
export function repositoryWebAddress(repository) {
  const url = typeof repository === "string" ? repository : repository?.url;
  if (typeof url !== "string") return undefined;
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (short !== null) return `https://github.com/${short[1]}`;
  const full =
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?((?:github\.com|gitlab\.com|bitbucket\.org)\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return full === null ? undefined : `https://${full[1]}`;
}
