import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MenuItem } from '../../data/model.js';
import { DataWidget } from '../../internal/data-widget.js';
import { isCurrentPage } from '../../internal/page.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { menuStyles } from './press-menu.styles.js';

/** The width, in CSS pixels, below which the menu collapses behind its toggle (_s: 37.5em). */
const DEFAULT_BREAKPOINT = 600;
/** How long a hovered sub-menu stays open after the pointer leaves it, to forgive a wobble. */
const HOVER_CLOSE_DELAY = 300;

// Sub-menus are named by their item's index path: "3" is the fourth top-level item, "3.0" its first child.
const parentKey = (key: string): string | null => {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? null : key.slice(0, dot);
};
/** Whether the open path `open` shows the sub-menu of `key` (it or one of its descendants is open). */
const shows = (open: string | null, key: string): boolean => open !== null && (open === key || open.startsWith(`${key}.`));
const submenuId = (key: string): string => `submenu-${key.replaceAll('.', '-')}`;

function toBreakpoint(value: string | null): number {
  const pixels = Number.parseFloat(value ?? '');
  return Number.isFinite(pixels) && pixels >= 0 ? pixels : DEFAULT_BREAKPOINT;
}

/**
 * The site's navigation menu, like WordPress's `wp_nav_menu` with the `_s` theme's toggle: a
 * horizontal row of links when the element is wide, and a "Menu" button (`aria-expanded`) that
 * shows a vertical list when the element itself is narrower than `breakpoint` (it measures its own
 * width, not the viewport's, so it also fits a sidebar). Sub-menus follow the WAI-ARIA
 * "disclosure navigation menu" pattern: each parent link has a button beside it; they also open
 * on hover when wide. Escape closes the innermost open sub-menu, then the menu, and puts focus back
 * on the button that opened it; a click outside closes everything. The link to the current page
 * has `aria-current="page"`. With `skip-to`, a "Skip to content" link comes first, visible only
 * when focused.
 *
 * @summary A navigation menu with a responsive toggle and sub-menus.
 *
 * @fires press-load - The menu arrived. `detail: { count }` (top-level items).
 * @fires press-error - It could not be loaded; the widget shows an error and Retry. `detail: { message, error }`.
 *
 * @csspart skip-link - The "Skip to content" link (with `skip-to`).
 * @csspart heading - The heading; none unless `heading` is set or the wrapped markup has one.
 * @csspart body - The wrapper of every state.
 * @csspart nav - The `<nav>` landmark.
 * @csspart toggle - The "Menu" button, shown only when the element is narrower than `breakpoint`.
 * @csspart list - Each `<ul>`, sub-menus too.
 * @csspart submenu - Each sub-menu's `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - An item's link (or its text, when it has no safe URL).
 * @csspart current - The link to the current page.
 * @csspart submenu-toggle - The button that opens a sub-menu.
 * @csspart skeleton - The placeholder row while loading.
 * @csspart empty - "No menu items."
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default (sub-menus: `CanvasText`).
 * @cssprop --press-color-muted - The empty text.
 * @cssprop --press-color-link - Links.
 * @cssprop --press-color-accent - Focus rings.
 * @cssprop --press-color-border - Borders and skeleton bars.
 * @cssprop --press-color-surface - Background of the toggle, the skip link and drop-down sub-menus (`Canvas`).
 * @cssprop --press-radius - Corner radius.
 * @cssprop --press-space - Spacing unit: the gap between items, the sub-menu indent.
 */
export class PressMenu extends DataWidget<'menu'> {
  static override styles = [widgetStyles, menuStyles];

  /** The menu to show; setting it overrides every other source. */
  @property({ attribute: false }) menu?: MenuItem[];

  /** The id of the page's main content: adds a "Skip to content" link that moves focus there. */
  @property({ attribute: 'skip-to' }) skipTo?: string;

  /** The name of the `<nav>` landmark. Defaults to the wrapped `<nav>`'s, the heading, or "Primary menu". */
  @property() label?: string;

  /** Below this width of the element itself, in CSS pixels, the menu collapses behind its toggle. */
  @property({ converter: { fromAttribute: toBreakpoint } }) breakpoint = DEFAULT_BREAKPOINT;

  protected readonly listKey = 'menu';
  /** A menu has no heading of its own: its `<nav>` is named by `label`. */
  protected readonly defaultHeading = '';
  protected readonly emptyText = 'No menu items.';
  protected readonly noun = 'menu items';

  protected get given(): MenuItem[] | undefined {
    return this.menu;
  }

