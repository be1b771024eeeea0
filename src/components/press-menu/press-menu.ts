import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { MenuItem } from '../../data/model.js';
import type { PressMenuStrings } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { DataWidget } from '../../internal/data-widget.js';
import { isCurrentPage } from '../../internal/page.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { menuStyles } from './press-menu.styles.js';

// Each list is named by its path, which is also its id: "menu" is the top-level list, "menu-3"
// the sub-menu of its fourth item, "menu-3-0" the sub-menu of that one's first child.
const parentOf = (key: string): string => key.slice(0, key.lastIndexOf('-'));

/**
 * The site's navigation menu, like WordPress's `wp_nav_menu` with the `_s` theme's toggle: a row
 * of links when the element is wide; a "Menu" button (`aria-expanded`) over a vertical list when
 * the element itself is narrower than `breakpoint` (its own width, not the viewport's). Sub-menus
 * follow the WAI-ARIA disclosure navigation pattern: a button beside each parent link; a mouse
 * also opens them by hovering when wide. Escape closes the innermost open sub-menu, then the menu,
 * and focuses the button that opened it; a click outside closes everything. The current page's
 * link has `aria-current="page"`. With `skip-to`, a "Skip to content" link comes first, shown
 * when focused. Its strings follow the page's `lang` (WordPress's own translations, see the
 * docs/languages.md); `strings` replaces any of them. Right to left (a `dir="rtl"` or a language
 * such as Arabic or Hebrew in the nearest `lang`), the row runs from the right and sub-menus open
 * toward the left.
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
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - "No menu items."
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default (drop-down sub-menus: `CanvasText`).
 * @cssprop --press-color-muted - The empty text.
 * @cssprop [--press-color-link=LinkText] - Links.
 * @cssprop [--press-color-accent=Highlight] - Focus rings.
 * @cssprop --press-color-border - Borders and skeletons.
 * @cssprop --press-color-surface - Background of the toggle, the skip link and drop-down sub-menus (`Canvas`).
 * @cssprop [--press-radius=0.25em] - Corner radius.
 * @cssprop [--press-space=1em] - The gap between items, the sub-menu indent.
 */
export class PressMenu extends DataWidget<'menu'> {
  static override styles = [widgetStyles, menuStyles];
  static override properties: PropertyDeclarations = {
    menu: { attribute: false },
    skipTo: { attribute: 'skip-to' },
    label: {},
    toggleLabel: { attribute: 'toggle-label' },
    strings: { attribute: false },
    breakpoint: {
      converter: (value) => {
        const pixels = Number.parseFloat(value ?? ''); // "600" or "600px"
        return pixels >= 0 ? pixels : 600;
      },
    },
    // Internal state: `attribute: false`, as `state: true` would be listed as an attribute in custom-elements.json.
    width: { attribute: false },
    open: { attribute: false },
  };

  /** The menu to show; setting it overrides every other source. */
  declare menu?: MenuItem[];

  /** The id of the page's main content: adds a "Skip to content" link that moves focus there. */
  declare skipTo?: string;

  /** The name of the `<nav>` landmark. Defaults to the wrapped `<nav>`'s, the heading, or "Primary menu". */
  declare label?: string;

  /** The text of the toggle button shown when narrow. Defaults to "Menu", in the page's language. */
  declare toggleLabel?: string;

  /**
   * Replacements for any of its strings, by key: `menu` (the toggle), `primaryMenu` (the `<nav>`'s
   * name), `skipToContent`, `submenu` ("%s submenu": a sub-menu button's name), `noMenuItems`,
   * `loadingMenu`, `menuFailed`, `retry`. Those not given follow the page's `lang`.
   */
  declare strings?: Partial<PressMenuStrings>;

  /** Below this width of the element itself, in CSS pixels, the menu collapses behind its toggle. */
  breakpoint = 600;

  protected readonly listKey = 'menu';
  /** A menu has no heading of its own: its `<nav>` is named by `label`. */
  protected readonly stringKeys = { heading: '', empty: 'noMenuItems', loading: 'loadingMenu', failed: 'menuFailed' } as const;

  protected get given(): MenuItem[] | undefined {
    return this.menu;
  }

  /** The element's own width. */
  private width = Number.POSITIVE_INFINITY;
  /** The innermost open list ('' when all are closed); the lists around it are open too. */
  private open = '';
  /** Whether `width` is below `breakpoint`: kept to notice when that changes. */
  #narrow = false;

