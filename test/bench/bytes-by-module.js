// Where the bundle's bytes go: `node test/bench/bytes-by-module.js [dir]` builds the bundle as
// `npm run build` does (into a temporary directory, unless `dir` holds such a build already) and,
// from its source map, lists each source module's characters and its share of the gzip -9 bytes.
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const given = process.argv[2];
const outDir = given ?? mkdtempSync(join(tmpdir(), 'press-bytes-'));
if (!given) {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } });
}
const code = readFileSync(join(outDir, 'press-widgets.js'), 'utf8');
const map = JSON.parse(readFileSync(join(outDir, 'press-widgets.js.map'), 'utf8'));
if (!given) rmSync(outDir, { recursive: true, force: true });

const gzip = (text) => gzipSync(text, { level: 9 }).length;
/** A module's name: the file under src/, or the package under node_modules. */
const moduleOf = (source) => {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (inPackage) return `${inPackage[1]}/${inPackage[2].replace(/^development\//, '')}`;
  return /(?:^|\/)(src\/.*)$/.exec(source)?.[1] ?? source;
};

// Every character of the bundle, by the module its mapping segment points into; text before a
// line's first segment (the lines of a multi-line template literal have none) belongs to the
// segment before it; segments pointing nowhere are the bundler's own "(glue)".
const lines = code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '').split('\n');
const owner = lines.map((line) => new Array(line.length));
let current = '(glue)';
decode(map.mappings).slice(0, lines.length).forEach((segments, lineNo) => {
  const starts = [0, ...segments.map((segment) => segment[0])];
  const names = [current, ...segments.map((segment) => (segment.length > 1 ? moduleOf(map.sources[segment[1]]) : '(glue)'))];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? lines[lineNo].length;
    for (let col = start; col < end; col++) owner[lineNo][col] = names[i];
  });
  current = names.at(-1);
});
// Each module's share of the gzip -9 bytes: the growth of the compressed size of the bundle's
// beginning over each run of that module's characters, so the shares add up to the whole and
// what compresses against earlier code is counted where it is cheap.
const text = lines.join('\n');
const ownerAt = owner.flatMap((line) => [...line, '(glue)']).slice(0, text.length);
const runs = [];
for (let i = 0; i < text.length; i++) {
  if (runs.at(-1)?.name === ownerAt[i]) runs.at(-1).end = i + 1;
  else runs.push({ name: ownerAt[i], start: i, end: i + 1 });
}
const byModule = new Map();
let before = 0;
for (const run of runs) {
  const after = gzip(text.slice(0, run.end));
  const row = byModule.get(run.name) ?? { name: run.name, raw: 0, gzip: 0 };
  row.raw += run.end - run.start;
  row.gzip += after - before;
  byModule.set(run.name, row);
  before = after;
}
const rows = [...byModule.values()].sort((a, b) => b.gzip - a.gzip);
const lit = rows.filter((r) => /^(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(r.name));
const sum = (xs, k) => xs.reduce((s, r) => s + r[k], 0);
const pad = (s, n) => String(s).padStart(n);
console.log('| module | raw | gzip -9 share |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${pad(r.raw, 6)} | ${pad(r.gzip, 5)} |`);
console.log(`| **Lit (${lit.length} modules)** | ${sum(lit, 'raw')} | ${sum(lit, 'gzip')} |`);
console.log(`| **whole bundle** | ${text.length} | ${gzip(text)} |`);
