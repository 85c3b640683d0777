/**
 * Whether a value has the frame of a record: an object with an `article`
 * object and the fact lists as arrays. A light guard for helpers that only
 * read a record and must not throw on anything else: it checks much less
 * than `validateShape`, so that a helper using it does not carry the
 * schemas and the shape check into a bundle.
 */
export function isRecordLike(input: unknown): boolean {
  if (input === null || typeof input !== "object") return false;
  const record = input as Record<string, unknown>;
  const article = record.article;
  const places = record.places;
  return (
    article !== null &&
    typeof article === "object" &&
    !Array.isArray(article) &&
    Array.isArray(record.actors) &&
    Array.isArray(record.events) &&
    Array.isArray(record.quotes) &&
    Array.isArray(record.statistics) &&
    (places === undefined || Array.isArray(places))
  );
}
