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
const times = new Map(); // key -> when each request came (ms since the epoch)
const published = new Map(); // key -> texts of the comments the post page shows
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const stored = new Map(); // key -> JSON a test stored (a feed, or WordPress's data: fake-wordpress.js)
const faults = new Map(); // key -> the mode a test switched it to (e.g. "ok": fixed)
const ports = new Map(); // name -> a port that nothing listens on until /__test/listen
const listening = new Map(); // port -> server

/** Strict pages: these fixtures are served with the strictest CSP a site may set. */
const STRICT_PAGES = new Set(['/test/fixtures/strict-page.html']);
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

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
 */
async function listen(port, main) {
  if (listening.has(port)) return;
  const server = createServer(async (req, res) => {
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    const answer = await fetch(`${main}${req.url}`, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'text/plain' }, body, redirect: 'manual' });
    const headers = Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)));
    if (req.method !== 'POST') {
      headers['access-control-allow-origin'] = req.headers.origin ?? '*';
      headers['access-control-expose-headers'] = 'X-WP-Total, X-WP-TotalPages';
    }
    res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
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
      ctx.body = JSON.stringify({ menu: { label: 'Home' }, archives: 'July 2025', categories: [{ id: 'three', title: 3 }], comments: 42, code: 'ok', data: [1, 2, 3] });
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

function wpDie(message) {
  return `<!DOCTYPE html><html><head><title>Comment Submission Failure</title></head>
<body id="error-page"><div class="wp-die-message"><p><strong>Error:</strong> ${message}</p></div></body></html>`;
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
  if (parts[1] !== '__test') return next();
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
  if (route === 'port') {
    // GET /__test/port/<name>: a port on 127.0.0.1 that nothing listens on (until /__test/listen)
    ctx.type = 'json';
    ctx.body = JSON.stringify(await freePort(key));
    return;
  }
  if (route === 'listen') {
    // GET /__test/listen/<port>: another origin, on that port, that passes requests on to this server
    await listen(Number(key), ctx.origin);
    ctx.status = 204;
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
      // the n-th request of <key>, so that a test can tell a cached answer from a fresh one
      await sleep(Number(arg));
      ctx.type = 'json';
      ctx.body = JSON.stringify({ categories: [{ id: 1, name: `v${String(count)}`, url: '/v/' }] });
      return;
    }
    case 'fault': {
      // /__test/fault/<key>/<mode>[/wp-json/<route>]: answers as <mode> (fault() above) until
      // /__test/set/<key>/ok; then, or with mode "ok", the data stored for <key> (or the test
      // feed): as a JSON feed, or as WordPress's REST API below /wp-json/.
      if (await fault(ctx, faults.get(key) ?? arg)) return;
      const wp = parts.indexOf('wp-json');
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
      ctx.body = `<!doctype html><title>Post</title><p>The post.</p><ol class="commentlist">${(published.get(key) ?? [])
        .map((text) => `<li class="comment"><p>${escapeHtml(text)}</p></li>`)
        .join('')}</ol>`;
      return;
    case 'comments': {
      // POST /__test/comments/<key>/<mode>; GET /__test/comments/<key> lists what was posted
      if (ctx.method === 'GET') {
        ctx.type = 'json';
        ctx.body = JSON.stringify(posted.get(key) ?? []);
        return;
      }
      const body = Object.fromEntries(new URLSearchParams(await readBody(ctx.req)));
      posted.set(key, [...(posted.get(key) ?? []), body]);
      const id = (posted.get(key) ?? []).length + 40;
      switch (arg) {
        case 'slow-ok':
          await sleep(400);
        // falls through
        case 'ok':
          published.set(key, [...(published.get(key) ?? []), body.comment ?? '']);
          ctx.redirect(`/__test/post-page/${key}#comment-${id}`);
          return;
        case 'fail-once': // a 500 the first time, then as 'ok'
          if (id > 41) {
            published.set(key, [...(published.get(key) ?? []), body.comment ?? '']);
            ctx.redirect(`/__test/post-page/${key}#comment-${id}`);
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
        case 'spam': // WordPress took it for spam: to the post, which does not show it
          ctx.redirect(`/__test/post-page/${key}#comment-${id}`);
          return;
        case 'held':
          ctx.redirect(`/__test/post-page/${key}?unapproved=${id}&moderation-hash=abc#comment-${id}`);
          return;
        case 'json':
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'hold', link: `/__test/post-page/${key}#comment-${id}` });
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
        case 'json-approved':
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'approved', link: `/__test/post-page/${key}#comment-${id}` });
          return;
        case 'json-bad-link': // a link that must never become one
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ id, status: 'approved', link: 'javascript:alert(1)' });
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
          if (id > 41) {
            ctx.status = 409;
            ctx.type = 'html';
            ctx.body = wpDie('Duplicate comment detected; it looks as though you&#8217;ve already said that!');
            return;
          }
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        case 'drop-answer': // the connection is lost in the middle of the answer
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
        case '400':
        case '403':
        case '429':
        case '503':
          ctx.status = Number(arg);
          ctx.type = 'html';
          ctx.body = wpDie(`The server said ${arg}.`);
          return;
        case 'hang': // answers after the client has given up
          await sleep(3000);
          ctx.redirect(`/__test/post-page/${key}`);
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
