// `npm run bench`: bundle bytes (whole and per element), the HTML reader on adversarial markup,
// render/update time against a vanilla-DOM baseline, the longest main-thread task while WordPress-scale lists render, and memory after
// mounting and removing each widget many times. One table on stdout,
// everything in bench/results.json. Exits 1 when the bundle is over its 24 KiB gzip budget.
/* global window, document -- the functions given to page.evaluate run in the page. */
import { build } from 'vite';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { lighthouseSection } from './lighthouse.js';
import { wordpressSection } from './wordpress.js';
import { htmlReaderSection } from './html-reader.js';
import { commentsSection } from './comments.js';
import { bundleAndChunks, openBenchPage } from './bench-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET = 24576; // gzip -9 bytes of the whole bundle, every element, Lit inside
const RUNS = 7; // per render/update measurement; 10,000 items get fewer
const SIZES = [10, 100, 1000, 10000];
const KINDS = ['categories', 'archives', 'comments'];
const ELEMENTS = ['site', 'menu', 'archives', 'categories', 'recent-comments', 'comment-form', 'comment-count', 'comments'];
const started = Date.now();
const loadStart = loadavg()[0];
const rows = [];
const row = (r) => rows.push(r);

// ---- 1. bytes -------------------------------------------------------------------------------
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (code) => ({ raw: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });
// The lib entry's chunk by its name: the languages are emitted as entries too (vite.config.ts).
const jsOf = (out) => (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk' && o.fileName === 'out.js').code;

// The bundle exactly as `npm run build` makes dist/press-widgets.js (the project's own config),
// but kept in memory: the bench does not rewrite dist/ under a test run that may be reading it.
const built = await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false, sourcemap: false } });
const { bundle, chunks } = bundleAndChunks(built);
const whole = sizes(bundle);
// The WordPress backend's chunk beside it (docs/decisions/0035): not in the budget, loaded only by
// pages that need it.
const wordpressChunk = sizes((Array.isArray(built) ? built[0] : built).output.find((o) => o.fileName === 'press-widgets.wordpress.js').code);
const matchChunk = sizes((Array.isArray(built) ? built[0] : built).output.find((o) => o.fileName === 'press-widgets.match-locale.js').code);
// Every translation's chunk, smallest first.
const languageChunks = (Array.isArray(built) ? built[0] : built).output
  .filter((o) => o.type === 'chunk' && o.facadeModuleId?.includes('/src/i18n/translations/'))
  .map((o) => ({ locale: o.name, ...sizes(o.code) }))
  .sort((a, b) => a.gzip - b.gzip);
const dist = join(root, 'dist/press-widgets.js');
const distNote = !existsSync(dist) ? 'dist/ not built' : readFileSync(dist, 'utf8') === bundle ? 'same as dist/' : 'dist/ is stale: npm run build';

