import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressArchives } from '../../src/components/press-archives/press-archives.js';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressRecentComments } from '../../src/components/press-recent-comments/press-recent-comments.js';
import { FEED, loaded, part, parts, uniqueFeed } from '../helpers/fixtures.js';

const names = (el: Element): string[] => parts(el, 'link').map((a) => a.textContent);
/** How many requests the test server has had for a `uniqueFeed()` URL. */
const requestsFor = async (url: string): Promise<number> => (await (await fetch(`/__test/count/${url.split('/')[3] ?? ''}`)).json()) as number;

/** Collects console warnings while `body` runs. */
async function warningsDuring(body: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('where data comes from', () => {
  it('a property wins over inline JSON, inline JSON over src', async () => {
    const inline = JSON.stringify([{ id: 2, name: 'Inline', url: '#inline' }]);
    const fromInline = await loaded<PressCategories>(html`<press-categories src=${FEED}>
      <script type="application/json">${inline}</script>
    </press-categories>`);
    expect(names(fromInline)).to.deep.equal(['Inline']);

    fromInline.categories = [{ id: 3, name: 'Property', url: '#property' }];
    await oneEvent(fromInline, 'press-load');
    await fromInline.updateComplete;
    expect(names(fromInline)).to.deep.equal(['Property']);
  });

  it('inline JSON may be a whole feed', async () => {
    const feed = JSON.stringify({ archives: [{ year: 2025, month: 7, url: '/2025/07/' }], categories: [] });
    const el = await loaded<PressArchives>(html`<press-archives lang="en"><script type="application/json">${feed}</script></press-archives>`);
    expect(names(el)).to.deep.equal(['July 2025']);
  });

  it('the widget’s own src wins over its press-site', async () => {
    const own = JSON.stringify({ categories: [{ id: 9, name: 'Own feed', url: '#own' }] });
    const ownUrl = URL.createObjectURL(new Blob([own], { type: 'application/json' }));
    const site = await fixture<HTMLElement>(html`<press-site src=${FEED}>
      <press-categories src=${ownUrl}></press-categories>
      <press-archives lang="en"></press-archives>
    </press-site>`);
    const categories = site.querySelector('press-categories')!;
    const archives = site.querySelector('press-archives')!;
    await waitUntil(() => parts(categories, 'link').length > 0 && parts(archives, 'link').length > 0);
    expect(names(categories)).to.deep.equal(['Own feed']);
    expect(names(archives)).to.deep.equal(['July 2025', 'June 2025']);
  });

  it('every widget in a press-site shares one request', async () => {
    const url = uniqueFeed('feed');
    const site = await fixture<HTMLElement>(html`<press-site src=${url}>
      <press-categories></press-categories>
      <press-archives></press-archives>
      <div><press-recent-comments></press-recent-comments></div>
    </press-site>`);
    const widgets = Array.from(
      site.querySelectorAll<PressCategories | PressArchives | PressRecentComments>('press-categories, press-archives, press-recent-comments'),
    );
    await waitUntil(() => widgets.every((w) => parts(w, 'list').length > 0 && parts(w, 'skeleton').length === 0));
    expect(await requestsFor(url)).to.equal(1);
  });

  it('follows a press-site whose src changes', async () => {
    const site = await fixture<HTMLElement>(html`<press-site src=${FEED}><press-categories></press-categories></press-site>`);
    const el = site.querySelector('press-categories')!;
    await waitUntil(() => names(el).length === 5);
    const other = URL.createObjectURL(new Blob([JSON.stringify({ categories: [{ id: 1, name: 'Moved', url: '#m' }] })]));
    site.setAttribute('src', other);
    await waitUntil(() => names(el).join() === 'Moved');
  });

  it('paints wrapped markup first, then shows the source’s data', async () => {
    const url = uniqueFeed('slow', 600);
    const el = await fixture<PressCategories>(html`<press-categories src=${url}>
      <ul><li class="cat-item cat-item-3"><a href="/category/company-news/">From markup</a></li></ul>
    </press-categories>`);
    expect(names(el)).to.deep.equal(['From markup']);
    expect(parts(el, 'skeleton').length).to.equal(0);
    await oneEvent(el, 'press-load');
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
  });

  it('shows wrapped markup’s text as the page showed it, a literal "&lt;" included', async () => {
    // WordPress printed these names escaped: the page shows "R&D", "&lt;b&gt; tags" and "&copy;".
    const el = await fixture<PressCategories>(html`<press-categories>
      <ul>
        <li class="cat-item cat-item-1"><a href="/c/1/">R&amp;D</a></li>
        <li class="cat-item cat-item-2"><a href="/c/2/">&amp;lt;b&amp;gt; tags</a></li>
        <li class="cat-item cat-item-3"><a href="/c/3/">&amp;copy;</a></li>
      </ul>
    </press-categories>`);
    expect(names(el)).to.deep.equal(['&copy;', '&lt;b&gt; tags', 'R&D']);
  });

  it('keeps showing wrapped markup when the source fails', async () => {
    const el = await loaded<PressCategories>(html`<press-categories src=${uniqueFeed('feed', 5)}>
      <ul><li class="cat-item cat-item-3"><a href="/category/company-news/">From markup</a></li></ul>
    </press-categories>`);
    expect(names(el)).to.deep.equal(['From markup']);
    expect(parts(el, 'error').length).to.equal(0);
  });

  it('drops malformed entries with one console warning, and never throws', async () => {
    const bad = JSON.stringify({
      categories: [
        { id: 1, name: 'Good', url: '/good/', count: 3 },
        { id: 'two', name: 'Bad id' },
        null,
        'text',
        { id: 4, name: '', url: '/empty-name/' },
        { id: 5, name: 'Bad count', url: '/bad-count/', count: -1 },
        { id: 6, name: 'Script link', url: 'javascript:alert(1)' },
      ],
      archives: 'not a list',
    });
    let el: PressCategories | undefined;
    const warnings = await warningsDuring(async () => {
      el = await loaded<PressCategories>(html`<press-categories show-counts><script type="application/json">${bad}</script></press-categories>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('press-widgets: ignored 7 malformed value(s)');
    expect(parts(el!, 'item').map((li) => li.textContent.trim())).to.deep.equal(['Bad count', 'Good (3)', 'Script link']);
    expect(el!.shadowRoot!.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
  });

  it('ignores invalid inline JSON with a warning and uses the next source', async () => {
    let el: PressCategories | undefined;
    const warnings = await warningsDuring(async () => {
      el = await loaded<PressCategories>(html`<press-categories src=${FEED}><script type="application/json">{oops</script></press-categories>`);
    });
    expect(warnings.join()).to.contain('is not valid JSON');
    expect(names(el!)).to.have.length(5);
  });
});

describe('widgets far down the page', () => {
  it('ask their source only when the reader scrolls near them', async () => {
    const src = uniqueFeed('feed');
    const key = src.split('/')[3];
    const requests = async (): Promise<number> => (await (await fetch(`/__test/count/${key}`)).json()) as number;
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 400vh"></div>
      <press-categories src=${src}></press-categories>
    </div>`);
    const widget = page.querySelector<PressCategories>('press-categories')!;
    await widget.updateComplete;
    // Frames pass; the widget stays a skeleton and asks nothing.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(await requests()).to.equal(0);
    expect(parts(widget, 'skeleton')).to.have.length(1);
    // Waiting for the reader is not being busy: a screen reader is not told to wait for it.
    expect(part(widget, 'body').getAttribute('aria-busy')).to.equal('false');

    const loadedNow = oneEvent(widget, 'press-load');
    widget.scrollIntoView();
    await loadedNow;
    expect(await requests()).to.equal(1);
    expect(parts(widget, 'link').length).to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('load at once when near the view though a scrolled container clips them, or when hidden', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 8rem; overflow: auto">
        <div style="height: 30rem"></div>
        <press-categories src=${uniqueFeed('feed')}></press-categories>
      </div>
      <press-categories hidden src=${uniqueFeed('feed')}></press-categories>
    </div>`);
    const [clipped, hidden] = page.querySelectorAll('press-categories');
    await Promise.all([oneEvent(clipped, 'press-load'), oneEvent(hidden, 'press-load')]);
    expect(parts(clipped, 'link').length).to.be.greaterThan(0);
    hidden.hidden = false;
    expect(parts(hidden, 'link').length).to.be.greaterThan(0);
  });

  it('load at once when they hold their data, or when they are near the top', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 400vh"></div>
      <press-categories .categories=${[{ id: 1, name: 'Given', url: '/given/' }]}></press-categories>
    </div>`);
    const widget = page.querySelector<PressCategories>('press-categories')!;
    await widget.updateComplete;
    expect(part(widget, 'link').textContent).to.equal('Given');
  });
});

describe('states', () => {
  it('loading: a skeleton that reserves the list’s space, announced politely', async () => {
    const el = await fixture<PressRecentComments>(html`<press-recent-comments number="3" src=${uniqueFeed('slow', 1500)}></press-recent-comments>`);
    expect(parts(el, 'skeleton')).to.have.length(1);
    expect(part(el, 'skeleton').querySelectorAll('li')).to.have.length(3);
    expect(part(el, 'body').getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('Loading comments…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
    await expect(el).to.be.accessible();
  });

  it('error: a short message and a Retry that refetches, by keyboard', async () => {
    const url = uniqueFeed('feed', 3); // a read is tried three times
    const failed = oneEvent<HTMLElementEventMap['press-error']>(document, 'press-error');
    const el = await fixture<PressCategories>(html`<press-categories src=${url}></press-categories>`);
    const { detail } = await failed;
    expect(detail.message).to.contain('500');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('Could not load categories.');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    part(el, 'retry').focus();
    const recovered = oneEvent(el, 'press-load');
    await sendKeys({ press: 'Enter' });
    await recovered;
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'body'));
    expect(await requestsFor(url)).to.equal(4);
  });

  it('error: when the server cannot be reached, or answers with HTML', async () => {
    for (const src of ['http://127.0.0.1:9/feed.json', '/__test/text/x']) {
      const el = await loaded<PressArchives>(html`<press-archives src=${src}></press-archives>`);
      expect(part(el, 'retry').textContent).to.equal('Retry');
    }
  });

  it('empty: a feed without the widget’s list shows WordPress’s empty text', async () => {
    const url = URL.createObjectURL(new Blob(['{"menu":[]}'], { type: 'application/json' }));
    const el = await loaded<PressRecentComments>(html`<press-recent-comments src=${url}></press-recent-comments>`);
    expect(part(el, 'empty').textContent).to.equal('No comments to show.');
  });
});
