// The drawing of a thread's page: in the WordPress chunk (dist/press-widgets.wordpress.js), loaded
// with the comments, so that a page without a thread does not carry it. The chunk imports nothing
// of the main bundle (decision 0035): Lit's `html` and what else it needs of the bundle come in
// the ThreadView the element gives it. Type-only imports here.
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { commentNodes, type CommentNode } from '../../data/comment-html.js';
import { pageWith, settingsFor, threadOf, type Thread, type ThreadAttributes, type ThreadItem } from '../../data/comment-thread.js';
import type { PostThread, ThreadedComment } from '../../data/model.js';
import type { PressCommentsStrings } from '../../i18n/en.js';
import type { fill as fillStrings } from '../../i18n/strings.js';
import type { DrawInParts } from '../../internal/draw-in-parts.js';

/** Named so that the build minifies it as it does Lit's css``; the element adopts it with its own styles once the chunk is loaded. */
const css = String.raw;

/**
 * WordPress's comment list as its default themes lay it out: each comment's avatar, author and
 * date on a line, its text below, replies indented under it.
 */
export const threadStyles = css`@layer press-widgets {
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='children'] {
    padding-inline-start: var(--press-indent, 1.5em);
  }
  [part~='article'] {
    margin-block: var(--press-space, 1em);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  [part~='avatar'] {
    border-radius: 50%;
  }
  [part~='date'],
  [part~='moderation'] {
    font-size: 0.875em;
    color: var(--press-color-muted, inherit);
  }
  [part~='moderation'] {
    flex-basis: 100%;
    margin: 0;
  }
  [part~='reply'],
  [part~='navigation'] button {
    color: var(--press-color-link, LinkText);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  [part~='navigation'] {
    display: flex;
    justify-content: space-between;
  }
  [part~='newer'] {
    margin-inline-start: auto;
  }
  [part~='article']:focus {
    outline: none;
  }
}`;

export { threadStrings } from '../../i18n/en-thread.js';

/** What the element gives the drawing: its state, its words, and the bundle's Lit and formats. */
export interface ThreadView {
  html: typeof litHtml;
  nothing: typeof litNothing;
  fill: typeof fillStrings;
  t: (key: keyof PressCommentsStrings, count?: number) => string;
  locale: string;
  dir: 'ltr' | 'rtl' | undefined;
  /** Long threads are drawn a frame at a time. */
  parts: DrawInParts;
  post: PostThread;
  /** The page shown, its comments nested. */
  page: Thread<ThreadedComment>;
  branches: Branch[];
  /** Comments sent from this page that the site has not given back yet. */
  added: ThreadedComment[];
  /** The heading the page set; `undefined`: WordPress's title. */
  heading: string | undefined;
  /** The comment the page's form replies to, here. */
  replyingTo: number | undefined;
  /** The page has a comment form to reply with: else no Reply is offered. */
  canReply: boolean;
  onReply: (comment: ThreadedComment) => void;
  onReplySlotChange: (event: Event) => void;
  onTurn: (page: number) => void;
}

/** The comments' texts (`div[part~=content]`), each built once. */
const contents = new WeakMap<ThreadedComment, HTMLElement>();

/** A comment of the page shown with the replies under it; `rows`: itself and all of them, for drawing in parts. */
export interface Branch {
  item: ThreadItem<ThreadedComment>;
  replies: Branch[];
  rows: number;
}

/** The page of a thread the element draws, nested; rebuilt only when what it shows changes (`from`), so that its parts drawn stay as drawn. */
export interface DrawnPage {
  from: unknown[];
  page: Thread<ThreadedComment>;
  branches: Branch[];
}

/** The comments shown: those loaded, and those sent from this page that the site has not given back yet. */
const shownComments = (post: PostThread, added: ThreadedComment[]): ThreadedComment[] => (added.length ? [...post.comments, ...added] : post.comments);

/**
 * The page to draw of `post` with the element's attributes over its settings: `previous` when
 * nothing in `from` (what else the drawing shows) nor the settings changed.
 */
export function pageToDraw(
  previous: DrawnPage | undefined,
  from: unknown[],
  post: PostThread,
  added: ThreadedComment[],
  attributes: ThreadAttributes,
): DrawnPage {
  const settings = settingsFor(attributes, post.settings);
  const key: unknown[] = [...from, post, added, ...(Object.values(settings) as unknown[])];
  if (key.length === previous?.from.length && key.every((value, i) => value === previous.from[i])) return previous;
  const page = threadOf(shownComments(post, added), settings);
  return { from: key, page, branches: branchesOf(page.items) };
}

