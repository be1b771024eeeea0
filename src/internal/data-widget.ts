import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { readMarkup, type MarkupContent } from '../data/markup.js';
import type { ListKey, SiteLists } from '../data/model.js';
import { normalizeFeed, normalizeList } from '../data/normalize.js';
import { emit, emitError } from '../events.js';
import type { StringKey } from '../i18n/en.js';
import { afterFrame } from '../tasks.js';
import { DrawInParts } from './draw-in-parts.js';
import { localeOf } from './page.js';
import { SiteElement } from './site-element.js';
import { SourceController } from './source-controller.js';
import { widgetStyles } from './widget.styles.js';

/**
 * A widget that shows one list of the site's data, in four states: loading (a skeleton the size of
 * the content), ready, empty and error (with Retry). It finds its data, in order, in a property, an
 * inline `<script type="application/json">` child, its own `src`/`api`, the nearest `<press-site>`,
 * and the WordPress markup it wraps, which is also its first paint.
 */
export abstract class DataWidget<K extends ListKey> extends SiteElement {
  static override styles = [widgetStyles];
  static override properties: PropertyDeclarations = {
    heading: {},
  };

  /** The heading; an empty string hides it. Defaults to WordPress's widget title. */
  declare heading?: string;

  /** Which list of the feed this widget shows. */
  protected abstract readonly listKey: K;
  /**
   * The keys of its strings: its heading ('' for none), WordPress's own text for an empty list,
   * and the loading and error messages.
   */
  protected abstract readonly stringKeys: {
    readonly heading: StringKey | '';
    readonly empty: StringKey;
    readonly loading: StringKey;
    readonly failed: StringKey;
  };
  /** The list a developer set as a property, if any. */
  protected abstract get given(): SiteLists[K] | undefined;
  protected abstract renderItems(items: SiteLists[K]): TemplateResult;
  /** Whether the list shown needs the categories' padded counts (`totalCount`). */
  protected get needsTotals(): boolean {
    return false;
  }
  /** How many placeholder rows the loading state reserves. */
  protected get skeletonRows(): number {
    return 4;
  }

  #markup?: MarkupContent<K>;
  #inlineItems?: SiteLists[K];
  #readLightDom = false;
  #focusAfterLoad = false;

  /** Drawing what was loaded threw: the error state shows instead, until the next load. */
  #drawFailure?: { error: unknown };

  /** The list, from the first of: the property, inline JSON, the site, the markup it wraps. */
  readonly #data = new SourceController(this, {
    args: () => [this.given, this.needsTotals] as const,
    // Asked once near the viewport: at once for most, when the reader scrolls to it for one far
    // down a long page. Data of its own needs no waiting.
    lazy: () => !this.given && !this.#inlineItems,
    task: (source, [given, totals]) => {
      if (given) return normalizeList(this.listKey, given, `the ${this.listKey} property of <${this.localName}>`);
      if (this.#inlineItems) return this.#inlineItems;
      const markup = this.#markup?.items ?? ([] as SiteLists[K]);
      // A source without this kind of data (a feed with no `menu`, no site at all) leaves it to the markup.
      return source.list(this.listKey, totals).then((fromSource) => fromSource ?? markup);
    },
    settled: () => {
      this.#drawFailure = undefined;
    },
    shown: async (isLatest) => {
      // A long list is drawn in parts (see DrawInParts): "loaded" once all of it is.
      while (this.longLists.cut && isLatest()) {
        await afterFrame();
        await this.updateComplete;
      }
      if (!isLatest()) return;
      if (this.#focusAfterLoad) {
        this.#focusAfterLoad = false;
        // The Retry button is gone: keep the keyboard user where the content now is.
        this.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus();
      }
      // Told after the update, so that listeners find the new state on screen. A drawing that
      // failed was told by drawFailed().
      if (this.#drawFailure) return;
      const { value, error } = this.#data;
      if (value) emit(this, 'press-load', { count: value.length });
      else emitError(this, error);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#readLightDom) {
      this.#readLightDom = true;
      this.#inlineItems = this.#readInlineJson();
      this.#markup = readMarkup(this.listKey, this);
    }
  }

  #readInlineJson(): SiteLists[K] | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return undefined;
    const origin = `the JSON inside <${this.localName}>`;
    let raw: unknown;
    try {
      raw = JSON.parse(script.textContent);
    } catch {
      console.warn(`press-widgets: ${origin} is not valid JSON; it was ignored.`);
      return undefined;
    }
    // Either the list itself, or a whole feed.
    return Array.isArray(raw)
      ? normalizeList(this.listKey, raw, origin)
      : ((normalizeFeed(raw, origin) as Partial<SiteLists>)[this.listKey] ?? ([] as SiteLists[K]));
  }

