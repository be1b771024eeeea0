// Endpoints that the component tests talk to over real HTTP: a feed that fails, hangs or is slow on
// request, a feed or WordPress REST API that breaks in a chosen way until it is fixed, data that a
// test stores to be served, servers on other ports (nothing listening, or another origin), and a
// comment endpoint that answers the way WordPress's wp-comments-post.php does.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { wordpressAnswer } from './fake-wordpress.js';

const feed = () => readFileSync(new URL('../fixtures/feed.json', import.meta.url), 'utf8');
const seen = new Map(); // key -> how many requests it has had
const posted = new Map(); // key -> form bodies received
const kept = new Map(); // key -> the comments the endpoint stored: { post, parent, author, email, content }
const heard = new Map(); // port -> what another origin (/__test/listen) was asked: { method, url, nonce }
const times = new Map(); // key -> when each request came (ms since the epoch)
const published = new Map(); // key -> texts of the comments the post page shows
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** key -> the URLs of dist/ asked for through /__test/dist/<key>/… */
const distAsked = new Map();
const stored = new Map(); // key -> JSON a test stored (a feed, or WordPress's data: fake-wordpress.js)
const faults = new Map(); // key -> the mode a test switched it to (e.g. "ok": fixed)
const ports = new Map(); // name -> a port that nothing listens on until /__test/listen
const listening = new Map(); // port -> server

/** Strict pages: these fixtures are served with the strictest CSP a site may set. */
const STRICT_PAGES = new Set(['/test/fixtures/strict-page.html']);
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** A port that nothing listens on (the kernel's free one, released at once), kept per name. */
async function freePort(name) {
  if (!ports.has(name)) {
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    ports.set(name, probe.address().port);
    await new Promise((resolve) => probe.close(resolve));
  }
  return ports.get(name);
}

/**
 * Listens on `port` as another origin: every request is passed to this server (`main`) and its
 * answer sent back. Reads get CORS headers as WordPress sends them; posts get none, as
 * wp-comments-post.php sends none, so that a page on another origin cannot read the answer.
 * `access` "cors": a site whose owner allowed other origins everywhere: it answers preflights and
 * every answer can be read. "preflights": one whose owner allowed them half-way: preflights are
 * answered, posts' answers still have no CORS headers. A `?preflight-ms=` in a URL delays the
 * answer to its preflight. It notes what it was asked, and with which `x-wp-nonce`
 * (/__test/heard/<port>).
 */
async function listen(port, main, access) {
  if (listening.has(port)) return;
  const cors = access === 'cors';
  const server = createServer(async (req, res) => {
    heard.set(port, [...(heard.get(port) ?? []), { method: req.method, url: req.url, nonce: req.headers['x-wp-nonce'] }]);
    const allow = { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-expose-headers': 'X-WP-Total, X-WP-TotalPages' };
    if ((cors || access === 'preflights') && req.method === 'OPTIONS') {
      await sleep(Number(new URL(req.url ?? '/', main).searchParams.get('preflight-ms') ?? 0));
      res
        .writeHead(204, {
          ...allow,
          'access-control-allow-methods': 'GET, HEAD, POST',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        })
        .end();
      return;
    }
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    const forwarded = {
      'content-type': req.headers['content-type'] ?? 'text/plain',
      ...(req.headers['x-wp-nonce'] ? { 'x-wp-nonce': req.headers['x-wp-nonce'] } : {}),
    };
    try {
      const answer = await fetch(`${main}${req.url}`, { method: req.method, headers: forwarded, body, redirect: 'manual' });
      const headers = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)),
      );
      if (cors || req.method !== 'POST') Object.assign(headers, allow);
      // Passed on as it comes, so that an answer cut off here is cut off there too.
      res.writeHead(answer.status, headers);
      for await (const chunk of answer.body ?? []) res.write(chunk);
      res.end();
    } catch {
      req.socket.destroy(); // the connection to this server broke: so does this one
    }
  });
  listening.set(port, server);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

/**
 * How a broken source answers, by mode; `undefined` for "ok". Each is a way real servers fail:
 * a missing file, a crashed PHP, a login or maintenance page, a truncated answer, another API's
 * JSON, a request that never ends, a slow one.
 */