/** The page that shows comment `id` (see pageWith); `undefined` when none does. */
export function pageOf(post: PostThread, added: ThreadedComment[], attributes: ThreadAttributes, id: number): number | undefined {
  return pageWith(shownComments(post, added), settingsFor(attributes, post.settings), id);
}

/** The page's items as nested branches, as `wp_list_comments()` nests its lists: each item one level below the last opens its replies. */
export function branchesOf(items: readonly ThreadItem<ThreadedComment>[]): Branch[] {
  const top: Branch[] = [];
  const open: Branch[] = [];
  for (const item of items) {
    open.length = Math.min(open.length, item.level - 1);
    const branch: Branch = { item, replies: [], rows: 1 };
    (open.at(-1)?.replies ?? top).push(branch);
    for (const above of open) above.rows++;
    open.push(branch);
  }
  return top;
}

/** The allowed elements and text of a comment, made one by one: no HTML is parsed. Links get `rel="nofollow ugc"`, as WordPress gives them. */
function appendNodes(parent: Element, nodes: readonly CommentNode[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.append(node);
      continue;
    }
    const element = parent.ownerDocument.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
    if (node.tag === 'a') element.setAttribute('rel', 'nofollow ugc');
    appendNodes(element, node.children);
    parent.append(element);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `when`'s date ("December 6, 2026") or time ("9:30 AM") in the page's language, read in UTC: the wall clock it holds. */
function formatWallClock(when: Date, locale: string, part: 'date' | 'time'): string {
  // Making a formatter costs far more than using one: a thread of a thousand would spend its time here.
  const key = `${locale} ${part}`;
  let format = dateFormats.get(key);
  if (!format)
    dateFormats.set(
      key,
      (format = new Intl.DateTimeFormat(locale, part === 'date' ? { dateStyle: 'long', timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'UTC' })),
    );
  return format.format(when);
}

/** How many of a list's rows a comment counts as, for drawing in parts (see drawBranches). */
const COMMENT_ROWS = 4;

/** A date-time as written, `2026-12-06T09:30…`: WordPress shows the site's local time, the one written before the offset. */
const WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?/;

/** The heading, the comments of the page, its navigation and "Comments are closed.", as WordPress's post page shows them. */
export function drawThread(view: ThreadView): TemplateResult {
  const { html, nothing, t, fill, page, post, replyingTo } = view;
  // The post's approved comments (get_comments_number(): those not shown too, as replies to held
  // ones), and those sent from here that the site took and has not given back yet.
  const loaded = new Set(post.comments.map((comment) => comment.id));
  const count = loaded.size + view.added.filter((comment) => !comment.status && !loaded.has(comment.id)).length;
  const dir = view.dir ?? nothing;
  const quoted = fill(t('quoted'), post.title).join('');
  // No title without comments, as WordPress; none either without the post's title (a theme's
  // markup that does not quote it, a feed that does not give it) rather than "3 responses to “”".
  const heading =
    view.heading ??
    (count === 0 || !post.title
      ? ''
      : count === 1
        ? fill(t('oneResponseTo'), quoted).join('')
        : fill(t('responsesTo', count), count.toLocaleString(view.locale), quoted).join(''));
  const replyShown = page.items.some(({ comment }) => comment.id === replyingTo);
  return html`
    ${heading ? html`<h2 part="heading" id="comments" dir=${dir}>${heading}</h2>` : nothing}
    <div part="body" dir=${dir} aria-busy=${view.parts.cut ? 'true' : 'false'}>
      ${view.branches.length > 0 ? html`<ol part="list" class="comment-list">${drawBranches(view, view.branches, 0)}</ol>` : nothing}
      ${replyingTo !== undefined && !replyShown ? html`<slot name="reply" @slotchange=${view.onReplySlotChange}></slot>` : nothing}
      ${
        page.pages > 1
          ? html`<nav part="navigation" aria-label=${t('commentsNavigation')}>
            ${
              page.page > 1
                ? html`<button part="older" type="button" @click=${() => {
                    view.onTurn(page.page - 1);
                  }}>${t('olderComments')}</button>`
                : nothing
            }
            ${
              page.page < page.pages
                ? html`<button part="newer" type="button" @click=${() => {
                    view.onTurn(page.page + 1);
                  }}>${t('newerComments')}</button>`
                : nothing
            }
          </nav>`
          : nothing
      }
      ${!post.open && count > 0 ? html`<p part="closed">${t('commentsClosed')}</p>` : nothing}
    </div>
  `;
}

function drawBranches(view: ThreadView, branches: Branch[], first: number): unknown[] {
  return view.parts.draw(
    branches,
    (branch, row) => drawComment(view, branch, row),
    // A comment is a few times the DOM of a list's row (avatar, author, date, text, Reply): drawn
    // as that many rows, so that a thousand are drawn in parts too.
    (branch) => branch.rows * COMMENT_ROWS,
    first,
  );
}

/** One comment as Walker_Comment::html5_comment() prints it, and its replies. */
function drawComment(view: ThreadView, { item, replies }: Branch, row: number): TemplateResult {
  const { html, nothing, t, post } = view;
  const { comment, level, hasChildren, canReply } = item;
  const { id, author, authorUrl, avatar, url, status } = comment;
  const name = author || t('anonymous');
  const pending = status === 'pending';
  // Its name says whom it answers, and holds the word it shows (what voice control says to press):
  // WordPress's "Reply to %s" where the language has it with that word, else the word and the name.
  const reply = t('reply');
  const replyTo = view.fill(t('replyTo'), name).join('');
  const replyName = replyTo.toLocaleLowerCase().includes(reply.toLocaleLowerCase()) ? replyTo : `${reply}: ${name}`;
  return html`<li part="comment" id="comment-${id}" class="comment depth-${level}${hasChildren ? ' parent' : ''}">
    <article part="article" id="div-comment-${id}" tabindex="-1">
      <footer part="meta">
        ${post.avatars && avatar ? html`<img part="avatar" src=${avatar} alt="" width="32" height="32" loading="lazy" />` : nothing}
        <b part="author" dir="auto">${authorUrl ? html`<a href=${authorUrl} rel="external nofollow ugc">${name}</a>` : name}</b>
        ${comment.date ? html`<a part="date" href=${url ?? `#comment-${String(id)}`}>${drawTime(view, comment.date)}</a>` : nothing /* no empty link */}
        ${pending ? html`<p part="moderation">${t('awaitingPreview')}</p>` : nothing}
      </footer>
      ${content(comment)}
      ${
        // Not under a comment the site has not given its id (see ownComment): WordPress would take
        // the reply for one to another comment, the id's absolute value.
        canReply && view.canReply && post.open && !pending && id > 0
          ? html`<button part="reply" type="button" aria-label=${replyName} @click=${() => {
              view.onReply(comment);
            }}>${reply}</button>`
          : nothing
      }
    </article>
    ${view.replyingTo === id ? html`<slot name="reply" @slotchange=${view.onReplySlotChange}></slot>` : nothing}
    ${replies.length > 0 ? html`<ol part="children" class="children">${drawBranches(view, replies, row + COMMENT_ROWS)}</ol>` : nothing}
  </li>`;
}

function content(comment: ThreadedComment): HTMLElement {
  let built = contents.get(comment);
  if (!built) {
    built = document.createElement('div');
    built.setAttribute('part', 'content');
    built.dir = 'auto';
    appendNodes(built, commentNodes(comment.content));
    contents.set(comment, built);
  }
  return built;
}

/** "December 6, 2026 at 9:30 am" in the page's language, at the site's local time as written. */
function drawTime(view: ThreadView, date: string): TemplateResult | string {
  const parts = WALL_CLOCK.exec(date);
  if (!parts) return date;
  const [year, month, day, hours, minutes, seconds] = parts.slice(1).map((part) => Number(part || 0)); // seconds may be absent
  const when = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds));
  when.setUTCFullYear(year); // not Date.UTC's: it reads 0 to 99 as 1900 to 1999
  // A date no calendar has (MySQL's zero date, a 13th month, 25 o'clock) is shown as written, not rolled over into another.
  if (year < 1 || when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day || when.getUTCHours() !== hours || when.getUTCMinutes() !== minutes)
    return date;
  const { html, locale } = view;
  return html`<time datetime=${date}>${view.fill(view.t('dateAtTime'), formatWallClock(when, locale, 'date'), formatWallClock(when, locale, 'time'))}</time>`;
}
