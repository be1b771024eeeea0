import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { categoryTree, type CategoryNode } from '../../data/category-tree.js';
import type { Category } from '../../data/model.js';
import type { PressCategoriesStrings } from '../../i18n/en.js';
import { DataWidget } from '../../internal/data-widget.js';
import { formatCount, navigateTo } from '../../internal/format.js';
import { isCurrentPage } from '../../internal/page.js';

/** How many rows a category takes in the list: itself and its sub-categories. */
const rows = (node: CategoryNode): number => node.size;

/**
 * The site's categories, like WordPress's Categories widget (`wp_list_categories`): ordered by
 * name, "Company News (82)", children nested, or a "Select Category" dropdown. Its strings follow
 * the page's `lang` (WordPress's own translations, see docs/languages.md); `strings` replaces
 * any of them.
 *
 * @summary Categories with post counts.
 *
 * @fires press-load - The categories arrived. `detail: { count }`.
 * @fires press-error - They could not be loaded; the widget shows an error and Retry. `detail: { message, error }`.
 *
 * @csspart heading - The heading ("Categories").
 * @csspart body - The wrapper of every state.
 * @csspart list - Each `<ul>`, nested ones too.
 * @csspart children - A nested list of sub-categories (also part `list`).
 * @csspart skeleton - The loading state's placeholder list (also part `list`).
 * @csspart item - Each `<li>`.
 * @csspart link - A category's link.
 * @csspart count - " (82)".
 * @csspart select - The `<select>` in dropdown mode.
 * @csspart empty - "No categories".
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
export class PressCategories extends DataWidget<'categories'> {
  static override properties: PropertyDeclarations = {
    categories: { attribute: false },
    showCounts: { type: Boolean, attribute: 'show-counts' },
    showEmpty: { type: Boolean, attribute: 'show-empty' },
    hierarchical: { type: Boolean },
    dropdown: { type: Boolean },
    topLevelOnly: { type: Boolean, attribute: 'top-level-only' },
    strings: { attribute: false },
  };

  /** The categories to show; setting it overrides every other source. */
  declare categories?: Category[];

  /** Show each category's post count, " (82)". */
  showCounts = false;

  /** Show categories that have no posts ("Uncategorized (0)"). */
  showEmpty = false;

  /** Nest child categories under their parents. */
  hierarchical = false;

  /** Show a "Select Category" dropdown that opens the chosen category. */
  dropdown = false;

  /** Show only top-level categories. */
  topLevelOnly = false;

  /**
   * Replacements for any of its strings, by key: `categories` (the heading), `noCategories`,
   * `selectCategory`, `loadingCategories`, `categoriesFailed`, `retry`. Those not given follow the
   * page's `lang`.
   */
  declare strings?: Partial<PressCategoriesStrings>;

  protected readonly listKey = 'categories';
  protected readonly stringKeys = { heading: 'categories', empty: 'noCategories', loading: 'loadingCategories', failed: 'categoriesFailed' } as const;

  protected override get needsTotals(): boolean {
    return this.hierarchical && this.showCounts;
  }

  protected get given(): Category[] | undefined {
    return this.categories;
  }

  /** Orders, filters, nests and pads the categories as `wp_list_categories` would. */
  private tree(categories: Category[]): CategoryNode[] {
    const collator = new Intl.Collator(this.locale, { sensitivity: 'base', numeric: true });
    const { hierarchical, topLevelOnly, showEmpty, showCounts } = this;
    return categoryTree(categories, { hierarchical, topLevelOnly, showEmpty, showCounts, compare: collator.compare });
  }

  /** The last tree built, and what it was built from: a long list is drawn in parts, each from it. */
  private built?: { from: unknown[]; tree: CategoryNode[] };

  protected renderItems(categories: Category[]): TemplateResult {
    const from = [categories, this.hierarchical, this.topLevelOnly, this.showEmpty, this.showCounts, this.locale];
    if (!this.built || from.some((value, i) => value !== this.built?.from[i])) this.built = { from, tree: this.tree(categories) };
    const { tree } = this.built;
    if (tree.length === 0) return this.renderEmpty();
    return this.dropdown ? this.renderDropdown(tree) : this.renderList(tree);
  }

  /** The tree as nested lists, drawn in parts (sub-categories too, in parts of their own). */
  private renderList(tree: CategoryNode[]): TemplateResult {
    const { showCounts, locale } = this;
    const list = (nodes: CategoryNode[], first: number): TemplateResult =>
      html`<ul part=${first ? 'list children' : 'list'}>${this.longLists.draw(nodes, item, rows, first)}</ul>`;
    // One template for the item and its link: a list of thousands clones one, not two.
    const item = ({ category, count, children }: CategoryNode, row: number): TemplateResult => {
      // The count as one text, not three: fewer nodes to clone and lay out.
      const shownCount = showCounts && count !== undefined ? html`<span part="count">${` (${formatCount(count, locale)})`}</span>` : nothing;
      const nested = children.length > 0 ? list(children, row + 1) : nothing;
      return category.url
        ? html`<li part="item"><a part="link" dir="auto" href=${category.url} aria-current=${isCurrentPage(category.url) ? 'page' : nothing}>${category.name}</a>${shownCount}${nested}</li>`
        : html`<li part="item"><span part="link" dir="auto">${category.name}</span>${shownCount}${nested}</li>`;
    };
    return list(tree, 0);
  }

  private renderDropdown(tree: CategoryNode[]): TemplateResult {
    const { showCounts, locale } = this;
    const option = ([{ category, count }, depth]: [CategoryNode, number]): TemplateResult => {
      const indent = '\u00a0'.repeat(depth * 3);
      const shownCount = showCounts && count !== undefined ? `\u00a0\u00a0(${formatCount(count, locale)})` : '';
      return html`<option value=${category.url} ?disabled=${!category.url} ?selected=${isCurrentPage(category.url)}>${indent}${category.name}${shownCount}</option>`;
    };
    return html`<select part="select" aria-label=${this.headingText() || this.defaultHeading} @change=${navigateTo}>
      <option value="">${this.t('selectCategory')}</option>
      ${this.longLists.draw(this.flat(tree), option)}
    </select>`;
  }

  /** The tree in document order, with each category's depth; the same array for the same tree. */
  private flat(tree: CategoryNode[]): [CategoryNode, number][] {
    if (this.flattened?.tree !== tree) {
      const ordered: [CategoryNode, number][] = [];
      const add = (nodes: CategoryNode[], depth: number): void => {
        for (const node of nodes) {
          ordered.push([node, depth]);
          add(node.children, depth + 1);
        }
      };
      add(tree, 0);
      this.flattened = { tree, rows: ordered };
    }
    return this.flattened.rows;
  }

  private flattened?: { tree: CategoryNode[]; rows: [CategoryNode, number][] };
}