  // It watches an empty block in the shadow root, as wide as the element: watching the host itself
  // would report the height change that collapsing causes, inside the observer's own callback (a
  // "ResizeObserver loop" error).
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    this.width = entry.contentRect.width; // one target: one entry
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick, true);
    document.addEventListener('keydown', this.#onDocumentKeydown);
    // The first update renders the sizer.
    void this.updateComplete.then(() => {
      const sizer = this.renderRoot.querySelector('.sizer');
      if (sizer && this.isConnected) this.#resizeObserver.observe(sizer);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick, true);
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.#resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const narrow = this.width < this.breakpoint;
    if (narrow === this.#narrow) return;
    this.#narrow = narrow;
    this.open = '';
    // The toggle went, or the list folded away behind it: keep a keyboard user's focus on the page.
    const active = this.shadowRoot?.activeElement;
    if (active) {
      void this.updateComplete.then(() => {
        if (!active.checkVisibility()) this.renderRoot.querySelector<HTMLElement>('nav :is(a, button)')?.focus();
      });
    }
  }

  /** Opens or closes the list `key`: the whole menu ("menu") or a sub-menu, which closes any other. */
  #toggle(key: string): void {
    this.open = this.#isOpen(key) ? parentOf(key) : key;
  }

  /** A mouse opens a sub-menu by hovering its item when wide (a touch taps the button instead). */
  #hover(event: PointerEvent, key: string): void {
    if (event.pointerType === 'mouse' && !this.#narrow) this.open = event.type === 'pointerenter' ? key : parentOf(key);
  }

  #isOpen(key: string): boolean {
    return `${this.open}-`.startsWith(`${key}-`);
  }

  /** Escape closes the innermost open list and focuses the button that opened it. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    this.renderRoot.querySelector<HTMLElement>(`[aria-controls=${this.open}]`)?.focus();
    this.open = parentOf(this.open);
  };

  /** Escape anywhere dismisses what hovering opened, without moving the pointer (WCAG 1.4.13). */
  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.composedPath().includes(this) && this.open !== 'menu') this.open = this.#narrow ? 'menu' : '';
  };

  /** Focus leaving the element closes its sub-menus (the APG pattern); the toggled menu stays open. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && !this.shadowRoot?.contains(event.relatedTarget) && this.open) this.open = 'menu';
  };

  /** A click outside closes everything (as in `_s`); focus that it left nowhere goes to the "Menu" button. */
  readonly #onDocumentClick = (event: Event): void => {
    if (event.composedPath().includes(this)) return;
    if (this.open && document.activeElement === document.body) this.renderRoot.querySelector<HTMLElement>('[part=toggle]')?.focus();
    this.open = '';
  };

  /** Moves focus to the content too, not only the scroll position (and leaves the URL alone). */
  readonly #onSkip = (event: Event): void => {
    const id = this.skipTo ?? '';
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById(id) ?? document.getElementById(id);
    if (!target) return; // the browser follows the link
    event.preventDefault();
    if (target.tabIndex < 0) target.tabIndex = -1; // focusable by script, not by Tab
    target.focus();
    target.scrollIntoView();
  };

  override render(): TemplateResult {
    return html`${
      this.skipTo
        ? html`<a part="skip-link" href="#${this.skipTo}" dir=${this.direction ?? nothing} @click=${this.#onSkip}>${this.t('skipToContent')}</a>`
        : nothing
    }
      <div class="sizer"></div>
      ${super.render()}`;
  }

  protected renderItems(items: MenuItem[]): TemplateResult {
    const label = [this.label, this.querySelector(':scope > nav')?.ariaLabel, this.headingText()].find((name) => !!name);
    const toggle = (): void => {
      this.#toggle('menu');
    };
    return html`<nav part="nav" class=${this.#narrow ? 'narrow' : 'wide'} aria-label=${label ?? this.t('primaryMenu')} @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
      ${
        this.#narrow
          ? html`<button part="toggle" aria-controls="menu" aria-expanded=${this.#isOpen('menu')} @click=${toggle}>${this.toggleLabel ?? this.t('menu')}</button>`
          : nothing
      }
      ${this.#renderList(items, 'menu')}
    </nav>`;
  }

  #renderList(items: MenuItem[], key: string): TemplateResult {
    const top = key === 'menu';
    return html`<ul part=${top ? 'list' : 'list submenu'} id=${key} ?hidden=${(!top || this.#narrow) && !this.#isOpen(key)}>
      ${items.map((item, index) => this.#renderItem(item, `${key}-${String(index)}`))}
    </ul>`;
  }

  #renderItem(item: MenuItem, key: string): TemplateResult {
    const current = isCurrentPage(item.url);
    // An unsafe (or missing) URL arrives as '' from the data layer: the label is shown as text.
    const link = item.url
      ? html`<a part=${current ? 'link current' : 'link'} dir="auto" href=${item.url} aria-current=${current ? 'page' : nothing}>${item.label}</a>`
      : html`<span part="link" dir="auto">${item.label}</span>`;
    if (item.children.length === 0) return html`<li part="item">${link}</li>`;
    const hover = (event: PointerEvent): void => {
      this.#hover(event, key);
    };
    const toggle = (): void => {
      this.#toggle(key);
    };
    return html`<li part="item" @pointerenter=${hover} @pointerleave=${hover}>
      ${link}
      <button part="submenu-toggle" aria-controls=${key} aria-expanded=${this.#isOpen(key)} @click=${toggle}>
        <span class="visually-hidden">${fill(this.t('submenu'), item.label)}</span>
      </button>
      ${this.#renderList(item.children, key)}
    </li>`;
  }
}