async function fault(ctx, mode) {
  switch (mode) {
    case '404':
      ctx.status = 404;
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Not Found</title><h1>Not Found</h1>';
      return true;
    case '500':
      ctx.status = 500;
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Error</title><h1>There has been a critical error on this website.</h1>';
      return true;
    case 'html':
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Log in</title><form><input name="log"></form>';
      return true;
    case 'malformed':
      ctx.type = 'json';
      ctx.body = '{"categories": [{"id": 1, "name": "Compa';
      return true;
    case 'shape': // JSON, but not a feed nor WordPress's answer
      ctx.type = 'json';
      ctx.body = JSON.stringify({
        menu: { label: 'Home' },
        archives: 'July 2025',
        categories: [{ id: 'three', title: 3 }],
        comments: 42,
        code: 'ok',
        data: [1, 2, 3],
      });
      return true;
    case 'hang': // answers long after the client gave up (15 s)
      await sleep(20000);
      ctx.status = 504;
      return true;
    case 'slow':
      await sleep(5000);
      return false;
    default:
      return false;
  }
}

/** The comment endpoint's modes in which WordPress stores the comment, and so first checks it is no duplicate. */
const STORING_MODES = new Set([
  'ok',
  'slow-ok',
  'fail-once',
  'spam',
  'held',
  'json',
  'json-approved',
  'json-bad-link',
  'json-link',
  'drop',
  'drop-answer',
  'proxy-502',
  'hang',
  'hang-long',
]);

/** PHP's trim(), which WordPress applies to a comment's text before it checks and stores it (both routes). */
const phpTrim = (text) => text.replace(/^[ \t\n\r\0\v]+/, '').replace(/[ \t\n\r\0\v]+$/, '');

/**
 * WordPress's duplicate check (wp_allow_comment()): the same post, parent, author (and email, when
 * given) and trimmed text as a stored comment.
 */
function isDuplicate(key, { post, parent, author, email, content }) {
  return (kept.get(key) ?? []).some(
    (c) => c.post === post && c.parent === parent && c.author === author && (!email || c.email === email) && c.content === content,
  );
}

/**
 * The REST API's comment routes, for /__test/fault/<key>/ok/wp-json/…: `POST wp/v2/comments`
 * (anyone may comment; with a nonce, as the logged-in "Editor") and `GET wp/v2/users/me`.
 * `undefined` for any other route.
 */
async function restComments(ctx, key, route) {
  const nonce = ctx.get('x-wp-nonce');
  if (route === 'wp/v2/users/me') {
    return nonce
      ? { status: 200, body: { id: 1, name: 'Editor' } }
      : { status: 401, body: { code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } } };
  }
  if (route !== 'wp/v2/comments' || ctx.method !== 'POST') return undefined;
  const body = JSON.parse((await readBody(ctx.req)) || '{}');
  posted.set(key, [...(posted.get(key) ?? []), body]);
  const id = (posted.get(key) ?? []).length + 40;
  const comment = {
    post: String(body.post ?? ''),
    parent: String(body.parent ?? '0'),
    author: nonce ? 'Editor' : (body.author_name ?? ''),
    email: nonce ? 'editor@example.com' : (body.author_email ?? ''),
    content: phpTrim(String(body.content ?? '')),
  };
  if (isDuplicate(key, comment)) {
    return {
      status: 409,
      body: { code: 'comment_duplicate', message: 'Duplicate comment detected; it looks as though you’ve already said that!', data: { status: 409 } },
    };
  }
  kept.set(key, [...(kept.get(key) ?? []), comment]);
  return { status: 201, body: { id, post: Number(comment.post), status: 'hold', link: `/__test/post-page/${key}#comment-${String(id)}` } };
}

function wpDie(message) {
  return `<!DOCTYPE html><html><head><title>Comment Submission Failure</title></head>
<body id="error-page"><div class="wp-die-message"><p><strong>Error:</strong> ${message}</p></div></body></html>`;
}

/**
 * A page, opened by a test as a window of its own on a host of its choosing (`b.a.localhost`: a
 * first party there, with parent domains), that sets each `?cookie=` as given (WordPress's
 * comment cookies, with a Domain and a path), shows a comment form, which fills in the name from
 * them, unticks "Save my name…", and tells its opener the cookies it had before and after.
 */
