// The string lookup. Not @lit/localize: it costs 1.1 KB gzip of a bundle that is over its budget,
// and its runtime mode has one locale per page (configureLocalization), while a widget here follows
// its own nearest `lang` (two widgets in two languages on one page are fine) and takes a `strings`
// property per element. This is a map lookup and a dynamic import per language, a few hundred bytes.
import type { Strings } from './en.js';

/** A built-in translation: WordPress's own strings for the language, some of ours where it has none. */
export type Catalog = Partial<Strings>;

// One module per language, loaded only when a page's `lang` asks for it; the bundle has them as
// the chunks dist/press-widgets.<locale>.js. Any region of the language gets it ("de-AT", "pt-PT").
const modules = new Map<string, () => Promise<{ default: Catalog }>>([
  ['de', () => import('./translations/de_DE.js')],
  ['es', () => import('./translations/es_ES.js')],
  ['fr', () => import('./translations/fr_FR.js')],
  ['ja', () => import('./translations/ja.js')],
  ['pt', () => import('./translations/pt_BR.js')],
]);
const catalogs = new Map<string, Catalog | Promise<void>>();

/**
 * The built-in translation for the language tag `lang`: the catalog once loaded, a promise while
 * it loads, `undefined` for English and for languages without one (English then).
 */
export function catalogFor(lang: string): Catalog | Promise<void> | undefined {
  const language = lang.split('-')[0].toLowerCase();
  const load = modules.get(language);
  let catalog = catalogs.get(language);
  if (!catalog && load) {
    catalogs.set(
      language,
      (catalog = load().then(
        (module) => void catalogs.set(language, module.default),
        () => {
          console.warn(`press-widgets: the ${language} strings did not load; English is shown.`);
          catalogs.set(language, {});
        },
      )),
    );
  }
  return catalog;
}

/**
 * `text` with its placeholders (`%s`, or numbered: `%1$s`, `%2$s`, as WordPress writes them)
 * replaced by `values`, as a list of pieces: Lit renders it, a template result stays a template.
 */
export function fill<T>(text: string, ...values: T[]): (string | T)[] {
  let next = 0;
  return text.split(/(%(?:\d\$)?s)/).map((piece, i) => (i % 2 ? values[piece.length > 2 ? Number(piece[1]) - 1 : next++] : piece));
}
