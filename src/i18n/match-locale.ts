// Which translation a page's `lang` gets: the table of every locale and its matching, a chunk of
// their own (dist/press-widgets.match-locale.js) that strings.ts loads only for a `lang` whose
// language has a translation (languages.ts), so that the bundle carries neither.
import { ALIASES, LOCALES } from './locales.js';
import { localeFor } from './match.js';

/** The WordPress locale (`pt_BR`) of the translation for the language tag `lang`, or `undefined`: English. */
export const matchLocale = (lang: string): string | undefined => localeFor(lang, LOCALES, ALIASES);
