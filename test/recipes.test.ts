// The README's recipes, each run as a site or an app would run it, in Chromium. The HTML recipes are
// read from the README itself (the code block after `<!-- recipe: NAME -->`), with the CDN URL
// pointed at the built bundle and example URLs at the test server; the React 19 and Vue 3 apps in
// test/recipes/ are built by Vite (`npm run build:recipes`) and typechecked (`npm run typecheck`).
// The WordPress theme recipe runs PHP: test/wordpress/recipes.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

const CDN = 'https://unpkg.com/press-widgets/dist/press-widgets.js';

async function recipe(name: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const found = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!found?.[1]) throw new Error(`README.md has no recipe "${name}"`);
  expect(found[1]).to.contain(CDN);
  return found[1].replace(CDN, '/dist/press-widgets.js');
}

/** A page in an iframe, from markup (srcdoc: same origin, its URLs resolve against this page) or a URL. */
async function page(source: { markup: string } | { url: string }): Promise<Document> {
  const frame = document.createElement('iframe');
  // A tall window: widgets more than a screen below it would wait to be scrolled to.
  frame.width = '1024';
  frame.height = '2000';
  frame.title = 'recipe';
  if ('url' in source) frame.src = source.url;
  else frame.srcdoc = source.markup;
  const loaded = oneEvent(frame, 'load');
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const text = (root: Element | null | undefined): string => (root?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');

async function rendered(doc: Document, tag: string, expected: string): Promise<void> {
  await waitUntil(() => text(doc.querySelector(tag)).includes(expected), `<${tag}> did not show "${expected}"`, { timeout: 8000 });
}

describe('README recipes', () => {
  it('plain HTML: one script tag and a <press-site> feed', async () => {
    const markup = (await recipe('plain-html')).replace('/site.json', '/test/fixtures/feed.json');
    const doc = await page({ markup: `<!doctype html><html lang="en"><body>${markup}</body></html>` });
    await rendered(doc, 'press-categories', 'Stock Market News (243)');
    await rendered(doc, 'press-archives', 'July 2025\u00a0(429)');
    await rendered(doc, 'press-recent-comments', 'Ann on S&P 500 hits a record');
    await rendered(doc, 'press-menu', 'Stock Market News');
    await rendered(doc, 'press-comment-form', 'Post Comment');
    await rendered(doc, 'press-comments', '2 responses to “S&P 500 hits a record”');
  });

  it("WordPress Custom HTML block: the block's markup, where WordPress prints a post's content, reads the site's REST API", async () => {
    // WordPress prints a Custom HTML block's content as it was typed; the site is the test's fake
    // WordPress REST API on this origin, in place of `api="/"` (the site's own home).
    const block = await recipe('custom-html-block');
    expect(block).to.contain('api="/"');
    const api = `/__test/fault/${crypto.randomUUID()}/ok/wp-json/`;
    const doc = await page({
      markup: `<!doctype html><html lang="en-US"><body class="page"><article class="page type-page"><div class="entry-content">
        <!-- wp:html -->${block.replace('api="/"', `api="${api}"`)}<!-- /wp:html -->
      </div></article></body></html>`,
    });
    await rendered(doc, 'press-categories', 'Company News');
    await rendered(doc, 'press-archives', '2025');
    await rendered(doc, 'press-recent-comments', ' on ');
  });

  it('headless front end on another origin: the widgets read WordPress across origins (CORS)', async () => {
    // WordPress on another port (a fake REST API passed through with WordPress's CORS headers), the
    // front end on this one.
    const port = (await (await fetch('/__test/port/headless-wordpress')).json()) as number;
    await fetch(`/__test/listen/${String(port)}`);
    const wordpress = `http://127.0.0.1:${String(port)}/__test/fault/${crypto.randomUUID()}/ok/wp-json/`;
    const markup = (await recipe('headless')).replace('https://blog.example.com/wp-json/', wordpress);
    const doc = await page({ markup: `<!doctype html><html lang="en"><body>${markup}</body></html>` });
    expect(new URL(wordpress).origin).not.to.equal(location.origin);
    await rendered(doc, 'press-categories', 'Company News');
    await rendered(doc, 'press-recent-comments', ' on ');
  });

  it("the React and Vue apps' components are the README's own", async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const [file, start] of [
      ['react/Sidebar.tsx', 'import { useState }'],
      ['react/press-widgets-jsx.d.ts', 'import type'],
      ['vue/Sidebar.vue', '<script setup'],
    ] as const) {
      const source = await (await fetch(`/test/recipes/${file}`)).text();
      expect(readme, file).to.contain(source.slice(source.indexOf(start)));
    }
  });

  for (const framework of ['react', 'vue']) {
    it(`${framework === 'react' ? 'React 19' : 'Vue 3'}: a property set by the app reaches the element, its event reaches the app's handler`, async () => {
      const doc = await page({ url: `/test/recipes/dist/${framework}/index.html` });
      const status = (): string => doc.querySelector('.status')?.textContent ?? '';
      // press-load's detail.count, through the framework's handler and state, on screen.
      await waitUntil(() => status() === '2 categories', `the app's handler did not run (status "${status()}")`, { timeout: 8000 });
      const el = doc.querySelector<HTMLElement & { categories?: unknown }>('press-categories')!;
      // `categories` arrived as a property (an array, not an attribute string); `show-counts` as an attribute.
      expect(Array.isArray(el.categories)).to.be.true;
      expect(el.hasAttribute('categories')).to.be.false;
      expect(el.hasAttribute('show-counts')).to.be.true;
      expect(text(el)).to.contain('Topics').and.contain('Company News (82)').and.contain('Crypto Currency (23)');
      // New data from the app: the element shows it and the app hears about it.
      doc.querySelector('button')!.click();
      await waitUntil(() => status() === '3 categories', `the app did not hear of the new list (status "${status()}")`, { timeout: 5000 });
      expect(text(el)).to.contain('Earning Reports (5)');
    });
  }
});
