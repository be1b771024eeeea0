import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { draftKey, readDetails, readDraft, writeDetails, writeDraft, type Details } from '../../data/comment-store.js';
import { readCommentFormMarkup } from '../../data/markup.js';
import type { CommentFormConfig } from '../../data/model.js';
import { safeUrl } from '../../data/safe-url.js';
import type { NotPosted, Posted } from '../../data/source.js';
import { emit, emitError, type PressCommentFailedDetail, type PressCommentPostedDetail } from '../../events.js';
import { type PressCommentFormStrings, type StringKey } from '../../i18n/en.js';
import { fill } from '../../i18n/strings.js';
import { onUnlessFalse, SiteElement } from '../../internal/site-element.js';
import { SourceController } from '../../internal/source-controller.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { commentFormStyles } from './press-comment-form.styles.js';

type Control = HTMLInputElement | HTMLTextAreaElement;

declare global {
  interface Window {
    /** What WordPress prints for its own REST scripts (`wp_localize_script( 'wp-api', 'wpApiSettings', … )`). */
    wpApiSettings?: { nonce?: string };
  }
}

/** Each field's label, by the field's name. */
const LABELS: Record<string, StringKey> = { comment: 'comment', author: 'name', email: 'email', url: 'website' };

/** WordPress's REST nonce as the page's scripts left it, if any: another script's `wpApiSettings` may throw when read. */
function pageNonce(): string | undefined {
  try {
    const nonce = window.wpApiSettings?.nonce;
    return typeof nonce === 'string' ? nonce : undefined;
  } catch {
    return undefined;
  }
}

/** What PHP's `trim()` strips, as WordPress does from a comment before it compares and stores it. */
const PHP_SPACE = ' \t\n\r\0\x0B';

/** Whether two texts are the same comment to WordPress: the same but for what `trim()` strips at either end. */
function sameComment(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const trim = (text: string): string => {
    let start = 0;
    let end = text.length;
    while (start < end && PHP_SPACE.includes(text.charAt(start))) start++;
    while (end > start && PHP_SPACE.includes(text.charAt(end - 1))) end--;
    return text.slice(start, end);
  };
  return trim(a) === trim(b);
}

