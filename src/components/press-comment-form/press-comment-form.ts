import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readCommentFormMarkup } from '../../data/markup.js';
import type { CommentFormConfig } from '../../data/model.js';
import {
  CommentPostError,
  NETWORK_MESSAGE,
  postComment,
  rememberedCommenter,
  type CommentFailureReason,
  type PostedComment,
} from '../../data/post-comment.js';
import { safeUrl } from '../../data/safe-url.js';
import { sourceFor } from '../../data/sources.js';
import { emit } from '../../events.js';
import { sourceRefOf } from '../../internal/page.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { commentFormStyles } from './press-comment-form.styles.js';

type FieldName = 'comment' | 'author' | 'email' | 'url';
type Values = Partial<Record<FieldName, string>> & { consent?: boolean };

const FIELDS: readonly FieldName[] = ['comment', 'author', 'email', 'url'];
const LABELS: Record<FieldName, string> = { comment: 'Comment', author: 'Name', email: 'Email', url: 'Website' };

/** A boolean attribute that is on unless it says `"false"`: absent, `""` and `"true"` all mean on. */
const onUnlessFalse = {
  fromAttribute: (value: string | null): boolean => value?.trim().toLowerCase() !== 'false',
};

const positiveId = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;

/** The browser's own "Please fill out this field." for a control of this kind, in its language. */
function requiredMessage(control: HTMLInputElement | HTMLTextAreaElement): string {
  const probe = document.createElement(control.localName === 'textarea' ? 'textarea' : 'input');
  probe.required = true;
  return probe.validationMessage;
}

/**
 * WordPress's comment form (`comment_form()`): the same strings, fields and order, posted the same
 * way to `wp-comments-post.php`. It validates with the browser's own messages, sends once however
 * often the button is clicked, and keeps what was typed whenever the comment is not accepted.
 *
 * It learns where to post and for which post, in order, from its own `action` and `post-id`, from
 * the feed's `commentForm` (its own `src`/`api` or the nearest `<press-site>`'s), and from the
 * `comment_form()` markup it wraps, which is also what readers without JavaScript use.
 *
 * @summary A comment form that posts like WordPress's.
 *
 * @fires press-comment-posted - The site accepted the comment. `detail: { id, status: 'approved' | 'pending', url }`;
 *   `id` and `url` are `undefined` when the site's answer does not tell them.
 * @fires press-comment-failed - The comment was not accepted, or not sent; it stays in the form.
 *   `detail: { reason: 'invalid' | 'network' | 'server' | 'rejected', message }`.
 * @fires press-error - The feed that should say where to post could not be loaded. `detail: { message, error }`.
 *
 * @csspart heading - The heading, "Leave a Reply" (WordPress's `#reply-title`).
 * @csspart cancel - The "Cancel reply" button, shown while replying to a comment.
 * @csspart notice - What became of the last comment: posted (with a link to it), or awaiting moderation (with a preview).
 * @csspart link - The link to the posted comment.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper: label, control and message.
 * @csspart label - Each `<label>`.
 * @csspart input - Each text field and the comment `<textarea>`.
 * @csspart error - A field's validation message, and the message when the site refused the comment.
 * @csspart submit - The "Post Comment" button.
 *
 * @cssprop --press-font - Font; inherits the page's by default.
 * @cssprop --press-color-text - Text colour; inherits by default.
 * @cssprop --press-color-link - The link to the posted comment.
 * @cssprop --press-color-accent - Focus rings and the required-field asterisks.
 * @cssprop --press-color-border - Borders of the fields, buttons and notices.
 * @cssprop --press-color-surface - Background of the fields and buttons.
 * @cssprop --press-color-error - Validation messages and invalid fields; the text colour by default.
 * @cssprop --press-radius - Corner radius.
 * @cssprop --press-space - Spacing unit.
 */
export class PressCommentForm extends LitElement {
  static override styles = [widgetStyles, commentFormStyles];

  /** The post to comment on (WordPress's `comment_post_ID`). */
  @property({ type: Number, attribute: 'post-id' }) postId?: number;

  /** Where to post: the site's `wp-comments-post.php`, or anything that answers like it. */
  @property() action?: string;