  /** The language for dates, numbers and month names: the nearest `lang`, else the browser's. */
  protected get locale(): string {
    return localeOf(this);
  }

  /** Asks the source again, e.g. after an error. */
  retry(): void {
    this.#focusAfterLoad = this.shadowRoot?.activeElement?.getAttribute('part') === 'retry';
    this.#data.retry();
  }

  /** The default heading, in the page's language: WordPress's widget title. */
  protected get defaultHeading(): string {
    return this.stringKeys.heading && this.t(this.stringKeys.heading);
  }

  protected headingText(): string {
    return this.heading ?? this.#markup?.heading ?? this.defaultHeading;
  }

  /** Long lists drawn a frame at a time (for `renderItems`: `this.longLists.draw(…)`). */
  protected readonly longLists = new DrawInParts(this);

  /**
   * What throws while drawing (a subclass's bug, data that slipped through, a template nested too
   * deep), in render() or in Lit's commit of it, shows the error state (with Retry) in this same
   * update, says why once, and tells `press-error`: the widget never goes blank, and the page's
   * other widgets draw on.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // A second failure, in an update that draws the error state, would only come again.
      if (this.#drawFailure) throw error;
      this.#drawFailure = { error };
      this.longLists.stop(); // what was cut is not drawn at all
      console.error(`press-widgets: <${this.localName}> could not draw its ${this.listKey}; it shows its error state.`, error);
      super.update(changed);
      void this.updateComplete.then(() => {
        emitError(this, error);
      });
    }
  }

  override render(): TemplateResult {
    const { status } = this.#data;
    const heading = this.headingText();
    const dir = this.direction ?? nothing;
    const state = this.#drawFailure ? (status === 'pending' ? this.renderLoading() : this.#renderError()) : this.#renderState();
    // Busy until its first list or error is shown (unless it waits far from the viewport), while
    // loading, and while a long list is still being drawn (renderState() may have cut it).
    const busy = (status === 'initial' && !this.#data.waiting) || status === 'pending' || this.longLists.cut;
    return html`
      ${heading ? html`<h2 part="heading" id="heading" dir=${dir}>${heading}</h2>` : nothing}
      <div part="body" class=${this.longLists.long ? 'long' : nothing} tabindex="-1" dir=${dir} aria-busy=${busy ? 'true' : 'false'}>${state}</div>
    `;
  }

  /** WordPress's own text for an empty list. */
  protected renderEmpty(): TemplateResult {
    return html`<p part="empty" dir="auto">${this.t(this.stringKeys.empty)}</p>`;
  }

  /** The list to show: what was loaded, and what this page added since (a comment just posted). */
  protected shownItems(items: SiteLists[K]): SiteLists[K] {
    return items;
  }

  #renderState(): TemplateResult {
    const { status, value } = this.#data;
    if (status === 'complete' && value) {
      const items = this.shownItems(value);
      return items.length > 0 ? this.renderItems(items) : this.renderEmpty();
    }
    if (status === 'error') return this.#markup ? this.renderItems(this.#markup.items) : this.#renderError();
    // Loading: keep showing what was there (earlier data or the wrapped markup), else a skeleton.
    const shown = value ?? this.#markup?.items;
    return shown ? this.renderItems(shown) : this.renderLoading();
  }

  protected renderLoading(): TemplateResult {
    return html`
      <span role="status" class="visually-hidden">${this.t(this.stringKeys.loading)}</span>
      <ul part="list skeleton" aria-hidden="true">
        ${Array.from({ length: this.skeletonRows }, () => html`<li part="item"><span class="skeleton-bar"></span></li>`)}
      </ul>
    `;
  }

  #renderError(): TemplateResult {
    return html`
      <p part="error" role="alert">
        <span dir="auto">${this.t(this.stringKeys.failed)}</span>
        <button part="retry" type="button" @click=${() => {
          this.retry();
        }}>${this.t('retry')}</button>
      </p>
    `;
  }
}
