import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { LanguageProfile } from "./types.js";

/**
 * The languages whose numbers in words, hedges and percent words grounding
 * reads: English, German, French and Spanish. Numbers in digits, their
 * separators and compact scale words are read in every language the
 * platform's `Intl.NumberFormat` knows.
 */
export const SUPPORTED_LANGUAGES = ["en", "de", "fr", "es"] as const;

/** A language whose numbers in words and hedges grounding reads. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const PROFILES: Readonly<Record<SupportedLanguage, LanguageProfile>> = { en, de, fr, es };

/** The primary subtag of a BCP 47 tag, lower case: "de" for "de-CH". */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf("-");
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** The profile of a language by its BCP 47 tag ("de-CH" → German), or `undefined` when it has none. */
export function languageProfile(tag: string): LanguageProfile | undefined {
  const primary = primaryLanguage(tag);
  return Object.hasOwn(PROFILES, primary) ? PROFILES[primary as SupportedLanguage] : undefined;
}