  /** The id of the comment being replied to (`comment_parent`); shows "Cancel reply". */
  @property({ type: Number, attribute: 'reply-to' }) replyTo?: number;

  /** The author of the comment being replied to, for "Leave a Reply to {author}". */
  @property({ attribute: 'reply-author' }) replyAuthor?: string;

  /** Name and email are required (WordPress's default). `require-name-email="false"` turns it off. */
  @property({ attribute: 'require-name-email', converter: onUnlessFalse }) requireNameEmail = true;

  /** Show the "Save my name, email, and website…" box (WordPress's default). `cookies-opt-in="false"` hides it. */
  @property({ attribute: 'cookies-opt-in', converter: onUnlessFalse }) cookiesOptIn = true;

  /** The heading; an empty string hides it. Defaults to "Leave a Reply". */
  @property() heading?: string;

  /** A WordPress site to learn `action` and `post-id` from: its REST root or its home URL. */
  @property({ reflect: true }) api?: string;

  /** A JSON feed to learn `action` and `post-id` from (its `commentForm`). */
  @property({ reflect: true }) src?: string;

  @state() private sending = false;
  /** The last accepted comment, with the text that was sent. */
  @state() private posted?: PostedComment & { text: string };
  /** Why the last comment was not accepted. */
  @state() private failure?: string;
  @state() private errors: Partial<Record<FieldName, string>> = {};
  /** What the hidden live region says: validation summaries and progress. */
  @state() private announcement = '';

