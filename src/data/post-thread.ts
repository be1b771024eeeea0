// A post's conversation read from a feed, from the WordPress chunk's REST reading, or from the
// theme's own comment markup, into the model's PostThread. In the WordPress chunk (its kit gives
// safeUrl): the thread is drawn only once the chunk, which reads its HTML, is loaded.
import type { ThreadSettings } from './comment-thread.js';
import type { CommentStatus, PostThread, ThreadedComment } from './model.js';
import { kit } from './wordpress/kit.js';
import { record, type Fields } from './wordpress/rest.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const wholeNumber = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
/** The longest comment text read, in characters. */
const MAX_CONTENT = 65_535;

/** A comment's id: a whole number from 1. */
const commentId = (value: unknown): number | undefined => (wholeNumber(value) === 0 ? undefined : wholeNumber(value));
/** A URL the page may link to or load, absolute against the data's own address (by default the page's). */
const link = (value: unknown, base?: string): string | undefined => {
  const safe = kit.safeUrl(value, base);
  return safe && kit.parseUrl(safe, base)?.href;
};

/** The settings a feed (or markup) tells, each only if it is of the right kind; the element and WordPress's defaults fill the rest. */
function settingsOf(raw: unknown): ThreadSettings {
  const given = record(raw);
  const settings: ThreadSettings = {};
  if (typeof given.threaded === 'boolean') settings.threaded = given.threaded;
  if (given.order === 'asc' || given.order === 'desc') settings.order = given.order;
  if (typeof given.paged === 'boolean') settings.paged = given.paged;
  if (given.defaultPage === 'newest' || given.defaultPage === 'oldest') settings.defaultPage = given.defaultPage;
  const depth = wholeNumber(given.depth);
  if (depth) settings.depth = depth;
  const perPage = wholeNumber(given.perPage);
  if (perPage) settings.perPage = perPage;
  return settings;
}

/**
 * A thread of the feed's shape (docs/feed.md) as the model's, whatever `raw` holds: a comment
 * without a whole-number id is left out, a field of the wrong kind is dropped, a URL that may not be
 * a link is dropped (URLs are read against `base`); all of it told in one console warning naming `origin`. `undefined` when `raw`
 * is no object. Never throws. The title and the authors' names are text with HTML entities decoded,
 * as the feed's other names (WordPress writes `&#038;` in a title), unless `markup`: the theme's
 * markup, read as text already.
 */
export function normalizeThread(raw: unknown, origin: string, base = origin, markup = false): PostThread | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const given = raw as Fields;
  const words = (value: unknown): string => (markup ? text(value) : kit.decodeEntities(text(value)));
  let dropped = 0;
  const comments: ThreadedComment[] = [];
  for (const entry of Array.isArray(given.comments) ? (given.comments as unknown[]) : []) {
    const fields = record(entry);
    const id = commentId(fields.id);
    if (id === undefined) {
      dropped++;
      continue;
    }
    const comment: ThreadedComment = {
      id,
      parent: wholeNumber(fields.parent) ?? 0,
      author: words(fields.author),
      // A date is written out: a number is no date WordPress writes (and "5" would read as the year 2001).
      date: typeof fields.date === 'string' ? fields.date : '',
      // No longer than WordPress stores one (its column holds 65,535 bytes): a feed's megabytes
      // would be read and drawn in one task.
      content: text(fields.content).slice(0, MAX_CONTENT),
    };
    for (const key of ['authorUrl', 'avatar', 'url'] as const) {
      if (fields[key] === undefined || fields[key] === '') continue;
      const url = link(fields[key], base);
      if (url) comment[key] = url;
      else dropped++;
    }
    comments.push(comment);
  }
  if (dropped > 0) console.warn(`press-widgets: ignored ${String(dropped)} malformed value(s) in the thread from ${origin}.`);
  return {
    title: words(given.title),
    open: given.open !== false,
    avatars: typeof given.avatars === 'boolean' ? given.avatars : comments.some((comment) => comment.avatar),
    settings: settingsOf(given.settings),
    comments,
  };
}

