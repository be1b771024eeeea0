// Posts a comment the way WordPress's own form does (a form-encoded POST to wp-comments-post.php),
// or, from another origin, through its REST API, and reads the answer, which is often not what HTTP
// suggests: WordPress accepts a comment with a redirect, and refuses one with a 200 HTML error
// page. The element knows only the outcome.
import { htmlText } from '../html-reader.js';
import type { CommentFormConfig } from '../model.js';
import type { NotPosted, PostOptions, Posted } from '../source.js';
import { kit } from './kit.js';
import { awaitingModeration, diePage, pageMessage, postPage, shows } from './rendered-html.js';
import { endpoint, rootOfComments } from './routes.js';

type Outcome = Posted | NotPosted;

/**
 * A header that no HTML form can send. A post that carries it to another origin is preflighted:
 * the browser asks the origin first, and sends nothing unless it allows this page (CORS).
 */
const PREFLIGHT_HEADER = 'x-press-comment';

/** What the site may say in JSON: the REST API's comment, or its refusal. */
interface Answer {
  id?: unknown;
  post?: unknown;
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

/** Whether `url` is on the page's own origin (`self.origin`: "null" in a sandboxed frame, where nothing is). */
const ownOrigin = (url: string): boolean => kit.parseUrl(url)?.origin === self.origin && self.origin !== 'null';

/** Origins whose site owner the console has told that the answer to a post could not be read. */
const toldUnreadable = new Set<string>();

/**
 * Posts `body` (the form's fields, by WordPress's names) as `config` says. An `action` on the
 * page's own origin (`wp-comments-post.php`, or anything that answers like it) gets the form post,
 * as WordPress's own form sends it. Otherwise `config.rest`, when known, gets the REST API's JSON
 * (`POST /wp/v2/comments`): WordPress answers its preflight. An `action` on another origin with no
 * `rest` gets the form post only if that origin lets this page read its answer (CORS): the post
 * carries {@link PREFLIGHT_HEADER}, so that the browser asks first and an origin that does not
 * allow it never receives the visitor's name, email and text.
 *
 * `options.nonce` (WordPress's REST nonce, for a logged-in visitor) is sent to the page's own origin only.
 *
 * `options.retried`: an earlier attempt with this text may have reached the site (its answer was lost).
 * It is posted again: WordPress refuses a duplicate (same post, parent, author, email and text) with
 * 409, which then means that the earlier attempt's comment exists; it is shown as awaiting
 * moderation (it may be). Nothing is looked up by the comment's text: it never goes into a URL.
 *
 * `options.sending` is called when the post itself starts: from then on the comment may reach the site,
 * whatever the outcome says (before, nothing of it was sent: a refused or failed probe).
 *
 * Resolves with what became of the comment (a rejection would be a bug: the form reads it as an
 * answer it could not read).
 */
export async function postComment(
  { action, rest }: CommentFormConfig,
  body: URLSearchParams,
  { retried, nonce, timeoutMs = kit.REQUEST_TIMEOUT_MS, sending }: PostOptions = {},
): Promise<Outcome> {
  // A logged-in visitor posts through REST as themselves: cookies and WordPress's REST nonce.
  const ownNonce = rest && nonce && ownOrigin(rest) ? nonce : undefined;
  const usable = action !== undefined && kit.parseUrl(action) ? action : undefined;
  const formPost = usable !== undefined && (!rest || (!ownNonce && ownOrigin(usable)));
  const target = formPost ? usable : rest;
  if (target === undefined) return { reason: 'invalid', problem: 'notSetUp' };
  const guarded = formPost && !ownOrigin(target);
  if (guarded) {
    const refused = await refusedByCors(target, timeoutMs);
    if (refused) return refused;
  }
  let response: Response | undefined;
  let text = '';
  sending?.();
  try {
    response = await kit.fetchUncached(
      target,
      {
        method: 'POST',
        ...(formPost
          ? { body, ...(guarded ? { headers: { [PREFLIGHT_HEADER]: '1' } } : {}) }
          : {
              // Only the fields WordPress knows: the cookie consent is the form's own business.
              body: JSON.stringify(
                Object.fromEntries(Object.entries(REST_NAMES).flatMap(([name, field]) => (body.has(name) ? [[field, body.get(name)]] : []))),
              ),
              headers: { 'content-type': 'application/json', ...(ownNonce ? { 'x-wp-nonce': ownNonce } : {}) },
              // A redirect would take the nonce along, to wherever it leads.
              ...(ownNonce ? { redirect: 'error' as const } : {}),
            }),
      },
      timeoutMs,
    );
    text = await response.text();
  } catch (error) {
    // Sent or not, the answer is lost: "Try again" is safe (WordPress's duplicate check). No answer
    // at all from another origin, which let the probe read its answer, may be a missing CORS header.
    if (guarded && !response && !kit.timedOut(error)) await tellUnreadable(target, timeoutMs);
    return { reason: 'network', problem: kit.timedOut(error) ? 'timeoutError' : 'networkError' };
  }
  let answer: Answer | undefined;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    // an HTML page
  }
  const dieMessage = answer === undefined && diePage(text);
  if (response.redirected && response.ok && !dieMessage) return accepted(response.url, target, text, body);
  // WordPress's "duplicate" to a retry: the earlier attempt's comment exists.
  if (retried && response.status === 409 && (dieMessage || answer?.code === 'comment_duplicate')) {
    return { id: undefined, status: 'pending', url: undefined };
  }
  // WordPress refuses a comment (no name, a bad email, too long…) with a 200 error page.
  if (!response.ok || dieMessage) {
    // The REST API's 401 for visitors, unless the site allows them: the visitor is told politely,
    // the site's owner (in the console) how to allow them.
    const login = answer?.code === 'rest_comment_login_required';
    if (login) console.warn("To take comments from this page, add to the WordPress site: add_filter( 'rest_allow_anonymous_comments', '__return_true' );");
    // The REST API's messages are WordPress's own strings too, with their character references.
    const said = login ? '' : typeof answer?.message === 'string' ? htmlText(answer.message) : pageMessage(text, dieMessage);
    return {
      // WordPress redirects only once it has stored a comment: whatever the page it leads to says
      // (a rate limiter's 429, a plugin's wp_die()), the comment may be there. Try again, which
      // WordPress's duplicate check makes safe, rather than "refused".
      reason: response.redirected || response.status >= 500 ? 'server' : 'rejected',
      problem: login ? 'loginRequired' : 'postFailed',
      status: response.status,
      ...(said ? { said } : {}),
    };
  }
  // WordPress accepts with a redirect (read above) or the REST API's comment, which has an id, and
  // the post it is on: another post's comment is no answer to this one.
  const onPost = answer?.post === undefined || answer.post === Number(body.get('comment_post_ID'));
  if (typeof answer?.id !== 'number' || !onPost) return { reason: 'server', problem: 'unreadableError' };
  const link = kit.safeUrl(answer.link);
  return {
    id: answer.id,
    // The REST API says 'approved', or 'hold' while the comment awaits moderation ('spam' too).
    status: answer.status === undefined || answer.status === 'approved' ? 'approved' : 'pending',
    url: link && kit.parseUrl(link)?.href,
  };
}

