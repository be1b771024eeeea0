// Posts a comment the way WordPress's own comment form does (a form-encoded POST to
// wp-comments-post.php) and reads the answer, which is often not what HTTP suggests: WordPress
// refuses a comment with a 200 HTML error page, and accepts one with a redirect. The component that
// calls this knows only the result: an id, a status and a link, or a reason and a message.
import { decodeEntities } from './entities.js';
import type { CommentStatus } from './model.js';
import { safeUrl } from './safe-url.js';
import { REQUEST_TIMEOUT_MS } from './source.js';

/** What a visitor typed, and where it belongs. */
export interface CommentSubmission {
  postId: number;
  /** The comment replied to; 0 or absent for a top-level comment. */
  parent?: number;
  comment: string;
  author: string;
  email: string;
  url: string;
  /** Ticked "Save my name, email, and website…"; `undefined` when the form has no such box. */
  consent?: boolean;
}

/** A comment the site accepted. `id` and `url` are unknown when the answer does not tell them. */
export interface PostedComment {
  id: number | undefined;
  status: CommentStatus;
  url: string | undefined;
}

export type CommentFailureReason = 'network' | 'server' | 'rejected' | 'invalid';

/** A comment the site did not accept (or that never reached it), with a message for the visitor. */
export class CommentPostError extends Error {
  override name = 'CommentPostError';

