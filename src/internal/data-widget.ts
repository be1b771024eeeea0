import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { readMarkup, type MarkupContent } from '../data/markup.js';
import type { ListKey, SiteLists } from '../data/model.js';
import { normalizeFeed, normalizeList } from '../data/normalize.js';
import { sourceFor, unwatch, type SourceKind } from '../data/sources.js';
import { emit, emitError } from '../events.js';
import type { StringKey } from '../i18n/en.js';
import { afterFrame, DrawInParts } from './draw-in-parts.js';
import { LocalizedElement } from './localized.js';
import { unwatchNearViewport, watchNearViewport, type NearViewportListener } from './near-viewport.js';
import { closestAcross, localeOf, sourceRefOf } from './page.js';
import { widgetStyles } from './widget.styles.js';

/**
 * A widget that shows one list of the site's data, in four states: loading (a skeleton the size of
 * the content), ready, empty and error (with Retry). It finds its data, in order, in a property, an
 * inline `<script type="application/json">` child, its own `src`/`api`, the nearest `<press-site>`,
 * and the WordPress markup it wraps, which is also its first paint.
 */
export abstract class DataWidget<K extends ListKey> extends LocalizedElement {
  static override styles = [widgetStyles];
  static override properties: PropertyDeclarations = {
    api: { reflect: true },
    src: { reflect: true },
    heading: {},
  };

  /** A WordPress site to read from: its REST root (`…/wp-json`) or its home URL. */
  declare api?: string;

  /** A JSON feed to read from (see the feed schema in the README). */
  declare src?: string;

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

  private markup?: MarkupContent<K>;
  private inlineItems?: SiteLists[K];
  private readLightDom = false;
  private site?: Element;
  private readonly siteObserver = new MutationObserver(() => {
    this.requestUpdate();
  });
  private focusAfterLoad = false;

  /** What is shown: the list once loaded, the error once failed; both absent while loading. */
  private loaded?: { items: SiteLists[K] } | { error: unknown };
  /** Drawing what was loaded threw: the error state shows instead, until the next load. */
  private drawFailure?: { error: unknown };
  /** A load is under way (the first, a Retry, or one for a changed source). */
  private loading = false;
  /** What the current load was started for: a change starts a new one. */
  private loadedFor: unknown[] = [];
  private loads = 0;

  /** Came within a screen of the viewport once: from then on it loads whenever its source changes. */
  private near = false;

