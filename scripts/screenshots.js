// `npm run screenshots`: the README's pictures, taken from the real demo in Chromium. Starts the
// demo's Vite server on 127.0.0.1 (a free port), opens each page in headless Chromium
// (puppeteer-core; CHROME_PATH or /usr/bin/chromium) and saves PNGs in docs/screenshots/.
/* global document -- used in the page, through puppeteer */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** name, page, what to click first, the element to capture (else the viewport), viewport. */
const SHOTS = [
  { name: 'demo-post-page', path: '/demo/', width: 1280, height: 900 },
  { name: 'demo-post-page-narrow', path: '/demo/', width: 390, height: 800, click: 'press-menu >>> [part~="toggle"]' },
  { name: 'theme-newspaperly', path: '/demo/gallery.html', theme: 'newspaperly', capture: '#overview .specimen', width: 1280, height: 900 },
  { name: 'theme-neutral', path: '/demo/gallery.html', theme: 'neutral', capture: '#overview .specimen', width: 1280, height: 900 },
  { name: 'theme-neutral-dark', path: '/demo/gallery.html', theme: 'neutral-dark', capture: '#overview .specimen', width: 1280, height: 900 },
  { name: 'theme-none', path: '/demo/gallery.html', theme: 'plain', capture: '#overview .specimen', width: 1280, height: 900 },
  { name: 'docs-press-categories', path: '/demo/docs.html?element=press-categories', width: 1280, height: 1000 },
  // The gallery's Languages specimens, by the page language each frame has.
  ...[
    ['ar', 'ar'],
    ['zh_CN', 'zh-CN'],
    ['pl_PL', 'pl-PL'],
    ['ru_RU', 'ru-RU'],
  ].map(([locale, lang]) => ({
    name: `lang-${locale}`,
    path: '/demo/gallery.html',
    theme: 'light',
    capture: `#languages .specimen:has(> .frame[lang="${lang}"])`,
    width: 1280,
    height: 900,
  })),
];

/** `node scripts/screenshots.js lang-` takes only the shots whose names start with an argument. */
const only = process.argv.slice(2);
const shots = only.length ? SHOTS.filter((shot) => only.some((prefix) => shot.name.startsWith(prefix))) : SHOTS;

const server = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'warn',
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('the demo server has no port');
const base = `http://127.0.0.1:${String(address.port)}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--hide-scrollbars'],
});
try {
  await mkdir(out, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    if (shot.theme) {
      // The gallery keeps its theme in localStorage; set it before its script reads it.
      await page.evaluateOnNewDocument((theme) => {
        localStorage.setItem('press-widgets-gallery', JSON.stringify({ theme, tokens: {} }));
      }, shot.theme);
    }
    await page.goto(`${base}${shot.path}`, { waitUntil: 'load' });
    // The widgets have rendered their feeds (the "Loading" specimens keep loading, on purpose).
    await page.waitForFunction(
      () =>
        document.querySelectorAll('press-categories').length > 0 &&
        [...document.querySelectorAll('press-categories')].some((e) => e.shadowRoot?.querySelector('[part~="item"]:not([part~="skeleton"] *)')),
      { timeout: 15000 },
    );
    await page.evaluate(() => document.fonts.ready);
    if (shot.click) await (await page.waitForSelector(shot.click)).click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const file = `${out}${shot.name}.png`;
    if (shot.capture) {
      const element = await page.waitForSelector(shot.capture);
      // Far down the page, its widgets load once near the viewport, and a translation as it loads.
      await element.evaluate((figure) => figure.scrollIntoView());
      await page.waitForFunction(
        (figure) =>
          [...figure.querySelectorAll('*')]
            .filter((e) => e.localName.startsWith('press-') && e.localName !== 'press-site')
            .every((e) => e.shadowRoot?.textContent.trim() && !e.shadowRoot.querySelector('[aria-busy="true"], [part~="skeleton"]')),
        { timeout: 15000 },
        element,
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      await element.screenshot({ path: file });
    } else await page.screenshot({ path: file });
    console.log(`docs/screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
