// The demo's fake server, as a Vite plugin for `npm run demo` only (never part of a build).
//
//   /                                   302 to /demo/
//   /demo-api/hang.json                 a feed that never answers (the request is held for 10 minutes)
//   /demo-api/broken.json               a feed that answers 500
//   /demo-api/slow.json?ms=3000         demo/feeds/ready.json after a delay (0–20 s)
//   /demo-api/flaky.json?key=K          500 the first time a key is asked for, then demo/feeds/ready.json
//   /demo-wp/…                          a WordPress with a logged-in editor (see `loggedInSite`)
//   /demo-api/wp-comments-post.php      answers a posted comment the way WordPress's
//                                       wp-comments-post.php does (see `postComment` below)
//   /demo-api/comment/N                 the page a published comment is sent to, showing it
//   /category/…/, /2025/07/, /2025/…    a placeholder page for the links in the sample data
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

const HANG_MS = 10 * 60 * 1000;

/** Same shape as WordPress's wp_die() page, which the comment form reads the message from. */
function wpDie(message: string): string {
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Comment Submission Failure</title></head>
<body id="error-page"><div class="wp-die-message"><p><strong>Error:</strong> ${message}</p></div></body></html>`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<Map<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const type = req.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  const fields = new Map<string, string>();
  try {
    // Node's own parser, for both urlencoded and multipart bodies (fetch with FormData sends the latter).
    const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
    form.forEach((value, key) => {
      if (typeof value === 'string') fields.set(key, value);
    });
  } catch {
    // An unreadable body is an empty one: WordPress then complains about the missing fields.
  }
  return fields;
}

/** The page the comment was posted from (what WordPress would call the post's permalink). */
function postPage(req: IncomingMessage): string {
  const referer = req.headers.referer;
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === req.headers.host) return url.pathname;
    } catch {
      // fall through
    }
  }
  return '/demo/';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * wp_set_comment_cookies(): with the consent box ticked, WordPress remembers the commenter's name,
 * email and website in `comment_author_<md5 of the site URL>` cookies (readable by scripts, so the
 * form can fill itself in next time); without it, it clears them.
 */
function commenterCookies(req: IncomingMessage, consent: boolean, who: { author: string; email: string; url: string }): string[] {
  const hash = createHash('md5')
    .update(`http://${req.headers.host ?? ''}`)
    .digest('hex');
  const age = consent ? 'Max-Age=30000000' : 'Max-Age=0';
  const cookie = (name: string, value: string): string => `${name}_${hash}=${consent ? encodeURIComponent(value) : '+'}; ${age}; Path=/; SameSite=Lax`;
  return [cookie('comment_author', who.author), cookie('comment_author_email', who.email), cookie('comment_author_url', who.url)];
}

/**
 * wp-comments-post.php, in short. `?outcome=` picks what a site might do with a valid comment:
 * `held` (the default: a new commenter's first comment waits for moderation), `approved`,
 * `flood` (429), `error` (500), `drop` (the connection is cut: a network failure).
 */
