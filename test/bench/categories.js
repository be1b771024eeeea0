// `node test/bench/categories.js`: the categories' timings alone, in a minute rather than the whole
// bench's several: time to fully painted for 1,000 categories against the leanest hand-written
// baseline (and the bench's vanilla one, which does the widget's extra work), and the longest task
// while 10,000 render flat, under one parent and as a chain. The page is the bench's (page.html).
/* global window, document -- the functions given to page.evaluate run in the page. */
import { build } from 'vite';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAndChunks, openBenchPage } from './bench-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 9;
const out = await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false, sourcemap: false } });
const { bundle, chunks } = bundleAndChunks(out);
const { browser, url, close } = await openBenchPage(bundle, chunks);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready' || undefined, { timeout: 10000 });

  const impls = ['widget', 'lean', 'vanilla'];
  const times = Object.fromEntries(impls.map((impl) => [impl, { ms: [], layout: [] }]));
  for (const impl of impls) await page.evaluate((i) => window.bench.render('categories', 1000, i), impl); // warm-up
  for (let r = 0; r < RUNS; r++) {
    for (const impl of impls) {
      const { ms, layout } = await page.evaluate((i) => window.bench.render('categories', 1000, i), impl);
      times[impl].ms.push(ms);
      times[impl].layout.push(layout);
    }
  }
  const lean = median(times.lean.ms);
  console.log(`categories ×1,000, to fully painted, median of ${RUNS} (ready: laid out, before the frame):`);
  for (const impl of impls) {
    const ms = median(times[impl].ms);
    console.log(`  ${impl.padEnd(8)} ${ms.toFixed(1).padStart(6)} ms  ${(ms / lean).toFixed(2)}× lean   ready ${median(times[impl].layout).toFixed(1)} ms`);
  }
  console.log('longest task while rendering, median of 3 (ms):');
  for (const name of await page.evaluate(() => window.bench.scaleCases.filter((n) => n.startsWith('categories')))) {
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(await page.evaluate((n) => window.bench.longTasks(n), name));
    console.log(`  ${name.padEnd(34)} ${median(runs.map((x) => x.longest)).toFixed(0).padStart(5)}   runs ${runs.map((x) => x.longest.toFixed(0)).join(', ')}`);
  }
} finally {
  await close();
}
