// The shared client (src/data/http.ts) over real HTTP: retry with backoff for reads, and the
// sessionStorage cache that lets a second page view of the tab render at once and refresh behind.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import { RETRY_DELAYS } from '../../src/data/http.js';
import { loaded, parts } from '../helpers/fixtures.js';

const names = (el: Element): string[] => parts(el, 'link').map((a) => a.textContent);
const keyOf = (url: string): string => url.split('/')[3] ?? '';
const server = async <T>(what: 'count' | 'times', url: string): Promise<T> => (await (await fetch(`/__test/${what}/${keyOf(url)}`)).json()) as T;
const testUrl = (route: string, arg: number | string): string => `/__test/${route}/${crypto.randomUUID()}/${String(arg)}`;
const cacheKey = (url: string): string => `press:${new URL(url, document.baseURI).href}`;

type Page = Window & { changes?: number; sourceFor: typeof import('../../src/data/sources.js').sourceFor };

/**
 * A new page view in this tab: an iframe shares the tab's sessionStorage but has its own modules,
 * so its registry and answers start empty, as after a reload. `head` runs before the library.
 */
async function pageView(src: string, head = ''): Promise<{ page: Page; el: PressCategories; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `${head}<script type="module">
    import { sourceFor } from '/src/index.ts';
    window.sourceFor = sourceFor;
    sourceFor('src', ${JSON.stringify(src)}, () => { window.changes = (window.changes ?? 0) + 1; });
  </script><press-categories src="${src}"></press-categories>`;
  const ready = oneEvent(frame, 'load');
  document.body.append(frame);
  await ready;
  const page = frame.contentWindow as Page;
  return { page, el: page.document.querySelector<PressCategories>('press-categories')!, frame };
}

describe('the shared client: retries', () => {
  it('recovers from one 500 without showing the error state, after about 300 ms', async () => {
    const url = testUrl('feed', 1);
    let errors = 0;
    const count = () => errors++;
    document.addEventListener('press-error', count);
    const el = await loaded<PressCategories>(html`<press-categories src=${url}></press-categories>`);
    document.removeEventListener('press-error', count);
    expect(errors).to.equal(0);
    expect(parts(el, 'error').length).to.equal(0);
    expect(names(el)).to.have.length(5);
    const [first = 0, second = 0] = await server<number[]>('times', url);
    expect(second - first).to.be.within(RETRY_DELAYS[0] - 20, RETRY_DELAYS[0] + 400);
  });

  it('backs off about 300 ms, then 1 s, then gives up with the error state', async () => {
    const url = testUrl('feed', 5);
    const el = await loaded<PressCategories>(html`<press-categories src=${url}></press-categories>`);
    expect(parts(el, 'retry')).to.have.length(1);
    const times = await server<number[]>('times', url);
    expect(times).to.have.length(3);
    expect(times[1] - times[0]).to.be.within(280, 700);
    expect(times[2] - times[1]).to.be.within(980, 1500);
  });

  it('retries a 503 and a 429, and never a 404', async () => {
    for (const [status, requests] of [
      [503, 3],
      [429, 3],
      [404, 1],
    ] as const) {
      const url = testUrl('status', status);
      const failed = oneEvent<HTMLElementEventMap['press-error']>(document, 'press-error');
      await fixture(html`<press-categories src=${url}></press-categories>`);
      expect((await failed).detail.message).to.contain(String(status));
      await aTimeout(400); // a retry would have come by now
      expect(await server<number>('count', url), String(status)).to.equal(requests);
    }
  });

  it('a widget shares one request with the others on the page, retries included', async () => {
    const url = testUrl('feed', 1);
    const site = await fixture<HTMLElement>(html`<press-site src=${url}><press-categories></press-categories><press-archives></press-archives></press-site>`);
    await waitUntil(() => Array.from(site.children).every((w) => parts(w, 'link').length > 0));
    expect(await server<number>('count', url)).to.equal(2);
  });
});