  private markup: CommentFormConfig = {};
  /** What the fields start with: the wrapped form's values, else WordPress's remembered commenter. */
  private initial: Values = {};
  private readLightDom = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.readLightDom) {
      this.readLightDom = true;
      this.markup = readCommentFormMarkup(this);
      this.initial = this.readInitialValues();
    }
  }

  /** Keeps what a reader typed into the wrapped form before the script ran, or what WordPress prefilled. */
  private readInitialValues(): Values {
    const form = this.querySelector('form');
    const value = (name: string): string | undefined => {
      const found = form?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value ?? '';
      return found === '' ? undefined : found;
    };
    const remembered = rememberedCommenter();
    const consentBox = form?.querySelector<HTMLInputElement>('[name="wp-comment-cookies-consent"]');
    return {
      comment: value('comment'),
      author: value('author') ?? remembered.author,
      email: value('email') ?? remembered.email,
      url: value('url') ?? remembered.url,
      // WordPress ticks the box when it remembers the commenter's email.
      consent: consentBox ? consentBox.checked : remembered.email !== undefined,
    };
  }

  override firstUpdated(): void {
    for (const name of FIELDS) {
      const control = this.control(name);
      const value = this.initial[name];
      if (control && value) control.value = value;
    }
    const consent = this.consentBox();
    if (consent) consent.checked = this.initial.consent ?? false;
  }

  /**
   * Turns the form into a reply to comment `commentId`: "Leave a Reply to {authorName}", sent as
   * its `comment_parent`, with "Cancel reply". Moves focus to the comment field.
   */
  async replyToComment(commentId: number, authorName?: string): Promise<void> {
    this.replyTo = commentId;
    this.replyAuthor = authorName;
    await this.updateComplete;
    this.control('comment')?.focus();
  }

  /** Ends replying: the form comments on the post again. Moves focus to the comment field. */
  async cancelReply(): Promise<void> {
    this.replyTo = undefined;
    this.replyAuthor = undefined;
    await this.updateComplete;
    this.control('comment')?.focus();
  }

  private get replying(): boolean {
    return positiveId(this.replyTo) !== undefined;
  }

  private headingText(): string {
    if (this.heading !== undefined) return this.heading;
    return this.replying && this.replyAuthor ? `Leave a Reply to ${this.replyAuthor}` : 'Leave a Reply';
  }

  private control(name: FieldName): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}`);
  }

  private consentBox(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#wp-comment-cookies-consent');
  }

  private value(name: FieldName): string {
    return this.control(name)?.value ?? '';
  }

  /** Asks the browser whether `control` is valid; a required field of only spaces is empty, as WordPress sees it. */
  private check(control: HTMLInputElement | HTMLTextAreaElement): string | undefined {
    const blank = control.required && control.value !== '' && control.value.trim() === '';
    control.setCustomValidity(blank ? requiredMessage(control) : '');
    return control.checkValidity() ? undefined : control.validationMessage;
  }

  /** Shows every field's message; returns the invalid fields in form order. */
  private validate(): FieldName[] {
    const errors: Partial<Record<FieldName, string>> = {};
    for (const name of FIELDS) {
      const control = this.control(name);
      const message = control ? this.check(control) : undefined;
      if (message) errors[name] = message;
    }
    this.errors = errors;
    return FIELDS.filter((name) => errors[name] !== undefined);
  }

  /** Once a field shows a message, it follows what the reader types. */
  private readonly onInput = (event: Event): void => {
    const name = FIELDS.find((field) => field === (event.target as Partial<HTMLElement>).id);
    const control = name && this.errors[name] !== undefined ? this.control(name) : null;
    if (!name || !control) return;
    const message = this.check(control);
    const errors = Object.fromEntries(Object.entries(this.errors).filter(([field]) => field !== name));
    this.errors = message ? { ...errors, [name]: message } : errors;
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onCancel = (): void => {
    void this.cancelReply();
  };

  /** Validates and posts the form, as its "Post Comment" button does. Does nothing while a comment is being sent. */
  async submit(): Promise<void> {
    if (!this.hasUpdated) await this.updateComplete;
    // Checked and set with no await in between: a second click cannot slip through.
    if (this.sending) return;
    const invalid = this.validate();
    if (invalid.length > 0) {
      const first = invalid[0];
      const problem = `${LABELS[first]}: ${this.errors[first] ?? ''}`;
      this.failure = undefined;
      this.announce(invalid.length === 1 ? problem : `${String(invalid.length)} fields need attention. ${problem}`);
      this.control(first)?.focus();
      this.fail('invalid', problem, false);
      return;
    }

    this.sending = true;
    this.failure = undefined;
    this.announce('Sending your comment…');
    const submit = this.renderRoot.querySelector<HTMLButtonElement>('[part~="submit"]');
    const hadFocus = this.shadowRoot?.activeElement === submit;
    try {
      const { action, postId } = await this.config();
      if (!action || !postId) {
        const missing = [postId ? '' : 'which post it belongs to', action ? '' : 'where to send it'].filter(Boolean);
        console.warn(
          `press-widgets: <${this.localName}> needs a post-id and an action (or a feed's commentForm, or wrapped comment_form() markup).`,
        );
        this.fail('invalid', `This comment form is not set up: it does not know ${missing.join(' or ')}. Your comment was not sent.`);
        return;
      }
      const text = this.value('comment');
      const result = await postComment(action, {
        postId,
        parent: positiveId(this.replyTo) ?? 0,
        comment: text,
        author: this.value('author'),
        email: this.value('email'),
        url: this.value('url'),
        ...(this.cookiesOptIn ? { consent: this.consentBox()?.checked ?? false } : {}),
      });
      this.posted = { ...result, text };
      this.announce('');
      this.clear();
      this.replyTo = undefined;
      this.replyAuthor = undefined;
      emit(this, 'press-comment-posted', { id: result.id, status: result.status, url: result.url });
    } catch (error) {
      const failure = error instanceof CommentPostError ? error : new CommentPostError('network', NETWORK_MESSAGE, { cause: error });
      this.fail(failure.reason, failure.message);
    } finally {
      this.sending = false;
      await this.updateComplete;
      // The button was disabled while sending, which took the keyboard focus away: give it back.
      const active = document.activeElement;
      if (hadFocus && (active === null || active === document.body || active === this)) submit?.focus();
    }
  }

  private fail(reason: CommentFailureReason, message: string, show = true): void {
    if (show) {
      this.posted = undefined;
      this.failure = message;
      this.announce('');
    }
    emit(this, 'press-comment-failed', { reason, message });
  }

  /** After a comment is accepted: its text goes; name, email and website stay if the reader asked to be remembered. */
  private clear(): void {
    const remember = this.cookiesOptIn && (this.consentBox()?.checked ?? false);
    for (const name of FIELDS) {
      const control = this.control(name);
      if (control && (name === 'comment' || !remember)) control.value = '';
    }
    this.errors = {};
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  /** Where to post and for which post: own attributes, else the feed, else the wrapped markup. */
  private async config(): Promise<CommentFormConfig> {
    const [kind, url] = sourceRefOf(this);
    let feed: CommentFormConfig | undefined;
    try {
      feed = kind && url ? await sourceFor(kind, url).commentForm() : undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      emit(this, 'press-error', { message, error });
    }
    return {
      action: safeUrl(this.action) ?? feed?.action ?? safeUrl(this.markup.action),
      postId: positiveId(this.postId) ?? feed?.postId ?? this.markup.postId,
    };
  }

  override render(): TemplateResult {
    const heading = this.headingText();
    return html`
      ${heading || this.replying
        ? html`<div class="title">
            ${heading ? html`<h3 part="heading" id="reply-title">${heading}</h3>` : nothing}
            ${this.replying
              ? html`<button part="cancel" type="button" @click=${this.onCancel}>Cancel reply</button>`
              : nothing}
          </div>`
        : nothing}
      <div part="notice" role="status" class=${this.posted ? 'shown' : ''}>${this.renderNotice()}</div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <form
        part="form"
        novalidate
        aria-labelledby=${heading ? 'reply-title' : nothing}
        aria-label=${heading ? nothing : 'Leave a Reply'}
        aria-busy=${this.sending ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onInput}
      >
        <p class="notes">
          <span id="email-notes">Your email address will not be published.</span>
          <span class="required-field-message">Required fields are marked <span class="required">*</span></span>
        </p>
        <p part="field" class="field comment">
          ${this.renderLabel('comment', true)}
          <textarea
            part="input"
            id="comment"
            name="comment"
            cols="45"
            rows="8"
            maxlength="65525"
            required
            aria-invalid=${this.errors.comment ? 'true' : nothing}
            aria-describedby=${this.describedBy('comment')}
          ></textarea>
          ${this.renderFieldError('comment')}
        </p>
        ${this.renderInput('author', 'text', 245, 'name', this.requireNameEmail)}
        ${this.renderInput('email', 'email', 100, 'email', this.requireNameEmail, 'email-notes')}
        ${this.renderInput('url', 'url', 200, 'url', false)}
        ${this.cookiesOptIn
          ? html`<p part="field" class="field consent">
              <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
              <label part="label" for="wp-comment-cookies-consent"
                >Save my name, email, and website in this browser for the next time I comment.</label
              >
            </p>`
          : nothing}
        ${this.failure ? html`<p part="error" class="failure" role="alert">${this.failure}</p>` : nothing}
        <p class="form-submit">
          <button part="submit" type="submit" ?disabled=${this.sending}>Post Comment</button>
        </p>
      </form>
    `;
  }

  private renderLabel(name: FieldName, required: boolean): TemplateResult {
    return html`<label part="label" for=${name}
      >${LABELS[name]}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
    >`;
  }

  private renderInput(
    name: FieldName,
    type: string,
    maxlength: number,
    autocomplete: string,
    required: boolean,
    notes?: string,
  ): TemplateResult {
    return html`<p part="field" class="field ${name}">
      ${this.renderLabel(name, required)}
      <input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        size="30"
        maxlength=${maxlength}
        autocomplete=${autocomplete}
        ?required=${required}
        aria-invalid=${this.errors[name] ? 'true' : nothing}
        aria-describedby=${this.describedBy(name, notes)}
      />
      ${this.renderFieldError(name)}
    </p>`;
  }

  private describedBy(name: FieldName, notes?: string): string | typeof nothing {
    const ids = [notes, this.errors[name] ? `${name}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private renderFieldError(name: FieldName): TemplateResult | typeof nothing {
    const message = this.errors[name];
    return message ? html`<span part="error" class="field-error" id="${name}-error">${message}</span>` : nothing;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const posted = this.posted;
    if (!posted) return nothing;
    if (posted.status === 'pending') {
      return html`<p>Your comment is awaiting moderation.</p>
        <p>This is a preview; your comment will be visible after it has been approved.</p>
        <blockquote class="preview">${posted.text}</blockquote>`;
    }
    const url = safeUrl(posted.url);
    return html`<p>Your comment has been posted.</p>
      ${url ? html`<p><a part="link" href=${url}>View your comment</a></p>` : nothing}`;
  }
}
