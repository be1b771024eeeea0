// Endpoints that the component tests talk to over real HTTP: a feed that fails, hangs or is slow on
// request, and a comment endpoint that answers the way WordPress's wp-comments-post.php does.
import { readFileSync } from 'node:fs';

const feed = () => readFileSync(new URL('../fixtures/feed.json', import.meta.url), 'utf8');
const seen = new Map(); // key -> how many requests it has had
const posted = new Map(); // key -> form bodies received
const times = new Map(); // key -> when each request came (ms since the epoch)
const published = new Map(); // key -> texts of the comments the post page shows
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
  if (parts[1] !== '__test') return next();
  const [, , route, key = '', arg = ''] = parts;
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
    case 'text': // a 200 that is not JSON
      ctx.type = 'html';
      ctx.body = '<!doctype html><p>Not a feed</p>';
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
