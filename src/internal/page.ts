import { parseUrl } from '../data/safe-url.js';

/** The parent of `node`, stepping out of shadow roots to their hosts. */
function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** The nearest ancestor named `tagName`, across shadow roots; it need not be defined yet. */
export function closestAcross(node: Node, tagName: string): Element | undefined {
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (at instanceof Element && at.localName === tagName) return at;
  }
  return undefined;
}

/**
 * The language of the nearest `lang` attribute, across shadow roots; '' when there is none, or when
 * it names no language we know (`lang=""`, as HTML has it, says the language is unknown: English).
 */
export function langOf(node: Element): string {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at instanceof Element && at.hasAttribute('lang')) return tagOf(at);
  }
  return '';
}

/** `node`'s own `lang` as a language tag (WordPress's locale names too: "he_IL" is "he-IL"); '' when it names none. */
function tagOf(node: Node): string {
  const lang = node instanceof Element ? node.getAttribute('lang')?.replace(/_/g, '-') : '';
  return lang && isLocale(lang) ? lang : '';
}

/** The language that applies to `node`: the nearest `lang`, across shadow roots, else the browser's. */
export function localeOf(node: Element): string {
  return langOf(node) || navigator.language;
}

/**
 * The direction the nearest `dir` or `lang` (across shadow roots) gives `node`: that `dir`, or a
 * language's own ("rtl" for Arabic, Hebrew, Persian, Urdu…); `undefined` when none says, and then
 * the widget inherits the page's. A page that sets `lang="he"` and no `dir` still gets its widgets
 * right to left.
 */
export function dirOf(node: Element): 'ltr' | 'rtl' | undefined {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (!(at instanceof Element)) continue;
    const dir = at.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    const lang = tagOf(at);
    if (lang) return /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)\b/i.test(lang) ? 'rtl' : 'ltr';
  }
  return undefined;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false; // a malformed lang attribute must not break Intl formatting
  }
}

/**
 * Whether `url` names the page being shown (its hash and a trailing slash aside). Never throws:
 * it runs while a list is drawn, and a link that does not parse is simply not this page.
 */
export function isCurrentPage(url: string): boolean {
  if (!url) return false;
  const target = parseUrl(url);
  if (!target) return false;
  const strip = (path: string): string => path.replace(/\/+$/, '');
  return target.origin === location.origin && strip(target.pathname) === strip(location.pathname) && target.search === location.search;
}
