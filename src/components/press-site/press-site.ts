import { css, html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/en.js';
import { LocalizedElement } from '../../internal/localized.js';

/**
 * Shares one data source, the page's language and replacement strings with every widget inside
 * it, so that a single request serves them all. It has no UI of its own. Widgets read its attributes directly, so it
 * works even before (or without) this element being defined.
 *
 * @summary The data source for the widgets inside it.
 * @slot - The widgets and any other content.
 */
export class PressSite extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties: PropertyDeclarations = {
    api: { reflect: true },
    src: { reflect: true },
    strings: { attribute: false },
  };

  /** A WordPress site: its REST root (`…/wp-json`) or its home URL. */
  declare api?: string;

  /** A JSON feed (see the feed schema in docs/feed.md), for any site. */
  declare src?: string;

  /**
   * Replacements for strings of every widget inside it, by key (any element's keys, see the
   * docs/languages.md); a widget's own `strings` and attributes win.
   */
  declare strings?: Partial<Strings>;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('strings')) {
      for (const widget of this.querySelectorAll('*')) if (widget instanceof LocalizedElement) widget.requestUpdate();
    }
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
