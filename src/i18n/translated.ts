/**
 * Whether the language tag `lang` may have a translation among `languages` (languages.ts): its
 * language as `Intl` reads it ("in" is Indonesian, "und-TW" Chinese, "iw" Hebrew) with its region,
 * given or likely (of English, only some regions have one). Nothing loads for the others.
 */
export function mayTranslate(lang: string, languages: RegExp): boolean {
  try {
    const { language, region } = new Intl.Locale(lang).maximize();
    return languages.test(`${language}-${region ?? ''}`);
  } catch {
    return false; // not a language tag
  }
}
