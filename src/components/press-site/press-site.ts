import { css, html, LitElement, type TemplateResult, type PropertyDeclarations } from 'lit';

/**
 * Shares one data source and the page's language with every widget inside it, so that a single
 * request serves them all. It has no UI of its own. Widgets read its attributes directly, so it
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
  };

  /** A WordPress site: its REST root (`…/wp-json`) or its home URL. */
  declare api?: string;

  /** A JSON feed (see the feed schema in the README), for any site. */
  declare src?: string;

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