/**
 * WordPress's comment form (`comment_form()`): the same strings, fields and order, posted the same
 * way to `wp-comments-post.php` on the page's own origin; from another origin, through the REST API
 * (`POST /wp/v2/comments`) when it knows the WordPress site (`api`). It validates with the
 * browser's own messages, sends once however often the button is clicked, and keeps what was typed
 * whenever the site has not confirmed the comment. An answer it cannot read (a lost connection, a
 * proxy's page, a redirect to a login wall) is never taken for a refusal nor for an acceptance: the
 * comment stays, with "Try again", which posts it again; WordPress refuses a duplicate of a comment
 * it has (409), and that answer to a retry is taken as the site confirming the first attempt.
 *
 * An `action` on another origin with no `api` is posted to only if that origin lets this page read
 * its answer (CORS): the post carries an `x-press-comment` header, so that the browser asks the
 * origin first (a preflight) and sends nothing of the visitor's where it is not allowed. Where it
 * is not, the form says it is not set up (nothing was sent), and the console tells the site owner
 * what to set: `api`, or an `action` on the page's own origin, or CORS headers on the action.
 *
 * What is typed is kept in the browser as a draft (per post and per comment replied to) until the
 * site has confirmed the comment, so a reload, a crash or a failed attempt loses nothing. With the
 * "Save my name…" box ticked, name, email and website are kept too (unticking forgets them), and on
 * the site's own origin WordPress's `comment_author_*` cookies fill them in. A logged-in visitor
 * (a REST nonce in `rest-nonce` or WordPress's `wpApiSettings`) posts as themselves; the nonce is
 * sent to the page's own origin only. Where cookies and storage are refused (a sandboxed frame),
 * it works without them. Clicks on WordPress's own reply links (`a.comment-reply-link`) move the
 * form under that comment, as `comment-reply.js` does. Ctrl+Enter (⌘+Enter) posts.
 *
 * Its strings follow the page's `lang` (WordPress's own translations, see docs/languages.md);
 * `strings` replaces any of them, `heading` and `submit-label` the two most often changed. The
 * browser's validation messages are in the browser's language.
 *
 * Where to post and for which post come, in order, from its `action` and `post-id`, from the feed's
 * `commentForm` (its own `src`/`api` or the nearest `<press-site>`'s), and from the `comment_form()`
 * markup it wraps, which is also what readers without JavaScript use.
 *
 * @summary A comment form that posts like WordPress's.
 *
 * @fires press-comment-posted - The site accepted the comment. `detail: { id, status: 'approved' | 'pending', url, postId, parent, author, content }`;
 *   `id` and `url` are `undefined` when the site's answer does not tell them.
 * @fires press-comment-failed - The comment was not accepted, or not sent; it stays in the form.
 *   `detail: { reason: 'invalid' | 'network' | 'server' | 'rejected', message }`.
 * @fires press-error - The feed that should say where to post could not be loaded. `detail: { message, error }`.
 *
 * @csspart heading - "Leave a Reply" (WordPress's `#reply-title`).
 * @csspart cancel - The "Cancel reply" button, while replying to a comment.
 * @csspart notice - What became of the last comment: posted (with a link), or awaiting moderation (with a preview).
 * @csspart link - The link to the posted comment.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's paragraph: label, control and message.
 * @csspart label - Each `<label>`.
 * @csspart input - Each text field and the comment `<textarea>`.
 * @csspart error - A field's validation message, and why the last comment was not accepted.
 * @csspart retry - "Try again", after a comment could not be sent or its answer was lost.
 * @csspart logged-in - "Logged in as {name}.", for a logged-in visitor.
 * @csspart submit - The "Post Comment" button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default.
 * @cssprop [--press-color-link=LinkText] - The link to the posted comment.
 * @cssprop --press-color-accent - Focus rings of the buttons, and the required-field asterisks.
 * @cssprop --press-color-border - Borders of the fields, buttons and notice.
 * @cssprop --press-color-surface - Background of the fields and buttons; transparent by default.
 * @cssprop --press-color-error - Messages and the borders of invalid fields; the text colour by default.
 * @cssprop [--press-radius=0.25em] - Corner radius.
 */
export class PressCommentForm extends SiteElement {
  static override styles = [widgetStyles, commentFormStyles];

  static override properties: PropertyDeclarations = {
    postId: { type: Number, attribute: 'post-id' },
    action: {},
    replyToId: { type: Number, attribute: 'reply-to' },
    replyAuthor: { attribute: 'reply-author' },
    requireNameEmail: { attribute: 'require-name-email', converter: onUnlessFalse },
    cookiesOptIn: { attribute: 'cookies-opt-in', converter: onUnlessFalse },
    heading: {},
    submitLabel: { attribute: 'submit-label' },
    restNonce: { attribute: 'rest-nonce' },
    // Internal state: `attribute: false`, as `state: true` would be listed as an attribute in custom-elements.json.
    sending: { attribute: false },
    posted: { attribute: false },
    failure: { attribute: false },
    errors: { attribute: false },
    announcement: { attribute: false },
    user: { attribute: false },
  };

  /** The post to comment on (WordPress's `comment_post_ID`). */
  declare postId?: number;

  /** Where to post: the site's `wp-comments-post.php`, or anything that answers like it. */
  declare action?: string;

  /** The id of the comment being replied to (`comment_parent`); shows "Cancel reply". */
  declare replyToId?: number;

  /** The author of the comment being replied to, for "Leave a Reply to {author}". */
  declare replyAuthor?: string;

  /** Name and email are required (WordPress's default). `require-name-email="false"` turns it off. */
  requireNameEmail = true;