// Each element's marginal cost: the registration entries, all but one, built as the bundle is (the
// project's config, its templates minified) from a temp entry outside src/ (others work there); the
// difference is what that element alone adds.
const tmp = mkdtempSync(join(tmpdir(), 'press-bench-'));
async function definesBuild(leaveOut) {
  const entry = join(tmp, `entry-${leaveOut ?? 'all'}.ts`);
  writeFileSync(entry, ELEMENTS.filter((e) => e !== leaveOut).map((e) => `import ${JSON.stringify(join(root, `src/define/press-${e}.ts`))};\n`).join(''));
  return sizes(jsOf(await build({
    root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent',
    build: { write: false, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'out.js' } },
  })));
}
const allDefines = await definesBuild();
const marginal = {};
for (const e of ELEMENTS) {
  const without = await definesBuild(e);
  marginal[`press-${e}`] = Object.fromEntries(Object.keys(without).map((k) => [k, allDefines[k] - without[k]]));
}
rmSync(tmp, { recursive: true, force: true });
const over = whole.gzip - BUDGET;
row({ section: 'bytes', what: 'bundle raw', unit: 'B', median: whole.raw, note: distNote });
row({ section: 'bytes', what: 'bundle gzip -9', unit: 'B', median: whole.gzip, note: `budget ${BUDGET}: ${over > 0 ? `OVER by ${over}` : `${-over} left`}` });
row({ section: 'bytes', what: 'bundle brotli 11', unit: 'B', median: whole.brotli });
row({ section: 'bytes', what: '+ wordpress chunk (loaded by pages with api or a comment form)', unit: 'B', median: wordpressChunk.gzip, note: `gzip -9; raw ${wordpressChunk.raw}, brotli ${wordpressChunk.brotli}` });
const sumMarginal = Object.values(marginal).reduce((s, m) => s + m.gzip, 0);
for (const [tag, m] of Object.entries(marginal)) row({ section: 'bytes', what: `+ ${tag} (gzip)`, unit: 'B', median: m.gzip, note: `raw ${m.raw}, brotli ${m.brotli}` });
row({ section: 'bytes', what: 'shared: Lit + base (gzip)', unit: 'B', median: allDefines.gzip - sumMarginal, note: 'all elements minus the sum of marginals' });

// ---- 1b. the HTML reader, on markup made to stall it (in Node: the data layer needs no DOM) ------
await htmlReaderSection({ root, row });