  // @lit/task would do this, at 0.7 KB gzip of a 16 KB budget; this is all of it that is needed.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const args = [this.given, this.needsTotals, ...sourceRefOf(this)];
    if (args.length !== this.loadedFor.length || args.some((arg, i) => arg !== this.loadedFor[i])) {
      // It asks its source once near the viewport: at once for most, when the reader scrolls to it
      // for one far down a long page.
      if (!this.near && !this.given && !this.inlineItems && args[2]) {
        watchNearViewport(this, this.nearViewport);
        return;
      }
      this.near = true;
      this.loadedFor = args;
      void this.run();
    }
  }

  /** Known to be far from the viewport: it waits, and is not busy meanwhile. */
  private far = false;

  private readonly nearViewport: NearViewportListener = {
    near: () => {
      this.near = true;
      this.far = false;
      this.requestUpdate();
    },
    far: () => {
      this.far = true;
      this.requestUpdate();
    },
  };

  /** Loads the list; of overlapping loads, only the latest is shown and reported. */
  private async run(): Promise<void> {
    const load = ++this.loads;
    this.loading = true;
    this.requestUpdate(); // within willUpdate, this joins the update under way

    const [given, totals, kind, url] = this.loadedFor as [SiteLists[K] | undefined, boolean, SourceKind?, string?];
    let outcome: { items: SiteLists[K] } | { error: unknown };
    try {
      const items = this.load(given, totals, kind, url);
      // Data at hand (a property, inline JSON, wrapped markup) shows in the update under way.
      outcome = { items: items instanceof Promise ? await items : items };
    } catch (error) {
      outcome = { error };
    }
    if (load !== this.loads) return;
    this.loaded = outcome;
    this.drawFailure = undefined;
    this.loading = false;
    this.requestUpdate();
    await this.updateComplete;
    // A long list is drawn in parts (see DrawInParts): "loaded" once all of it is.
    while (this.longLists.cut && load === this.loads) {
      await afterFrame();
      await this.updateComplete;
    }
    if (load !== this.loads) return;
    if (this.focusAfterLoad) {
      this.focusAfterLoad = false;
      // The Retry button is gone: keep the keyboard user where the content now is.
      this.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus();
    }
    // Told after the update, so that listeners find the new state on screen. A drawing that
    // failed is told by drawFailed().
    if (this.failedToDraw()) return;
    if ('items' in outcome) emit(this, 'press-load', { count: outcome.items.length });
    else emitError(this, outcome.error);
  }

  private load(given: SiteLists[K] | undefined, totals: boolean, kind?: SourceKind, url?: string): SiteLists[K] | Promise<SiteLists[K]> {
    if (given) return normalizeList(this.listKey, given, `the ${this.listKey} property of <${this.localName}>`);
    if (this.inlineItems) return this.inlineItems;
    const markup = this.markup?.items ?? ([] as SiteLists[K]);
    if (!kind || !url) return markup;
    // A source without this kind of data (a feed with no `menu`, say) leaves it to the markup.
    return sourceFor(kind, url, this.refresh)
      .list(this.listKey, totals)
      .then((fromSource) => fromSource ?? markup);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.readLightDom) {
      this.readLightDom = true;
      this.inlineItems = this.readInlineJson();
      this.markup = readMarkup(this.listKey, this);
    }
    this.site = closestAcross(this, 'press-site');
    if (this.site) this.siteObserver.observe(this.site, { attributeFilter: ['api', 'src'] });
    // Moved elsewhere on the page: it may have another <press-site> now, and it must watch its
    // source again (it stopped when it left). From memory: no request.
    this.loadedFor = [];
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchNearViewport(this);
    this.siteObserver.disconnect();
    unwatch(this.refresh);
  }

  private readInlineJson(): SiteLists[K] | undefined {
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

  /** The source has newer data (a background refresh of cached answers): show it, without a request. */
  private readonly refresh = (): void => void this.run();

  /** Asks the source again, e.g. after an error. */
  retry(): void {
    this.focusAfterLoad = this.shadowRoot?.activeElement?.getAttribute('part') === 'retry';
    void this.run();
  }

  /** The default heading, in the page's language: WordPress's widget title. */
  protected get defaultHeading(): string {
    return this.stringKeys.heading && this.t(this.stringKeys.heading);
  }

  protected headingText(): string {
    return this.heading ?? this.markup?.heading ?? this.defaultHeading;
  }

  /** Long lists drawn a frame at a time (for `renderItems`: `this.longLists.draw(…)`). */
  protected readonly longLists = new DrawInParts(this);

  // Read through a method: after an await, TypeScript would still take it for what was set before.
  private failedToDraw(): boolean {
    return !!this.drawFailure;
  }

  /**
   * Lit commits what render() returned after marking the update done: what throws there (a part
   * drawn by DrawInParts, a template nested too deep) shows the error state in the next update.
   * What throws before (in render()) is Lit's to handle: the element could not update again.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // A second failure, in an update that drew the error state, would only come again.
      if (this.isUpdatePending || this.drawFailure) throw error;
      this.drawFailed(error);
    }
  }

  override render(): TemplateResult {
    const heading = this.headingText();
    const dir = this.direction ?? nothing;
    const state = this.renderStateOrError();
    // Busy until its first list or error is shown (unless it waits far from the viewport), while
    // loading, and while a long list is still being drawn (renderState() may have cut it).
    const busy = (!this.loaded && !this.far) || this.loading || this.longLists.cut;
    return html`
      ${heading ? html`<h2 part="heading" id="heading" dir=${dir}>${heading}</h2>` : nothing}
      <div part="body" class=${this.longLists.long ? 'long' : nothing} tabindex="-1" dir=${dir} aria-busy=${busy ? 'true' : 'false'}>${state}</div>
    `;
  }

  /** WordPress's own text for an empty list. */
  protected renderEmpty(): TemplateResult {
    return html`<p part="empty" dir="auto">${this.t(this.stringKeys.empty)}</p>`;
  }

  /**
   * The state, or the error state (with Retry) when drawing it throws: a subclass's bug or data
   * that slipped through never leaves the widget blank or stops the page's other widgets.
   */
  private renderStateOrError(): TemplateResult {
    if (!this.drawFailure) {
      try {
        return this.renderState();
      } catch (error) {
        this.longLists.stop(); // what was cut is not drawn at all
        this.drawFailed(error);
      }
    }
    return this.loading ? this.renderLoading() : this.renderError();
  }

  /** Shows the error state instead of what could not be drawn, says why once, and tells `press-error` once it shows. */
  private drawFailed(error: unknown): void {
    this.drawFailure = { error };
    console.error(`press-widgets: <${this.localName}> could not draw its ${this.listKey}; it shows its error state.`, error);
    this.requestUpdate(); // from a commit, the update that draws the error state (from render(), this one does)
    void this.updateComplete.then(() => {
      emitError(this, error);
    });
  }

  /** The list to show: what was loaded, and what this page added since (a comment just posted). */
  protected shownItems(items: SiteLists[K]): SiteLists[K] {
    return items;
  }

  private renderState(): TemplateResult {
    const { loaded } = this;
    if (!this.loading && loaded && 'items' in loaded) {
      const items = this.shownItems(loaded.items);
      return items.length > 0 ? this.renderItems(items) : this.renderEmpty();
    }
    if (!this.loading && loaded) return this.markup ? this.renderItems(this.markup.items) : this.renderError();
    // Loading: keep showing what was there (earlier data or the wrapped markup), else a skeleton.
    const shown = loaded && 'items' in loaded ? loaded.items : this.markup?.items;
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

  private renderError(): TemplateResult {
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
