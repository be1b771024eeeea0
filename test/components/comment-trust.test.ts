// What an outside review found the comment form doing with a visitor's trust, each case as the
// visitor meets it: the form never stays stuck, never takes someone else's comment for the
// visitor's, never sends the site's REST nonce to another origin, sends nothing to an origin that
// would not let it read the answer, takes only evidence for an acceptance, works in a sandboxed
// frame, and forgets WordPress's cookies wherever WordPress set them.
import { en } from '../../src/i18n/en.js';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import { postComment } from '../../src/data/wordpress/load.js';
import '../../src/define/press-comment-form.js';
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../../src/events.js';
import { control, endpoint, failed, fill, heard, otherOrigin, posted, render, type } from '../helpers/comment-form.js';
import { part, parts } from '../helpers/fixtures.js';
import { store, watchPage } from '../helpers/watch.js';

const NOT_SET_UP = 'This comment form is not set up; your comment was not sent.';

/** The drafts kept in localStorage. */
const drafts = (): string[] => Object.keys(localStorage).filter((key) => key.startsWith('press-draft:'));

/** Clicks "Try again" and waits for the outcome. */
async function tryAgain(el: PressCommentForm): Promise<CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>> {
  const outcome = Promise.race([oneEvent(el, 'press-comment-posted'), oneEvent(el, 'press-comment-failed')]);
  part(el, 'retry').click();
  const event = (await outcome) as CustomEvent<PressCommentPostedDetail | PressCommentFailedDetail>;
  await el.updateComplete;
  return event;
}

/**
 * Replaces `fetch` while `run` runs: the first POST reaches the server, but its answer is lost on
 * the way back (as on a bad network), so that the page cannot tell whether the comment arrived.
 */
async function losingFirstAnswer<T>(run: () => Promise<T>): Promise<T> {
  const original = window.fetch.bind(window);
  let lost = false;
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (init?.method !== 'POST' || lost) return response;
    lost = true;
    await response.text();
    throw new TypeError('Failed to fetch');
  };
  try {
    return await run();
  } finally {
    window.fetch = original;
  }
}

/** The URLs the page asked for since `since` entries of Resource Timing. */
const requestsSince = (since: number): string[] =>
  performance
    .getEntriesByType('resource')
    .slice(since)
    .map((entry) => decodeURIComponent(entry.name));

beforeEach(() => {
  localStorage.clear();
  delete window.wpApiSettings;
  performance.setResourceTimingBufferSize(10_000);
});

describe('the comment form after sending: nothing that happens can leave it stuck', () => {
  for (const link of ['http://[::1/?p=1', 'http://exa%zzmple.com/p/', 'http://example.com:99999/p/']) {
    it(`takes a comment whose answer links to ${link} as posted, with no link`, async () => {
      const { action, kept } = endpoint(`json-link?link=${encodeURIComponent(link)}`);
      const watch = watchPage();
      let detail: PressCommentPostedDetail;
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      try {
        await fill(el, 'Stored, with a broken link');
        detail = await posted(el);
      } finally {
        watch.stop();
      }
      expect(detail).to.include({ id: 41, status: 'approved', url: undefined });
      expect(parts(el, 'link').length).to.equal(0);
      expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(false);
      expect(drafts(), 'the site confirmed it: the draft goes').to.deep.equal([]);
      expect(await kept()).to.have.length(1);
      expect(watch.uncaught).to.deep.equal([]);
    });
  }

  it('reads anything that throws after sending as "maybe sent": the button comes back, the text stays, Try again', async () => {
    const { action } = endpoint('ok');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Sent into the unknown');
    const original = window.fetch.bind(window);
    const answer = {
      ok: true,
      status: 200,
      url: new URL(action, location.href).href,
      text: () => Promise.resolve(''),
      get redirected(): boolean {
        throw new Error('a broken answer');
      },
    };
    window.fetch = (input, init) => {
      if (init?.method !== 'POST') return original(input, init);
      window.fetch = original;
      return Promise.resolve(answer as unknown as Response);
    };
    const detail = await failed(el);
    expect(detail).to.deep.equal({ reason: 'server', message: en.unreadableError });
    expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(false);
    expect(control(el, 'comment').value).to.equal('Sent into the unknown');
    expect(drafts()).to.have.length(1);
    expect(parts(el, 'retry')).to.have.length(1);
  });
});