// ---- the page ---------------------------------------------------------------------------------
const { browser, url, close } = await openBenchPage(bundle, chunks);
let exitCode = 0;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready' || undefined, { timeout: 10000 }).catch(() => {
    throw new Error(`the bundle did not load in Chromium: ${errors.join('; ') || 'no error reported'}`);
  });
  const cdp = await page.createCDPSession();

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1), runs: xs };
  };
  // Widget and baseline runs alternate, so a slow moment of the machine hits both alike.
  async function compare(section, what, fn, kind, n, runs, baseline = 'vanilla') {
    const w = [], v = [];
    // Warm-up (JIT, template cache); 10,000 items come after 1,000, warm already.
    if (n <= 1000) for (const impl of ['widget', baseline]) await page.evaluate(fn, kind, n, impl);
    for (let r = 0; r < runs; r++) {
      w.push(await page.evaluate(fn, kind, n, 'widget'));
      v.push(await page.evaluate(fn, kind, n, baseline));
    }
    const ws = stats(w.map((x) => x.ms)), vs = stats(v.map((x) => x.ms));
    // Painted time waits for frames (16.7 ms each), which hides small differences; "ready" is the
    // same run stopped after content and layout, before the frame.
    const wl = stats(w.map((x) => x.layout)).median, vl = stats(v.map((x) => x.layout)).median;
    const goal = n >= 1000 ? (ws.median / vs.median <= 1.5 ? '; goal ≤1.5× met' : '; goal ≤1.5× MISSED') : '';
    row({ section, what, unit: 'ms', ...ws, baseline: vs.median, baselineRuns: vs.runs, ratio: ws.median / vs.median,
      ready: { widget: wl, baseline: vl }, note: `ready ${wl.toFixed(1)} vs ${vl.toFixed(1)} (${(wl / vl).toFixed(2)}×)${goal}` });
  }

  // ---- 2. render, 3. update ---------------------------------------------------------------------
  const render = (kind, n, impl) => window.bench.render(kind, n, impl);
  const update = (kind, n, impl) => window.bench.update(kind, n, impl);
  for (const kind of KINDS) {
    for (const n of SIZES) await compare('render', `${kind} ×${n.toLocaleString('en')}${kind === 'comments' && n > 100 ? ' (100 shown)' : ''}`, render, kind, n, n > 1000 ? 3 : RUNS);
  }
  // Against the leanest honest hand-written list too (page.html's lean-categories: links and text
  // counts, no parts, no dir), not only against a baseline that does the widget's extra work.
  await compare('render', 'categories ×1,000 vs lean baseline', render, 'categories', 1000, RUNS, 'lean');
  for (const kind of KINDS) await compare('update', `${kind} ×1,000${kind === 'comments' ? ' (100 shown)' : ''}`, update, kind, 1000, RUNS);

  // press-comments: a thread of 1,000 and a chain of 50 (their long tasks are in the next section).
  await commentsSection({ page, cdp, row, longTasks: false });

  // ---- 3b. long tasks at WordPress's scale ----------------------------------------------------
  // The goal: no task over 200 ms while a large list renders (a reader's input waits for a task).
  for (const name of await page.evaluate(() => window.bench.scaleCases)) {
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(await page.evaluate((n) => window.bench.longTasks(n), name));
    const longest = stats(runs.map((x) => x.longest));
    const over = Math.max(...runs.map((x) => x.over200));
    row({ section: 'long tasks', what: name, unit: 'ms', ...longest, note: `longest task, median of 3; ${over === 0 ? 'none over 200 ms' : `${over} task(s) over 200 ms: goal MISSED`}` });
  }

  // ---- 4. memory --------------------------------------------------------------------------------
  // Heap after a forced GC (twice: the first may leave finalizable objects for the second).
  const heap = async () => {
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return { js: usedSize, nodes };
  };
  const cycle = (kind, impl, times) => window.bench.cycle(kind, impl, times);
  const memory = async (kind, impl) => {
    await page.evaluate(cycle, kind, impl, 20); // first mounts fill caches (templates, styles): not a leak
    const d = { js100: [], js1000: [], nodes1000: [] };
    for (let r = 0; r < 3; r++) {
      const h0 = await heap();
      await page.evaluate(cycle, kind, impl, 100);
      const h1 = await heap();
      await page.evaluate(cycle, kind, impl, 1000);
      const h2 = await heap();
      d.js100.push(h1.js - h0.js);
      d.js1000.push(h2.js - h1.js);
      d.nodes1000.push(h2.nodes - h1.nodes);
    }
    return d;
  };
  const base = await memory('categories', 'vanilla');
  for (const kind of ['site', 'menu', 'archives', 'categories', 'comments', 'form']) {
    const d = await memory(kind, 'widget');
    const js100 = stats(d.js100), js1000 = stats(d.js1000), nodes = stats(d.nodes1000);
    // A leak grows with the count: ×1000 would be about ten times ×100. Flat means both near zero.
    const leak = js1000.median > 100 * 1024 && js1000.median > 3 * Math.max(js100.median, 0);
    const tag = kind === 'comments' ? 'recent-comments' : kind === 'form' ? 'comment-form' : kind;
    row({ section: 'memory', what: `press-${tag} ×100`, unit: 'B', ...js100, baseline: stats(base.js100).median });
    row({ section: 'memory', what: `press-${tag} ×1,000`, unit: 'B', ...js1000, baseline: stats(base.js1000).median,
      note: `${(js1000.median / 1000).toFixed(1)} B/mount, DOM nodes Δ ${nodes.median}${leak ? ', GROWS: leak?' : ''}`, domNodes: nodes });
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

  // ---- 5. Lighthouse on the demo page ----------------------------------------------------------
  if (!process.env.BENCH_NO_LIGHTHOUSE) await lighthouseSection({ root, bundle, chunks, browser, row });

  // ---- 6. a real WordPress (test/wordpress), when it answers -----------------------------------
  if (!process.env.BENCH_NO_WORDPRESS) await wordpressSection({ root, bundle, chunks, browser, row });
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`);
  exitCode = 2;
} finally {
  await close();
}

// ---- the table --------------------------------------------------------------------------------
const num = (x, unit) => (x === undefined ? '' : unit === 'ms' ? x.toFixed(1) : unit === 'CLS' ? x.toFixed(3) : Math.round(x).toLocaleString('en'));
const table = [['section', 'what', 'unit', 'median', 'min', 'max', 'baseline', 'ratio', 'note']].concat(
  rows.map((r) => [r.section, r.what, r.unit, num(r.median, r.unit), num(r.min, r.unit), num(r.max, r.unit), num(r.baseline, r.unit), r.ratio ? `${r.ratio.toFixed(2)}×` : '', r.note ?? '']),
);
const widths = table[0].map((_, i) => Math.max(...table.map((t) => t[i].length)));
const line = (t) => t.map((c, i) => (i <= 2 || i === 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
let last;
for (const t of table.slice(1)) {
  if (last && t[0] !== last) console.log('');
  last = t[0];
  console.log(line(t));
}
console.log(`\nbaseline: a hand-written vanilla-DOM element rendering the same markup (the lean baseline: the same links and counts, nothing else); render/update ms: insertion (or the new data) to the painted frame (double rAF; "ready": to content laid out, before paint), median of ${RUNS} (3 at 10,000), widget and baseline alternated; memory: JS heap Δ after forced GC, median of 3.`);
const seconds = (Date.now() - started) / 1000;
// Other work on the machine is the main source of spread: say how busy it was.
const load = { start: loadStart, end: loadavg()[0] };
console.log(`load average (1 min) at start ${load.start.toFixed(1)}, at end ${load.end.toFixed(1)}, on ${availableParallelism()} CPUs`);
// The size table of docs/performance.md, like Material Web's: what each element adds, and the whole.
const readme = join(root, 'docs/performance.md');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeTable = [
  '| element | gzip | brotli | raw |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(marginal).map(([tag, m]) => `| \`<${tag}>\` | ${kb(m.gzip)} | ${kb(m.brotli)} | ${kb(m.raw)} |`),
  `| shared (Lit, data layer, base) | ${kb(allDefines.gzip - sumMarginal)} | | |`,
  `| **all of \`dist/press-widgets.js\`** | **${kb(whole.gzip)}** | **${kb(whole.brotli)}** | **${kb(whole.raw)}** |`,
  `| the WordPress backend (\`press-widgets.wordpress.js\`), when a page has \`api\` or a comment is sent | ${kb(wordpressChunk.gzip)} | ${kb(wordpressChunk.brotli)} | ${kb(wordpressChunk.raw)} |`,
  `| the language picker (\`press-widgets.match-locale.js\`), when the page's \`lang\` names a language with a translation | ${kb(matchChunk.gzip)} | ${kb(matchChunk.brotli)} | ${kb(matchChunk.raw)} |`,
  `| a language (\`press-widgets.<locale>.js\`, ${languageChunks.length} of them), then | ${kb(languageChunks[0].gzip)}–${kb(languageChunks.at(-1).gzip)} | | |`,
  '',
  'Each language (gzip -9, brotli, raw):',
  '',
  '| locale | gzip | brotli | raw |',
  '| --- | ---: | ---: | ---: |',
  ...languageChunks.toSorted((a, b) => a.locale.localeCompare(b.locale)).map((c) => `| ${c.locale} | ${c.gzip} B | ${c.brotli} B | ${c.raw} B |`),
].join('\n');
const text = readFileSync(readme, 'utf8');
const marked = /(<!-- size-table: written by npm run bench -->\n)[\s\S]*?(<!-- \/size-table -->)/;
if (marked.test(text)) writeFileSync(readme, text.replace(marked, `$1${sizeTable}\n$2`));
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), seconds, load, budget: BUDGET, bundle: whole, marginal, rows }, null, 2)}\n`);
console.log(`wrote bench/results.json in ${seconds.toFixed(0)} s`);
if (over > 0) {
  console.error(`\nFAIL: the bundle (dist/press-widgets.js as npm run build makes it now) is ${whole.gzip} bytes gzip -9, over the 24 KiB budget (${BUDGET}) by ${over} bytes.`);
  exitCode ||= 1;
}
process.exit(exitCode);
