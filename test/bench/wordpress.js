// The WordPress section of `npm run bench`: reads the archives of a 10,000-post, 10-year blog from
// the real WordPress of test/wordpress (http://127.0.0.1:8088/ or WP_PORT) in Chromium, counting
// requests, bytes and time, then a page with every reading widget, cold and warm; each through the
// press-widgets plugin's feed and through the core REST routes (the plugin off for those requests,
// as on a site without it: press-test-plugin=off, see test/wordpress/mu-plugin.php). It seeds the large
// site (`wp.sh seed-large 10000`) and restores the normal seed (`wp.sh seed`, as setup.sh reseeds)
// at the end. Skipped with a note when WordPress does not answer.
/* global window -- the functions given to page.evaluate run in the page. */
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const POSTS = 10000;
const RUNS = 3;

export async function wordpressSection({ root, bundle, chunks = {}, browser, row, log = console.log }) {
  const site = `http://127.0.0.1:${process.env.WP_PORT ?? 8088}`;
  try {
    const answer = await fetch(`${site}/?rest_route=/wp/v2/types/post`, { signal: AbortSignal.timeout(3000) });
    if (!answer.ok) throw new Error(`answered ${answer.status}`);
  } catch (e) {
    log(`wordpress: skipped, ${site} does not answer (${e.message}); start it with test/wordpress/setup.sh`);
    return;
  }
  const wp = (...args) => execFileSync('bash', [join(root, 'test/wordpress/wp.sh'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pages = {
    '/archives': '<press-archives api="API" show-counts></press-archives>',
    // The plugin's feed named directly: no index first.
    '/archives-src': '<press-archives src="FEED" show-counts></press-archives>',
    '/reading': '<press-site api="API"><press-archives show-counts></press-archives><press-categories show-counts hierarchical></press-categories><press-recent-comments></press-recent-comments></press-site>',
    '/others': '<press-site api="API"><press-menu></press-menu><press-categories show-counts></press-categories><press-recent-comments></press-recent-comments><press-comment-form post-id="1"></press-comment-form></press-site>',
    '/every':
      '<press-site api="API"><press-menu></press-menu><press-archives show-counts></press-archives><press-categories show-counts hierarchical></press-categories><press-recent-comments></press-recent-comments>' +
      '<p><press-comment-count post-id="1"></press-comment-count></p><press-comments post-id="1"></press-comments><press-comment-form post-id="1"></press-comment-form></press-site>',
  };
  const server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url, 'http://x');
    if (pathname === '/press-widgets.js') return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(bundle);
    // The WordPress chunk beside the bundle, which every api widget loads.
    if (chunks[pathname]) return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(chunks[pathname]);
    const body = pages[pathname];
    if (!body) return res.writeHead(404).end();
    // Every widget's press-load (or press-error) time, from navigation start; the page is on
    // another origin than WordPress, as a real page using the widgets would be.
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(`<!doctype html><meta charset="utf-8">
<script>performance.setResourceTimingBufferSize(1000); window.settled = []; for (const type of ['press-load', 'press-error']) document.addEventListener(type, (e) => settled.push({ type, tag: e.target.localName, at: performance.now(), detail: e.detail?.message }), true);</script>
${body
  .replaceAll('API', `${site}/wp-json/?run=${searchParams.get('run')}${searchParams.get('core') ? '&press-test-plugin=off' : ''}`)
  .replaceAll('FEED', `${site}/wp-json/press/v1/feed?run=${searchParams.get('run')}`)}
<script type="module" src="/press-widgets.js"></script>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  let seeded = false;
  try {
    log(`wordpress: seeding ${POSTS.toLocaleString('en')} posts over 10 years (wp.sh seed-large); the normal seed is restored at the end`);
    wp('seed-large', String(POSTS));
    seeded = true;

    // One view of a page: requests to WordPress (all, and those started before every widget had
    // loaded), their bytes on the wire, and the time to the last widget's press-load.
    const view = async (page, path, widgets) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      const started = new Set();
      let bytes = 0;
      cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
        if (request.url.startsWith(site) && request.method !== 'OPTIONS') started.add(requestId);
      });
      cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
        if (started.has(requestId)) bytes += encodedDataLength;
      });
      await page.goto(`${base}${path}`);
      await page.waitForFunction((n) => window.settled.length >= n || undefined, { timeout: 60000 }, widgets);
      const settled = await page.evaluate(() => window.settled);
      const ms = Math.max(...settled.map((s) => s.at));
      // Requests started before the first widget loaded (Resource Timing, in the page's own clock).
      const firstShown = Math.min(...settled.map((s) => s.at));
      const before = await page.evaluate((from, until) => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(from) && e.startTime <= until).length, site, firstShown);
      const failed = settled.filter((s) => s.type === 'press-error');
      if (failed.length) throw new Error(`widgets failed: ${failed.map((s) => `${s.tag}: ${s.detail}`).join('; ')}`);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // background checks of cached answers
      await cdp.detach();
      return { requests: started.size, before, bytes, ms };
    };
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

    for (const [path, widgets, what, core] of [
      ['/archives', 1, 'archives of 10,000 posts, plugin', false],
      ['/archives', 1, 'archives of 10,000 posts, core REST', true],
      ['/archives-src', 1, 'archives of 10,000 posts, the plugin\'s feed as src', false],
      ['/every', 6, 'every widget (menu, archives, categories, comments, count, thread), plugin', false],
      ['/every', 6, 'every widget (menu, archives, categories, comments, count, thread), core REST', true],
      ['/reading', 3, 'archives, hierarchical categories, comments, core REST', true],
      ['/others', 3, 'every widget but the archives, core REST', true],
    ]) {
      const cold = [], warm = [];
      for (let r = 0; r < RUNS; r++) {
        const context = await browser.createBrowserContext(); // empty HTTP cache and sessionStorage
        try {
          const page = await context.newPage();
          await page.setCacheEnabled(false);
          // Every widget of /every in view at once: each loads when near the viewport.
          if (path === '/every') await page.setViewport({ width: 1280, height: 20000 });
          cold.push(await view(page, `${path}?run=${Date.now()}${r}${core ? '&core=1' : ''}`, widgets));
          // The second view, same tab: answers come from sessionStorage, checked after render.
          warm.push(await view(page, page.url().replace(base, ''), widgets));
        } finally {
          await context.close();
        }
      }
      for (const [kind, runs] of [['cold', cold], ['warm', warm]]) {
        const ms = runs.map((x) => x.ms);
        const before = runs.map((x) => x.before);
        row({ section: 'wordpress', what: `${what}, ${kind}: time to loaded`, unit: 'ms', median: median(ms), min: Math.min(...ms), max: Math.max(...ms), runs: runs,
          note: `${median(runs.map((x) => x.requests))} requests (${median(before)} before the first widget showed${kind === 'warm' ? '; the rest check sessionStorage answers in the background' : ''}), ${median(runs.map((x) => x.bytes)).toLocaleString('en')} B on the wire` });
      }
    }
  } catch (e) {
    log(`wordpress: failed: ${e.stack ?? e}`);
  } finally {
    server.close();
    if (seeded) {
      wp('seed');
      log('wordpress: normal seed restored (wp.sh seed)');
    }
  }
}