describe('a retry after a lost answer: WordPress’s duplicate check, not a guess', () => {
  it('posts again, and takes the 409 to the retry as the site confirming the comment (wp-comments-post.php)', async () => {
    const { action, received, kept } = endpoint('drop-answer-once');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Thanks, great post!');
    expect(await failed(el)).to.deep.equal({ reason: 'network', message: en.networkError });
    expect(drafts()).to.have.length(1);
    const event = await tryAgain(el);
    expect(event.detail).to.include({ status: 'pending', id: undefined, url: undefined });
    expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
    expect(drafts()).to.deep.equal([]);
    expect(await received()).to.have.length(2);
    expect(await kept()).to.have.length(1);
  });

  // Someone else (same name, another email) already said "Thanks, great post!" on this post.
  const others = [{ id: 3, post: 7, parent: 0, author_name: 'Ann', content: { rendered: '<p>Thanks, great post!</p>\n' }, link: '/other/#comment-3' }];

  for (const loggedIn of [false, true]) {
    it(`never takes someone else’s comment for the visitor’s (${loggedIn ? 'a logged-in visitor' : 'a visitor with the same name'}); the text goes into no URL`, async () => {
      const key = await store({ comments: others });
      const api = `/__test/fault/${key}/ok/wp-json/`;
      const since = performance.getEntriesByType('resource').length;
      const el = loggedIn
        ? await render(html`<press-comment-form post-id="7" api=${api} rest-nonce="editor-nonce"></press-comment-form>`)
        : await render(html`<press-comment-form post-id="7" api=${api}></press-comment-form>`);
      if (loggedIn) await waitUntil(() => parts(el, 'logged-in').length === 1, 'the form learned who is logged in');
      const detail = await losingFirstAnswer(async () => {
        control(el, 'comment').value = 'Thanks, great post!';
        if (!loggedIn) {
          control(el, 'author').value = 'Ann';
          control(el, 'email').value = 'ann.two@example.com';
        }
        expect((await failed(el)).reason).to.equal('network');
        return (await tryAgain(el)).detail as PressCommentPostedDetail;
      });
      // The retry was posted; WordPress's duplicate check (the test server's) found the first
      // attempt's comment, the visitor's own, not Ann's.
      expect(detail).to.include({ id: undefined, status: 'pending' });
      expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
      expect(el.shadowRoot!.querySelector('a[href*="other"]')).to.equal(null);
      const received = (await (await fetch(`/__test/comments/${key}`)).json()) as unknown[];
      expect(received, 'the first attempt, and the retry').to.have.length(2);
      expect(await (await fetch(`/__test/comments/${key}/kept`)).json()).to.have.length(1);
      const asked = requestsSince(since);
      expect(
        asked.filter((url) => /thanks|great/i.test(url)),
        'the comment in a URL',
      ).to.deep.equal([]);
    });
  }

  it('takes the REST API’s 409 comment_duplicate to a retry as the site confirming the comment', async () => {
    const key = await store({});
    const el = await render(html`<press-comment-form post-id="7" api=${`/__test/fault/${key}/ok/wp-json/`}></press-comment-form>`);
    const event = await losingFirstAnswer(async () => {
      await fill(el, 'Said once, through REST');
      expect((await failed(el)).reason).to.equal('network');
      return tryAgain(el);
    });
    expect(event.detail).to.include({ status: 'pending', id: undefined });
    expect(drafts()).to.deep.equal([]);
    expect(await (await fetch(`/__test/comments/${key}/kept`)).json()).to.have.length(1);
  });

  it('shows an emoji-only comment as published only when the page shows it', async () => {
    const { action } = endpoint('spam'); // to the post, which does not show it
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, '🎉🎉🎉');
    expect((await posted(el)).status).to.equal('pending');
  });
});

