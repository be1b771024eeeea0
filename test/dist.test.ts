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
  });
});
