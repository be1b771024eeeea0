// The script-tag product: dist/press-widgets.js (built by `npm run build`) loaded by a plain page,
// with no bundler or dev server transform in between.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

const TAGS = ['press-site', 'press-menu', 'press-archives', 'press-categories', 'press-recent-comments', 'press-comment-form', 'press-comment-count'];

describe('dist/press-widgets.js in a plain page', () => {
  it('defines all seven elements and renders them from a feed', async () => {
    // A window the size of a laptop's: the widgets are all within a screen of it, so none waits to be scrolled to.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/dist-page.html" title="bundle" width="1024" height="768"></iframe>`);
    if (!frame.contentDocument?.querySelector('press-site')) await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'not every element was defined', { timeout: 5000 });

    const text = (tag: string): string => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
    await waitUntil(() => text('press-categories').includes('Stock Market News (243)'), 'categories did not render');
    expect(text('press-archives')).to.contain('July 2025\u00a0(429)');
    expect(text('press-categories')).to.contain('Uncategorized (0)');
    expect(text('press-recent-comments')).to.contain('Ann on S&P 500 hits a record');
    expect(text('press-menu')).to.contain('Stock Market News');
    expect(text('press-comment-form')).to.contain('Leave a Reply').and.contain('Post Comment');
    await waitUntil(() => text('press-comment-count') === '2 Comments', 'the comment count did not render');
    // The bundle is self-contained: no bare module specifiers were left to fail.
    const bundle = await (await fetch('/dist/press-widgets.js')).text();
    expect(bundle).not.to.match(/\bfrom\s*["'](lit|@lit\/)/);
    // An English page asks for no language.
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /press-widgets\.\w+\.js/.test(name)),
    ).to.deep.equal([]);
  });

  it('loads the page’s language from its chunk beside the bundle: lang="de-DE"', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/dist-page-de.html" title="Bundle auf Deutsch"></iframe>`);
    if (!frame.contentDocument?.querySelector('press-site')) await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const { locales } = (await (await fetch('/test/fixtures/i18n/wordpress.json')).json()) as { locales: Record<string, Record<string, string>> };
    const de = locales.de_DE;

    const text = (tag: string): string => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
    await waitUntil(() => text('press-categories').includes('Stock Market News (243)'), 'categories did not render', { timeout: 5000 });
    expect(text('press-categories')).to.contain(de.Categories);
    expect(text('press-archives')).to.contain(de.Archives).and.contain('Juli 2025\u00a0(429)');
    expect(text('press-recent-comments')).to.contain(de['Recent Comments']);
    expect(text('press-comment-form')).to.contain(de['Leave a Reply']).and.contain(de['Post Comment']);
    expect(text('press-comment-form')).not.to.contain('Leave a Reply');
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => /press-widgets\.\w+\.js/.test(path));
    expect(chunks).to.deep.equal(['/dist/press-widgets.de_DE.js']);
  });
});