function commentPoster(log: (message: string) => void, published: Map<number, string>) {
  let nextId = 101;
  const seen = new Set<string>();

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'POST') {
      send(res, 405, 'text/html', wpDie('Comments can only be posted.'), { allow: 'POST' });
      return;
    }
    const form = await readForm(req);
    const outcome = url.searchParams.get('outcome') ?? 'held';
    const field = (name: string): string => (form.get(name) ?? '').trim();
    const [comment, author, email] = [field('comment'), field('author'), field('email')];
    const postId = Number(field('comment_post_ID'));

    if (outcome === 'drop') {
      req.socket.destroy();
      return;
    }
    if (outcome === 'error') {
      send(res, 500, 'text/html', '<!DOCTYPE html><title>Internal Server Error</title><h1>Internal Server Error</h1>');
      return;
    }
    // WordPress answers an unknown post with an empty 200 page.
    if (!Number.isInteger(postId) || postId < 1) {
      send(res, 200, 'text/html', '');
      return;
    }
    // The order of WordPress's checks; these errors all come back as 200 pages.
    const requireNameEmail = url.searchParams.get('require-name-email') !== 'off';
    let problem: string | undefined;
    if (requireNameEmail && (author === '' || email === '')) problem = 'Please fill the required fields.';
    else if (email !== '' && !EMAIL.test(email)) problem = 'Please enter a valid email address.';
    else if (comment === '') problem = 'Please type your comment text.';
    else if (comment.length > 65525) problem = 'Your comment is too long.';
    if (problem) {
      log(`comment refused: ${problem}`);
      send(res, 200, 'text/html', wpDie(problem));
      return;
    }
    const key = `${String(postId)}\n${author}\n${email}\n${comment}`;
    if (seen.has(key)) {
      log('comment refused: duplicate');
      send(res, 409, 'text/html', wpDie('Duplicate comment detected; it looks as though you&#8217;ve already said that!'));
      return;
    }
    if (outcome === 'flood') {
      send(res, 429, 'text/html', wpDie('You are posting comments too quickly. Slow down.'));
      return;
    }
    seen.add(key);
    const id = nextId++;
    const page = postPage(req);
    const held = outcome !== 'approved';
    log(`comment ${String(id)} on post ${String(postId)} by ${author || 'Anonymous'}: ${held ? 'held for moderation' : 'approved'}`);
    // A held comment's author is sent back with ?unapproved=…&moderation-hash=… so that WordPress
    // can show them their own comment with "Your comment is awaiting moderation.".
    // A published one is on its post's page: here, a page of its own that shows it.
    if (!held) published.set(id, comment);
    const location = held
      ? `${page}?unapproved=${String(id)}&moderation-hash=${Date.now().toString(16)}#comment-${String(id)}`
      : `/demo-api/comment/${String(id)}#comment-${String(id)}`;
    res.writeHead(302, {
      location,
      'cache-control': 'no-store',
      'content-length': '0',
      'set-cookie': commenterCookies(req, form.get('wp-comment-cookies-consent') === 'yes', { author, email, url: field('url') }),
    });
    res.end();
  };
}

/** The REST nonce the logged-in specimen carries, as `wp_create_nonce('wp_rest')` would print it. */
const DEMO_NONCE = 'demo-rest-nonce';

/**
 * A WordPress site at /demo-wp/ with a logged-in editor, for the gallery's "Logged in" form: the
 * REST index, `users/me` for the page's REST nonce (WordPress's 403 for any other), and REST's
 * comments route, where a logged-in user's comment goes and is published at once.
 */
