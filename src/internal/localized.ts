import { LitElement, type PropertyDeclarations } from 'lit';
import { en, type StringKey, type Strings } from '../i18n/en.js';
import { catalogFor, type Catalog } from '../i18n/strings.js';
import { ownTask } from '../tasks.js';
import { closestAcross, dirOf, langOf } from './page.js';

/**
 * An element whose strings follow the nearest `lang` (WordPress's own translations, one module per
 * language, loaded when first asked for), with a `strings` property that replaces any of them, and
 * whose direction follows the nearest `dir` or `lang`.
 */
export abstract class LocalizedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
  };

  /** Replacements for any of the element's strings, by key (see docs/languages.md). */
  declare strings?: Partial<Strings>;

  /** The built-in translation the nearest `lang` asks for. */
  #catalog?: Catalog;
  /** The nearest `<press-site>`'s `strings`. */
  #siteStrings?: Partial<Strings>;
  /** The direction the nearest `dir` or `lang` gives; `undefined`: the page's, inherited. */
  protected direction?: 'ltr' | 'rtl';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** Follows a change of its `<press-site>`'s `lang` or `dir` (its own come through attributeChangedCallback). */
  readonly #siteLanguage = new MutationObserver(() => {
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const site = closestAcross(this, 'press-site');
    if (site) this.#siteLanguage.observe(site, { attributeFilter: ['lang', 'dir'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#siteLanguage.disconnect();
  }

  /** Whether the first render has had its own task. */
  #firstTask = false;

  // An update waits for the language's module the first time it is needed: the element then
  // appears in its language, with no English first.
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    // Each element's first render in a task of its own: a page's widgets, upgraded together when
    // the script arrives, would otherwise be one long task. Not for one that wraps markup
    // WordPress rendered: that shows until the first render replaces it, without a gap.
    if (!this.#firstTask) {
      this.#firstTask = true;
      const wrapsMarkup = [...this.children].some((child) => child.localName !== 'script');
      if (!wrapsMarkup) return ownTask().then(() => this.scheduleUpdate());
    }
    const catalog = catalogFor(langOf(this));
    if (catalog instanceof Promise) return catalog.then(() => this.scheduleUpdate());
    this.#catalog = catalog;
    this.#siteStrings = (closestAcross(this, 'press-site') as { strings?: Partial<Strings> } | undefined)?.strings;
    this.direction = dirOf(this);
    return super.scheduleUpdate();
  }

  /**
   * The string `key`: from `strings`, else its `<press-site>`'s, else the page's language, else
   * English. For a number `count`, the language's form for it, where the translation has several.
   */
  protected t(key: StringKey, count = 1): string {
    const text: unknown = this.strings?.[key] ?? this.#siteStrings?.[key] ?? this.#catalog?.[key] ?? en[key];
    // Forms: the language's plural rule picks (scripts/i18n.js), else English's; one it has not, the last.
    // Anything else (a page's `strings` of the wrong kind): English.
    const form: unknown = Array.isArray(text) ? (text[this.#catalog?.plural?.(count) ?? +(count != 1)] ?? text.at(-1)) : text;
    return typeof form == 'string' ? form : en[key];
  }
}
