// Posts a comment the way WordPress's own form does (a form-encoded POST to wp-comments-post.php),
// or, from another origin, through its REST API, and reads the answer, which is often not what HTTP
// suggests: WordPress accepts a comment with a redirect, and refuses one with a 200 HTML error
// page. The component knows only the outcome.
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../events.js';
import { en } from '../i18n/en.js';
import { decodeEntities } from './entities.js';
import type { CommentFormConfig } from './model.js';
import { safeUrl } from './safe-url.js';
import { REQUEST_TIMEOUT_MS } from './source.js';

// In English; the form shows them in the page's language.
export const NETWORK_MESSAGE = en.networkError;
export const TIMEOUT_MESSAGE = en.timeoutError;
/** An answer that tells nothing (a proxy's page, a cut-off body): the comment may have arrived. */
export const UNREADABLE_MESSAGE = en.unreadableError;
/** The REST API refuses visitors' comments unless the site allows them (its console is told how). */
export const LOGIN_MESSAGE = en.loginRequired;

/** What the site may say in JSON: the REST API's comment, or its refusal. */
interface Answer {
  id?: unknown;
  status?: unknown;
  link?: unknown;
  code?: unknown;
  message?: unknown;
}

/** The REST API's names for the form's fields (`/wp/v2/comments`). */
const REST_NAMES: Record<string, string> = {
  comment_post_ID: 'post',
  comment_parent: 'parent',
  author: 'author_name',
  email: 'author_email',
  url: 'author_url',
  comment: 'content',
};

/**
 * Posts `body` (the form's fields, by WordPress's names) as `config` says. An `action` on the
 * page's own origin (`wp-comments-post.php`, or anything that answers like it) gets the form post,
 * as WordPress's own form sends it. Otherwise `config.rest`, when known, gets the REST API's JSON
 * (`POST /wp/v2/comments`): WordPress answers its preflight, while its form post sends no CORS
 * headers, so that a cross-origin page could never read the answer.
 *
 * `retried`: an earlier attempt with this text may have reached the site (its answer was lost).
 * WordPress's "duplicate" then means that attempt's comment exists: it is shown as awaiting
 * moderation (it may be, and this one was not posted again) rather than refused.
 *
 * Resolves with what became of the comment; never rejects.
 */
export async function postComment(
  { action, rest }: CommentFormConfig,
  body: URLSearchParams,
  retried?: boolean,
  nonce?: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Outcome> {
  if (retried && rest) {
    const found = await findPosted(rest, body);
    if (found) return found;
  }
  // A logged-in visitor posts through REST as themselves: cookies and WordPress's REST nonce.
  const json = !!rest && (!!nonce || !(action && new URL(action, document.baseURI).origin === location.origin));
  let response: Response;
  let text = '';
  try {
    response = await fetch(json ? rest : (action ?? ''), {
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
      ...(json
        ? {
            // Only the fields WordPress knows: the cookie consent is the form's own business.
            body: JSON.stringify(Object.fromEntries(Object.entries(REST_NAMES).flatMap(([name, field]) => (body.has(name) ? [[field, body.get(name)]] : [])))),
            headers: { 'content-type': 'application/json', ...(nonce ? { 'x-wp-nonce': nonce } : {}) },
          }
        : { body }),
    });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { reason: 'network', message: timedOut ? TIMEOUT_MESSAGE : NETWORK_MESSAGE };
  }
  if (response.redirected && response.ok && !text.includes('wp-die-message')) {
    // A followed redirect is WordPress accepting the comment, to the post, whose page shows it once
    // published. Held, it is `?unapproved=N` (when the reader did not tick the cookie consent) or
    // shown "awaiting moderation"; taken for spam, it is not shown at all. A published one's
    // `#comment-N` is lost: the browser drops the fragment of a followed redirect. A redirect to an
    // error (a proxy's error page, a wp_die() page) is not an acceptance: it is read as the failure
    // it shows, below.
    const held = new URL(response.url).searchParams.get('unapproved');
    return {
      id: held ? Number(held) : undefined,
      status: !held && !text.includes('comment-awaiting-moderation') && gist(text).includes(gist(body.get('comment') ?? '')) ? 'approved' : 'pending',
      url: response.url,
    };
  }
  if (retried && response.status === 409) return { id: undefined, status: 'pending', url: undefined };

  let answer: Answer | undefined;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    // an HTML page
  }
  // WordPress refuses a comment (no name, a bad email, too long…) with a 200 error page.
  if (!response.ok || text.includes('wp-die-message')) {
    // The REST API's 401 for visitors, unless the site allows them: the visitor is told politely,
    // the site's owner (in the console) how to allow them.
    const login = answer?.code === 'rest_comment_login_required';
    if (login) console.warn("To take comments from this page, add to the WordPress site: add_filter( 'rest_allow_anonymous_comments', '__return_true' );");
    // The REST API's messages are WordPress's own strings too, with their character references.
    const said = login ? LOGIN_MESSAGE : plain(typeof answer?.message === 'string' ? answer.message : htmlMessage(text));
    return {
      reason: response.status >= 500 ? 'server' : 'rejected',
      message: said || en.postFailed.replace('%s', String(response.status)),
    };
  }
  // WordPress accepts with a redirect (followed above) or the REST API's comment, which has an id.
  if (typeof answer?.id !== 'number') return { reason: 'server', message: UNREADABLE_MESSAGE };
  const link = safeUrl(answer.link);
  return {
    id: answer.id,
    // The REST API says 'approved', or 'hold' while the comment awaits moderation ('spam' too).
    status: answer.status === undefined || answer.status === 'approved' ? 'approved' : 'pending',
    url: link && new URL(link, document.baseURI).href,
  };
}