describe('the REST nonce goes to the page’s own origin only', () => {
  for (const given of ['wpApiSettings', 'rest-nonce']) {
    it(`not to another origin’s REST API (${given})`, async () => {
      const origin = await otherOrigin(`nonce-${given}`, true);
      const key = await store({});
      const api = `${origin}/__test/fault/${key}/ok/wp-json/`;
      if (given === 'wpApiSettings') window.wpApiSettings = { nonce: 'the-page-nonce' };
      const el =
        given === 'rest-nonce'
          ? await render(html`<press-comment-form post-id="7" api=${api} rest-nonce="the-page-nonce"></press-comment-form>`)
          : await render(html`<press-comment-form post-id="7" api=${api}></press-comment-form>`);
      await fill(el, `Across origins, ${given}`);
      expect((await posted(el)).status).to.equal('pending');
      const asked = (await heard(origin)).filter(({ url }) => url.includes(key));
      expect(
        asked.filter(({ method }) => method === 'POST'),
        'the comment went there',
      ).to.have.length(1);
      expect(
        asked.filter(({ nonce }) => nonce),
        'requests with the nonce',
      ).to.deep.equal([]);
      expect(parts(el, 'logged-in').length).to.equal(0);
    });
  }

  it('not with a comment posted to another origin’s REST API, whoever asks', async () => {
    const origin = await otherOrigin('nonce-post', true);
    const key = await store({});
    const rest = `${origin}/__test/fault/${key}/ok/wp-json/wp/v2/comments`;
    const body = new URLSearchParams({
      comment: 'Posted with a nonce at hand',
      author: 'Ann',
      email: 'ann@example.com',
      comment_post_ID: '7',
      comment_parent: '0',
    });
    expect(await postComment({ rest }, body, { nonce: 'the-page-nonce' })).to.include({ status: 'pending' });
    const asked = (await heard(origin)).filter(({ url }) => url.includes(key));
    expect(asked.map(({ method }) => method)).to.include('POST');
    expect(
      asked.filter(({ nonce }) => nonce),
      'requests with the nonce',
    ).to.deep.equal([]);
  });

  for (const root of ['wp-json/', 'wp-json/?rest_route=/', 'wp-json/?rest_route=%2F']) {
    it(`recognises the logged-in visitor on its own origin (${root})`, async () => {
      const key = await store({});
      const el = await render(html`<press-comment-form post-id="7" api=${`/__test/fault/${key}/ok/${root}`} rest-nonce="editor-nonce"></press-comment-form>`);
      await waitUntil(() => parts(el, 'logged-in').length === 1, 'the form learned who is logged in');
      expect(part(el, 'logged-in').textContent).to.equal('Logged in as Editor.');
    });
  }
});

describe('a form post to another origin: only where the answer can be read', () => {
  it('sends nothing to an origin without CORS, tells the site owner what to set, and the visitor that it is not set up', async () => {
    const origin = await otherOrigin('form-no-cors');
    const { action, received } = endpoint('ok', origin);
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Nowhere to go');
    const watch = watchPage();
    let detail: PressCommentFailedDetail;
    try {
      detail = await failed(el);
    } finally {
      watch.stop();
    }
    expect(detail).to.deep.equal({ reason: 'invalid', message: NOT_SET_UP });
    expect(await received(), 'the visitor’s name, email and text went there').to.deep.equal([]);
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain('api').and.contain('Access-Control-Allow-Origin').and.contain(action);
    expect(parts(el, 'retry').length, 'Try again would post to the same place').to.equal(0);
    expect(control(el, 'comment').value).to.equal('Nowhere to go');
  });

  it('posts to an origin that allows it (CORS), and reads the answer', async () => {
    const origin = await otherOrigin('form-cors', true);
    const { action, kept } = endpoint('held', origin);
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Across origins, allowed');
    expect(await posted(el)).to.include({ status: 'pending', id: 41 });
    expect(await kept()).to.have.length(1);
  });

  it('tells "sent, answer lost" from "refused": Try again, and the 409 confirms', async () => {
    const origin = await otherOrigin('form-cors-lost', true);
    const { action, kept } = endpoint('drop-answer-once', origin);
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Across origins, lost');
    expect((await failed(el)).reason).to.equal('network');
    expect((await tryAgain(el)).detail).to.include({ status: 'pending' });
    expect(await kept()).to.have.length(1);
  });
});