  /** Show the "Save my name, email, and website…" box (WordPress's default). `cookies-opt-in="false"` hides it. */
  cookiesOptIn = true;

  /** The heading; an empty string hides it. Defaults to "Leave a Reply" (or "Leave a Reply to {author}"). */
  declare heading?: string;

  /** The text of the submit button (WordPress's `label_submit`). Defaults to "Post Comment". */
  declare submitLabel?: string;

  /**
   * Replacements for any of its strings, by key: `leaveReply`, `leaveReplyTo` ("%s": the author),
   * `cancelReply`, `loggedInAs` ("%s": the name), `emailNotes`, `requiredFields` ("%s": the
   * asterisk), the labels `comment`, `name`, `email`, `website`, `honeypot`, `cookiesConsent`,
   * `postComment`, `awaitingModeration`, `commentPosted`, `viewComment`, `tryAgain`, and the
   * messages `spam`, `notSetUp`, `networkError`, `timeoutError`, `unreadableError`,
   * `loginRequired`, `postFailed` ("%s": the HTTP status). Those not given follow the page's `lang`.
   */
  declare strings?: Partial<PressCommentFormStrings>;

  /**
   * WordPress's REST nonce (`wp_create_nonce( 'wp_rest' )`) for a logged-in visitor; defaults to
   * `wpApiSettings.nonce`. (Not `nonce`: that is HTML's attribute for Content Security Policy.)
   */
  declare restNonce?: string;

  private sending = false;
  /** The last accepted comment, with its text for the preview. */
  private posted?: PressCommentPostedDetail & { text: string };
  /** Why the last comment was not accepted. */
  private failure = '';
  /** The browser's message for each field found invalid, by id; empty once the field is fixed. */
  private errors: Record<string, string> = {};
  /** What the hidden live region says. */
  private announcement = '';
  /** The text of the last comment whose answer was lost (or a server error): it may exist. */
  #lost?: string;
  /** The logged-in visitor's name. */
  private user?: string;
  /** Where comments go (`action` or `rest`) and for which post, once known: the drafts' keys. */
  #target?: [where: string, post: number | undefined];
  /** The storage key of the draft in the form, and its text as last saved or restored here. */
  #draft?: string;
  #draftText = '';
  /** Where the form was before a reply link moved it. */
  #home?: Comment;

  /**
   * Turns the form into a reply to comment `commentId`: "Leave a Reply to {authorName}", sent as
   * its `comment_parent`, with "Cancel reply". With `thread` (a `<press-comments>`), the form moves
   * into its `reply` slot, under that comment, until the reply ends. Moves focus to the comment field.
   */
  replyTo(commentId: number, authorName?: string, thread?: Element): Promise<void> {
    if (thread) {
      this.#leaveHome();
      if (this.parentElement !== thread) thread.append(this);
      this.slot = 'reply';
    }
    return this.#setReply(commentId, authorName);
  }

  /** Ends replying: the form comments on the post again, back where it was. Moves focus to the comment field. */
  cancelReply(): Promise<void> {
    this.#goHome();
    return this.#setReply();
  }

  /** Marks where the form is before a reply moves it, once. */
  #leaveHome(): void {
    if (!this.#home) this.before((this.#home = document.createComment(' press-comment-form ')));
  }