function cookieForgetting() {
  return `<!doctype html><title>Cookies</title><script type="module">
import '/src/define/press-comment-form.ts';
for (const cookie of new URLSearchParams(location.search).getAll('cookie')) document.cookie = cookie;
const before = document.cookie;
const form = document.createElement('press-comment-form');
form.setAttribute('post-id', '5');
form.setAttribute('action', '/x');
document.body.append(form);
const consent = () => form.shadowRoot?.querySelector('#wp-comment-cookies-consent');
const started = Date.now();
while (!consent()?.checked && Date.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
const filled = form.shadowRoot?.querySelector('#author')?.value;
consent()?.click();
opener.postMessage({ before, filled, after: document.cookie }, '*');
</script>`;
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function testServer(ctx, next) {
  const parts = ctx.path.split('/');
  const [, , route, key = '', arg = ''] = parts;
  if (STRICT_PAGES.has(ctx.path)) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (parts[1] !== '__test') {
    // A sandboxed frame (an opaque origin, "null") loads the modules of a fixture page in CORS mode.
    if (ctx.get('origin') !== 'null' || ctx.method !== 'GET') return next();
    await next();
    ctx.set('Access-Control-Allow-Origin', 'null');
    return;
  }
  if (route === 'dist') {
    // /__test/dist/<key>/<failures>/<file>: dist/<file>, the built bundle, as a site serves it
    // (under another path, with ?ver=…), its WordPress chunk failing (500) for the first <failures>
    // requests of <key> ("hang": its first request answered after 30 s; "no-match", "no-locale": below); GET /__test/dist/<key>/log: the URLs asked for
    if (arg === 'log') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(distAsked.get(key) ?? []);
      return;
    }
    const file = parts.slice(5).join('/');
    const asked = [...(distAsked.get(key) ?? []), `${file}${ctx.URL.search}`];
    distAsked.set(key, asked);
    if (file === 'press-widgets.wordpress.js' && arg === 'hang' && asked.filter((url) => url.startsWith(file)).length === 1) {
      await sleep(30_000); // <failures> "hang": the first request of the chunk gets no answer in time
      ctx.status = 504;
      return;
    }
    if (file === 'press-widgets.wordpress.js' && asked.filter((url) => url.startsWith(file)).length <= Number(arg)) {
      ctx.status = 500;
      ctx.body = 'down';
      return;
    }
    // <failures> "no-match": the chunk that picks a page's language fails; "no-locale": every language's
    // chunk; "hang-locale": every language's chunk answers after 30 s.
    const language = /^press-widgets\.[a-z]{2,3}(_[A-Z]{2})?\.js$/;
    if (arg === 'hang-locale' && language.test(file)) {
      await sleep(30_000);
      ctx.status = 504;
      return;
    }
    const failing = { 'no-match': /^press-widgets\.match-locale\.js$/, 'no-locale': language }[arg];
    if (failing?.test(file)) {
      ctx.status = 500;
      ctx.body = 'down';
      return;
    }
    if (!/^press-widgets(\.[\w-]+)?\.js$/.test(file)) return;
    ctx.type = 'js';
    ctx.body = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    return;
  }
  if (route === 'count') {
    // GET /__test/count/<key>: how many requests the routes below have had for <key>
    ctx.type = 'json';
    ctx.body = JSON.stringify(seen.get(key) ?? 0);
    return;
  }
  if (route === 'times') {
    // GET /__test/times/<key>: when each request for <key> came, in ms since the epoch
    ctx.type = 'json';
    ctx.body = JSON.stringify(times.get(key) ?? []);
    return;
  }
  if (route === 'store' && ctx.method === 'POST') {
    // POST /__test/store/<key>: keep this JSON, to be served by /__test/fault/<key>/ok
    stored.set(key, JSON.parse(await readBody(ctx.req)));
    ctx.status = 204;
    return;
  }
  if (route === 'set') {
    // GET /__test/set/<key>/<mode>: /__test/fault/<key>/… answers as <mode> from now on ("ok": fixed)
    faults.set(key, arg);
    ctx.status = 204;
    return;
  }
  if (route === 'moved') {
    // /__test/moved/<key>/<status>/…?to=<url>: a redirect to <url> (a canonical-host rule, an open redirect)
    ctx.status = Number(arg);
    ctx.set('Location', String(ctx.query.to));
    return;
  }
  if (route === 'port') {
    // GET /__test/port/<name>: a port on 127.0.0.1 that nothing listens on (until /__test/listen)
    ctx.type = 'json';
    ctx.body = JSON.stringify(await freePort(key));
    return;
  }
  if (route === 'listen') {
    // GET /__test/listen/<port>[/cors|/preflights]: another origin, on that port, that passes
    // requests on to this server; with "cors", one that lets every origin read every answer
    await listen(Number(key), ctx.origin, arg);
    ctx.status = 204;
    return;
  }
  if (route === 'heard') {
    // GET /__test/heard/<port>: what the other origin on that port was asked, with which nonce
    ctx.type = 'json';
    ctx.body = JSON.stringify(heard.get(Number(key)) ?? []);
    return;
  }
  if (route === 'comments' && ctx.method === 'GET') {
    // GET /__test/comments/<key>: the form bodies received; /__test/comments/<key>/kept: the comments stored
    ctx.type = 'json';
    ctx.body = JSON.stringify((arg === 'kept' ? kept : posted).get(key) ?? []);
    return;
  }
  times.set(key, [...(times.get(key) ?? []), Date.now()]);
  seen.set(key, (seen.get(key) ?? 0) + 1);
  const count = seen.get(key);

  switch (route) {
    case 'feed': // /__test/feed/<key>/<failures>: the first <failures> requests get a 500
      if (count <= Number(arg)) {
        ctx.status = 500;
        ctx.type = 'html';
        ctx.body = '<h1>Internal Server Error</h1>';
        return;
      }
      ctx.type = 'json';
      ctx.body = feed();
      return;
    case 'slow': // /__test/slow/<key>/<ms>
      await sleep(Number(arg));
      ctx.type = 'json';
      ctx.body = feed();
      return;
    case 'status': // /__test/status/<key>/<code>: always that status (404, 429, 503…)
      ctx.status = Number(arg);
      ctx.type = 'json';
      ctx.body = '{}';
      return;
    case 'versioned': {
      // /__test/versioned/<key>/<ms>: after <ms>, a feed whose one category is named "v<n>" for
      // the n-th request of <key>, and post 1 has n comments, so that a test can tell a cached
      // answer from a fresh one
      await sleep(Number(arg));
      ctx.type = 'json';
      ctx.body = JSON.stringify({ categories: [{ id: 1, name: `v${String(count)}`, url: '/v/' }], commentCounts: { 1: count } });
      return;
    }
    case 'fault': {
      // /__test/fault/<key>/<mode>[/wp-json/<route>]: answers as <mode> (fault() above) until
      // /__test/set/<key>/ok; then, or with mode "ok", the data stored for <key> (or the test
      // feed): as a JSON feed, or as WordPress's REST API below /wp-json/.
      if (await fault(ctx, faults.get(key) ?? arg)) return;
      const wp = parts.indexOf('wp-json');
      const rest = wp > 0 && (ctx.URL.searchParams.get('rest_route') ?? parts.slice(wp + 1).join('/')).replace(/^\/+|\/+$/g, '');
      const own = rest && (await restComments(ctx, key, rest));
      if (own) {
        ctx.status = own.status;
        ctx.type = 'json';
        ctx.body = JSON.stringify(own.body);
        return;
      }
      if (wp > 0) {
        const answer = wordpressAnswer(parts.slice(wp + 1).join('/'), ctx.URL.searchParams, stored.get(key));
        ctx.status = answer.status;
        ctx.set(answer.headers);
        ctx.type = 'json';
        ctx.body = JSON.stringify(answer.body);
        return;
      }
      ctx.type = 'json';
      ctx.body = stored.has(key) ? JSON.stringify(stored.get(key)) : feed();
      return;
    }
    case 'error-page': // where a proxy sends a post it refused
      ctx.status = Number(arg) || 500;
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Error</title><h1>Sorry, something went wrong.</h1>';
      return;
    case 'text': // a 200 that is not JSON
      ctx.type = 'html';
      ctx.body = '<!doctype html><p>Not a feed</p>';
      return;
    case 'wp-die-page':
      ctx.type = 'html';
      ctx.body = wpDie('Sorry, you are not allowed to do that.');
      return;
    case 'post-page': // the post, with its published comments, as WordPress shows it after a comment
      ctx.type = 'html';
      ctx.body = `<!doctype html><title>Post</title><body class="single single-post postid-${escapeHtml(kept.get(key)?.at(-1)?.post ?? '')}">
<p>The post.</p><ol class="commentlist">${(published.get(key) ?? [])
        .map((text) => `<li class="comment"><p>${escapeHtml(text)}</p></li>`)
        .join('')}</ol></body>`;
      return;
    case 'login-page': // where a login wall or a maintenance page sends every request
      ctx.type = 'html';
      ctx.body =
        '<!doctype html><title>Log in</title><h1>Please log in</h1><form action="/login"><input name="log"></form>' +
        '<footer>Thanks for visiting! © 2021</footer>';
      return;
    case 'search-page': // a page of the site that quotes what it was given: WordPress's search
      ctx.type = 'html';
      ctx.body = `<!doctype html><title>Search</title><body class="search"><h1>Search results for: ${escapeHtml(String(ctx.query.s ?? ''))}</h1><p>Nothing found.</p></body>`;
      return;
    case 'cookie-page': // /__test/cookie-page/<key>/<any path>: cookieForgetting() above
      ctx.type = 'html';
      ctx.body = cookieForgetting();
      return;
    case 'comments': {
      // POST /__test/comments/<key>/<mode>: answers as <mode> says; "<mode>-once": the first post
      // as <mode>, the next ones as "ok". As WordPress does, it refuses (409) a comment that
      // duplicates one it stored. The modes that store the comment are those where WordPress has
      // it (its answer went wrong after), so that a test counts the copies a site would hold.
      if (ctx.method !== 'POST') {
        ctx.status = 405; // as wp-comments-post.php answers anything but a POST
        ctx.set('Allow', 'POST');
        return;
      }
      const body = Object.fromEntries(new URLSearchParams(await readBody(ctx.req)));
      posted.set(key, [...(posted.get(key) ?? []), body]);
      const id = (posted.get(key) ?? []).length + 40;
      const mode = arg.endsWith('-once') ? (id === 41 ? arg.slice(0, -'-once'.length) : 'ok') : arg;
      const comment = {
        post: body.comment_post_ID ?? '',
        parent: body.comment_parent ?? '0',
        author: body.author ?? '',
        email: body.email ?? '',
        content: phpTrim(body.comment ?? ''),
      };
      if (STORING_MODES.has(mode) && isDuplicate(key, comment)) {
        ctx.status = 409;
        ctx.type = 'html';
        ctx.body = wpDie('Duplicate comment detected; it looks as though you&#8217;ve already said that!');
        return;
      }
      /** WordPress stored it; `shown`: approved, on the post's page. */
      const keep = (shown) => {
        kept.set(key, [...(kept.get(key) ?? []), comment]);
        if (shown) published.set(key, [...(published.get(key) ?? []), comment.content]);
      };
      const toPost = `/__test/post-page/${key}#comment-${id}`;
      switch (mode) {
        case 'slow-ok':
          await sleep(400);
        // falls through
        case 'ok':
          keep(true);
          ctx.redirect(toPost);
          return;
        case 'fail-once': // a 503 the first time, then as 'ok'
          if (id > 41) {
            keep(true);
            ctx.redirect(toPost);
            return;
          }
          ctx.status = 503;
          ctx.type = 'html';
          ctx.body = '<h1>Service Unavailable</h1>';
          return;
        case 'unreadable': // a 200 that is no answer of WordPress's (a proxy's or a portal's page)
          ctx.type = 'html';
          ctx.body = '<!doctype html><p>Welcome to the hotel network</p>';
          return;
        case 'login-wall': // a redirect to a 200 page that is not the post's: a login wall, a maintenance page
          ctx.redirect(`/__test/login-page/${key}`);
          return;
        case 'search': // a redirect to a page of the site that quotes the comment (a plugin's search)
          ctx.redirect(`/__test/search-page/${key}?s=${encodeURIComponent(body.comment ?? '')}`);
          return;
        case 'redirect': // a redirect to ?to=, anywhere (another origin's page that looks like the post's)
          ctx.redirect(String(ctx.query.to));
          return;
        case 'spam': // WordPress took it for spam: to the post, which does not show it
          keep(false);
          ctx.redirect(toPost);
          return;
        case 'held':
          keep(false);
          ctx.redirect(`/__test/post-page/${key}?unapproved=${id}&moderation-hash=abc#comment-${id}`);
          return;
        case 'json':
          keep(false);
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'hold', link: toPost });
          return;
        case 'wp-error':
          ctx.status = 200;
          ctx.type = 'html';
          ctx.body = wpDie('please fill the required fields (name, email).');
          return;
        case 'duplicate':
          ctx.status = 409;
          ctx.type = 'html';
          ctx.body = wpDie('Duplicate comment detected; it looks as though you&#8217;ve already said that!');
          return;
        case 'wp-die-page': // WordPress 6.1's whole wp_die() page, with its styles and "« Back" link
          ctx.status = 200;
          ctx.type = 'html';
          ctx.body = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<title>Comment Submission Failure</title>
	<style type="text/css">
		html { background: #f1f1f1; }
		body { background: #fff; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><p><strong>Error</strong>: Please type your comment text &amp; <em>try</em> again.</p>
<p><a href='javascript:history.back()'>&laquo; Back</a></p></div></body>
</html>`;
          return;
        case 'json-other-post': // a comment of another post: no answer to this one
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, post: 999, status: 'approved', link: `http://elsewhere.example/?p=999#comment-${id}` });
          return;
        case 'json-approved':
          keep(true);
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'approved', link: toPost });
          return;
        case 'json-bad-link': // a link that must never become one
          keep(true);
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'approved', link: 'javascript:alert(1)' });
          return;
        case 'json-link': // the link given as ?link=, however malformed
          keep(true);
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'approved', link: ctx.query.link });
          return;
        case 'json-error': // the REST API's refusal
          ctx.status = 400;
          ctx.type = 'json';
          ctx.body = JSON.stringify({
            code: 'rest_comment_author_data_required',
            message: 'Creating a comment requires valid author name and email values.',
            data: { status: 400 },
          });
          return;
        case 'echo': // WordPress's error page, with the posted comment in it unescaped: hostile markup
          ctx.status = 200;
          ctx.type = 'html';
          ctx.body = wpDie(body.comment ?? '');
          return;
        case 'drop': // the connection is lost after the comment arrived, before any answer
          // Chromium sends a request again, unseen by the page, when a reused keep-alive
          // connection closes before any answer; WordPress refuses those copies as duplicates
          // ("Duplicate comment detected"), and so does this endpoint.
          keep(true);
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        case 'drop-answer': // the comment is stored, the connection lost in the middle of the answer
          keep(true);
          ctx.respond = false;
          ctx.res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
          ctx.res.write('<!doctype html><title>Post</title>');
          setTimeout(() => ctx.req.socket.destroy(), 50);
          return;
        case 'redirect-error': // a proxy's redirect to its error page, which answers 502
          ctx.redirect(`/__test/error-page/${key}/502`);
          return;
        case 'redirect-wp-die': // a redirect to a page that is WordPress's error page
          ctx.redirect(`/__test/wp-die-page/${key}`);
          return;
        case 'proxy-502': // a proxy's own error page: WordPress did not answer in time (but stored it)
          keep(true);
          ctx.status = 502;
          ctx.type = 'html';
          ctx.body = '<!doctype html><title>502 Bad Gateway</title><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>';
          return;
        case '400':
        case '403':
        case '429':
        case '503':
          ctx.status = Number(mode);
          ctx.type = 'html';
          ctx.body = wpDie(`The server said ${mode}.`);
          return;
        case 'hang': // answers after a while
          keep(true);
          await sleep(3000);
          ctx.redirect(toPost);
          return;
        case 'hang-long': // stores the comment, then answers after the form has given up (15 s)
          keep(true);
          await sleep(16000);
          ctx.redirect(toPost);
          return;
        default:
          ctx.status = 500;
          ctx.type = 'html';
          ctx.body = '<h1>Internal Server Error</h1>';
          return;
      }
    }
    default:
      ctx.status = 404;
  }
}
