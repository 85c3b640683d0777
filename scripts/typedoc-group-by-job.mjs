// TypeDoc plugin: puts every top-level export of the reference in the group
// of the job it does (Schemas, Validation, Grounding, ...), decided by the
// path of its source file, as typedoc.json's `jobGroups` maps path prefixes
// (a folder such as `src/query`, or a file) to groups; the longest wins. An
// explicit `@group` tag in the export's comment wins. An export whose folder
// is not mapped and which has no `@group` tag is reported as a warning, which
// fails `npm run docs` (treatWarningsAsErrors): map its folder or tag it.
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Comment, CommentTag, Converter, ParameterType, ReflectionKind } from "typedoc";

/** The repository root: this plugin lives in its `scripts/` folder. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: "jobGroups",
    help: "Maps a path prefix of source files (relative to the project root, such as 'src/query') to the reference group of their exports; the longest matching prefix wins.",
    type: ParameterType.Mixed,
    defaultValue: {},
    validate(value) {
      const valid =
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((group) => typeof group === "string" && group.length > 0);
      if (!valid) throw new Error("jobGroups must map folder paths to group names");
    },
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    /** @type {Record<string, string>} */
    const folders = app.options.getValue("jobGroups");
    const prefixes = Object.keys(folders).sort((a, b) => b.length - a.length);
    const modules = [context.project, ...context.project.getReflectionsByKind(ReflectionKind.Module)];
    for (const module of modules) {
      for (const child of module.children ?? []) {
        if (!child.isDeclaration() || child.kindOf(ReflectionKind.Module)) continue;
        if (hasGroupTag(child)) continue;
        const file = child.sources?.[0]?.fullFileName;
        const path = file === undefined ? undefined : relative(ROOT, file).split(sep).join("/");
        const prefix = path === undefined ? undefined : prefixes.find((p) => path.startsWith(p));
        const group = prefix === undefined ? undefined : folders[prefix];
        if (group === undefined) {
          app.logger.warn(
            `${child.getFriendlyFullName()} (${path ?? "unknown source"}) has no reference group: add its folder to "jobGroups" in typedoc.json or give it a @group tag.`,
          );
          continue;
        }
        const tag = new CommentTag("@group", [{ kind: "text", text: group }]);
        const signature = child.signatures?.[0];
        const holder = signature?.comment ?? child.comment;
        if (holder === undefined) child.comment = new Comment([], [tag]);
        else holder.blockTags.push(tag);
      }
    }
  });
}

/** @param {import("typedoc").DeclarationReflection} reflection */
function hasGroupTag(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((comment) => comment?.blockTags.some((tag) => tag.tag === "@group") === true);
}