/** Now, as a local date-time with the visitor's offset: a comment just sent shows the time it was sent. */
function localNow(): string {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const pad = (n: number): string => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The thread of the comment markup inside `host` (see readThreadMarkup), as the model's. */
export function markupThread(host: Element): PostThread | undefined {
  return normalizeThread(readThreadMarkup(host), `the comments inside <${host.localName}>`, host.ownerDocument.baseURI, true);
}

/**
 * A comment the visitor just sent, as the thread shows it until the site gives it back: dated now,
 * its text as WordPress keeps it (paragraphs at blank lines, line breaks within: wpautop). When the
 * site did not say its id, a negative one, which no comment of the site has (and which gets no
 * Reply). What the event carries is read as warily as a feed: anything on the page may send it.
 */
export function ownComment(sent: {
  id: number | undefined;
  parent?: number;
  author?: string;
  content?: string;
  url?: string;
  status: CommentStatus;
}): ThreadedComment {
  const comment: ThreadedComment = {
    id: commentId(sent.id) ?? -Date.now(),
    parent: wholeNumber(sent.parent) ?? 0,
    author: text(sent.author),
    date: localNow(),
    content: text(sent.content)
      .trim()
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
      .join(''),
  };
  const url = link(sent.url);
  if (url) comment.url = url;
  if (sent.status === 'pending') comment.status = 'pending';
  return comment;
}

/**
 * The post's title in a theme's comments title (twentyten's `#comments-title`, later themes'
 * `.comments-title`, the block's) "3 Replies to “Hello world!”" (or „…“, «…»): from
 * the first opening quote to the last closing one. '' when it quotes none, as twentytwentyone's
 * "3 comments" does: the element then shows no title of its own.
 */
function quotedTitle(heading: string): string {
  return /[“„«]([^]*)[”“»]/.exec(heading)?.[1].trim() ?? '';
}

/**
 * A comment's text in the xhtml markup (Walker_Comment::comment()), which has no `.comment-content`:
 * comment_text()'s paragraphs, between the author and date above and the Reply link below.
 */
function xhtmlContent(body: Element): string {
  return [...body.children]
    .filter((child) => !child.matches('.comment-author, .comment-meta, .commentmetadata, .reply, .comment-awaiting-moderation, br'))
    .map((child) => child.outerHTML)
    .join('');
}

/** A comment's id in the markup: its `li`'s (`comment-12`, or twentyten's to twelve's `li-comment-12` with the `comment-12` inside). */
function markupId(item: Element): number | undefined {
  const found = /^(?:li-)?comment-(\d{1,15})$/.exec(item.id) ?? /^comment-(\d{1,15})$/.exec(item.querySelector(':scope > article, :scope > div')?.id ?? '');
  return found ? commentId(Number(found[1])) : undefined;
}

/** One comment of the markup, in the feed's shape. */
function markupComment(item: Element, id: number, parent: number): Fields {
  const body = item.querySelector(':scope > article, :scope > div') ?? item;
  const author = body.querySelector('.fn, .wp-block-comment-author-name');
  const time = body.querySelector('time');
  const permalink = time?.closest('a[href]') ?? time?.querySelector('a[href]') ?? body.querySelector('.comment-metadata a[href], .commentmetadata a[href]');
  return {
    id,
    parent,
    author: author?.textContent.trim() ?? '',
    authorUrl: author?.querySelector('a[href]')?.getAttribute('href') ?? undefined,
    avatar: body.querySelector('img.avatar')?.getAttribute('src') ?? undefined,
    // The xhtml markup has no <time>: its date is the permalink's text, shown as written.
    date: time?.getAttribute('datetime') ?? permalink?.textContent.trim() ?? '',
    url: permalink?.getAttribute('href') ?? undefined,
    content: body.querySelector('.comment-content, .wp-block-comment-content')?.innerHTML ?? xhtmlContent(body),
  };
}

/**
 * The thread that WordPress's comment markup inside `host` shows, in the feed's shape: the
 * classic themes' `wp_list_comments()` (`ol.comment-list`, or `ol.commentlist` before them; html5,
 * xhtml, and twentyten's to twelve's own), or the Comments block's `ol.wp-block-comment-template`.
 * What the element shows when no site is named, and keeps showing when its site fails. Only the
 * list's own items and their replies' lists are read, never a list inside a comment's text.
 * `undefined` when there is no list, or no comment in it: then the markup stays as it is.
 */
export function readThreadMarkup(host: Element): unknown {
  const list = host.querySelector('.comment-list, .commentlist, .wp-block-comment-template');
  if (!list) return undefined;
  const comments: Fields[] = [];
  const lists: [Element, number][] = [[list, 0]];
  for (let next = lists.pop(); next; next = lists.pop()) {
    const [within, parent] = next;
    for (const item of within.querySelectorAll(':scope > li')) {
      const id = markupId(item);
      // Pingbacks and trackbacks are not comments to read here, as over REST (which does not give them).
      if (id !== undefined && !item.matches('.pingback, .trackback')) comments.push(markupComment(item, id, parent));
      for (const replies of item.querySelectorAll(':scope > ol, :scope > ul')) lists.push([replies, id ?? parent]);
    }
  }
  if (comments.length === 0) return undefined;
  const heading = host.querySelector('.comments-title, #comments-title, .wp-block-comments-title');
  return {
    // twentyten puts the title in an <em>, the others in quotes.
    title: quotedTitle(heading?.textContent ?? '') || (heading?.querySelector('em')?.textContent.trim() ?? ''),
    open: !host.querySelector('.no-comments'),
    avatars: !!list.querySelector('img.avatar'),
    // Replies nest, and Reply links show, only where the site threads them: a thread without
    // replies yet shows that it is threaded by its Reply links.
    settings: { threaded: !!list.querySelector('.children, .comment-reply-link, li > ol'), depth: 10 },
    comments,
  };
}
