import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { archiveEntries } from '../../data/archive-entries.js';
import type { ArchiveMonth } from '../../data/model.js';
import type { PressArchivesStrings } from '../../i18n/en.js';
import { DataWidget } from '../../internal/data-widget.js';
import { formatCount, navigateTo } from '../../internal/format.js';
import { isCurrentPage } from '../../internal/page.js';

/** An archive line as shown: its words, in the page's language. */
interface ShownEntry {
  label: string;
  url: string;
  count: number | undefined;
}

/**
 * The monthly (or yearly) archive, like WordPress's Archives widget (`wp_get_archives`):
 * "July 2025" linking to `/2025/07/`, newest first, or a "Select Month" dropdown. Month names
 * follow the page's `lang` ("2025年7月"), and so do its strings (WordPress's own translations, see
 * docs/languages.md); `strings` replaces any of them.
 *
 * @summary The archive by month or year.
 *
 * @fires press-load - The archive arrived. `detail: { count }`.
 * @fires press-error - It could not be loaded; the widget shows an error and Retry. `detail: { message, error }`.
 *
 * @csspart heading - The heading ("Archives").
 * @csspart body - The wrapper of every state.
 * @csspart list - The `<ul>`.
 * @csspart skeleton - The loading state's placeholder list (also part `list`).
 * @csspart item - Each `<li>`.
 * @csspart link - A month's link.
 * @csspart count - " (12)".
 * @csspart select - The `<select>` in dropdown mode.
 * @csspart empty - "No archives to show."
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default.
 * @cssprop --press-color-muted - Counts and the empty text.
 * @cssprop [--press-color-link=LinkText] - Links.
 * @cssprop [--press-color-accent=Highlight] - Focus rings.
 * @cssprop --press-color-border - Borders and skeleton bars.
 * @cssprop --press-color-surface - Background of buttons and the dropdown.
 * @cssprop [--press-radius=0.25em] - Corner radius.
 * @cssprop [--press-space=1em] - Spacing unit.
 */
export class PressArchives extends DataWidget<'archives'> {
  static override properties: PropertyDeclarations = {
    archives: { attribute: false },
    showCounts: { type: Boolean, attribute: 'show-counts' },
    dropdown: { type: Boolean },
    limit: { type: Number },
    type: {},
    strings: { attribute: false },
  };

  /** The archive months to show; setting it overrides every other source. */
  declare archives?: ArchiveMonth[];

  /** Show each period's post count, " (12)". */
  showCounts = false;

  /** Show a "Select Month" dropdown that opens the chosen month. */
  dropdown = false;

  /** Show at most this many periods (the newest). */
  declare limit?: number;

  /** `monthly` (the default) or `yearly`. */
  type: 'monthly' | 'yearly' = 'monthly';

  /**
   * Replacements for any of its strings, by key: `archives` (the heading), `noArchives`,
   * `selectMonth`, `selectYear`, `loadingArchives`, `archivesFailed`, `retry`. Those not given
   * follow the page's `lang`.
   */
  declare strings?: Partial<PressArchivesStrings>;

  protected readonly listKey = 'archives';
  protected readonly stringKeys = { heading: 'archives', empty: 'noArchives', loading: 'loadingArchives', failed: 'archivesFailed' } as const;

  protected get given(): ArchiveMonth[] | undefined {
    return this.archives;
  }

  protected override get skeletonRows(): number {
    return Math.min(this.#maxEntries() ?? 4, 12);
  }

  #maxEntries(): number | undefined {
    return this.limit !== undefined && Number.isInteger(this.limit) && this.limit > 0 ? this.limit : undefined;
  }

  /** Newest first whatever order the data came in, merged into years for `type="yearly"`, then limited, and named. */
  #entries(months: ArchiveMonth[]): ShownEntry[] {
    const yearly = this.type === 'yearly';
    const format = new Intl.DateTimeFormat(this.locale, {
      year: 'numeric',
      ...(yearly ? {} : { month: 'long' }),
      timeZone: 'UTC',
      // WordPress names archive months in the Gregorian calendar in every language; Intl's default
      // for some (Persian, Thai) is another, whose months do not match the links.
      calendar: 'gregory',
    });
    return archiveEntries(months, yearly, this.#maxEntries()).map(({ year, month, url, count }) => ({
      // Not Date.UTC(year, …): it reads the years 0–99 as 1900–1999.
      label: format.format(new Date(0).setUTCFullYear(year, (month ?? 1) - 1, 1)),
      url,
      count,
    }));
  }

  #countText(count: number | undefined): string {
    return this.showCounts && count !== undefined ? `\u00a0(${formatCount(count, this.locale)})` : '';
  }

  /** The last entries made, and what from: a long list is drawn in parts, each from the same array. */
  #made?: { from: unknown[]; entries: ShownEntry[] };

  protected renderItems(months: ArchiveMonth[]): TemplateResult {
    const from = [months, this.type, this.locale, this.showCounts, this.limit];
    if (!this.#made || from.some((value, i) => value !== this.#made?.from[i])) this.#made = { from, entries: this.#entries(months) };
    const { entries } = this.#made;
    if (entries.length === 0) return this.renderEmpty();
    if (this.dropdown) {
      return html`<select part="select" aria-label=${this.headingText() || this.defaultHeading} @change=${navigateTo}>
        <option value="">${this.t(this.type === 'yearly' ? 'selectYear' : 'selectMonth')}</option>
        ${this.longLists.draw(
          entries,
          ({ label, url, count }) => html`<option value=${url} ?disabled=${!url} ?selected=${isCurrentPage(url)}>${label}${this.#countText(count)}</option>`,
        )}
      </select>`;
    }
    return html`<ul part="list">
      ${this.longLists.draw(entries, ({ label, url, count }) => {
        const shownCount = this.#countText(count);
        return html`<li part="item">
          ${
            url ? html`<a part="link" href=${url} aria-current=${isCurrentPage(url) ? 'page' : nothing}>${label}</a>` : html`<span part="link">${label}</span>`
          }${shownCount ? html`<span part="count">${shownCount}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}