async function loggedInSite(req: IncomingMessage, res: ServerResponse, url: URL, published: Map<number, string>): Promise<void> {
  const home = `http://${req.headers.host ?? '127.0.0.1'}/demo-wp`;
  if (url.pathname === '/demo-wp/wp-json/' || url.pathname === '/demo-wp/wp-json') {
    send(res, 200, 'application/json', JSON.stringify({ url: home, home, routes: { '/': { _links: { self: [{ href: `${home}/wp-json/` }] } } } }));
  } else if (url.pathname === '/demo-wp/wp-json/wp/v2/users/me') {
    if (req.headers['x-wp-nonce'] === DEMO_NONCE) send(res, 200, 'application/json', JSON.stringify({ name: 'Redaktion' }));
    else send(res, 403, 'application/json', JSON.stringify({ code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed', data: { status: 403 } }));
  } else if (url.pathname === '/demo-wp/wp-json/wp/v2/comments' && req.method === 'POST') {
    // A logged-in user's comment goes through REST, and an editor's is published at once.
    if (req.headers['x-wp-nonce'] !== DEMO_NONCE) {
      send(
        res,
        401,
        'application/json',
        JSON.stringify({ code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } }),
      );
      return;
    }
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const { content, post } = JSON.parse(body) as { content?: string; post?: number };
    const id = 900 + published.size;
    published.set(id, content ?? '');
    send(res, 201, 'application/json', JSON.stringify({ id, post, status: 'approved', link: `/demo-api/comment/${String(id)}#comment-${String(id)}` }));
  } else {
    send(
      res,
      404,
      'application/json',
      JSON.stringify({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } }),
    );
  }
}

/** A stand-in for the pages that the sample data links to (categories, archives, posts), or for a published comment's post. */
function placeholder(pathname: string, comment?: string): string {
  const shown = escapeHtml(decodeURIComponent(pathname));
  const body =
    comment === undefined
      ? `<p>On the real site this link opens a WordPress page (a category, a month of the archive, or a post).
This demo has no such page.</p>`
      : `<p>On the real site this is the post, with your comment among the others:</p>
<blockquote id="comment">${escapeHtml(comment)}</blockquote>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shown} – Wall Street Gain (demo)</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/newspaperly.css"></head>
<body><div class="placeholder-page"><main id="content">
<h1>${shown}</h1>
${body}
<p><a href="/demo/">Back to the demo post</a> · <a href="/demo/gallery.html">The widget gallery</a></p>
</main></div></body></html>`;
}

// Where the sample data links to: categories, archive months and years, posts, a few pages.
const SITE_LINK = /^\/(?:category\/.+|\d{4}\/(?:\d{2}\/(?:\d{2}\/[^/]+\/)?)?|about\/|contact\/|author\/.+)$/;

/** The demo's endpoints, mounted on Vite's dev server. */
export function pressDemo(): Plugin {
  return {
    name: 'press-widgets-demo',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const log = (message: string): void => {
        server.config.logger.info(`[demo] ${message}`, { timestamp: true });
      };
      const published = new Map<number, string>();
      const postComment = commentPoster(log, published);
      const readyFeed = (): Promise<string> => readFile(path.join(root, 'demo/feeds/ready.json'), 'utf8');
      const flakyKeys = new Set<string>();
      const serverError = (res: ServerResponse): void => {
        send(res, 500, 'text/html', '<!DOCTYPE html><title>Internal Server Error</title><h1>Internal Server Error</h1>');
      };

      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://demo.invalid');
        const route = url.pathname;
        const fail = (error: unknown): void => {
          next(error);
        };

        if (route === '/' || route === '/index.html') {
          res.writeHead(302, { location: '/demo/' });
          res.end();
        } else if (route === '/demo-api/hang.json') {
          // Keep the request open; let go when the browser gives up (or after 10 minutes).
          const timer = setTimeout(() => {
            send(res, 504, 'text/html', '<h1>Gateway Timeout</h1>');
          }, HANG_MS);
          req.on('close', () => {
            clearTimeout(timer);
          });
        } else if (route === '/demo-api/broken.json') {
          serverError(res);
        } else if (route === '/demo-api/flaky.json') {
          const key = url.searchParams.get('key') ?? '';
          if (flakyKeys.has(key)) {
            readyFeed().then((feed) => {
              send(res, 200, 'application/json', feed);
            }, fail);
          } else {
            flakyKeys.add(key);
            serverError(res);
          }
        } else if (route === '/demo-api/slow.json') {
          const ms = Math.min(Math.max(Number(url.searchParams.get('ms')) || 3000, 0), 20_000);
          setTimeout(() => {
            readyFeed().then((feed) => {
              if (!res.writableEnded && !res.destroyed) send(res, 200, 'application/json', feed);
            }, fail);
          }, ms);
        } else if (route === '/demo-api/wp-comments-post.php') {
          postComment(req, res, url).catch(fail);
        } else if (route.startsWith('/demo-wp/')) {
          loggedInSite(req, res, url, published).catch(fail);
        } else if (req.method === 'GET' && /^\/demo-api\/comment\/\d+$/.test(route)) {
          const comment = published.get(Number(route.split('/').pop()));
          if (comment === undefined) next();
          else send(res, 200, 'text/html', placeholder('Your comment', comment));
        } else if (req.method === 'GET' && SITE_LINK.test(route)) {
          send(res, 200, 'text/html', placeholder(route));
        } else {
          next();
        }
      });
    },
  };
}
