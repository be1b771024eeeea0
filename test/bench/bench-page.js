// The bench's page, shared by run.js and the scripts that run a part of it alone (categories.js,
// comments.js): page.html with the bundle and its chunks beside it as dist/ has them, and the
// thread rows' feed, served on 127.0.0.1, opened in Debian's Chromium.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { AVATAR_SVG, threadsFeed } from './threads.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Serves the page with `bundle` as /press-widgets.js and `chunks` (URL → code) beside it, and
 * launches Chromium with its garbage collector exposed (the page collects garbage before each timed
 * run, so a GC pause lands in none of them). `close()` ends both.
 */
export async function openBenchPage(bundle, chunks) {
  const files = {
    '/': ['text/html', readFileSync(join(root, 'test/bench/page.html'))],
    '/press-widgets.js': ['text/javascript', bundle],
    ...Object.fromEntries(Object.entries(chunks).map(([path, code]) => [path, ['text/javascript', code]])),
    '/threads.json': ['application/json', threadsFeed()],
    '/avatar.svg': ['image/svg+xml', AVATAR_SVG],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain', 'cache-control': 'no-store' }).end(file?.[1] ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
  });
  return {
    browser,
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * The bundle and its chunks by URL, from a vite build kept in memory. By its name: the languages
 * are emitted as entries too (vite.config.ts), each a chunk of its own.
 */
export function bundleAndChunks(built) {
  const output = (Array.isArray(built) ? built[0] : built).output;
  const chunks = output.filter((o) => o.type === 'chunk');
  return {
    bundle: chunks.find((o) => o.fileName === 'press-widgets.js').code,
    chunks: Object.fromEntries(chunks.filter((o) => o.fileName !== 'press-widgets.js').map((o) => [`/${o.fileName}`, o.code])),
  };
}
