// SourceController (src/internal/source-controller.ts), the one way every element reaches its data:
// seen through the elements that use it, the comment count and the comment form included.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressCommentCount } from '../../src/components/press-comment-count/press-comment-count.js';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { control, endpoint, fill as fillForm, heard, otherOrigin, post } from '../helpers/comment-form.js';
import { part, parts, shadowText } from '../helpers/fixtures.js';

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

// Found by a red team of the redesign: the form's site changing while it works.
describe('SourceController: the comment form while its site changes', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('"Logged in as" belongs to the site the form posts to, when the site changes while the user is asked', async () => {
    const own = `/__test/fault/${crypto.randomUUID()}/slow/wp-json/`; // every answer after 5 s, users/me too
    const other = await otherOrigin('controller-user', true);
    const site = await fixture<HTMLElement>(html`<press-site api=${own}><press-comment-form post-id="5" rest-nonce="n0nce"></press-comment-form></press-site>`);
    const form = site.querySelector<PressCommentForm>('press-comment-form')!;
    await aTimeout(300); // the own site's users/me under way
    site.setAttribute('api', `${other}/__test/fault/${crypto.randomUUID()}/ok/wp-json/`);
    await aTimeout(5200); // the own site's users/me has answered
    await form.updateComplete;
    expect(parts(form, 'logged-in').length).to.equal(0);
    expect(form.shadowRoot!.querySelector('#author')).to.exist;
  }).timeout(10000);

  it('a form removed before its site answered is not kept nor run again by a background refresh', async () => {
    const key = crypto.randomUUID();
    const api = `/__test/fault/${key}/ok/wp-json/`;
    const store = (comments: unknown[]) => fetch(`/__test/store/${key}`, { method: 'POST', body: JSON.stringify({ comments }) });
    await store([{ id: 1, post: 1 }]);
    // An earlier page of this tab: its answers kept in sessionStorage.
    const earlier = await pageView(`<press-comment-count api="${api}" post-id="1"></press-comment-count>`);
    await waitUntil(() => shadowText(earlier.querySelector('press-comment-count')!) === '1 Comment', 'the earlier page');
    await store([
      { id: 1, post: 1 },
      { id: 2, post: 1 },
    ]);
    const form = document.createElement<'press-comment-form'>('press-comment-form');
    form.setAttribute('api', api);
    form.setAttribute('post-id', '1');
    document.body.append(form);
    form.remove();
    await aTimeout(100);
    localStorage.setItem('press-commenter', JSON.stringify({ author: 'Ann' }));
    const count = await fixture<HTMLElement>(html`<press-comment-count api=${api} post-id="1"></press-comment-count>`);
    await waitUntil(() => shadowText(count) === '2 Comments', 'the refresh came');
    await aTimeout(200);
    expect(control(form, 'author').value).to.equal('');
  });

  it('a comment the first site accepted while the site changed does not come back as a draft on the second', async () => {
    const [a, b] = [endpoint('slow-ok'), endpoint('ok')];
    const feedB = feed({ commentForm: { action: b.action, postId: 5 } });
    const site = await fixture<HTMLElement>(
      html`<press-site src=${feed({ commentForm: { action: a.action, postId: 5 } })}><press-comment-form></press-comment-form></press-site>`,
    );
    const form = site.querySelector<PressCommentForm>('press-comment-form')!;
    await aTimeout(200);
    await fillForm(form, 'Sent to A');
    const done = post(form);
    await aTimeout(100);
    site.setAttribute('src', feedB);
    expect((await done).type).to.equal('press-comment-posted');
    expect((await a.received()).map((r) => r.comment)).to.deep.equal(['Sent to A']);
    expect(await b.received()).to.be.empty;
    expect(control(form, 'comment').value).to.equal('');
    site.remove(); // a reload, still on B
    const again = await fixture<HTMLElement>(html`<press-site src=${feedB}><press-comment-form></press-comment-form></press-site>`);
    await aTimeout(300);
    expect(control(again.querySelector<PressCommentForm>('press-comment-form')!, 'comment').value).to.equal('');
  });

  it('a comment that failed on the first site stays in the form when the site changed to one with a draft', async () => {
    const [a, b] = [endpoint('503'), endpoint('ok')];
    localStorage.setItem(`press-draft:${b.action}#5#0`, JSON.stringify({ text: 'An old draft for B' }));
    const site = await fixture<HTMLElement>(
      html`<press-site src=${feed({ commentForm: { action: a.action, postId: 5 } })}><press-comment-form></press-comment-form></press-site>`,
    );
    const form = site.querySelector<PressCommentForm>('press-comment-form')!;
    await aTimeout(200);
    await fillForm(form, 'My comment');
    part(form, 'submit').click();
    site.setAttribute('src', feed({ commentForm: { action: b.action, postId: 5 } }));
    await waitUntil(() => parts(form, 'error').length > 0, 'the failure shown');
    await aTimeout(200);
    expect(control(form, 'comment').value).to.equal('My comment');
  });

  it('the REST nonce does not follow a redirect to another origin', async () => {
    const other = await otherOrigin('controller-nonce', true);
    const to = `${other}/__test/fault/${crypto.randomUUID()}/ok/wp-json/wp/v2/users/me`;
    const api = `/__test/moved/${crypto.randomUUID()}/307/wp-json/?to=${encodeURIComponent(to)}`;
    const form = await fixture<PressCommentForm>(html`<press-comment-form api=${api} post-id="5" rest-nonce="secret-nonce"></press-comment-form>`);
    await aTimeout(500);
    control(form, 'comment').value = 'Hi';
    await post(form);
    await aTimeout(300);
    expect((await heard(other)).filter((h) => h.nonce)).to.be.empty;
  });
});

describe('SourceController: nested press-sites', () => {
  it('a press-site without a source, inside one with, leaves the widgets to the outer one', async () => {
    const outer = await fixture<HTMLElement>(html`<press-site src=${feed({ categories: [{ id: 1, name: 'Outer', url: '/c/1/' }] })}>
      <press-site lang="de"><press-categories></press-categories></press-site>
    </press-site>`);
    const el = outer.querySelector('press-categories')!;
    await waitUntil(() => names(el).join() === 'Outer', 'the outer site’s categories');
    // The inner one naming a source later wins.
    outer.querySelector('press-site')!.setAttribute('src', feed({ categories: [{ id: 1, name: 'Inner', url: '/c/1/' }] }));
    await waitUntil(() => names(el).join() === 'Inner', 'the inner site’s categories');
  });
});

describe('SourceController: a draft taken to another site', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('a comment typed on site A, taken to B by a site change and posted there, does not come back on A', async () => {
    const [a, b] = [endpoint('ok'), endpoint('ok')];
    const feedA = feed({ commentForm: { action: a.action, postId: 5 } });
    const site = await fixture<HTMLElement>(html`<press-site src=${feedA}><press-comment-form></press-comment-form></press-site>`);
    const form = site.querySelector<PressCommentForm>('press-comment-form')!;
    await aTimeout(200);
    await fillForm(form, 'Typed on A, posted on B');
    site.setAttribute('src', feed({ commentForm: { action: b.action, postId: 5 } }));
    await aTimeout(300);
    expect((await post(form)).type).to.equal('press-comment-posted');
    site.remove(); // a reload: the markup names A again
    const again = await fixture<HTMLElement>(html`<press-site src=${feedA}><press-comment-form></press-comment-form></press-site>`);
    await aTimeout(300);
    expect(control(again.querySelector<PressCommentForm>('press-comment-form')!, 'comment').value).to.equal('');
  });
});
