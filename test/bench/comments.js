// press-comments at WordPress's scale: a thread of 1,000 comments and a reply chain 50 deep (the
// threads of threads.js), each timed from insertion to the frame painted with its last comment,
// the longest main-thread task meanwhile (goal: none over 200 ms), and the JS heap and DOM nodes
// after mounting and removing it again and again (goal: back to where they were).
// `npm run bench` runs it (its long tasks are in the bench's long-task section); alone, in a
// minute: `node test/bench/comments.js`.
/* global window, document -- the functions given to page.evaluate run in the page. */
import { build } from 'vite';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleAndChunks, openBenchPage } from './bench-page.js';

const RUNS = 5;
const CASES = [
  { kind: 'thread', what: 'press-comments: thread of 1,000 comments' },
  { kind: 'chain', what: 'press-comments: reply chain 50 deep (depth="10")' },
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });

/** What the bench page needs beside the bundle for these rows: the threads' feed and its avatar. */

/** The rows, on the bench page (page.html) already open in `page`; `longTasks`: also the longest task (the whole bench has its own section for it). */
export async function commentsSection({ page, cdp, row, longTasks = true }) {
  // The first mount loads the WordPress chunk and the feed, which then stay: not what is timed.
  for (const { kind } of CASES) await page.evaluate((k) => window.bench.thread(k), kind);

  for (const { kind, what } of CASES) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await page.evaluate((k) => window.bench.thread(k), kind));
    const ms = stats(runs.map((x) => x.ms));
    row({ section: 'render', what, unit: 'ms', ...ms, note: `to the frame with its last comment, median of ${RUNS}` });
  }

  if (longTasks) {
    for (const { what } of CASES) {
      const runs = [];
      for (let r = 0; r < 3; r++) runs.push(await page.evaluate((n) => window.bench.longTasks(n), what));
      const over = Math.max(...runs.map((x) => x.over200));
      row({ section: 'long tasks', what, unit: 'ms', ...stats(runs.map((x) => x.longest)),
        note: `longest task, median of 3; ${over === 0 ? 'none over 200 ms' : `${over} task(s) over 200 ms: goal MISSED`}` });
    }
  }

  // Heap after a forced GC (twice: the first may leave finalizable objects for the second).
  const heap = async () => {
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return { js: usedSize, nodes };
  };
  for (const { kind, what } of CASES) {
    const times = kind === 'thread' ? 10 : 100;
    const js = [];
    const nodes = [];
    for (let r = 0; r < 3; r++) {
      const before = await heap();
      await page.evaluate((k, n) => window.bench.cycle(k, 'widget', n), kind, times);
      const after = await heap();
      js.push(after.js - before.js);
      nodes.push(after.nodes - before.nodes);
    }
    const grows = median(js) > 100 * 1024;
    row({ section: 'memory', what: `${what}, mounted and removed ×${times}`, unit: 'B', ...stats(js),
      note: `JS heap Δ after GC, median of 3; DOM nodes Δ ${median(nodes)}${grows ? ', GROWS: leak?' : ', back to baseline'}` });
  }
}

// ---- alone --------------------------------------------------------------------------------------
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const out = await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false, sourcemap: false } });
  const { bundle, chunks } = bundleAndChunks(out);
  const { browser, url, close } = await openBenchPage(bundle, chunks);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'ready' || undefined, { timeout: 10000 });
    const rows = [];
    await commentsSection({ page, cdp: await page.createCDPSession(), row: (r) => rows.push(r) });
    for (const r of rows) {
      const n = (x) => (r.unit === 'ms' ? x.toFixed(1) : Math.round(x).toLocaleString('en'));
      console.log(`${r.section.padEnd(10)} ${r.what.padEnd(66)} ${n(r.median).padStart(9)} ${r.unit.padEnd(2)}  (${n(r.min)}–${n(r.max)})  ${r.note}`);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await close();
  }
}