describe('only evidence counts as an acceptance', () => {
  it('takes a redirect to a login wall for an answer it cannot read: the draft stays, Try again', async () => {
    const { action, kept } = endpoint('login-wall-once');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Behind a login wall');
    expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
    expect(control(el, 'comment').value).to.equal('Behind a login wall');
    expect(drafts()).to.have.length(1);
    expect(await kept()).to.deep.equal([]);
    expect((await tryAgain(el)).detail).to.include({ status: 'approved' });
    expect(await kept()).to.have.length(1);
  });
});

describe('in a sandboxed frame (no cookies, no storage)', () => {
  it('takes typing and posting without an exception', async () => {
    const origin = await otherOrigin('sandboxed-form', true);
    const { action, kept } = endpoint('held', origin);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 600px; height: 900px; border: 0';
    frame.src = `/test/fixtures/comment-form-frame.html?action=${encodeURIComponent(action)}`;
    const messages: { type: string; errors: string[]; where?: Record<string, [number, number]>; values?: Record<string, string>; detail?: unknown }[] = [];
    const onMessage = ({ source, data }: MessageEvent): void => {
      if (source === frame.contentWindow) messages.push(data as (typeof messages)[number]);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
    try {
      await waitUntil(() => messages.some((m) => m.type === 'ready'), 'the frame’s form is ready', { timeout: 5000 });
      const where = messages.find((m) => m.type === 'ready')!.where!;
      const click = (id: string): Promise<void> => sendMouse({ type: 'click', position: where[id].map(Math.round) as [number, number] });
      for (const [id, text] of [
        ['comment', 'Typed in a sandbox'],
        ['author', 'Ann'],
        ['email', 'ann@example.com'],
      ]) {
        await click(id);
        await sendKeys({ type: text });
      }
      await click('wp-comment-cookies-consent'); // remembered (it cannot be)
      await click('wp-comment-cookies-consent'); // and forgotten (cookies it cannot read)
      frame.contentWindow!.postMessage('values', '*');
      await waitUntil(() => messages.some((m) => m.type === 'values'), 'the frame tells what its fields hold');
      expect(messages.find((m) => m.type === 'values')!.values).to.include({ comment: 'Typed in a sandbox', author: 'Ann', email: 'ann@example.com' });
      await click('submit');
      await waitUntil(() => messages.some((m) => m.type.startsWith('press-comment-')), 'the comment was posted or failed', { timeout: 5000 });
      const outcome = messages.find((m) => m.type.startsWith('press-comment-'))!;
      expect(outcome.errors).to.deep.equal([]);
      expect(outcome.type).to.equal('press-comment-posted');
      expect(outcome.detail).to.include({ status: 'pending', content: 'Typed in a sandbox' });
      expect(await kept()).to.have.length(1);
    } finally {
      window.removeEventListener('message', onMessage);
      frame.remove();
    }
  });
});

describe('unticking "Save my name…" forgets WordPress’s cookies', () => {
  it('on every path WordPress may have set them (a site under a sub-path)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/comment-form-frame.html?action=/x';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const hash = '0123456789abcdef0123456789abcdef';
    // WordPress sets them on its home's path (COOKIEPATH): here /test/ and /test/fixtures/.
    doc.cookie = `comment_author_${hash}=Ann; path=/test/fixtures/`;
    doc.cookie = `comment_author_email_${hash}=ann%40example.com; path=/test/`;
    doc.cookie = `comment_author_url_${hash}=https%3A%2F%2Fann.example; path=/test/fixtures`;
    try {
      await waitUntil(
        () => doc.querySelector('press-comment-form')?.shadowRoot?.querySelector<HTMLInputElement>('#author')?.value === 'Ann',
        'filled in from the cookies',
      );
      const consent = doc.querySelector('press-comment-form')!.shadowRoot!.querySelector<HTMLInputElement>('#wp-comment-cookies-consent')!;
      expect(consent.checked).to.equal(true);
      consent.click();
      expect(doc.cookie).not.to.contain('comment_author');
    } finally {
      for (const path of ['/test/fixtures/', '/test/', '/test/fixtures']) {
        for (const name of ['comment_author', 'comment_author_email', 'comment_author_url']) doc.cookie = `${name}_${hash}=; max-age=0; path=${path}`;
      }
      frame.remove();
    }
  });
});

