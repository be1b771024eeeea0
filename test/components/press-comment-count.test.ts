import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PressCommentCount } from '../../src/components/press-comment-count/press-comment-count.js';
import '../../src/index.js';
import { part, parts, shadowText } from '../helpers/fixtures.js';

/** A feed of its own for each test, with these comment counts. */
const feedWith = (commentCounts: unknown): string => URL.createObjectURL(new Blob([JSON.stringify({ commentCounts })], { type: 'application/json' }));

/** Every count in `template`, once each has loaded or failed. */
async function counts(template: ReturnType<typeof html>): Promise<PressCommentCount[]> {
  // Listening before the elements exist: a count from a small feed may come at once.
  const wrapper = document.createElement('div');
  const settled = new Set<EventTarget>();
  for (const type of ['press-load', 'press-error']) wrapper.addEventListener(type, (event) => settled.add(event.target!));
  const root = await fixture<HTMLElement>(template, { parentNode: wrapper });
  const all = [...(root.localName === 'press-comment-count' ? [root] : []), ...root.querySelectorAll('press-comment-count')] as PressCommentCount[];
  await waitUntil(() => settled.size === all.length, 'every count settled', { timeout: 5000 });
  return all;
}

describe('press-comment-count', () => {
  it('says "No Comments", "1 Comment", "1,234 Comments", as WordPress does', async () => {
    const src = feedWith({ 1: 0, 2: 1, 3: 1234 });
    const els = await counts(html`<press-site src=${src} lang="en-US">
      <press-comment-count post-id="1"></press-comment-count>
      <press-comment-count post-id="2"></press-comment-count>
      <press-comment-count post-id="3"></press-comment-count>
    </press-site>`);
    expect(els.map(shadowText)).to.deep.equal(['No Comments', '1 Comment', '1,234 Comments']);
    for (const el of els) await expect(el).to.be.accessible();
  });

  it('writes the number in the page’s language and takes the site’s own texts', async () => {
    const src = feedWith({ 3: 1234 });
    const [el] = await counts(html`<p lang="de-DE"><press-comment-count src=${src} post-id="3" more="% Kommentare"></press-comment-count></p>`);
    expect(shadowText(el)).to.equal('1.234 Kommentare');
  });

  it('links to `href`, never to a javascript: URL', async () => {
    const src = feedWith({ 2: 1 });
    const [linked, unsafe] = await counts(html`<div>
      <press-comment-count src=${src} post-id="2" href="/2025/07/post/#comments"></press-comment-count>
      <press-comment-count src=${src} post-id="2" href="javascript:alert(1)"></press-comment-count>
    </div>`);
    expect(part(linked, 'link').getAttribute('href')).to.equal('/2025/07/post/#comments');
    expect(parts(unsafe, 'link').length).to.equal(0);
    expect(part(unsafe, 'count').textContent).to.equal('1 Comment');
  });

  it('says the count is unavailable, with Retry, when the source fails or does not know the post', async () => {
    const key = crypto.randomUUID();
    const [failing] = await counts(html`<press-comment-count src=${`/__test/feed/${key}/3`} post-id="123"></press-comment-count>`);
    expect(shadowText(failing)).to.equal('Comments unavailable Retry');
    await expect(failing).to.be.accessible();
    // The feed answers from the fourth request on (three failed: the first try and its two retries).
    const loaded = oneEvent(failing, 'press-load');
    part(failing, 'retry').click();
    await loaded;
    await failing.updateComplete;
    expect(shadowText(failing)).to.equal('2 Comments');

    const [unknown] = await counts(html`<press-comment-count src=${feedWith({ 2: 1 })} post-id="9"></press-comment-count>`);
    expect(parts(unknown, 'retry')).to.have.length(1);
  });
});
