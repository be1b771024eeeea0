/**
 * The WordPress locale (`pt_BR`) of the translation for the language tag `lang` ("pt-BR", "pt",
 * "zh-Hant"; langOf() makes WordPress's own "pt_BR" one), among `locales`, or `undefined` (English:
 * nothing loads).
 * As a browser picks among the languages a site offers: the tag as written ("pt-PT" → pt_PT, "nl" →
 * nl), else its language in the likeliest region for its script (CLDR's likely subtags, through
 * `Intl.Locale`: "pt" → pt_BR, "es-MX" → es_ES, "zh-Hant" → zh_TW), else the language alone ("ar-EG"
 * → ar), else `aliases` ("no" → nb_NO). Never throws: a tag that does not parse is English.
 *
 * @param locales every locale there is a translation for, each with a space on either side
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- maximize() gives a language it knows a script and a region; one it does not ("xx") throws */
export function localeFor(lang: string, locales: string, aliases: Record<string, string | undefined>): string | undefined {
  try {
    const likely = (tag: string): Intl.Locale => new Intl.Locale(tag).maximize();
    const { language, script } = likely(lang);
    const { region } = new Intl.Locale(lang);
    return [
      // As written ("nl" is nl, not nl_NL), but not a region whose script is another ("zh-Hans-TW" is not zh_TW's Traditional).
      region ? likely(`${language}-${region}`).script === script && `${language}_${region}` : language,
      `${language}_${likely(`${language}-${script!}`).region!}`,
      language,
      aliases[language],
    ].find((locale) => locales.includes(` ${locale as string} `)) as string | undefined;
  } catch {
    return undefined; // not a language tag, or one Intl knows no script for ("xx")
  }
}
/* eslint-enable @typescript-eslint/no-non-null-assertion */
