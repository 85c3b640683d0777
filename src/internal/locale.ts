/**
 * Which locale a helper writes in, decided once and never by throwing: the
 * caller's locale when it is a usable BCP 47 tag, else the fallback (the
 * article's language), else English. The helpers' own words exist for the
 * languages of {@link PHRASE_LANGUAGES}; any other language is written
 * wholly in English, numbers and dates included, so that a sentence never
 * mixes two languages.
 */

/** Languages the helpers write whole sentences in. */
export const PHRASE_LANGUAGES = ["en", "de", "fr", "es"] as const;

/** A language the helpers write whole sentences in. */
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

/** The locale a helper settled on. */
export interface ResolvedLocale {
  /** The canonical BCP 47 tag numbers and dates are written in (`"de-DE"`, `"en"`). */
  readonly tag: string;
  /** The language of the helper's words. */
  readonly language: PhraseLanguage;
  /** True when the locale asked for (or the fallback) could not be used as given. */
  readonly fellBack: boolean;
}

function isPhraseLanguage(value: string): value is PhraseLanguage {
  return (PHRASE_LANGUAGES as readonly string[]).includes(value);
}

/** The canonical form of one tag (`"de_DE"` → `"de-DE"`), or `undefined` when it is not a tag. */
export function canonicalTag(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replaceAll("_", "-"))[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of a tag, lower case (`"de-AT"` → `"de"`). */
export function languageOf(tag: string): string {
  return (tag.split("-")[0] ?? tag).toLowerCase();
}

function firstTag(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const tag = canonicalTag(item);
      if (tag !== undefined) return tag;
    }
    return undefined;
  }
  return canonicalTag(value);
}

/**
 * The locale to write in: the first usable tag of `requested` (a tag or a
 * list of tags, best first; `"de_DE"` is read as `"de-DE"`), else
 * `fallback`, else `"en"`. A tag whose language has no phrases is replaced
 * by `"en"` (and `fellBack` is set): the sentence is then English through
 * and through.
 */
export function resolveLocale(requested: unknown, fallback?: unknown): ResolvedLocale {
  const asked = requested === undefined ? undefined : firstTag(requested);
  const tag = asked ?? firstTag(fallback);
  const askedButUnusable = requested !== undefined && asked === undefined;
  if (tag === undefined) return { tag: "en", language: "en", fellBack: true };
  const language = languageOf(tag);
  if (isPhraseLanguage(language)) return { tag, language, fellBack: askedButUnusable };
  return { tag: "en", language: "en", fellBack: true };
}
