// A post's conversation read from a feed, from the WordPress chunk's REST reading, or from the
// theme's own comment markup, into the model's PostThread. In the WordPress chunk (its kit gives
// safeUrl): the thread is drawn only once the chunk, which reads its HTML, is loaded.
import type { ThreadSettings } from './comment-thread.js';
import type { CommentStatus, PostThread, ThreadedComment } from './model.js';
import { kit } from './wordpress/kit.js';

type Fields = Record<string, unknown>;
const record = (value: unknown): Fields => (typeof value === 'object' && value !== null ? (value as Fields) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const wholeNumber = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
/** A URL the page may link to or load, absolute against the data's own address. */
const link = (value: unknown, base: string): string | undefined => {
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
 * is no object. Never throws.
 */
export function normalizeThread(raw: unknown, origin: string, base = origin): PostThread | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const given = raw as Fields;
  let dropped = 0;
  const comments: ThreadedComment[] = [];
  for (const entry of Array.isArray(given.comments) ? (given.comments as unknown[]) : []) {
    const fields = record(entry);
    const id = wholeNumber(fields.id);
    if (!id) {
      dropped++;
      continue;
    }
    const comment: ThreadedComment = {
      id,
      parent: wholeNumber(fields.parent) ?? 0,
      author: text(fields.author),
      date: text(fields.date),
      content: text(fields.content),
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
    title: text(given.title),
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

/**
 * A comment the visitor just sent, as the thread shows it until the site gives it back: dated now,
 * its text as WordPress keeps it (paragraphs at blank lines, line breaks within: wpautop), with an
 * id no comment of the site has when the site did not say its id.
 */
export function ownComment(sent: { id: number | undefined; parent?: number; author?: string; content?: string; url?: string; status: CommentStatus }): ThreadedComment {
  const comment: ThreadedComment = {
    id: sent.id ?? -Date.now(),
    parent: sent.parent ?? 0,
    author: sent.author ?? '',
    date: localNow(),
    content: (sent.content ?? '')
      .trim()
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
      .join(''),
  };
  if (sent.url) comment.url = sent.url;
  if (sent.status === 'pending') comment.status = 'pending';
  return comment;
}

/**
 * The thread that WordPress's `wp_list_comments()` markup inside `host` shows (an
 * `ol.comment-list`, as the classic themes print it, html5 or not), in the feed's shape: what the
 * element shows when no site is named, and keeps showing when its site fails. `undefined` when
 * there is none.
 */
export function readThreadMarkup(host: Element): unknown {
  const list = host.querySelector('.comment-list, .commentlist');
  if (!list) return undefined;
  const comments = [...list.querySelectorAll('li[id^="comment-"]')].map((item) => {
    const parentItem = item.parentElement?.closest('li[id^="comment-"]');
    const body = item.querySelector(':scope > article, :scope > div') ?? item;
    const author = body.querySelector('.fn');
    const time = body.querySelector('time');
    return {
      id: Number(item.id.slice('comment-'.length)),
      parent: parentItem && list.contains(parentItem) ? Number(parentItem.id.slice('comment-'.length)) : 0,
      author: author?.textContent.trim() ?? '',
      authorUrl: author?.querySelector('a[href]')?.getAttribute('href') ?? undefined,
      avatar: body.querySelector('img.avatar')?.getAttribute('src') ?? undefined,
      date: time?.getAttribute('datetime') ?? '',
      url: (time?.closest('a[href]') ?? body.querySelector('.comment-metadata a[href], .commentmetadata a[href]'))?.getAttribute('href') ?? undefined,
      content: body.querySelector('.comment-content')?.innerHTML ?? '',
    };
  });
  return {
    title: host.querySelector('.comments-title')?.textContent.trim() ?? '',
    open: !host.querySelector('.no-comments'),
    avatars: !!list.querySelector('img.avatar'),
    // Replies nest only where the site threads them.
    settings: { threaded: !!list.querySelector('.children'), depth: 10 },
    comments,
  };
}
