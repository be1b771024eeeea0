// A post's conversation over REST, as the post page shows it: its approved comments, read whole
// (all pages), with the post's title and whether it still takes comments.
import { htmlWords } from '../html-reader.js';
import { kit } from './kit.js';
import { PER_PAGE, record, wholeNumber, type Fields, type RestApi } from './rest.js';

/** A date-time as REST writes `date` and `date_gmt`: no offset, whole seconds. */
const REST_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;
/** The largest offset ISO 8601 and `Date.parse` take, in minutes. */
const MAX_OFFSET = 24 * 60 - 1;

/**
 * The comment's local time (`date`) with the site's offset at that moment (`date` minus
 * `date_gmt`): `2026-12-06T09:30:00+01:00`. The element shows the local time written there, as
 * WordPress does, and orders by the instant. Without a usable local time, the instant in UTC.
 */
export function localDate(date: unknown, dateGmt: unknown): string | undefined {
  const gmt = typeof dateGmt === 'string' && REST_DATE.test(dateGmt) ? dateGmt : undefined;
  const local = typeof date === 'string' && REST_DATE.test(date) ? date : undefined;
  if (!local) return gmt && `${gmt}Z`;
  if (!gmt) return local; // read as UTC: the right time of day, the instant off by the site's offset
  const minutes = (Date.parse(`${local}Z`) - Date.parse(`${gmt}Z`)) / 60_000;
  if (!Number.isInteger(minutes) || Math.abs(minutes) > MAX_OFFSET) return `${gmt}Z`;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const size = Math.abs(minutes);
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/**
 * Post `postId`'s title and comment status: `wp/v2/posts/{id}`, or, when that says 404 (the id is
 * a page's), `wp/v2/pages/{id}`. Other post types have routes of their own (their `rest_base`),
 * which the id does not tell; their threads fail with the 404.
 */
async function postOf(api: RestApi, postId: number): Promise<Fields> {
  const fields = { _fields: 'title,comment_status' };
  try {
    return record((await api.page(`wp/v2/posts/${String(postId)}`, fields)).body);
  } catch (error) {
    if (!(error instanceof kit.SourceError && error.status === 404)) throw error;
    return record((await api.page(`wp/v2/pages/${String(postId)}`, fields)).body);
  }
}

/**
 * All of post `postId`'s approved comments, oldest first. A first answer that is no list (a proxy's
 * JSON, a plugin's error object) fails the thread, which then shows its error with Retry, rather
 * than an empty thread that would say the post has no comments.
 */
async function commentsOf(api: RestApi, postId: number): Promise<unknown[]> {
  const params = { post: postId, orderby: 'date_gmt', order: 'asc', _fields: 'id,parent,author_name,author_url,date,date_gmt,content,link,author_avatar_urls' };
  const first = await api.page('wp/v2/comments', { ...params, per_page: PER_PAGE, page: 1 });
  if (!Array.isArray(first.body)) throw new kit.SourceError(`${api.origin} answered the comments of post ${String(postId)} with something that is not a list.`);
  return api.all('wp/v2/comments', params, first);
}

/**
 * Post `postId`'s conversation as the feed's `threads` entry gives it, not yet normalized: the
 * post and all its approved comments, asked at once (the comments in pages of 100, a few at a
 * time). REST does not tell the discussion settings: `settings` is empty, the element's attributes
 * and WordPress's defaults fill it. Never throws on what the site answers, only when it fails.
 */
export async function readThread(api: RestApi, postId: number): Promise<Record<string, unknown>> {
  const [post, comments] = await Promise.all([postOf(api, postId), commentsOf(api, postId)]);
  const title = record(post.title).rendered;
  const fields = comments.map(record);
  return {
    title: typeof title === 'string' ? htmlWords(title).join(' ') : '',
    open: post.comment_status === 'open',
    // WordPress adds the field only when the site shows avatars (`show_avatars`).
    avatars: fields.some((comment) => typeof comment.author_avatar_urls === 'object' && comment.author_avatar_urls !== null),
    settings: {},
    comments: fields.flatMap((comment) => {
      if (wholeNumber(comment.id) === undefined) return [];
      const avatars = record(comment.author_avatar_urls);
      const content = record(comment.content).rendered;
      return [
        {
          id: comment.id,
          parent: comment.parent,
          author: comment.author_name,
          // Stored HTML-escaped (`?a=1&amp;b=2`); WordPress prints it into an attribute as it is.
          authorUrl: typeof comment.author_url === 'string' ? kit.decodeEntities(comment.author_url) : undefined,
          // Shown at 32 px, as on WordPress's post page: 96 stays sharp on screens of 2 and 3
          // device pixels a CSS pixel, where 48 would be blurred; 48 when the site gives no 96.
          avatar: Object.hasOwn(avatars, '96') ? avatars['96'] : avatars['48'],
          date: localDate(comment.date, comment.date_gmt),
          content: typeof content === 'string' ? content : undefined,
          url: comment.link,
        },
      ];
    }),
  };
}
