// SourceController (src/internal/source-controller.ts), the one way every element reaches its data:
// seen through the elements that use it, the comment count and the comment form included.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressCommentCount } from '../../src/components/press-comment-count/press-comment-count.js';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { endpoint } from '../helpers/comment-form.js';
import { parts, shadowText } from '../helpers/fixtures.js';

const feed = (body: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(body)], { type: 'application/json' }));
const names = (el: Element): string[] => parts(el, 'link').map((a) => a.textContent);
const testUrl = (route: string, arg: number | string): string => `/__test/${route}/${crypto.randomUUID()}/${String(arg)}`;

/** A new page view in this tab (an iframe: the tab's sessionStorage, modules of its own). */
async function pageView(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">import '/src/index.ts';</script>${body}`;
  const ready = oneEvent(frame, 'load');
  document.body.append(frame);
  await ready;
  return frame.contentDocument!;
}

describe('SourceController: every element follows its source', () => {
  it('a comment count follows its press-site’s src, and its own api/src', async () => {
    const site = await fixture<HTMLElement>(html`<press-site src=${feed({ commentCounts: { 7: 1 } })}>
      <press-comment-count post-id="7"></press-comment-count>
    </press-site>`);
    const count = site.querySelector<PressCommentCount>('press-comment-count')!;
    await waitUntil(() => shadowText(count) === '1 Comment', 'first feed');
    site.setAttribute('src', feed({ commentCounts: { 7: 3 } }));
    await waitUntil(() => shadowText(count) === '3 Comments', 'the press-site’s new feed');
    count.setAttribute('src', feed({ commentCounts: { 7: 0 } }));
    await waitUntil(() => shadowText(count) === 'No Comments', 'its own src wins');
    count.postId = 8;
    await waitUntil(() => parts(count, 'retry').length === 1, 'a post the feed does not know');
  });

  it('a comment count shows what a background refresh brought, as the lists do', async () => {
    const url = testUrl('versioned', 100);
    const markup = `<press-comment-count src="${url}" post-id="1"></press-comment-count><press-categories src="${url}"></press-categories>`;
    const first = await pageView(markup);
    const firstCount = first.querySelector('press-comment-count')!;
    await waitUntil(() => shadowText(firstCount) === '1 Comment', 'first view');
    // The second view starts from the first's answer (sessionStorage) and is told of the newer one.
    const second = await pageView(markup);
    const count = second.querySelector('press-comment-count')!;
    const categories = second.querySelector('press-categories')!;
    await waitUntil(() => shadowText(count) === '1 Comment', 'from the cache', { timeout: 1000 });
    await waitUntil(() => shadowText(count) === '2 Comments' && names(categories).join() === 'v2', 'refreshed', { timeout: 3000 });
  });

  it('of overlapping loads, only the latest is shown', async () => {
    const slow = testUrl('slow', 600); // the test server's feed: five categories, after 600 ms
    const el = await fixture<PressCategories>(html`<press-categories src=${slow}></press-categories>`);
    const asked = async (): Promise<number> => (await (await fetch(`/__test/count/${slow.split('/')[3] ?? ''}`)).json()) as number;
    await waitUntil(async () => (await asked()) === 1, 'the slow load under way');
    el.setAttribute('src', feed({ categories: [{ id: 1, name: 'Latest', url: '#latest' }] }));
    await waitUntil(() => names(el).join() === 'Latest', 'the latest source');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(names(el)).to.deep.equal(['Latest']);
  });

  it('a comment form learns where to post from its press-site, again when the site changes', async () => {
    const [first, second] = [endpoint('ok'), endpoint('ok')];
    const site = await fixture<HTMLElement>(html`<press-site src=${feed({ commentForm: { action: first.action, postId: 1 } })}>
      <press-comment-form></press-comment-form>
    </press-site>`);
    const form = site.querySelector<PressCommentForm>('press-comment-form')!;
    site.setAttribute('src', feed({ commentForm: { action: second.action, postId: 2 } }));
    await new Promise((resolve) => setTimeout(resolve, 200)); // settled on the second feed
    const field = (id: string): HTMLInputElement => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    field('comment').value = 'Hello';
    field('author').value = 'Ann';
    field('email').value = 'ann@example.com';
    const posted = oneEvent<CustomEvent<{ postId?: number }>>(form, 'press-comment-posted');
    await form.submit();
    expect((await posted).detail.postId).to.equal(2);
    expect(await first.received()).to.be.empty;
    expect((await second.received()).map((body) => body.comment_post_ID)).to.deep.equal(['2']);
  });
});