/** A `HEAD` that the browser preflights: it answers only if `action` lets this page read its answers (CORS). */
const askAllowed = (action: string, timeoutMs: number): Promise<Response> =>
  kit.fetchUncached(action, { method: 'HEAD', headers: { [PREFLIGHT_HEADER]: '1' } }, timeoutMs);

/**
 * Whether `action`, on another origin, refuses to let this page read its answers: a preflighted
 * `HEAD` (WordPress answers 405 to anything but a POST) asks it. If it refuses, a plain `HEAD`,
 * which the browser sends without asking, tells a refusal (it answers) from no network. Neither
 * carries anything of the visitor's. `undefined` when the action allows this page.
 */
async function refusedByCors(action: string, timeoutMs: number): Promise<NotPosted | undefined> {
  try {
    await askAllowed(action, timeoutMs);
    return undefined;
  } catch (error) {
    // A slow answer (to the preflight, or to the HEAD) is no refusal. Nothing was sent.
    if (kit.timedOut(error)) return { reason: 'network', problem: 'networkError' };
    // refused, or unreachable: asked below
  }
  try {
    await kit.fetchUncached(action, { method: 'HEAD', mode: 'no-cors' }, timeoutMs);
  } catch {
    return { reason: 'network', problem: 'networkError' };
  }
  console.warn(
    `press-comment-form: ${action} does not let this page (${self.origin}) read its answers, so no comment is sent to it. ` +
      "Give the form `api` (the WordPress site: it then posts through WordPress's REST API), or an `action` on this page's origin, " +
      `or have ${action} and the pages it redirects to answer with Access-Control-Allow-Origin: ${self.origin} ` +
      `(and its preflights with Access-Control-Allow-Headers: ${PREFLIGHT_HEADER}).`,
  );
  return { reason: 'invalid', problem: 'notSetUp' };
}

