// GET /__recipes/theme-page: the page that theme-page.php prints (the README's theme recipe run by
// WordPress's own hooks, from its files), for test/wordpress/recipes.test.ts. Needs PHP and
// WordPress's files, as the WordPress integration tests do.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./theme-page.php', import.meta.url));

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function themePage(ctx, next) {
  if (ctx.path !== '/__recipes/theme-page') return next();
  const feed = ctx.URL.searchParams.get('feed') ?? '/test/fixtures/feed.json';
  const output = await new Promise((resolve, reject) => {
    execFile('php', [script, feed], { timeout: 10000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`theme-page.php: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
  ctx.type = 'text/plain';
  ctx.body = output;
}
