import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { safeUrl } from '../../data/safe-url.js';
import { emit, emitError } from '../../events.js';
import type { PressCommentCountStrings } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { formatCount } from '../../internal/format.js';
import { localeOf } from '../../internal/page.js';
import { SiteElement } from '../../internal/site-element.js';
import { SourceController } from '../../internal/source-controller.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { commentCountStyles } from './press-comment-count.styles.js';

/**
 * A post's comment count for listing pages, as WordPress's `comments_number()` prints it: "No
 * Comments", "1 Comment", "3 Comments". Every count on a page comes from one request to the site
 * (see docs/wordpress.md), from its own `src`/`api` or its `<press-site>`'s. Its texts follow the page's
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
 * @cssprop [--press-color-link=LinkText] - The link.
 * @cssprop --press-color-muted - The loading and error texts.
 * @cssprop [--press-color-accent=Highlight] - Focus rings.
 * @cssprop [--press-color-border=currentColor] - The Retry button's border.
 * @cssprop [--press-radius=0.25em] - The Retry button's corners.
 */
export class PressCommentCount extends SiteElement {
  static override styles = [widgetStyles, commentCountStyles];

  static override properties: PropertyDeclarations = {
    postId: { type: Number, attribute: 'post-id' },
    href: {},
    zero: {},
    one: {},
    more: {},
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

  /** The count, from its own `src`/`api` or its `<press-site>`'s; loaded again when either or `post-id` changes. */
  readonly #count = new SourceController(this, {
    args: () => [this.postId] as const,
    task: async (source, [postId]) => {
      if (!postId) throw new Error('press-comment-count needs a post-id.');
      const count = await source.commentCount(postId);
      if (count === undefined)
        throw new Error(
          `${source.origin} has no comment count for post ${String(postId)}; press-comment-count needs a src or api (its own or its press-site’s) that has.`,
        );
      return count;
    },
    // Told after the update, so that listeners find the new state on screen.
    shown: () => {
      const { value, error } = this.#count;
      if (value === undefined) emitError(this, error);
      else emit(this, 'press-load', { count: value });
    },
  });

  /** Asks the source again, e.g. after an error, as the other widgets' `retry()` does. */
  retry(): void {
    this.#count.retry();
  }

  override render(): TemplateResult {
    const { status, value: count } = this.#count;
    if (status === 'error') {
      return html`<span part="error">${this.t('commentCountFailed')}</span>
        <button part="retry" type="button" @click=${() => {
          this.retry();
        }}>${this.t('retry')}</button>`;
    }
    if (count === undefined || status !== 'complete') return html`<span class="muted" aria-busy="true">${this.t('loadingCommentCount')}</span>`;
    const number = formatCount(count, localeOf(this));
    const text =
      count === 0
        ? (this.zero ?? this.t('noCommentsYet'))
        : count === 1
          ? (this.one ?? this.t('oneComment'))
          : this.more
            ? this.more.replace('%', number)
            : fill(this.t('manyComments', count), number).join('');
    const href = safeUrl(this.href);
    // In the direction of its language: "1,234 تعليق" reads right to left on a page that set only `lang`.
    return href ? html`<a part="link" href=${href} dir=${this.direction}>${text}</a>` : html`<span part="count" dir=${this.direction}>${text}</span>`;
  }
}
