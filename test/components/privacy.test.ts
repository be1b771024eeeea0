// Privacy: what a visitor types into the comment form goes to the comment endpoint and nowhere
// else (not into any shadow root outside its field, not into storage, not into a URL), the page's
// REST nonce goes to no other origin, and the widgets ask nothing of anyone but the sources and
// endpoints the page names and the avatars the test put in the data. Requests are what the
// browser's Resource Timing saw; what the other origin received, with which headers, is what it
// noted (test/server/test-server.js).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { heard, otherOrigin } from '../helpers/comment-form.js';
import { part, settledAll } from '../helpers/fixtures.js';
import { shadowRoots, store } from '../helpers/watch.js';

/** Every place in `roots` where `needle` shows: text, or an attribute's value. */
function foundIn(roots: ParentNode[], needle: string): string[] {
  const found: string[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text && node.data.includes(needle)) found.push(`text in <${node.parentElement?.localName ?? '?'}>`);
      if (node instanceof Element) {
        for (const { name, value } of node.attributes) if (value.includes(needle)) found.push(`${name} of <${node.localName}>`);
      }
    }
  }
  return found;
}

describe('privacy', () => {
  afterEach(() => {
    delete window.wpApiSettings;
  });

  it('the visitor’s email is shown nowhere but its field and sent only to the comment endpoints; the nonce to no other origin; no request leaves the named sources', async () => {
    localStorage.clear(); // drafts other tests left
    const email = `visitor.${crypto.randomUUID().slice(0, 8)}@example.com`;
    // A WordPress page with its REST nonce, and a WordPress site on another origin (CORS allowed).
    const nonce = `nonce-${crypto.randomUUID()}`;
    window.wpApiSettings = { nonce };
    const wordpress = await otherOrigin('privacy-wordpress', true);
    const feedKey = await store({
      menu: [{ label: 'Home', url: '/' }],
      archives: [{ year: 2025, month: 7, url: '/2025/07/', count: 3 }],
      categories: [{ id: 1, name: 'News', url: '/news/', count: 3 }],
      comments: [
        {
          id: 1,
          author: 'Ann',
          authorUrl: 'https://ann.example/',
          avatar: '/test/fixtures/avatar.svg',
          postTitle: 'Post',
          url: '/p/#comment-1',
          date: '2025-07-01T00:00:00Z',
          excerpt: 'Hi',
        },
      ],
      commentForm: { postId: 7 },
    });
    const wpKey = crypto.randomUUID();
    const commentKey = crypto.randomUUID();
    const feed = new URL(`/__test/fault/${feedKey}/ok`, location.href).href;
    const api = `${wordpress}/__test/fault/${wpKey}/ok/wp-json/`;
    const action = new URL(`/__test/comments/${commentKey}/held`, location.href).href;
    const avatar = new URL('/test/fixtures/avatar.svg', location.href).href;
    performance.setResourceTimingBufferSize(1000);
    performance.clearResourceTimings();

    const el = await settledAll<HTMLElement>(
      html`<div>
        <press-site src=${feed}>
          <press-menu></press-menu>
          <press-archives></press-archives>
          <press-categories></press-categories>
          <press-recent-comments show-avatar show-date show-excerpt></press-recent-comments>
          <press-comment-form action=${action}></press-comment-form>
        </press-site>
        <press-site api=${api}>
          <press-archives></press-archives>
          <press-categories show-counts hierarchical></press-categories>
          <press-recent-comments show-avatar></press-recent-comments>
          <press-comment-form post-id="11"></press-comment-form>
        </press-site>
      </div>`,
      7,
    );
    const [form, restForm] = el.querySelectorAll<PressCommentForm>('press-comment-form');
    const field = (id: string, on = form): HTMLInputElement => on.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    // Without "Save my name, email…" ticked, nothing about the visitor is kept (with it, they are
    // kept on this device only: comment-form-keeps.test.ts).
    for (const on of [form, restForm]) {
      for (const [id, text] of [
        ['comment', 'A private thought.'],
        ['author', 'Ann'],
        ['email', email],
      ] as const) {
        field(id, on).focus();
        await sendKeys({ type: text });
      }
      const posted = oneEvent(on, 'press-comment-posted');
      part(on, 'submit').click();
      await posted;
      await on.updateComplete;
    }
    // Wait for every image the widgets show (avatars) to have been asked for.
    const images = shadowRoots(el).flatMap((root) => [...root.querySelectorAll('img')]);
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));

    // What the page asked for; the test's own request that stored the feed aside (its timing entry may come late),
    // and the library's own code: the WordPress chunk, loaded from where the library is (here its
    // modules under /src/, as the test server serves them; in the bundle, press-widgets.wordpress.js beside it).
    const ours = new URL(`/__test/store/${feedKey}`, location.href).href;
    const library = /^\/src\/[\w/.-]+\.ts(\?retry=\d+)?$/;
    const everyRequest = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      // The test's own set-up (the other origin it starts) may be timed late too.
      .filter((url) => url !== ours && !/\/__test\/(listen|port)\//.test(new URL(url).pathname));
    const requests = everyRequest.filter((url) => !(new URL(url).origin === location.origin && library.test(new URL(url).pathname + new URL(url).search)));

    // Posted without consent, the form forgets the email too; it was in its field only (a property:
    // not even its value attribute) and went nowhere else.
    expect([field('email').value, field('email', restForm).value]).to.deep.equal(['', '']);
    expect(foundIn([...shadowRoots(document), document.body], email)).to.deep.equal([]);
    const stored = (storage: Storage): string => JSON.stringify(Object.entries(storage));
    expect(stored(sessionStorage) + stored(localStorage) + document.cookie).not.to.contain(email);
    const received = (await (await fetch(`/__test/comments/${commentKey}`)).json()) as Record<string, string>[];
    expect(received.map((body) => body.email)).to.deep.equal([email]);
    const receivedByRest = (await (await fetch(`/__test/comments/${wpKey}`)).json()) as Record<string, string>[];
    expect(receivedByRest.map((body) => body.author_email)).to.deep.equal([email]);

    // The page's nonce went to no other origin (nor did the other origin's form learn of a login).
    const asked = await heard(wordpress);
    expect(asked.filter((request) => request.url.includes(wpKey))).to.not.be.empty;
    expect(asked.filter((request) => request.nonce)).to.deep.equal([]);
    expect(restForm.shadowRoot!.querySelector('[part~="logged-in"]')).to.equal(null);

    // Every request: to a source or an endpoint the page named, or exactly an avatar the test put in the data.
    const named = [feed, api, action];
    expect(requests.filter((url) => !named.some((prefix) => url.startsWith(prefix)) && url !== avatar)).to.deep.equal([]);
    expect(everyRequest.filter((url) => url.includes(email) || url.includes(encodeURIComponent(email)))).to.deep.equal([]);
    expect(requests).to.include(avatar);
    expect(requests.filter((url) => url.startsWith(action))).to.have.length(1);
    expect(requests.filter((url) => url.startsWith(api) && url.includes('wp/v2/comments'))).to.not.be.empty;
    console.log(
      `Privacy: ${String(requests.length)} requests, all to the page's named sources and endpoints; the email in none of them and in no shadow root; ` +
        `the page's nonce in none of the ${String(asked.length)} requests to the other origin`,
    );
  });
});
