// The HTML reader section of `npm run bench`: how long htmlWords() and navigationItems()
// (src/data/html-reader.ts) take on 1 MB of markup made to stall a backtracking reader
// (adversarial-html.js), and on 4 MB, which a reader linear in its input takes about four times as
// long over. In Node, as the data layer runs without a DOM. Alone: `node test/bench/html-reader.js`.
import { build } from 'vite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adversarialHtml } from './adversarial-html.js';

const RUNS = 7;
const MB = 1024 * 1024;

/**
 * The reader, bundled in memory (TypeScript, and entities.ts with it) and imported. It is in the
 * WordPress chunk: the entry hands the chunk the main bundle's kit, as loadWordPress() does.
 */
async function loadReader(root) {
  const dir = mkdtempSync(join(tmpdir(), 'press-reader-'));
  const entry = join(dir, 'reader.ts');
  const src = (path) => JSON.stringify(join(root, 'src/data', path));
  writeFileSync(entry, `import { createWordPress } from ${src('wordpress/wordpress.ts')};\nimport { kit } from ${src('wordpress/load.ts')};\ncreateWordPress(kit);\nexport * from ${src('html-reader.ts')};\n`);
  const out = await build({
    root, configFile: false, logLevel: 'silent',
    build: { target: 'es2022', write: false, lib: { entry, formats: ['es'], fileName: () => 'reader.js' } },
  });
  rmSync(dir, { recursive: true, force: true });
  const code = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk').code;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Milliseconds of each of `RUNS` calls, after one to warm up. */
function time(fn, input) {
  fn(input);
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
}

export async function htmlReaderSection({ root, row }) {
  const reader = await loadReader(root);
  const inputs = { 1: adversarialHtml(MB), 4: adversarialHtml(4 * MB) };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const name of ['htmlWords', 'navigationItems']) {
    const runs = time(reader[name], inputs[1]);
    const four = median(time(reader[name], inputs[4]));
    row({
      section: 'html reader', what: `${name}, 1 MB adversarial markup`, unit: 'ms',
      median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs,
      note: `median of ${RUNS}; 4 MB: ${four.toFixed(1)} ms (${(four / median(runs)).toFixed(1)}×)`,
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  await htmlReaderSection({ root: join(dirname(fileURLToPath(import.meta.url)), '../..'), row: (r) => rows.push(r) });
  for (const r of rows) console.log(`${r.what}: median ${r.median.toFixed(1)} ms (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)}); ${r.note}`);
}