describe('what the post page says is read by its markup, not by words a comment may quote', () => {
  it('takes comments as posted on a post that shows one naming “.wp-die-message” and “.comment-awaiting-moderation”', async () => {
    const { action, kept } = endpoint('ok');
    const first = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(first, 'How do I style .wp-die-message and .comment-awaiting-moderation in my theme?');
    expect(await posted(first), 'shown on the post: no error page, nothing awaiting moderation').to.include({ status: 'approved' });
    first.remove();
    // Another visitor, later, on the same post, which now shows that comment.
    localStorage.clear();
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Good question!');
    expect(await posted(el)).to.include({ status: 'approved' });
    expect(part(el, 'notice').textContent).to.contain('Your comment has been posted.');
    expect(parts(el, 'error')).to.have.length(0);
    expect(drafts()).to.deep.equal([]);
    expect(await kept()).to.have.length(2);
  });
});

describe('a redirect is an acceptance only to a page of the post, on the site posted to', () => {
  const pages = [
    ['a search page of the site that quotes the comment', 'search', 'Great read, thanks for the detail'],
    ['a sign-in page whose footer says “Thanks for visiting!”', 'login-wall', 'Thanks!'],
    ['a sign-in page whose footer says “© 2021”', 'login-wall', '+1'],
  ] as const;
  for (const [where, mode, text] of pages) {
    it(`not ${where} (“${text}”): the answer could not be read, the draft stays, Try again`, async () => {
      const { action } = endpoint(mode);
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(el, text);
      expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
      expect(control(el, 'comment').value).to.equal(text);
      expect(drafts()).to.have.length(1);
      expect(parts(el, 'retry')).to.have.length(1);
    });
  }

  for (const query of ['?p=5', '?page_id=5', '?unapproved=41&moderation-hash=abc']) {
    it(`not a page of another origin, even with ${query} and the post's markers`, async () => {
      const origin = await otherOrigin('elsewhere', true);
      // The post's page there, as the test server shows it (body class "postid-5" once it has a comment of post 5).
      const there = endpoint('ok', origin);
      const seeded = await render(html`<press-comment-form post-id="5" action=${there.action}></press-comment-form>`);
      await fill(seeded, 'Seeded on the other origin');
      await posted(seeded);
      seeded.remove();
      localStorage.clear();
      const to = `${origin}/__test/post-page/${there.key}${query}`;
      const { action } = endpoint(`redirect?to=${encodeURIComponent(to)}`);
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(el, 'Quite a specific sentence');
      expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
      expect(control(el, 'comment').value).to.equal('Quite a specific sentence');
      expect(drafts()).to.have.length(1);
    });
  }

  for (const [name, to, text] of [
    [
      'another page at this page’s path: with plain permalinks every page is at “/”, only the query tells',
      `${location.origin}${location.pathname}?maintenance=1`,
      'Sent while the site was down',
    ],
    [
      'a listing that shows the post (post_class() prints article#post-5 there too)',
      new URL('/test/fixtures/listing.html', location.href).href,
      'Sent to a listing',
    ],
  ]) {
    it(`not ${name}`, async () => {
      const { action } = endpoint(`redirect?to=${encodeURIComponent(to)}`);
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(el, text);
      expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
      expect(control(el, 'comment').value).to.equal(text);
      expect(drafts()).to.have.length(1);
    });
  }

  it('takes a JSON answer about another post for an answer it cannot read', async () => {
    const { action } = endpoint('json-other-post');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Answered about post 999');
    expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
    expect(parts(el, 'link')).to.have.length(0);
    expect(control(el, 'comment').value).to.equal('Answered about post 999');
    expect(drafts()).to.have.length(1);
  });
});

