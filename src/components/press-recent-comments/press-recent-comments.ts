import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { RecentComment } from '../../data/model.js';
import { firstWords } from '../../data/normalize.js';
import { safeUrl } from '../../data/safe-url.js';
import type { PressCommentPostedDetail } from '../../events.js';
import type { PressRecentCommentsStrings } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { DataWidget } from '../../internal/data-widget.js';
import { recentCommentsStyles } from './press-recent-comments.styles.js';

/**
 * The newest approved comments, like WordPress's Latest Comments block: "Ann on Post title", the
 * author linked when they gave a website, the title linked to the comment. Empty: "No comments to
 * show." Its strings follow the page's `lang` (WordPress's own translations, see
 * docs/languages.md); `strings` replaces any of them.
 *
 * A comment published through a `press-comment-form` on the same page is shown at once, before the
 * site is asked again.
 *
 * @summary The latest comments on the site.
 *
 * @fires press-load - The comments arrived. `detail: { count }`.
 * @fires press-error - They could not be loaded; the widget shows an error and Retry. `detail: { message, error }`.
 *
 * @csspart heading - The heading ("Recent Comments").
 * @csspart body - The wrapper of every state.
 * @csspart list - The `<ol>`.
 * @csspart skeleton - The loading state's placeholder list (also part `list`).
 * @csspart item - Each comment's `<li>`.
 * @csspart avatar - The author's picture, with `show-avatar`.
 * @csspart meta - "Ann on Post title" and the date.
 * @csspart author - The author's name (a link when they gave a website).
 * @csspart link - The post title, linking to the comment.
 * @csspart date - The date, with `show-date`.
 * @csspart excerpt - The comment's first words, with `show-excerpt`.
 * @csspart empty - "No comments to show."
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default.
 * @cssprop --press-color-muted - Dates and the empty text.
 * @cssprop [--press-color-link=LinkText] - Links.
 * @cssprop [--press-color-accent=Highlight] - Focus rings.
 * @cssprop --press-color-border - Borders and skeleton bars.
 * @cssprop --press-color-surface - Background of buttons.
 * @cssprop [--press-radius=0.25em] - Corner radius.
 * @cssprop [--press-space=1em] - Spacing unit.
 */
export class PressRecentComments extends DataWidget<'comments'> {
  static override styles = [...DataWidget.styles, recentCommentsStyles];
  static override properties: PropertyDeclarations = {
    comments: { attribute: false },
    number: { type: Number },
    showDate: { type: Boolean, attribute: 'show-date' },
    showExcerpt: { type: Boolean, attribute: 'show-excerpt' },
    showAvatar: { type: Boolean, attribute: 'show-avatar' },
    strings: { attribute: false },
  };

  /** The comments to show; setting it overrides every other source. */
  declare comments?: RecentComment[];

  /** How many comments to show, 1 to 100. */
  number = 5;

  /** Show each comment's date. */
  showDate = false;

  /** Show the first words of each comment. */
  showExcerpt = false;

  /** Show the author's avatar, when the data has one. */
  showAvatar = false;

  /**
   * Replacements for any of its strings, by key: `recentComments` (the heading), `noComments`,
   * `commentOn` ("%1$s on %2$s": the author, the post), `anonymous`, `noTitle`, `loadingComments`,
   * `commentsFailed`, `retry`. Those not given follow the page's `lang`.
   */
  declare strings?: Partial<PressRecentCommentsStrings>;

  protected readonly listKey = 'comments';
  protected readonly stringKeys = { heading: 'recentComments', empty: 'noComments', loading: 'loadingComments', failed: 'commentsFailed' } as const;

  protected get given(): RecentComment[] | undefined {
    return this.comments;
  }

  /** Comments published from this page since it loaded, newest first. */
  #posted: RecentComment[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('press-comment-posted', this.#onPosted);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('press-comment-posted', this.#onPosted);
  }

  readonly #onPosted = ({ detail }: CustomEvent<PressCommentPostedDetail | null>): void => {
    // Any script may send this event: what is not of the documented shape is passed over.
    if (detail?.status !== 'approved' || typeof detail.content !== 'string' || !detail.content.trim()) return;
    this.#posted = [
      {
        id: typeof detail.id === 'number' ? detail.id : 0,
        author: typeof detail.author === 'string' ? detail.author : '',
        // Until a comment on the same post tells the title (below), the page's heading: the post's.
        postTitle: document.querySelector('h1')?.textContent.trim() ?? '',
        // Any script may send this event: its link passes the same gate as the site's data.
        url: safeUrl(detail.url) ?? '',
        date: new Date().toISOString(),
        excerpt: firstWords(detail.content.trim()),
      },
      ...this.#posted,
    ];
    this.requestUpdate();
  };

  protected override shownItems(items: RecentComment[]): RecentComment[] {
    if (this.#posted.length === 0) return items;
    const post = (url: string): string => url.replace(/#.*/, '');
    return [
      ...this.#posted.map((c) => ({ ...c, postTitle: items.find((i) => c.url && post(i.url) === post(c.url))?.postTitle ?? c.postTitle })),
      ...items.filter((i) => !this.#posted.some((c) => c.id && c.id === i.id)),
    ];
  }

  /** `number` held to WordPress's range of 1 to 100, 5 when it is not a number. */
  get #shownCount(): number {
    return Number.isFinite(this.number) ? Math.min(100, Math.max(1, Math.trunc(this.number))) : 5;
  }

  protected override get skeletonRows(): number {
    return this.#shownCount;
  }

  #newest(comments: RecentComment[]): RecentComment[] {
    const times = new Map(comments.map((c) => [c, c.date ? Date.parse(c.date) : 0]));
    return [...comments].sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0)).slice(0, this.#shownCount);
  }

  protected renderItems(comments: RecentComment[]): TemplateResult {
    const dateFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', calendar: 'gregory' });
    return html`<ol part="list">
      ${this.#newest(comments).map((comment) => {
        const author = comment.author || this.t('anonymous');
        const title = comment.postTitle || this.t('noTitle');
        // The avatar's host (Gravatar, or any host the data names) is not told which page this is.
        return html`<li part="item">
          ${
            this.showAvatar && comment.avatar
              ? html`<img part="avatar" src=${comment.avatar} alt="" width="48" height="48" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
              : nothing
          }
          <article>
            <footer part="meta">
              ${fill(
                this.t('commentOn'),
                comment.authorUrl
                  ? html`<a part="author" dir="auto" href=${comment.authorUrl} rel="external nofollow ugc">${author}</a>`
                  : html`<span part="author" dir="auto">${author}</span>`,
                comment.url ? html`<a part="link" dir="auto" href=${comment.url}>${title}</a>` : html`<span part="link" dir="auto">${title}</span>`,
              )}
              ${
                this.showDate && comment.date ? html`<time part="date" datetime=${comment.date}>${dateFormat.format(Date.parse(comment.date))}</time>` : nothing
              }
            </footer>
            ${this.showExcerpt && comment.excerpt ? html`<div part="excerpt"><p dir="auto">${comment.excerpt}</p></div>` : nothing}
          </article>
        </li>`;
      })}
    </ol>`;
  }
}
