// The Lighthouse section of `npm run bench`: the demo page (demo/index.html, the seed post page
// rebuilt), served as a site would serve it (static files, gzip, the built bundle instead of the
// dev server's modules), audited by Lighthouse in the bench's Chromium, several times: the median
// and the spread of each score, CLS and total blocking time. Lighthouse's defaults: a mobile phone
// on a simulated slow 4G and a 4x slower CPU.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';

const RUNS = 3;
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

export async function lighthouseSection({ root, bundle, chunks = {}, browser, row, log = console.log }) {
  const demo = join(root, 'demo');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body;
    let type;
    if (path === '/press-widgets.js') {
      [body, type] = [Buffer.from(bundle), TYPES['.js']];
    } else if (chunks[path]) {
      // The WordPress chunk beside the bundle: the post's thread needs it.
      [body, type] = [Buffer.from(chunks[path]), TYPES['.js']];
    } else {
      const file = normalize(join(demo, path.replace(/^\/demo\//, '/').replace(/\/$/, '/index.html')));
      if (!file.startsWith(demo)) return res.writeHead(403).end();
      try {
        body = await readFile(file);
      } catch {
        return res.writeHead(404).end();
      }
      type = TYPES[extname(file)] ?? 'application/octet-stream';
      // The page as a site would ship it: the one script tag, the built module.
      if (file.endsWith('.html')) body = Buffer.from(body.toString().replace('src="/src/index.ts"', 'src="/press-widgets.js"'));
    }
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'max-age=3600' }).end(gzipSync(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/demo/`;
  const port = Number(new URL(browser.wsEndpoint()).port);
  try {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const result = await lighthouse(url, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        'best practices': categories['best-practices'].score * 100,
        CLS: audits['cumulative-layout-shift'].numericValue,
        TBT: audits['total-blocking-time'].numericValue,
        LCP: audits['largest-contentful-paint'].numericValue,
        failing: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      });
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const goals = { performance: 100, accessibility: 100, 'best practices': 100, CLS: 0, TBT: 0 };
    for (const what of ['performance', 'accessibility', 'best practices', 'CLS', 'TBT', 'LCP']) {
      const xs = runs.map((run) => run[what]);
      const unit = what === 'TBT' || what === 'LCP' ? 'ms' : what === 'CLS' ? 'CLS' : 'score';
      const m = median(xs);
      const goal = goals[what];
      row({ section: 'lighthouse', what: `demo page: ${what}`, unit, median: m, min: Math.min(...xs), max: Math.max(...xs),
        note: goal === undefined ? 'simulated mobile, slow 4G' : m === goal ? `goal ${goal} met` : `goal ${goal} MISSED` });
    }
    const failing = [...new Set(runs.flatMap((run) => run.failing))];
    if (failing.length) log(`lighthouse: audits not passed in some run: ${failing.join(', ')}`);
  } catch (e) {
    log(`lighthouse: failed: ${e.stack ?? e}`);
  } finally {
    server.close();
  }
}