  /** Whether the element is narrower than `breakpoint`. */
  @state() private narrow = false;
  /** Whether the toggled (narrow) menu is open. */
  @state() private open = false;
  /** The innermost sub-menu opened by click or keyboard; its ancestors are open too. */
  @state() private expanded: string | null = null;
  /** The innermost sub-menu opened by hovering (wide only). */
  @state() private hovered: string | null = null;

  private width = Number.POSITIVE_INFINITY;
  private markupLabel?: string;
  private readMarkupLabel = false;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  // Observes a zero-height, full-width block in the shadow root: the element's own content width.
  // (Observing the host itself would report the height change that collapsing causes, inside the
  // observer's own callback: a "ResizeObserver loop" error.)
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const entry = entries.at(-1);
    if (!entry) return;
    this.width = entry.contentRect.width;
    this.setNarrow(this.width < this.breakpoint);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.readMarkupLabel) {
      this.readMarkupLabel = true;
      this.markupLabel = this.querySelector(':scope > nav[aria-label]')?.getAttribute('aria-label') ?? undefined;
    }
    const sizer = this.shadowRoot?.querySelector('.sizer');
    if (sizer) this.resizeObserver.observe(sizer);
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    clearTimeout(this.hoverTimer);
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const sizer = this.shadowRoot?.querySelector('.sizer');
    if (sizer && this.isConnected) this.resizeObserver.observe(sizer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('breakpoint')) this.setNarrow(this.width < this.breakpoint);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  private setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    const active = this.shadowRoot?.activeElement;
    const toggle = this.toggleButton;
    this.narrow = narrow;
    this.open = false;
    this.hovered = null;
    if (!active || active.matches('[part~="skip-link"]')) return;
    // Keep a keyboard user's focus on something still shown: the toggle is going away, or the
    // list is folding behind it.
    if (!narrow && active === toggle) {
      this.focusAfterUpdate = () => this.shadowRoot?.querySelector<HTMLElement>('[part~="link"][href], [part~="submenu-toggle"]');
    } else if (narrow && active.closest('nav > [part~="list"]')) {
      this.focusAfterUpdate = () => this.toggleButton;
    }
  }

  private get toggleButton(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[part~="toggle"]') ?? null;
  }

  private submenuButton(key: string): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>(`[part~="submenu-toggle"][aria-controls="${submenuId(key)}"]`) ?? null;
  }

  private isOpen(key: string): boolean {
    return shows(this.expanded, key) || shows(this.hovered, key);
  }

  /** The innermost open sub-menu, however it was opened. */
  private innermostOpen(): string | null {
    const depth = (key: string | null): number => (key === null ? 0 : key.split('.').length);
    return depth(this.hovered) > depth(this.expanded) ? this.hovered : this.expanded;
  }

  /** Closes the sub-menu `key` and those inside it. */
  private closeSubmenu(key: string): void {
    if (shows(this.expanded, key)) this.expanded = parentKey(key);
    if (shows(this.hovered, key)) this.hovered = parentKey(key);
  }

  private readonly onToggle = (): void => {
    this.open = !this.open;
    if (!this.open) this.expanded = null;
  };

  private toggleSubmenu(key: string): void {
    clearTimeout(this.hoverTimer);
    if (this.isOpen(key)) this.closeSubmenu(key);
    else this.expanded = key; // opening one closes any other: only its ancestors stay open
  }

  private onPointerEnter(event: PointerEvent, key: string): void {
    if (event.pointerType !== 'mouse' || this.narrow) return;
    clearTimeout(this.hoverTimer);
    // Hovering another branch closes one opened by click, so that two drop-downs never overlap.
    if (this.expanded !== null && !shows(this.expanded, key) && !shows(key, this.expanded)) this.expanded = null;
    if (!shows(this.hovered, key)) this.hovered = key;
  }

  private onPointerLeave(event: PointerEvent, key: string): void {
    if (event.pointerType !== 'mouse' || !shows(this.hovered, key)) return;
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (shows(this.hovered, key)) this.hovered = parentKey(key);
    }, HOVER_CLOSE_DELAY);
  }

  /** Escape inside the element: the innermost sub-menu first, then the toggled menu. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const key = this.innermostOpen();
    if (key !== null) {
      clearTimeout(this.hoverTimer);
      this.closeSubmenu(key);
      this.focusAfterUpdate = () => this.submenuButton(key);
    } else if (this.narrow && this.open) {
      this.open = false;
      this.focusAfterUpdate = () => this.toggleButton;
    } else {
      return;
    }
    event.preventDefault();
  };

  /** Escape elsewhere on the page dismisses a sub-menu shown by hovering (WCAG 1.4.13). */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.hovered === null || event.composedPath().includes(this)) return;
    clearTimeout(this.hoverTimer);
    this.hovered = null;
  };

  /** Keyboard focus leaving the menu closes its sub-menus (the APG pattern). */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && !this.shadowRoot?.contains(next)) this.expanded = null;
  };

  /** A press outside closes everything; focus that was in what closes goes back to its button. */
  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    if (event.composedPath().includes(this)) return;
    if (!this.open && this.expanded === null && this.hovered === null) return;
    const top = this.innermostOpen()?.split('.')[0];
    const button = this.narrow && this.open ? this.toggleButton : top === undefined ? null : this.submenuButton(top);
    const active = this.shadowRoot?.activeElement;
    const focusWasInside = !!active && active !== button;
    clearTimeout(this.hoverTimer);
    this.open = false;
    this.expanded = null;
    this.hovered = null;
    if (!focusWasInside || !button) return;
    // The press itself moves focus (mousedown follows pointerdown in the same task): only when it
    // left focus nowhere (a press on plain content) does it go back to the button.
    setTimeout(() => {
      const now = document.activeElement;
      if (button.isConnected && (!now || now === document.body || (now === this && !this.shadowRoot?.activeElement))) button.focus();
    });
  };

  /** The skip link: focuses the target (made focusable if it is not) and scrolls to it. */
  private readonly onSkip = (event: MouseEvent): void => {
    const id = this.skipTo;
    if (!id) return;
    const root = this.getRootNode();
    const target =
      (root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id);
    if (!(target instanceof HTMLElement)) return; // let the browser try the fragment
    event.preventDefault();
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };

  private navLabel(): string {
    return [this.label, this.markupLabel, this.headingText()].find((name) => !!name) ?? 'Primary menu';
  }

  override render(): TemplateResult {
    return html`${this.skipTo
        ? html`<a part="skip-link" href=${`#${this.skipTo}`} @click=${this.onSkip}>Skip to content</a>`
        : nothing}<span class="sizer" aria-hidden="true"></span>${super.render()}`;
  }

  protected renderItems(items: MenuItem[]): TemplateResult {
    return html`<nav
      part="nav"
      class=${this.narrow ? 'narrow' : 'wide'}
      aria-label=${this.navLabel()}
      @keydown=${this.onKeydown}
      @focusout=${this.onFocusOut}
    >
      ${this.narrow
        ? html`<button part="toggle" type="button" aria-controls="list" aria-expanded=${this.open ? 'true' : 'false'} @click=${this.onToggle}>
            Menu
          </button>`
        : nothing}
      ${this.renderList(items, null)}
    </nav>`;
  }

  private renderList(items: MenuItem[], parent: string | null): TemplateResult {
    const top = parent === null;
    return html`<ul
      part=${top ? 'list' : 'list submenu'}
      id=${top ? 'list' : submenuId(parent)}
      ?hidden=${top ? this.narrow && !this.open : !this.isOpen(parent)}
    >
      ${items.map((item, index) => this.renderItem(item, top ? String(index) : `${parent}.${String(index)}`))}
    </ul>`;
  }

  private renderItem(item: MenuItem, key: string): TemplateResult {
    const current = isCurrentPage(item.url);
    // An item whose URL was unsafe (or missing) comes as '' from the data layer: plain text.
    const link = item.url
      ? html`<a part=${current ? 'link current' : 'link'} dir="auto" href=${item.url} aria-current=${current ? 'page' : nothing}
          >${item.label}</a
        >`
      : html`<span part="link" dir="auto">${item.label}</span>`;
    if (item.children.length === 0) return html`<li part="item">${link}</li>`;
    const open = this.isOpen(key);
    return html`<li
      part="item"
      @pointerenter=${(event: PointerEvent) => {
        this.onPointerEnter(event, key);
      }}
      @pointerleave=${(event: PointerEvent) => {
        this.onPointerLeave(event, key);
      }}
    >
      ${link}<button
        part="submenu-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${submenuId(key)}
        @click=${() => {
          this.toggleSubmenu(key);
        }}
      >
        <span class="visually-hidden">${item.label} submenu</span><span class="chevron" aria-hidden="true"></span>
      </button>
      ${this.renderList(item.children, key)}
    </li>`;
  }

  protected override renderLoading(): TemplateResult {
    return html`
      <span role="status" class="visually-hidden">Loading ${this.noun}…</span>
      ${this.narrow
        ? html`<span part="skeleton" class="toggle-skeleton" aria-hidden="true"></span>`
        : html`<ul part="list skeleton" class="skeleton-row" aria-hidden="true">
            ${Array.from({ length: this.skeletonRows }, () => html`<li><span class="skeleton-bar"></span></li>`)}
          </ul>`}
    `;
  }

  protected override get skeletonRows(): number {
    return 5;
  }
}
