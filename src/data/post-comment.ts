// Posts a comment the way WordPress's own form does (a form-encoded POST to wp-comments-post.php)
// and reads the answer, which is often not what HTTP suggests: WordPress accepts a comment with a
// redirect, and refuses one with a 200 HTML error page. The component knows only the outcome.
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../events.js';
import { decodeEntities } from './entities.js';
import { safeUrl } from './safe-url.js';
import { REQUEST_TIMEOUT_MS } from './source.js';

export const NETWORK_MESSAGE = 'Your comment could not be sent. Check your connection and try again.';

/** What the site may say in JSON: the REST API's comment, or its refusal. */
interface Answer {
  id?: unknown;
  status?: unknown;
  link?: unknown;
  message?: unknown;
}

/**
 * Posts `body` (WordPress's field names) to `action`: `wp-comments-post.php`, or anything that
 * answers like it. Resolves with what became of the comment; never rejects.
 */
export async function postComment(
  action: string,
  body: URLSearchParams, // sent as application/x-www-form-urlencoded
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<PressCommentPostedDetail | PressCommentFailedDetail> {
  let response: Response;
  let text = '';
  try {
    response = await fetch(action, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
    // A followed redirect is WordPress accepting the comment: the post it leads to need not be read.
    if (!response.redirected) text = await response.text();
  } catch {
    return { reason: 'network', message: NETWORK_MESSAGE };
  }
  if (response.redirected) {
    // `?unapproved=N` when the comment is held. A published one's `#comment-N` is lost: the
    // browser drops the fragment of a followed redirect.
    const held = new URL(response.url).searchParams.get('unapproved');
    return { id: held ? Number(held) : undefined, status: held ? 'pending' : 'approved', url: response.url };
  }

  let json: Answer | undefined;
  try {
    json = JSON.parse(text) as Answer;
  } catch {
    // an HTML page
  }
  // WordPress refuses a comment (no name, a bad email, too long…) with a 200 error page.
  if (!response.ok || text.includes('wp-die-message')) {
    const said = typeof json?.message === 'string' ? json.message : htmlMessage(text);
    return {
      reason: response.status >= 500 ? 'server' : 'rejected',
      message: said || `Your comment could not be posted (error ${String(response.status)}).`,
    };
  }
  const link = safeUrl(json?.link);
  return {
    id: typeof json?.id === 'number' ? json.id : undefined,
    // The REST API says 'approved', or 'hold' while the comment awaits moderation.
    status: json?.status === undefined || json.status === 'approved' ? 'approved' : 'pending',
    url: link && new URL(link, document.baseURI).href,
  };
}

/**
 * The message of an error page as plain text: WordPress's `.wp-die-message`, else the `<h1>`.
 * Read with patterns, never by an HTML parser, so no server markup reaches the page.
 */
function htmlMessage(page: string): string {
  const found = (/wp-die-message[^>]*>([\s\S]*?)<\/div>/i.exec(page) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(page))?.[1] ?? '';
  const text = found
    .replace(/<a[^>]*javascript:[\s\S]*?<\/a>/gi, '') // WordPress's "« Back" link
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
