// A web-test-runner middleware for the WordPress integration tests (web-test-runner.wordpress.config.js).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const wordpress = `http://127.0.0.1:${process.env.WP_PORT ?? '8088'}`;
const lost = new Set();

/**
 * WordPress on the test page's own origin, as behind a reverse proxy: `/wp/…` here is the site's
 * `/…` (cookies passed both ways, redirects rewritten to stay here), so that the comment form takes
 * its classic, same-origin path. A POST whose URL carries `press-lose=KEY` reaches WordPress, but
 * the first one for each KEY loses its answer, as on a bad network: the connection breaks after the
 * first bytes of the answer. (Broken before any byte, Chromium would send the POST again itself.)
 *
 * `POST /wp-test/delete-comments` with a word as its body deletes every comment that contains it
 * (through `wp.sh eval`): the posting tests take theirs away, so that the reading tests find the
 * seed's comments only.
 *
 * @param {import('koa').Context} ctx @param {() => Promise<void>} next
 */
export async function sameOrigin(ctx, next) {
  if (ctx.path === '/wp-test/delete-comments' && ctx.method === 'POST') {
    let word = '';
    for await (const chunk of ctx.req) word += chunk;
    if (!/^[\w-]+$/.test(word)) ctx.throw(400, 'one word, please');
    const php = `foreach (get_comments(['search' => '${word}', 'status' => 'all', 'fields' => 'ids']) as $id) wp_delete_comment($id, true); echo 'done';`;
    ctx.body = (await promisify(execFile)(fileURLToPath(new URL('wp.sh', import.meta.url)), ['eval', php])).stdout;
    return;
  }
  if (!ctx.path.startsWith('/wp/')) return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const headers = Object.fromEntries(['content-type', 'cookie', 'x-wp-nonce'].filter((name) => ctx.get(name)).map((name) => [name, ctx.get(name)]));
  const response = await fetch(wordpress + ctx.url.slice(3), {
    method: ctx.method,
    headers,
    body: ctx.method === 'POST' ? Buffer.concat(chunks) : undefined,
    redirect: 'manual',
  });
  const lose = ctx.method === 'POST' && ctx.query['press-lose'];
  if (lose && !lost.has(lose)) {
    lost.add(lose);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    ctx.res.write('<!DOCTYPE html>', () => ctx.res.destroy());
    return;
  }
  ctx.status = response.status;
  for (const name of ['content-type', 'location']) {
    const value = response.headers.get(name);
    if (value) ctx.set(name, value.replace(wordpress, '/wp'));
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) ctx.set('set-cookie', cookies);
  ctx.body = Buffer.from(await response.arrayBuffer());
}
