import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { readMarkup, type MarkupContent } from '../data/markup.js';
import type { ListKey, SiteLists } from '../data/model.js';
import { normalizeFeed, normalizeList } from '../data/normalize.js';
import { sourceFor, type SourceKind } from '../data/sources.js';
import { emit } from '../events.js';
import { closestAcross, localeOf } from './page.js';
import { widgetStyles } from './widget.styles.js';

/**
 * A widget that shows one list of the site's data, in four states: loading (a skeleton the size of
 * the content), ready, empty and error (with Retry). It finds its data, in order, in a property, an
 * inline `<script type="application/json">` child, its own `src`/`api`, the nearest `<press-site>`,
 * and the WordPress markup it wraps, which is also its first paint.
 */
export abstract class DataWidget<K extends ListKey> extends LitElement {
  static override styles = [widgetStyles];

  /** A WordPress site to read from: its REST root (`…/wp-json`) or its home URL. */
  @property({ reflect: true }) api?: string;

  /** A JSON feed to read from (see the feed schema in the README). */
  @property({ reflect: true }) src?: string;

  /** The heading; an empty string hides it. Defaults to WordPress's widget title. */
  @property() heading?: string;

  /** Which list of the feed this widget shows. */
  protected abstract readonly listKey: K;
  protected abstract readonly defaultHeading: string;
  /** WordPress's own text for an empty list. */
  protected abstract readonly emptyText: string;
  /** What the list holds, for status messages: "categories". */
  protected abstract readonly noun: string;
  /** The list a developer set as a property, if any. */
  protected abstract get given(): SiteLists[K] | undefined;
  protected abstract renderItems(items: SiteLists[K]): TemplateResult;
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

  private readonly data = new Task(this, {
    args: () => [this.given, ...this.sourceRef()] as const,
    task: ([given, kind, url]) => this.load(given, kind, url),
  });
  /** The task status that `press-load`/`press-error` last reported, so each outcome is told once. */
  private reported: TaskStatus = TaskStatus.INITIAL;

  private async load(given: SiteLists[K] | undefined, kind?: SourceKind, url?: string): Promise<SiteLists[K]> {
    if (given) return normalizeList(this.listKey, given, `the ${this.listKey} property of <${this.localName}>`);
    if (this.inlineItems) return this.inlineItems;
    // A source without this kind of data (a feed with no `menu`, say) leaves it to the markup.
    const fromSource = kind && url ? await sourceFor(kind, url).list(this.listKey) : undefined;
    return fromSource ?? this.markup?.items ?? ([] as SiteLists[K]);
  }

  /** The widget's own source, else its `<press-site>`'s; attributes are read so the site need not be defined. */
  private sourceRef(): [SourceKind, string] | [] {
    for (const element of [this, this.site]) {
      const api = element?.getAttribute('api');
      if (api) return ['api', api];
      const src = element?.getAttribute('src');
      if (src) return ['src', src];
    }
    return [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.readLightDom) {
      this.readLightDom = true;
      this.inlineItems = this.readInlineJson();
      this.markup = readMarkup(this.listKey, this);
    }
    this.site = closestAcross(this, 'press-site');
    if (this.site) this.siteObserver.observe(this.site, { attributeFilter: ['api', 'src', 'lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.siteObserver.disconnect();
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
    return Array.isArray(raw) ? normalizeList(this.listKey, raw, origin) : ((normalizeFeed(raw, origin) as Partial<SiteLists>)[this.listKey] ?? ([] as SiteLists[K]));
  }

  /** The language for dates, numbers and month names: the nearest `lang`, else the browser's. */
  protected get locale(): string {
    return localeOf(this);
  }

  /** Asks the source again, e.g. after an error. */
  retry(): void {
    this.focusAfterLoad = this.shadowRoot?.activeElement?.getAttribute('part') === 'retry';
    void this.data.run();
  }

  override updated(): void {
    const { status } = this.data;
    if (status !== this.reported) {
      this.reported = status;
      // Told after the update, so that listeners find the new state on screen.
      if (status === TaskStatus.COMPLETE) emit(this, 'press-load', { count: this.data.value?.length ?? 0 });
      if (status === TaskStatus.ERROR) {
        const { error } = this.data;
        emit(this, 'press-error', { message: error instanceof Error ? error.message : String(error), error });
      }
    }
    if (this.focusAfterLoad && status !== TaskStatus.PENDING) {
      this.focusAfterLoad = false;
      // The Retry button is gone: keep the keyboard user where the content now is.
      this.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus();
    }
  }

  protected headingText(): string {
    return this.heading ?? this.markup?.heading ?? this.defaultHeading;
  }

  override render(): TemplateResult {
    const heading = this.headingText();
    const pending = this.data.status === TaskStatus.PENDING || this.data.status === TaskStatus.INITIAL;
    return html`
      ${heading ? html`<h2 part="heading" id="heading">${heading}</h2>` : nothing}
      <div part="body" tabindex="-1" aria-busy=${pending ? 'true' : 'false'}>${this.renderState()}</div>
    `;
  }

  private renderState(): TemplateResult {
    const { status, value } = this.data;
    if (status === TaskStatus.COMPLETE && value) {
      return value.length > 0 ? this.renderItems(value) : html`<p part="empty" dir="auto">${this.emptyText}</p>`;
    }
    if (status === TaskStatus.ERROR) {
      return this.markup ? this.renderItems(this.markup.items) : this.renderError();
    }
    // Loading: keep showing what was there (earlier data or the wrapped markup), else a skeleton.
    const shown = value ?? this.markup?.items;
    return shown ? this.renderItems(shown) : this.renderLoading();
  }

  protected renderLoading(): TemplateResult {
    return html`
      <span role="status" class="visually-hidden">Loading ${this.noun}…</span>
      <ul part="list skeleton" aria-hidden="true">
        ${Array.from({ length: this.skeletonRows }, () => html`<li part="item"><span class="skeleton-bar"></span></li>`)}
      </ul>
    `;
  }

  private renderError(): TemplateResult {
    return html`
      <p part="error" role="alert">
        <span dir="auto">Could not load ${this.noun}.</span>
        <button part="retry" type="button" @click=${() => {
          this.retry();
        }}>Retry</button>
      </p>
    `;
  }
}