  /** Back where the form was before a reply moved it, out of any thread's slot. */
  #goHome(): void {
    this.#home?.replaceWith(this);
    this.#home = undefined;
    if (this.slot === 'reply') this.removeAttribute('slot');
  }

  async #setReply(commentId?: number, authorName?: string): Promise<void> {
    this.replyToId = commentId;
    this.replyAuthor = authorName;
    await this.updateComplete;
    this.#field('comment')?.focus();
  }

  #field(id: string): Control | null {
    return this.renderRoot.querySelector<Control>(`#${id}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onPageClick);
    window.addEventListener('storage', this.#onStorage);
    // A thread drawn before the form came offers Reply only with one: it looks again.
    for (const thread of (this.getRootNode() as ParentNode).querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('press-comments'))
      thread.requestUpdate?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onPageClick);
    window.removeEventListener('storage', this.#onStorage);
  }

  /**
   * Where comments go, as its site says (without `action`: on WordPress, that would cost a request
   * before anything is sent); once known, the draft, the remembered details and the logged-in
   * user come back. Learnt again when the site changes.
   */
  readonly #site = new SourceController(this, {
    args: () => [],
    task: (source) => source.commentForm(false),
    shown: (isLatest) => {
      if (this.#site.status === 'error') emitError(this, this.#site.error);
      void this.#restore(this.#merged(this.#site.value ?? {}), isLatest);
    },
  });

  /** What waits for the comment being sent: the form moves to a site that changed meanwhile once its outcome is in. */
  #afterSending?: () => void;

  async #restore(config: CommentFormConfig, isLatest: () => boolean): Promise<void> {
    if (this.sending) {
      this.#afterSending = () => void this.#restore(config, isLatest);
      return;
    }
    const target: [string, number | undefined] = [config.rest ?? config.action ?? '', config.postId];
    const moved = !!this.#target && (this.#target[0] !== target[0] || this.#target[1] !== target[1]);
    this.#target = target;
    const nonce = this.restNonce ?? pageNonce();
    const user = nonce && config.rest ? await this.#site.source.currentUser(config, nonce) : undefined;
    // The site changed again while the user was asked: its own restore says who is logged in.
    if (!isLatest()) return;
    this.user = user;
    await this.updateComplete;
    this.#useDraft(moved);
    const details = readDetails();
    const consent = this.#field('wp-comment-cookies-consent') as HTMLInputElement | null;
    if (details && !this.user) {
      for (const [name, value] of Object.entries(details)) {
        const control = this.#field(name);
        if (control && !control.value && typeof value === 'string') control.value = value;
      }
      if (consent) consent.checked = true;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('replyToId') && this.#target) this.#useDraft();
  }

  /**
   * Switches to the draft of the current post and reply: restores it, or, when there is none,
   * takes the text in the form along (a reply started after typing, as with WordPress's own form).
   * When its site changed (`moved`), what is in the form stays there, as the draft of where it now
   * goes: a comment is never replaced by an older draft it was not confirmed for.
   */
  #useDraft(moved = false): void {
    const comment = this.#field('comment');
    if (!comment || !this.#target) return;
    const key = draftKey(...this.#target, this.replyToId);
    if (key === this.#draft) return;
    const kept = readDraft(key);
    const typed = comment.value;
    if (moved && typed) {
      // What was lost was lost on the other site: "Try again" there means nothing here. The text
      // goes along: it is no longer the other site's draft.
      this.#lost = undefined;
      if (this.#draft) writeDraft(this.#draft);
      writeDraft(key, { text: typed, lost: false });
    } else if (kept && (this.#draft || !typed)) {
      comment.value = kept.text;
      this.#lost = kept.lost ? kept.text : undefined;
    } else if (typed) {
      // Typed before the draft could be looked up (newer than it), or taken along to this reply.
      if (this.#draft) writeDraft(this.#draft);
      writeDraft(key, { text: typed, lost: sameComment(this.#lost, typed) });
    }
    this.#draft = key;
    this.#draftText = comment.value;
  }

  #saveDraft(text: string): void {
    if (!this.#draft) return;
    writeDraft(this.#draft, { text, lost: sameComment(this.#lost, text) });
    this.#draftText = text;
  }

  /** Another tab saved this draft: take it, unless this tab has changed the text since (then this tab's is the newer). */
  readonly #onStorage = ({ key }: StorageEvent): void => {
    const comment = this.#field('comment');
    if (!this.#draft || key !== this.#draft || comment?.value !== this.#draftText) return;
    comment.value = this.#draftText = readDraft(this.#draft)?.text ?? '';
  };

  /** What WordPress's `comment-reply.js` does with its reply links: the form moves under the comment. */
  readonly #onPageClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.comment-reply-link[data-commentid]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const { commentid, postid, belowelement } = link.dataset;
    const post = Number(postid);
    if (this.postId && post && post !== this.postId) return; // another post's form
    event.preventDefault();
    const below = document.getElementById(belowelement ?? '') ?? link.closest('.comment') ?? link.parentElement;
    if (below && !below.contains(this)) {
      this.#leaveHome();
      if (this.slot === 'reply') this.removeAttribute('slot');
      below.after(this);
    }
    // The author's name as the comment shows it; else from the link's "Reply to Ann".
    const author =
      document.querySelector(`#comment-${String(commentid)} .fn, #div-comment-${String(commentid)} .fn`)?.textContent.trim() ??
      link.dataset.replyto?.replace(/^Reply to /, '');
    void this.replyTo(Number(commentid), author);
  };

  /** Shows the browser's own message beside each invalid field; returns the first of them. */
  #validate(): Control | undefined {
    const invalid = [...this.renderRoot.querySelectorAll<Control>('[part~="input"]')].filter((c) => c.validationMessage);
    this.errors = Object.fromEntries(invalid.map((c) => [c.id, c.validationMessage]));
    return invalid[0];
  }

  /** Validates and posts the form, as its "Post Comment" button does. Does nothing while a comment is being sent. */
  async submit(): Promise<void> {
    const form = this.renderRoot.querySelector('form');
    // Checked here and set below with no await in between: a second click cannot slip through.
    if (this.sending || !form) return;
    const invalid = this.#validate();
    this.failure = '';
    if (invalid) {
      this.announcement = `${this.t(LABELS[invalid.id] ?? 'comment')}: ${invalid.validationMessage}`;
      invalid.focus();
      emit(this, 'press-comment-failed', { reason: 'invalid', message: this.announcement });
      return;
    }
    this.sending = true;
    this.announcement = '';
    const focused = this.shadowRoot?.activeElement as HTMLElement | null;
    // The form's own fields, by WordPress's names (the consent only when ticked). FormData holds
    // only strings here, as URLSearchParams wants: the form has no file input.
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    // The honeypot: a field that people never see; only a robot fills it in.
    const robot = body.get('press-hp');
    body.delete('press-hp');
    const text = body.get('comment') ?? '';
    const sentDraft = this.#draft;
    const parent = this.replyToId ?? 0;
    let postId: number | undefined;
    let outcome: Posted | NotPosted | { reason: 'rejected'; problem: 'spam' };
    /** Whether the post itself started: only then may the site have the comment. */
    const attempt = { sent: false };
    try {
      const config = await this.#config();
      postId = config.postId;
      body.set('comment_post_ID', String(postId));
      body.set('comment_parent', String(parent));
      const nonce = this.user ? (this.restNonce ?? pageNonce()) : undefined;
      outcome = robot
        ? { reason: 'rejected', problem: 'spam' }
        : (config.action ?? config.rest) && postId
          ? await this.#site.source.postComment(config, body, { retried: sameComment(this.#lost, text), nonce, sending: () => (attempt.sent = true) })
          : { reason: 'invalid', problem: 'notSetUp' };
    } catch {
      // Nothing here is meant to throw. If anything does once the post started, the comment may
      // have been sent all the same: it stays in the form, with "Try again" (which WordPress's
      // duplicate check makes safe).
      outcome = { reason: 'server', problem: 'unreadableError' };
    }
    const failure: PressCommentFailedDetail | undefined = 'reason' in outcome ? { reason: outcome.reason, message: this.#wording(outcome) } : undefined;
    const accepted = 'reason' in outcome ? undefined : outcome;

    this.sending = false;
    if (failure) {
      // Sent, or maybe sent, with no answer: the site may have the comment. Not when nothing was
      // sent (the probe of another origin failed): there is nothing to check for.
      if (attempt.sent && (failure.reason === 'network' || failure.reason === 'server')) this.#lost = text;
      this.posted = undefined;
      this.failure = failure.message;
      if (this.#draft === sentDraft && this.#field('comment')?.value === text) this.#saveDraft(text);
    } else if (accepted) {
      this.posted = { ...accepted, text };
      this.#lost = undefined;
      if (sentDraft) writeDraft(sentDraft);
      // The comment goes; name, email and website stay if the reader asked to be remembered.
      if (!body.has('wp-comment-cookies-consent')) {
        for (const control of this.renderRoot.querySelectorAll<Control>('#author, #email, #url')) control.value = '';
      }
      const comment = this.#field('comment');
      if (comment && sameComment(comment.value, text)) comment.value = this.#draftText = '';
      // The form goes back where it was, unless the visitor started another reply meanwhile.
      if ((this.replyToId ?? 0) === parent) {
        this.#goHome();
        this.replyToId = this.replyAuthor = undefined;
      }
      // Text typed while the comment was being sent stays, as the draft of where the form now posts
      // (else that place's own draft comes back: updated()).
      if (this.#target && comment?.value) {
        this.#draft = draftKey(...this.#target, this.replyToId);
        this.#saveDraft(comment.value);
      }
    }
    const after = this.#afterSending;
    this.#afterSending = undefined;
    after?.();
    await this.updateComplete;
    // Disabling the button while sending took the keyboard focus away from it: give it back.
    if (document.activeElement === document.body) focused?.focus();
    // Told after the update, so that listeners find the new state on screen.
    if (failure) emit(this, 'press-comment-failed', failure);
    else if (accepted) emit(this, 'press-comment-posted', { ...accepted, postId, parent, author: this.user ?? body.get('author') ?? '', content: text });
  }

  /** What the visitor reads of a failure: the site's own words as they are, else the data layer's code in the page's language. */
  #wording(outcome: NotPosted | { problem: 'spam' }): string {
    if ('said' in outcome && outcome.said) return outcome.said;
    const status = 'status' in outcome ? outcome.status : undefined;
    return fill(this.t(outcome.problem), String(status ?? '')).join('');
  }

  /**
   * The button (clicked, or by Enter in a field) posts without submitting the `<form>`: a frame
   * sandboxed without `allow-forms` submits no form, and fires no `submit` event.
   */
  readonly #onSubmitClick = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Keeps the draft as it is typed, and the details while the visitor consents to it; forgets them when they do not. */
  readonly #onInput = ({ target }: Event): void => {
    const { id, value, validationMessage } = target as Control;
    // Once a field shows a message, the message follows what is typed.
    if (id in this.errors) this.errors = { ...this.errors, [id]: validationMessage };
    if (id === 'comment') this.#saveDraft(value);
    const consent = this.#field('wp-comment-cookies-consent') as HTMLInputElement | null;
    if (!consent || this.user || !['author', 'email', 'url', consent.id].includes(id)) return;
    const details: Details = {};
    for (const name of ['author', 'email', 'url'] as const) details[name] = this.#field(name)?.value ?? '';
    writeDetails(consent.checked ? details : undefined);
  };

  /**
   * Where to post, and for which post: its own attributes, else its feed, else the comment_form() it
   * wraps. Only a WordPress site (`api`) says where its REST endpoint is (`rest`).
   */
  async #config(): Promise<CommentFormConfig> {
    let feed: CommentFormConfig = {};
    try {
      feed = await this.#site.source.commentForm();
    } catch (error) {
      emitError(this, error);
    }
    return this.#merged(feed);
  }

  #merged(feed: CommentFormConfig): CommentFormConfig {
    const markup = readCommentFormMarkup(this);
    // `||`, not `??`: an empty attribute, or a post-id that is not a number (NaN), says nothing.
    /* eslint-disable @typescript-eslint/prefer-nullish-coalescing */
    return {
      action: safeUrl(this.action || feed.action || markup.action),
      postId: this.postId || feed.postId || markup.postId,
      rest: safeUrl(feed.rest),
    };
    /* eslint-enable @typescript-eslint/prefer-nullish-coalescing */
  }

  override render(): TemplateResult {
    const heading = this.heading ?? (this.replyToId && this.replyAuthor ? fill(this.t('leaveReplyTo'), this.replyAuthor).join('') : this.t('leaveReply'));
    const posted = this.posted;
    const dir = this.direction ?? nothing;
    return html`
      ${heading ? html`<h3 part="heading" dir=${dir}>${heading}</h3>` : nothing}
      ${this.replyToId ? html`<button part="cancel" type="button" dir=${dir} @click=${() => this.cancelReply()}>${this.t('cancelReply')}</button>` : nothing}
      <div part="notice" role="status" dir=${dir}>${
        posted?.status === 'pending'
          ? html`<p>${this.t('awaitingModeration')}</p>
              <blockquote dir="auto">${posted.text}</blockquote>`
          : posted
            ? html`<p>
                ${this.t('commentPosted')}
                ${posted.url ? html`<a part="link" href=${posted.url}>${this.t('viewComment')}</a>` : nothing}
              </p>`
            : nothing
      }</div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <form
        part="form"
        novalidate
        dir=${dir}
        aria-label=${heading || this.t('leaveReply')}
        aria-busy=${this.sending}
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.submit();
        }}
        @input=${this.#onInput}
        @change=${this.#onInput}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void this.submit();
          }
        }}
      >
        <p>
          ${
            this.user
              ? html`<span part="logged-in">${fill(this.t('loggedInAs'), this.user)}</span>`
              : html`<span id="email-notes">${this.t('emailNotes')}</span>`
          }
          ${fill(this.t('requiredFields'), html`<span class="required">*</span>`)}
        </p>
        ${this.#renderField('comment', 65525, true)}
        ${
          this.user
            ? nothing
            : html`${this.#renderField('author', 245, this.requireNameEmail)} ${this.#renderField('email', 100, this.requireNameEmail)}
            ${this.#renderField('url', 200, false)}`
        }
        <p class="visually-hidden" aria-hidden="true">
          <label>${this.t('honeypot')} <input name="press-hp" tabindex="-1" autocomplete="off" /></label>
        </p>
        ${
          this.cookiesOptIn && !this.user
            ? html`<p part="field">
              <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
              <label part="label" for="wp-comment-cookies-consent">${this.t('cookiesConsent')}</label>
            </p>`
            : nothing
        }
        ${
          this.failure
            ? html`<p role="alert"><span part="error">${this.failure}</span>${
                this.#lost ? html` <button part="retry" type="button" @click=${() => this.submit()}>${this.t('tryAgain')}</button>` : nothing
              }</p>`
            : nothing
        }
        <p><button part="submit" ?disabled=${this.sending} @click=${this.#onSubmitClick}>${this.submitLabel ?? this.t('postComment')}</button></p>
      </form>
    `;
  }

  /** One of WordPress's fields; its `name` is also its id, and, but for "author", its type and autocomplete. */
  #renderField(name: string, maxlength: number, required: boolean): TemplateResult {
    const error = this.errors[name];
    const describedBy = [name === 'email' && 'email-notes', error && `${name}-error`].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : nothing;
    const type = name === 'author' ? 'text' : name;
    return html`<p part="field">
      <label part="label" for=${name}
        >${this.t(LABELS[name] ?? 'comment')}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
      >
      ${
        name === 'comment'
          ? html`<textarea part="input" id=${name} name=${name} rows="8" maxlength=${maxlength} ?required=${required}
            aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`
          : html`<input part="input" id=${name} name=${name} type=${type} autocomplete=${name === 'author' ? 'name' : name}
            maxlength=${maxlength} ?required=${required} aria-invalid=${invalid} aria-describedby=${describedBy} />`
      }
      ${error ? html`<span part="error" id="${name}-error">${error}</span>` : nothing}
    </p>`;
  }
}