/**
 * After a post to `action` (on another origin, which let the probe read its answer) failed before
 * any answer could be read: if `action` still lets this page ask, the likelier cause is that the
 * post's own answer, or a page it redirects to, does not let this page read it (a connection that
 * broke before any answer looks the same). The site owner is told, once per origin; the visitor
 * sees a lost answer (the comment may have arrived).
 */
async function tellUnreadable(action: string, timeoutMs: number): Promise<void> {
  const origin = kit.parseUrl(action)?.origin ?? action;
  if (toldUnreadable.has(origin)) return;
  try {
    await askAllowed(action, timeoutMs);
  } catch {
    return; // unreachable now: the network, not the site's headers
  }
  toldUnreadable.add(origin);
  console.warn(
    `press-comment-form: the answer to a comment posted to ${action} could not be read, though ${action} lets this page (${self.origin}) ` +
      'read its answers to a preflight and a HEAD. Unless the connection broke, the answer to the POST, or the page it redirects to, ' +
      `lacks Access-Control-Allow-Origin: ${self.origin}: add it there too, ` +
      "or give the form `api` (the WordPress site: it then posts through WordPress's REST API).",
  );
}

/**
 * What a followed redirect says of the comment. WordPress accepts a comment with a redirect to
 * the post, on its own origin (the one posted to), whose page shows it once published. Held, it is
 * `?unapproved=N` (when the reader did not tick the cookie consent) or shown "awaiting moderation";
 * taken for spam, it is not shown at all. A published one's `#comment-N` is lost: the browser drops
 * the fragment of a followed redirect. A redirect anywhere else (a login wall, a search page that
 * quotes the comment, another origin) is no acceptance, whatever its page says: the answer could
 * not be read, and the comment stays in the form.
 */
function accepted(finalUrl: string, target: string, page: string, body: URLSearchParams): Outcome {
  const url = kit.parseUrl(finalUrl);
  const onSite = url !== undefined && url.origin === kit.parseUrl(target)?.origin;
  const held = onSite ? (url.searchParams.get('unapproved') ?? '') : '';
  if (/^\d+$/.test(held)) return { id: Number(held), status: 'pending', url: finalUrl };
  if (!url || !(thisPage(url) || (onSite && postPage(url, page, body.get('comment_post_ID') ?? '')))) {
    return { reason: 'server', problem: 'unreadableError' };
  }
  const awaiting = awaitingModeration(page);
  const shown = shows(page, htmlText(body.get('comment') ?? ''));
  return { id: undefined, status: shown && !awaiting ? 'approved' : 'pending', url: finalUrl };
}

/** What WordPress adds to a post's address when it sends a commenter back: not another page. */
const COMMENT_PARAMS = ['unapproved', 'moderation-hash', 'cpage'];

/**
 * Whether `url` is the page the form is on, on its own origin: its path (a `comment-page-N/`
 * aside) and its query (WordPress's comment parameters aside): with plain permalinks every page of
 * a site has the path `/`, and only `?p=5` tells the post from the home or a maintenance page.
 */
function thisPage(url: URL): boolean {
  const address = (u: URL): string => {
    const query = new URLSearchParams(u.search);
    for (const name of COMMENT_PARAMS) query.delete(name);
    query.sort();
    return `${u.pathname.replace(/\/comment-page-\d+\/?$/, '/')}?${query.toString()}`;
  };
  const here = kit.parseUrl(location.href);
  return url.origin === self.origin && here !== undefined && address(url) === address(here);
}

/**
 * The logged-in visitor's display name, asked with WordPress's REST nonce at `users/me` beside
 * `config.rest`; `undefined` when the nonce is not (or no longer) good, or when `config.rest` is
 * not a comments route on the page's own origin: the nonce goes to the page's own origin only.
 */
export async function currentUser({ rest }: CommentFormConfig, nonce: string): Promise<string | undefined> {
  const root = rest !== undefined && ownOrigin(rest) ? rootOfComments(rest) : undefined;
  if (!root) return undefined;
  try {
    const response = await kit.fetchUncached(endpoint(root, 'wp/v2/users/me', { _fields: 'name' }), { headers: { 'x-wp-nonce': nonce }, redirect: 'error' });
    const { name } = (await response.json()) as { name?: unknown };
    return response.ok && typeof name === 'string' ? kit.decodeEntities(name) : undefined;
  } catch {
    return undefined;
  }
}