describe('a page whose other scripts misbehave', () => {
  it('keeps and restores the draft, and posts, when reading wpApiSettings throws', async () => {
    Object.defineProperty(window, 'wpApiSettings', {
      configurable: true,
      get() {
        throw new Error('another script’s wpApiSettings');
      },
    });
    const { action, kept } = endpoint('ok');
    const watch = watchPage();
    try {
      const first = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(first, 'Typed on a page with odd scripts');
      await waitUntil(() => drafts().length === 1, 'the draft is kept');
      first.remove();
      // What a reload shows.
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await waitUntil(() => control(el, 'comment').value === 'Typed on a page with odd scripts', 'the draft is restored');
      await type(el, 'author', 'Ann');
      await type(el, 'email', 'ann@example.com');
      expect(await posted(el)).to.include({ status: 'approved' });
      expect(await kept()).to.have.length(1);
    } finally {
      watch.stop();
    }
    expect(watch.uncaught).to.deep.equal([]);
  });
});

describe('text typed while the comment is being sent', () => {
  for (const reply of [false, true]) {
    it(`stays, as the draft of where the form now posts${reply ? ' (a reply sent: the form is back on the post)' : ''}`, async () => {
      const { action, kept } = endpoint('ok');
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      if (reply) await el.replyTo(3, 'Bob');
      await fill(el, 'First part.');
      // The site's answer waits until the visitor has typed more.
      const original = window.fetch.bind(window);
      let answer = (): void => undefined;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      window.fetch = async (input, init) => {
        const response = await original(input, init);
        if (init?.method === 'POST') await answered;
        return response;
      };
      try {
        const done = oneEvent(el, 'press-comment-posted');
        part(el, 'submit').click();
        await waitUntil(() => part(el, 'form').getAttribute('aria-busy') === 'true', 'sending');
        control(el, 'comment').focus();
        await sendKeys({ type: ' P.S. A second thought.' });
        answer();
        expect((await done).detail).to.include({ content: 'First part.', parent: reply ? 3 : 0 });
        await el.updateComplete;
      } finally {
        window.fetch = original;
      }
      expect(part(el, 'notice').textContent).to.contain('Your comment has been posted.');
      expect(parts(el, 'cancel'), 'back on the post').to.have.length(0);
      expect(control(el, 'comment').value).to.equal('First part. P.S. A second thought.');
      expect(await kept()).to.have.length(1);
      // Kept at once (a tab closed now loses nothing), and what a reload shows.
      const stored = drafts().map((key) => localStorage.getItem(key) ?? '');
      expect(stored).to.have.length(1);
      expect(stored[0]).to.contain('First part. P.S. A second thought.');
      el.remove();
      const reloaded = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await waitUntil(() => control(reloaded, 'comment').value === 'First part. P.S. A second thought.', 'the draft after a reload');
    });
  }
});

describe('a retry is the same comment to WordPress whatever its ends gained (WordPress trims)', () => {
  for (const [edit, keys] of [
    ['a line break', { press: 'Enter' }],
    ['a space', { type: ' ' }],
  ] as const) {
    it(`takes the 409 to a retry with ${edit} added as the site confirming the comment`, async () => {
      const { action, kept } = endpoint('drop-answer-once');
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(el, 'Trimmed by WordPress');
      expect((await failed(el)).reason).to.equal('network');
      control(el, 'comment').focus();
      await sendKeys(keys);
      expect(control(el, 'comment').value).to.match(/^Trimmed by WordPress\s$/);
      expect(localStorage.getItem(drafts()[0] ?? ''), 'the draft, still maybe sent').to.contain('"lost":true');
      expect((await tryAgain(el)).detail).to.include({ status: 'pending' });
      expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
      expect(parts(el, 'retry')).to.have.length(0);
      expect(drafts()).to.deep.equal([]);
      expect(await kept()).to.have.length(1);
    });
  }
});