describe('the shared client: sessionStorage, stale-while-revalidate', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });
  const view = async (src: string, head?: string) => {
    const opened = await pageView(src, head);
    frames.push(opened.frame);
    return opened;
  };

  it('a second page view renders at once from the cache, then refreshes it in the background', async () => {
    const url = testUrl('versioned', 700); // the n-th request's answer names "v<n>", after 700 ms
    const first = await view(url);
    await waitUntil(() => names(first.el).length > 0, 'first view loaded', { timeout: 3000 });
    expect(names(first.el)).to.deep.equal(['v1']);
    expect(first.page.changes).to.equal(undefined);
    expect(sessionStorage.getItem(cacheKey(url))).to.contain('v1');

    const started = performance.now();
    const second = await view(url);
    // v1 can only come from the cache: this page's one request will answer v2, and not yet.
    await waitUntil(() => names(second.el).length > 0, 'second view rendered', { timeout: 600 });
    expect(names(second.el)).to.deep.equal(['v1']);
    expect(performance.now() - started).to.be.below(700);

    // The background refresh: one request, kept, and told to those who asked for the source.
    await waitUntil(() => second.page.changes === 1, 'told of the change', { timeout: 3000 });
    expect(await server<number>('count', url)).to.equal(2);
    expect(sessionStorage.getItem(cacheKey(url))).to.contain('v2');
    const list = await second.page.sourceFor('src', url).list('categories');
    expect(list?.map((c) => c.name)).to.deep.equal(['v2']);
    expect(await server<number>('count', url)).to.equal(2); // worked out again without a request

    // A third view starts from v2, and is told of v3.
    const third = await view(url);
    await waitUntil(() => names(third.el).length > 0, 'third view rendered', { timeout: 600 });
    expect(names(third.el)).to.deep.equal(['v2']);
    await waitUntil(async () => (await server<number>('count', url)) === 3, 'third view refreshed', { timeout: 3000 });
    await aTimeout(900);
    expect(third.page.changes).to.equal(1); // "v3" differs from "v2": told once
  });

  // Needs DataWidget to pass its `refresh` to sourceFor() (see the report of the shared client).
  it('the widgets of a second page view show the refreshed data, without a skeleton', async () => {
    const url = testUrl('versioned', 300);
    const first = await view(url);
    await waitUntil(() => names(first.el).join() === 'v1', 'first view loaded', { timeout: 3000 });
    const second = await view(url);
    await waitUntil(() => names(second.el).join() === 'v1', 'from the cache', { timeout: 250 });
    await waitUntil(() => names(second.el).join() === 'v2', 'refreshed', { timeout: 3000 });
    expect(parts(second.el, 'skeleton').length).to.equal(0);
    expect(await server<number>('count', url)).to.equal(2);
  });

  it('an unchanged answer refreshes silently', async () => {
    const url = testUrl('slow', 700);
    const first = await view(url);
    await waitUntil(() => names(first.el).length > 0, 'first view loaded', { timeout: 3000 });
    const second = await view(url);
    await waitUntil(() => names(second.el).length === 5, 'from the cache', { timeout: 600 });
    await waitUntil(async () => (await server<number>('count', url)) === 2, 'refreshed', { timeout: 3000 });
    await aTimeout(200);
    expect(second.page.changes).to.equal(undefined);
  });

  it('survives sessionStorage that throws (sandboxed iframes, private mode)', async () => {
    const url = testUrl('feed', 0);
    const deny = `<script>Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });</script>`;
    for (let i = 1; i <= 2; i++) {
      const { el } = await view(url, deny);
      await waitUntil(() => names(el).length === 5, 'loaded without storage', { timeout: 3000 });
      expect(await server<number>('count', url)).to.equal(i);
    }
    expect(sessionStorage.getItem(cacheKey(url))).to.equal(null);
  });

  it('ignores corrupted or foreign entries, and replaces them', async () => {
    for (const junk of ['{oops', '"text"', '[1]', 'null']) {
      const url = testUrl('feed', 0);
      sessionStorage.setItem(cacheKey(url), junk);
      const { el } = await view(url);
      await waitUntil(() => names(el).length === 5, `loaded despite ${junk}`, { timeout: 3000 });
      expect(await server<number>('count', url)).to.equal(1);
      expect(JSON.parse(sessionStorage.getItem(cacheKey(url))!))
        .to.be.an('array')
        .with.length(3);
    }
  });

  it('keeps no failure: an error is not cached, and the next view asks again', async () => {
    const url = testUrl('status', 404);
    const { el } = await view(url);
    await waitUntil(() => parts(el, 'retry').length === 1, 'error state', { timeout: 3000 });
    expect(sessionStorage.getItem(cacheKey(url))).to.equal(null);
    const again = await view(url);
    await waitUntil(() => parts(again.el, 'retry').length === 1, 'error state again', { timeout: 3000 });
    expect(await server<number>('count', url)).to.equal(2);
  });
});
