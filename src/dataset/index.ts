/**
 * The dataset of `news-schema`: every record in the package's `data/`
 * folder as deeply read-only typed constants with literal ids. Import it from
 * `news-schema/dataset`, so that code which only validates never bundles it.
 *
 * @example
 * ```ts
 * import { belarusLithuaniaBorder, records } from "news-schema/dataset";
 *
 * // a literal type, not string
 * belarusLithuaniaBorder.actors[0].id; // => "belarus"
 * records.length; // => 1
 * ```
 *
 * @module news-schema/dataset
 */

export { belarusLithuaniaBorder } from "./belarus-lithuania-border.js";
export { RECORD_IDS, type RecordId, records } from "./records.js";
