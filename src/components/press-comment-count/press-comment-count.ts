import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { safeUrl } from '../../data/safe-url.js';
import { sourceFor } from '../../data/sources.js';
import { emit, emitError } from '../../events.js';
import type { PressCommentCountStrings } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { formatCount } from '../../internal/format.js';
import { LocalizedElement } from '../../internal/localized.js';
import { localeOf, sourceRefOf } from '../../internal/page.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { commentCountStyles } from './press-comment-count.styles.js';

/**
 * A post's comment count for listing pages, as WordPress's `comments_number()` prints it: "No
 * Comments", "1 Comment", "3 Comments". Every count on a page comes from one request to the site
 * (see the README), from its own `src`/`api` or its `<press-site>`'s. Its texts follow the page's
 * `lang` (WordPress's own translations).
 *
 * @summary "3 Comments" for a post.
 *
 * @fires press-load - The count arrived. `detail: { count }`.
 * @fires press-error - It could not be loaded; the element says so, with Retry. `detail: { message, error }`.
 *
 * @csspart link - The count as a link, with `href`.
 * @csspart count - The count as text, without `href`.
 * @csspart error - "Comments unavailable".
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-color-link - The link.
 * @cssprop --press-color-muted - The loading and error texts.
 * @cssprop --press-color-accent - Focus rings.
 */
export class PressCommentCount extends LocalizedElement {
  static override styles = [widgetStyles, commentCountStyles];

  static override properties: PropertyDeclarations = {
    postId: { type: Number, attribute: 'post-id' },
    href: {},
    zero: {},
    one: {},
    more: {},
    strings: { attribute: false },
    src: { reflect: true },
    api: { reflect: true },
    count: { attribute: false },
    failed: { attribute: false },
  };

  /** The post whose approved comments are counted. */
  declare postId?: number;

  /** Where the count links to, e.g. the post's `#comments`; without it, the count is text. */
  declare href?: string;

  /** The text for no comments; defaults to WordPress's "No Comments" in the page's language. */
  declare zero?: string;

  /** The text for one comment; defaults to "1 Comment". */
  declare one?: string;

  /** The text for more, `%` being the number (as in `comments_number()`); defaults to "% Comments". */
  declare more?: string;

  /**
   * Replacements for its strings, by key: `noCommentsYet`, `oneComment`, `manyComments` ("%s": the
   * number), `loadingCommentCount`, `commentCountFailed`, `retry`.
   */
  declare strings?: Partial<PressCommentCountStrings>;

  /** A JSON feed with `commentCounts`. */
  declare src?: string;

  /** A WordPress site: its REST root or its home URL. */
  declare api?: string;

  private count?: number;
  private failed = false;
  private loadedFor = '';
  private loads = 0;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const [kind, url] = sourceRefOf(this);
    const key = `${String(this.postId)} ${String(kind)} ${String(url)}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  /** Asks the source again, e.g. after an error, as the other widgets' `retry()` does. */
  retry(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const [kind, url] = sourceRefOf(this);
    this.failed = false;
    this.count = undefined;
    let count: number | undefined;
    let error: unknown;
    try {
      if (!kind || !url || !this.postId) throw new Error('press-comment-count needs a post-id and a src or api (its own or its press-site’s).');
      count = await sourceFor(kind, url).commentCount(this.postId);
      if (count === undefined) throw new Error(`${url} has no comment count for post ${String(this.postId)}.`);
    } catch (caught) {
      error = caught;
    }
    if (load !== this.loads) return;
    this.count = count;
    this.failed = count === undefined;
    await this.updateComplete;
    if (count === undefined) emitError(this, error);
    else emit(this, 'press-load', { count });
  }

  override render(): TemplateResult {
    const { count } = this;
    if (this.failed) {
      return html`<span part="error">${this.t('commentCountFailed')}</span>
        <button part="retry" type="button" @click=${() => {
          this.retry();
        }}>${this.t('retry')}</button>`;
    }
    if (count === undefined) return html`<span class="muted" aria-busy="true">${this.t('loadingCommentCount')}</span>`;
    const number = formatCount(count, localeOf(this));
    const text =
      count === 0
        ? (this.zero ?? this.t('noCommentsYet'))
        : count === 1
          ? (this.one ?? this.t('oneComment'))
          : this.more
            ? this.more.replace('%', number)
            : fill(this.t('manyComments'), number).join('');
    const href = safeUrl(this.href);
    return href ? html`<a part="link" href=${href}>${text}</a>` : html`<span part="count">${text}</span>${nothing}`;
  }
}
