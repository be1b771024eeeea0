// The string lookup. Not @lit/localize: it costs 1.1 KB gzip of a bundle that is over its budget,
// and its runtime mode has one locale per page (configureLocalization), while a widget here follows
// its own nearest `lang` (two widgets in two languages on one page are fine) and takes a `strings`
// property per element. This is a map lookup and a dynamic import per language, a few hundred bytes.
import type { Strings } from './en.js';
import { REQUEST_TIMEOUT_MS } from '../data/source.js';
import { inTime } from '../tasks.js';
import { LANGUAGES } from './languages.js';
import { mayTranslate } from './translated.js';

/** The strings WordPress counts (`_n()`): a translation may have a form for each of its language's plurals. */
export type CountedKey = 'manyComments' | 'responsesTo';

/**
 * A built-in translation: WordPress's own strings for the language, some of ours where it has none.
 * A counted string may have all its forms, and then `plural` picks one for a number (the .mo file's
 * Plural-Forms, compiled by scripts/i18n.js).
 */
export type Catalog = { [K in keyof Strings]?: K extends CountedKey ? string | readonly string[] : string } & { plural?: (n: number) => number };

/** The catalog by `lang`, as loaded, or loading; {} for a language that has none (English). */
const catalogs = new Map<string, Catalog | Promise<void>>();

/**
 * The built-in translation for the language tag `lang`: the catalog once loaded, a promise while
 * it loads, an empty catalog (English) for English and for languages without one. Each is a module
 * of its own, src/i18n/translations/<locale>.ts, the chunk dist/press-widgets.<locale>.js beside
 * the bundle (vite.config.ts names them), loaded the first time a page's `lang` asks for it, after
 * the chunk that picks the locale (match-locale.ts): the bundle has room only for the languages.
 */
export function catalogFor(lang: string): Catalog | Promise<void> {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalogs.set(lang, (catalog = mayTranslate(lang, LANGUAGES) ? load(lang) : {}));
  }
  return catalog;
}

/** Loads the translation `lang` gets, if any, into `catalogs`; English when a chunk does not load, or not in time. */
async function load(lang: string): Promise<void> {
  try {
    const locale = (await inTime(import('./match-locale.js'), REQUEST_TIMEOUT_MS)).matchLocale(lang);
    catalogs.set(lang, locale ? (await inTime(import(`./translations/${locale}.js`) as Promise<{ default: Catalog }>, REQUEST_TIMEOUT_MS)).default : {});
  } catch {
    console.warn(`press-widgets: the strings for lang="${lang}" did not load; English is shown.`);
    catalogs.set(lang, {});
  }
}

/**
 * `text` with its placeholders (`%s`, or numbered: `%1$s`, `%2$s`, as WordPress writes them)
 * replaced by `values`, as a list of pieces: Lit renders it, a template result stays a template.
 */
export function fill<T>(text: string, ...values: T[]): (string | T)[] {
  let next = 0;
  return text.split(/(%(?:\d\$)?s)/).map((piece, i) => (i % 2 ? values[piece.length > 2 ? Number(piece[1]) - 1 : next++] : piece));
}