type Outcome = PressCommentPostedDetail | PressCommentFailedDetail;

/** Letters and digits only: WordPress's typography (curly quotes, dashes) and markup do not count. */
const gist = (text: string): string => plain(text).replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * The approved comment that an attempt whose answer was lost made, if WordPress lists it: found by
 * its first words and its author on the same post. A held one is not listed to visitors; the
 * retry's "duplicate" tells of it.
 */
async function findPosted(rest: string, body: URLSearchParams): Promise<PressCommentPostedDetail | undefined> {
  const text = body.get('comment') ?? '';
  // WordPress searches for the words as one string: the longest run of plain words, which its
  // filters leave as typed.
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N} ]{2,59}/gu) ?? []).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
  if (!words) return undefined;
  const url = new URL(rest);
  for (const [name, value] of [['post', body.get('comment_post_ID') ?? ''], ['search', words], ['per_page', '100'], ['_fields', 'id,link,author_name,content']]) {
    url.searchParams.set(name, value);
  }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const comments = (await response.json()) as { id?: unknown; link?: unknown; author_name?: unknown; content?: { rendered?: unknown } }[];
    const author = body.get('author');
    const found = comments.find(
      (c) => (author === null || c.author_name === author) && typeof c.content?.rendered === 'string' && gist(c.content.rendered) === gist(text),
    );
    const link = safeUrl(found?.link);
    return found && typeof found.id === 'number' ? { id: found.id, status: 'approved', url: link && new URL(link, document.baseURI).href } : undefined;
  } catch {
    return undefined; // no answer: post, and let WordPress's "duplicate" tell
  }
}

/** The logged-in visitor's display name, asked with WordPress's REST nonce; `undefined` when the nonce is not (or no longer) good. */
export async function currentUser(rest: string, nonce: string): Promise<string | undefined> {
  try {
    const url = new URL(rest.replace('wp/v2/comments', 'wp/v2/users/me'));
    url.searchParams.set('_fields', 'name');
    const response = await fetch(url, { headers: { 'x-wp-nonce': nonce }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const { name } = (await response.json()) as { name?: unknown };
    return response.ok && typeof name === 'string' ? decodeEntities(name) : undefined;
  } catch {
    return undefined;
  }
}

/** The message of an error page: WordPress's `.wp-die-message`, else the `<h1>`, as HTML. */
const htmlMessage = (page: string): string =>
  (/wp-die-message[^>]*>([\s\S]*?)<\/div>/i.exec(page) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(page))?.[1] ?? '';

/**
 * WordPress's message as plain text. Read with patterns, never by an HTML parser, so no server
 * markup reaches the page.
 */
const plain = (message: string): string =>
  decodeEntities(
    message
      .replace(/<a[^>]*javascript:[\s\S]*?<\/a>/gi, '') // WordPress's "« Back" link
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