  constructor(
    readonly reason: CommentFailureReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export const NETWORK_MESSAGE = 'Your comment could not be sent. Check your connection and try again.';

/** The longest server message shown; an error page can be long. */
const MAX_MESSAGE = 400;

/** The form body WordPress's `wp-comments-post.php` reads, with its own field names. */
export function commentBody(submission: CommentSubmission): URLSearchParams {
  const body = new URLSearchParams({
    comment_post_ID: String(submission.postId),
    comment: submission.comment,
    author: submission.author,
    email: submission.email,
    url: submission.url,
    comment_parent: String(submission.parent ?? 0),
  });
  if (submission.consent) body.set('wp-comment-cookies-consent', 'yes');
  return body;
}

/**
 * Posts `submission` to `action` (WordPress's `wp-comments-post.php`, or anything that answers
 * like it). Resolves with what the site did with the comment; rejects with a
 * {@link CommentPostError} when it was refused or could not be sent.
 */
export async function postComment(
  action: string,
  submission: CommentSubmission,
  { timeoutMs = REQUEST_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<PostedComment> {
  let response: Response;
  let body = '';
  try {
    response = await fetch(action, {
      method: 'POST',
      headers: { accept: 'application/json, text/html;q=0.9, */*;q=0.5' },
      // URLSearchParams sets application/x-www-form-urlencoded;charset=UTF-8.
      body: commentBody(submission),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Redirects are accepted comments: the page they lead to need not be read.
    if (!response.redirected) body = await response.text();
  } catch (error) {
    throw new CommentPostError('network', NETWORK_MESSAGE, { cause: error });
  }
  if (response.redirected) return fromUrl(response.url);

  const json = isJson(response) ? parseJson(body) : undefined;
  if (!response.ok) {
    const said = json ? jsonMessage(json) : htmlMessage(body);
    if (response.status >= 500) {
      const detail = said ?? `error ${String(response.status)}`;
      throw new CommentPostError('server', `Your comment could not be posted (${detail}). Try again later.`);
    }
    throw new CommentPostError('rejected', said ?? `Your comment could not be posted (error ${String(response.status)}).`);
  }
  if (json !== undefined) return fromJson(json) ?? { id: undefined, status: 'approved', url: undefined };
  // WordPress refuses a comment (missing name, bad email, too long…) with a 200 error page.
  if (/\bwp-die-message\b|<body\b[^>]*\bid\s*=\s*["']?error-page\b/i.test(body)) {
    throw new CommentPostError('rejected', htmlMessage(body) ?? 'Your comment could not be posted.');
  }
  // Accepted without a redirect: the answer says nothing about where the comment is.
  return { id: undefined, status: 'approved', url: undefined };
}

const isJson = (response: Response): boolean => /[/+]json\b/i.test(response.headers.get('content-type') ?? '');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const positiveInteger = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

/** `{ id, status, link }`, as the REST API (and the JSON feed's endpoints) answer. */
function fromJson(json: unknown): PostedComment | undefined {
  if (!isRecord(json)) return undefined;
  const link = safeUrl(json.link);
  const linkId = link === undefined ? undefined : idInUrl(link).id;
  return {
    id: positiveInteger(json.id) ?? linkId,
    // WordPress says 'approved', or 'hold' (REST) / 'unapproved' (comment_status) when held.
    status: json.status === 'approved' || json.status === undefined ? 'approved' : 'pending',
    url: link === undefined ? undefined : new URL(link, document.baseURI).href,
  };
}

function idInUrl(url: string): { id: number | undefined; held: boolean } {
  const parsed = new URL(url, document.baseURI);
  const unapproved = positiveInteger(parsed.searchParams.get('unapproved') ?? undefined);
  if (unapproved !== undefined) return { id: unapproved, held: true };
  return { id: positiveInteger(/^#comment-(\d+)$/.exec(parsed.hash)?.[1]), held: false };
}

/**
 * Where WordPress sent the browser: `?unapproved=N` for a held comment, `#comment-N` for a
 * published one. A browser drops the fragment of a followed redirect, so the id may be unknown.
 */
function fromUrl(url: string): PostedComment {
  const { id, held } = idInUrl(url);
  return { id, status: held ? 'pending' : 'approved', url: safeUrl(url) };
}

function jsonMessage(json: unknown): string | undefined {
  return isRecord(json) && typeof json.message === 'string' ? cleanText(json.message) : undefined;
}

/**
 * The message of an HTML error page, as text: WordPress's `.wp-die-message`, else the first
 * `<h1>`, else the `<title>`. Read with patterns, never by the HTML parser: no server markup
 * reaches the page.
 */
export function htmlMessage(html: string): string | undefined {
  const patterns = [
    /<div\b[^>]*\bclass\s*=\s*(?:"[^"]*|'[^']*|)\bwp-die-message\b[^>]*>([\s\S]*?)<\/div\s*>/i,
    /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i,
    /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i,
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(html)?.[1];
    const text = found === undefined ? undefined : cleanText(found);
    if (text) return text;
  }
  return undefined;
}

/** Markup to plain text: WordPress's "« Back" link and any scripts go, tags become spaces or nothing. */
function cleanText(markup: string): string | undefined {
  const text = decodeEntities(
    markup
      .replace(/<a\b[^>]*\bhref\s*=\s*["']?\s*javascript:[\s\S]*?<\/a\s*>/gi, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|hr|table|tr|td|th)\b[^>]*>/gi, ' ')
      .replace(/<[a-z!/?][^>]*>/gi, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1).trimEnd()}…` : text;
}

/** Name, email and website that WordPress remembered in this browser (the consent cookies). */
export interface RememberedCommenter {
  author?: string;
  email?: string;
  url?: string;
}

/**
 * Reads the `comment_author_<hash>` cookies that WordPress sets when a visitor ticks "Save my
 * name…", as `wp_get_current_commenter()` does; they are readable only on the site's own origin.
 */
export function rememberedCommenter(cookies = document.cookie): RememberedCommenter {
  const remembered: RememberedCommenter = {};
  for (const pair of cookies.split(';')) {
    const [name = '', ...rest] = pair.trim().split('=');
    const field = /^comment_author_(?:(email|url)_)?[0-9a-f]{32}$/.exec(name);
    if (!field) continue;
    let value: string;
    try {
      value = decodeURIComponent(rest.join('=').replace(/\+/g, ' ')); // PHP's setcookie() urlencodes
    } catch {
      continue;
    }
    if (field[1] === 'email') remembered.email = value;
    else if (field[1] === 'url') remembered.url = value;
    else remembered.author = value;
  }
  return remembered;
}
