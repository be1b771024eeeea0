import { adoptStyles, html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { PostThread, ThreadedComment } from '../../data/model.js';
import { loadWordPress } from '../../data/wordpress/load.js';
import type { WordPress } from '../../data/wordpress/wordpress.js';
import { emit, emitError, type PressCommentPostedDetail } from '../../events.js';
import { en, type PressCommentsStrings } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { DrawInParts } from '../../internal/draw-in-parts.js';
import { localeOf } from '../../internal/page.js';
import { onUnlessFalse, SiteElement } from '../../internal/site-element.js';
import { SourceController } from '../../internal/source-controller.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import type { PressCommentForm } from '../press-comment-form/press-comment-form.js';
import type { DrawnPage } from './thread-view.js';

/**
 * A post's conversation as WordPress's post page shows it (`wp_list_comments()`, or the Comments
 * block): "3 responses to “Title”", each approved comment with its avatar, author (linked when
 * they gave a website), date and time linking to the comment, its text, and Reply; replies nested
 * to the site's depth, oldest first, in pages of the site's size with "Older Comments" and "Newer
 * Comments"; "Comments are closed." under the comments of a post that no longer takes any.
 *
 * The text of a comment is HTML: the tags WordPress allows in comments are shown (links get
 * `rel="nofollow ugc"`, and only http(s) and relative ones), everything else as text.
 * It is built node by node, never parsed as HTML, so it works under Trusted Types.
 *
 * Reply moves the page's `<press-comment-form>` under the comment (as WordPress's
 * `comment-reply.js` does) and "Cancel reply" puts it back; without a form on the page, no Reply is
 * offered. A comment sent through that form shows at its place at once, focused; one held for
 * moderation shows only here, to its author, with WordPress's preview notice. A link to a comment
 * (`#comment-12`, as WordPress's permalinks and Recent Comments are) opens its page and focuses it.
 *
 * The comments come from its own `src`/`api` or its `<press-site>`'s: a feed's `threads` (see
 * docs/feed.md), or the WordPress REST API (the post and its comments, in a few requests). The
 * site's discussion settings are WordPress's defaults unless the feed tells them or its
 * attributes say otherwise (over REST, WordPress does not tell them to visitors). Without a site,
 * or when its site fails, it shows the theme's own `ol.comment-list` markup that it wraps. It loads
 * when it comes near the viewport.
 *
 * @summary A post's comments, threaded and paged as WordPress shows them.
 *
 * @fires press-load - The comments are shown. `detail: { count }`, the post's approved comments.
 * @fires press-error - They could not be loaded; the element says so, with Retry (or keeps showing the markup it wraps). `detail: { message, error }`.
 *
 * @slot - The theme's `wp_list_comments()` markup: read when no site is named, shown as it is while loading and when the site fails.
 * @slot reply - Where Reply puts the page's `<press-comment-form>` (it moves there by itself).
 *
 * @csspart heading - "3 responses to “Title”".
 * @csspart list - The list of comments.
 * @csspart children - A list of replies, inside the comment they answer.
 * @csspart comment - Each comment's `<li>`, with WordPress's classes `comment depth-N` (and `parent` when it has replies).
 * @csspart article - The comment itself, without its replies.
 * @csspart meta - Avatar, author, date and the moderation notice.
 * @csspart avatar - The author's picture.
 * @csspart author - The author's name (a link when they gave a website).
 * @csspart date - The date and time, a link to the comment.
 * @csspart moderation - "Your comment is awaiting moderation…", on a comment held for moderation.
 * @csspart content - The comment's text.
 * @csspart reply - The Reply button.
 * @csspart closed - "Comments are closed."
 * @csspart navigation - The comment pages' links.
 * @csspart older - "« Older Comments".
 * @csspart newer - "Newer Comments »".
 * @csspart error - "Could not load comments." with Retry.
 * @csspart retry - The Retry button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default.
 * @cssprop [--press-color-link=LinkText] - Links, Reply and the pages' buttons.
 * @cssprop --press-color-muted - Dates and the moderation notice.
 * @cssprop [--press-color-accent=Highlight] - Focus rings.
 * @cssprop [--press-space=1em] - Space between comments.
 * @cssprop [--press-indent=1.5em] - How far replies are indented.
 */
export class PressComments extends SiteElement {
  // The thread's own styles come with its drawing, in the WordPress chunk.
  static override styles = [widgetStyles];

  static override properties: PropertyDeclarations = {
    postId: { type: Number, attribute: 'post-id' },
    threaded: { converter: onUnlessFalse },
    depth: { type: Number },
    order: {},
    perPage: { type: Number, attribute: 'per-page' },
    defaultPage: { attribute: 'default-page' },
    page: { type: Number },
    heading: {},
    replyingTo: { attribute: false },
    added: { attribute: false },
  };

  /** The post whose comments are shown. */
  declare postId?: number;

  /** Nest replies under what they answer (WordPress's `thread_comments`, on by default); `threaded="false"` lists every comment at one level. */
  declare threaded?: boolean;

  /** How many levels replies nest, 1 to 10 (`thread_comments_depth`, 5 by default); deeper replies join the deepest level. */
  declare depth?: number;

  /** `asc` (oldest first, WordPress's default) or `desc`: which comments come first on a page (`comment_order`). */
  declare order?: 'asc' | 'desc';

  /** Top-level comments per page (`comments_per_page`); setting it turns pages on (`page_comments`, off by default). */
  declare perPage?: number;

  /** Which page shows first: `newest` (the last, WordPress's default) or `oldest` (`default_comments_page`). */
  declare defaultPage?: 'newest' | 'oldest';

  /** The page shown, from 1; "Older Comments" and "Newer Comments" change it. Defaults to `default-page`'s. */
  declare page?: number;

  /** The heading; an empty string hides it. Defaults to WordPress's "3 responses to “Title”". */
  declare heading?: string;

  /**
   * Replacements for any of its strings, by key: `oneResponseTo` ("%s": the quoted title),
   * `responsesTo` ("%1$s": the number, "%2$s": the quoted title), `quoted`, `commentsClosed`,
   * `commentsNavigation`, `olderComments`, `newerComments`, `reply`, `replyTo`
   * ("%s": the author), `dateAtTime` ("%1$s": the date, "%2$s": the time), `awaitingPreview`,
   * `anonymous`, `loadingComments`, `commentsFailed`, `retry`. Those not given follow the page's `lang`.
   */
  declare strings?: Partial<PressCommentsStrings>;

  /** The comment the page's form replies to, here: the `reply` slot is under it. */
  private replyingTo?: number;
  /** Comments sent from this page since the thread was loaded. */
  private added: ThreadedComment[] = [];
  /** The WordPress chunk, which reads and threads the comments: loaded with them. */
  #wordpress?: WordPress;
  /** The comment to focus once drawn: one just sent, or the first of a page just turned to. */
  #focusNext?: number;
  readonly #parts = new DrawInParts(this);

  readonly #thread = new SourceController(this, {
    args: () => [this.postId] as const,
    lazy: () => true,
    task: async (source, [postId]): Promise<PostThread> => {
      const wordpress = await loadWordPress();
      if (!this.#wordpress) {
        this.#wordpress = wordpress;
        Object.assign(en, wordpress.threadStrings);
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...PressComments.elementStyles, unsafeCSS(wordpress.threadStyles)]);
      }
      const fromSite = postId ? await source.thread(postId) : undefined;
      if (fromSite) return fromSite;
      const markup = wordpress.markupThread(this);
      if (markup) return markup;
      throw new Error(`press-comments: no comments for post ${String(postId)} in ${source.origin}, nor comment markup inside it.`);
    },
    // Newer data (a refresh, Retry) has the comments it has: of those sent from this page, the held
    // ones stay (the site shows them to nobody), and those the site has not given back yet.
    settled: () => {
      const given = new Set(this.#thread.value?.comments.map((comment) => comment.id));
      this.added = this.added.filter((comment) => !given.has(comment.id) && (comment.status === 'pending' || comment.id > 0));
    },
    shown: () => {
      const { value, error } = this.#thread;
      if (value) emit(this, 'press-load', { count: value.comments.length });
      else emitError(this, error);
      // A reply begun in the theme's markup (its Reply links move the form there) goes on under
      // the drawn comment: the markup is no longer shown.
      const form = value && this.querySelector<PressCommentForm>(':scope press-comment-form:not([slot])');
      if (form?.replyToId) void form.replyTo((this.replyingTo = form.replyToId), form.replyAuthor, this);
      this.#showLinked();
    },
  });

  /** Asks the source again, e.g. after an error. */
  retry(): void {
    this.#thread.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('press-comment-posted', this.#onPosted);
    window.addEventListener('hashchange', this.#showLinked);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('press-comment-posted', this.#onPosted);
    window.removeEventListener('hashchange', this.#showLinked);
    // The form must not leave the page with the thread.
    void this.#slottedForm()?.cancelReply();
  }

  #slottedForm(): PressCommentForm | undefined {
    return this.querySelector<PressCommentForm>(':scope > press-comment-form[slot="reply"]') ?? undefined;
  }

  /**
   * The page's comment form for this post (beside the thread first, when both are in an app's
   * shadow root): one that names this post, else one that names none.
   */
  #form(): PressCommentForm | undefined {
    const selector = 'press-comment-form';
    const forms = [
      ...(this.getRootNode() as ParentNode).querySelectorAll<PressCommentForm>(selector),
      ...document.querySelectorAll<PressCommentForm>(selector),
    ];
    return forms.find((form) => form.postId === this.postId) ?? forms.find((form) => !form.postId);
  }

  /**
   * A link to one of its comments (`#comment-12`, as WordPress's permalinks and the Recent Comments
   * widget's are) shows that comment, on its page, and focuses it: the browser cannot scroll to an
   * element inside a shadow root by itself.
   */
  readonly #showLinked = (): void => {
    this.#show(Number(/^#comment-(\d+)$/.exec(location.hash)?.[1]));
  };

  /** Shows comment `id`, on the page that holds it, and focuses it once drawn. */
  #show(id: number): void {
    const { value } = this.#thread;
    const page = value && this.#wordpress?.pageOf(value, this.added, this, id);
    if (!page) return;
    this.page = page;
    this.#focusNext = id;
    this.requestUpdate();
  }

  /** Reply is offered only where the page has a form (see #form). */
  readonly #reply = (comment: ThreadedComment): void => {
    this.replyingTo = comment.id;
    void (this.#slottedForm() ?? this.#form())?.replyTo(comment.id, comment.author || this.t('anonymous'), this);
  };

  /** A comment sent from this page shows at its place at once (on the page that holds it); one held for moderation, only here. */
  readonly #onPosted = ({ detail }: CustomEvent<PressCommentPostedDetail | null>): void => {
    const { value, status } = this.#thread;
    const wordpress = this.#wordpress;
    // Anything on the page may send the event: what it carries is read warily (ownComment).
    if (!detail || detail.postId !== (this.postId ?? detail.postId) || status !== 'complete' || !value || !wordpress) return;
    const comment = wordpress.ownComment(detail);
    this.added = [...this.added, comment];
    this.#show(comment.id);
  };

  /** Another page of comments; focus goes to its first comment, which is read out. */
  readonly #turnTo = (page: number): void => {
    this.page = page;
    this.#focusNext = 0;
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Comments sent to another post are not this one's, nor is a reply to one of its comments.
    if (changed.has('postId')) {
      this.added = [];
      void this.#slottedForm()?.cancelReply();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.#focusNext;
    if (focus === undefined || this.#parts.cut) return;
    this.#focusNext = undefined;
    const article = focus
      ? this.renderRoot.querySelector<HTMLElement>(`#div-comment-${String(focus)}`) // a number: no escaping needed
      : this.renderRoot.querySelector<HTMLElement>('[part~="article"]');
    article?.focus();
  }

  /** The thread's page as drawn (see pageToDraw). */
  #drawn?: DrawnPage;

  override render(): TemplateResult {
    const { status, value } = this.#thread;
    const wordpress = this.#wordpress;
    const dir = this.direction ?? nothing;
    // Newer data on its way (a refresh, a reconnection): the thread shown stays until it is in.
    if (value && wordpress && status !== 'error') {
      const canReply = !!this.#form();
      // What the drawn parts show besides the thread: they are drawn again (see DrawInParts) only when one of these changes.
      const drawn = (this.#drawn = wordpress.pageToDraw(this.#drawn, [this.replyingTo, canReply, localeOf(this), this.strings], value, this.added, this));
      return wordpress.drawThread({
        html,
        nothing,
        fill,
        t: (key, count) => this.t(key, count),
        locale: localeOf(this),
        dir: this.direction,
        parts: this.#parts,
        post: value,
        page: drawn.page,
        branches: drawn.branches,
        added: this.added,
        heading: this.heading,
        replyingTo: this.replyingTo,
        canReply,
        onReply: this.#reply,
        onReplySlotChange: this.#onReplySlotChange,
        onTurn: this.#turnTo,
      });
    }
    // The theme's own markup, as it is, while loading and when the site fails.
    const markup = this.querySelector(':scope > :not([slot])');
    const state = markup
      ? html`<slot></slot>`
      : status === 'error'
        ? html`<p part="error" role="alert">
            <span dir="auto">${this.t('commentsFailed')}</span>
            <button part="retry" type="button" @click=${() => {
              this.retry();
            }}>${this.t('retry')}</button>
          </p>`
        : html`<span role="status" class="visually-hidden">${this.t('loadingComments')}</span>`;
    const busy = status !== 'error' && !this.#thread.waiting;
    // The form a Reply moved here stays, with what the visitor typed, whatever the thread's state.
    return html`<div part="body" dir=${dir} aria-busy=${busy ? 'true' : 'false'}>${state}</div>
      <slot name="reply"></slot>`;
  }

  /** The form went back (cancelled, or its comment sent): no comment is being replied to here any more. */
  readonly #onReplySlotChange = ({ target }: Event): void => {
    // A slot the drawing has just removed (Reply elsewhere, another page) still tells its change: not an end.
    const slot = target as HTMLSlotElement;
    if (slot.isConnected && slot.assignedElements().length === 0) this.replyingTo = undefined;
  };
}