describe('“maybe sent” only when the post itself may have reached the site', () => {
  it('a probe of another origin that times out is a network failure: nothing sent, not “not set up”, no console claim', async () => {
    const origin = await otherOrigin('slow-preflight', true);
    const { action, received } = endpoint('ok?preflight-ms=1500', origin);
    const body = new URLSearchParams({ comment: 'Slow', author: 'Ann', email: 'ann@example.com', comment_post_ID: '5', comment_parent: '0' });
    const watch = watchPage();
    let sent = false;
    let outcome: Awaited<ReturnType<typeof postComment>>;
    try {
      outcome = await postComment({ action }, body, {
        timeoutMs: 500,
        sending: () => {
          sent = true;
        },
      });
    } finally {
      watch.stop();
    }
    expect(outcome).to.deep.equal({ reason: 'network', problem: 'networkError' });
    expect(sent, 'the post started').to.equal(false);
    expect(watch.warnings).to.deep.equal([]);
    expect(await received()).to.deep.equal([]);
  });

  it('another origin that cannot be reached: nothing was sent, so no “Try again”, and the draft is not marked maybe sent', async () => {
    const port = (await (await fetch('/__test/port/unreachable-probe')).json()) as number;
    const el = await render(html`<press-comment-form post-id="5" action=${`http://127.0.0.1:${String(port)}/wp-comments-post.php`}></press-comment-form>`);
    await fill(el, 'Never left the browser');
    expect(await failed(el)).to.deep.equal({ reason: 'network', message: en.networkError });
    expect(parts(el, 'retry')).to.have.length(0);
    expect(control(el, 'comment').value).to.equal('Never left the browser');
    expect(localStorage.getItem(drafts()[0] ?? '')).to.contain('"lost":false');
  });

  it('another origin that answers preflights, but not the post, readably: the site owner is told once what is missing', async () => {
    const origin = await otherOrigin('preflights-only', 'preflights');
    const { action, kept } = endpoint('ok', origin);
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Sent where the answer cannot be read');
    const watch = watchPage();
    try {
      expect((await failed(el)).reason).to.equal('network');
      expect(parts(el, 'retry'), 'it may have arrived').to.have.length(1);
      expect((await tryAgain(el)).detail).to.include({ reason: 'network' });
    } finally {
      watch.stop();
    }
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain(action).and.contain(`Access-Control-Allow-Origin: ${location.origin}`).and.contain('POST');
    expect(await kept()).to.have.length(1);
  });
});

describe('unticking "Save my name…" forgets WordPress’s cookies set with a Domain (COOKIE_DOMAIN)', () => {
  it('on the host and each parent domain, on every path (a page of b.a.localhost)', async () => {
    const hash = 'fedcba9876543210fedcba9876543210';
    const cookies = [
      `comment_author_${hash}=Ann; path=/; domain=a.localhost`,
      `comment_author_email_${hash}=ann%40example.com; path=/__test/cookie-page/; domain=b.a.localhost`,
      `comment_author_url_${hash}=https%3A%2F%2Fann.example; path=/__test/; domain=a.localhost`,
    ];
    // A window of its own, so that the page is the first party of b.a.localhost (Chromium takes
    // any *.localhost for this machine) and its cookies are set as on a site of that name.
    const page = new URL(`http://b.a.localhost:${location.port}/__test/cookie-page/${crypto.randomUUID()}/blog/post/`);
    for (const cookie of cookies) page.searchParams.append('cookie', cookie);
    /** What the page tells: its cookies before and after, and the name the form filled in. */
    interface Told {
      before: string;
      filled: string;
      after: string;
    }
    const told = new Promise<Told>((resolve) => {
      const onMessage = ({ data }: MessageEvent<Told>): void => {
        resolve(data);
      };
      addEventListener('message', onMessage, { once: true });
    });
    const opened = window.open(page.href);
    try {
      const { before, filled, after } = await told;
      expect(before.match(/comment_author/g), 'the cookies were set').to.have.length(3);
      expect(filled, 'filled in from them').to.equal('Ann');
      expect(after).not.to.contain('comment_author');
    } finally {
      opened?.close();
    }
  });
});
