// press-comment-form posting to a real WordPress (test/wordpress/README.md), both ways it can:
// from another origin (this page's: the REST API, `POST /wp/v2/comments`) and from WordPress's own
// origin (the classic `wp-comments-post.php`; `/wp/…` on this page's origin is WordPress behind a
// proxy, test/wordpress/same-origin.js). Each outcome is checked as the visitor sees it.
// Every comment has a text of its own (WordPress refuses duplicates), marked with this run's word,
// and is deleted at the end; the switches are reset after each test.
import { en } from '../../src/i18n/en.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import type { PressCommentFailedDetail, PressCommentPostedDetail } from '../../src/events.js';
import { logInAsAdmin, logOut, resetSwitches, setSwitch, WP, type AdminSession } from './wordpress.js';

const DUPLICATE = 'Duplicate comment detected; it looks as though you’ve already said that!';
const FLOOD = 'You are posting comments too quickly. Slow down.';
const CLOSED = 'Sorry, comments are closed for this item.';
const FILTER = "add_filter( 'rest_allow_anonymous_comments', '__return_true' );";

/** The classic form's action on this page's own origin. */
const CLASSIC = '/wp/wp-comments-post.php';

let openPost = 0;
let closedPost = 0;

/** In the text of every comment these tests post; they delete them by it at the end. */
const RUN = `posting-test-${crypto.randomUUID().slice(0, 8)}`;
const unique = (what: string): string => `${what} ${RUN} ${crypto.randomUUID().slice(0, 8)}`;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function form(template: TemplateResult): Promise<PressCommentForm> {
  const el = await fixture<PressCommentForm>(template);
  await el.updateComplete;
  return el;
}

/** Fills the fields as a visitor would (email may be left out). */
function fill(el: PressCommentForm, comment: string, { email = 'ann@example.com', consent = false } = {}): void {
  const set = (id: string, value: string): void => {
    el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.value = value;
  };
  set('comment', comment);
  set('author', 'Ann Example');
  set('email', email);
  if (consent) el.shadowRoot!.querySelector<HTMLInputElement>('#wp-comment-cookies-consent')!.checked = true;
}

interface Seen {
  type: string;
  detail: PressCommentPostedDetail | PressCommentFailedDetail;
  /** What the visitor reads: the notice, or the error. */
  notice: string;
  error: string;
  preview: string | undefined;
  link: string | undefined;
}

/** Clicks "Post Comment" and waits for what becomes of the comment. */
async function send(el: PressCommentForm): Promise<Seen> {
  const outcome = Promise.race([oneEvent(el, 'press-comment-posted'), oneEvent(el, 'press-comment-failed')]);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  const event = (await outcome) as CustomEvent<Seen['detail']>;
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    type: event.type,
    detail: event.detail,
    notice: text(root.querySelector('[part~=notice] p')),
    error: text(root.querySelector('[part~=form] [part~=error]')),
    preview: root.querySelector('[part~=notice] blockquote')?.textContent ?? undefined,
    link: root.querySelector<HTMLAnchorElement>('[part~=link]')?.href,
  };
}

/** Approved comments on `post` whose text contains `words`, as WordPress lists them to anyone. */
async function approved(post: number, words: string): Promise<number[]> {
  const response = await fetch(`${WP}/?rest_route=/wp/v2/comments&post=${String(post)}&search=${encodeURIComponent(words)}&_fields=id`);
  return ((await response.json()) as { id: number }[]).map(({ id }) => id);
}

before(async () => {
  const response = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id,comment_status`);
  const posts = (await response.json()) as { id: number; comment_status: string }[];
  openPost = posts.find((post) => post.comment_status === 'open')!.id;
  closedPost = posts.find((post) => post.comment_status === 'closed')!.id;
  await resetSwitches();
});

afterEach(resetSwitches);

after(async () => {
  const response = await fetch('/wp-test/delete-comments', { method: 'POST', body: RUN });
  expect(await response.text(), 'deleting the comments posted').to.equal('done');
});

describe('posting a comment from another origin: the REST API', () => {
  const rest = (post = openPost, attrs = ''): Promise<PressCommentForm> =>
    attrs
      ? form(html`<press-comment-form api=${`${WP}/wp-json/`} post-id=${post} require-name-email="false"></press-comment-form>`)
      : form(html`<press-comment-form api=${`${WP}/wp-json/`} post-id=${post}></press-comment-form>`);

  it('asks the visitor’s patience, and tells the site owner the filter, when WordPress wants a login (401)', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(...args);
    const words = unique('Refused politely');
    let seen: Seen;
    try {
      const el = await rest();
      fill(el, words);
      seen = await send(el);
    } finally {
      console.warn = warn;
    }
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: en.loginRequired });
    expect(seen.error).to.equal("Comments can't be posted from this page yet.");
    expect(warnings.join(' ')).to.contain(FILTER);
  });

  it('shows an approved comment as posted, with its link (201, status "approved")', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Approved through REST');
    const el = await rest();
    fill(el, words);
    const seen = await send(el);
    const detail = seen.detail as PressCommentPostedDetail;
    expect(detail.status).to.equal('approved');
    expect(await approved(openPost, words)).to.deep.equal([detail.id]);
    expect(detail.url).to.match(new RegExp(`^${WP}/.+#comment-${String(detail.id)}$`));
    expect(seen.notice).to.equal('Your comment has been posted. View your comment');
    expect(seen.link).to.equal(detail.url);
  });

  it('shows a held comment as awaiting moderation, with a preview (201, status "hold")', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'hold');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Held through REST');
    const el = await rest();
    fill(el, words);
    const seen = await send(el);
    expect(seen.detail).to.include({ status: 'pending' });
    expect((seen.detail as PressCommentPostedDetail).id).to.be.a('number');
    expect(seen.notice).to.equal('Your comment is awaiting moderation.');
    expect(seen.preview).to.equal(words);
    expect(await approved(openPost, words)).to.deep.equal([]);
  });

  it('shows WordPress’s message for a duplicate (409 comment_duplicate), and keeps the text', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Said twice');
    const el = await rest();
    fill(el, words);
    expect((await send(el)).type).to.equal('press-comment-posted');
    fill(el, words);
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: DUPLICATE });
    expect(seen.error).to.equal(DUPLICATE);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal(words);
  });

  it('shows WordPress’s message when comments come too fast (400 comment_flood)', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const el = await rest();
    fill(el, unique('First'));
    expect((await send(el)).type).to.equal('press-comment-posted');
    await setSwitch('press_test_no_flood', '');
    fill(el, unique('Second, too soon'));
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: FLOOD });
    expect(seen.error).to.equal(FLOOD);
  });

  it('shows WordPress’s message when the email is missing (400 rest_comment_author_data_required)', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_no_flood', '1');
    // The form itself would ask for the email: here only WordPress does.
    const el = await rest(openPost, 'optional');
    fill(el, unique('No email'), { email: '' });
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: 'Creating a comment requires valid author name and email values.' });
    expect(seen.error).to.equal('Creating a comment requires valid author name and email values.');
  });

  it('shows WordPress’s message when comments are closed (403 rest_comment_closed)', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_no_flood', '1');
    const el = await rest(closedPost);
    fill(el, unique('Too late'));
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: CLOSED });
  });

  /** A form posting through the proxy, which drops the answer to the first POST; the action stays WordPress's own (another origin), so the form posts through REST. */
  const losing = (): Promise<PressCommentForm> =>
    form(html`<press-comment-form api=${`${location.origin}/wp/wp-json/?press-lose=${crypto.randomUUID()}`} post-id=${openPost}></press-comment-form>`);

  it('posts again when the answer to the first attempt was lost: WordPress’s 409 to the retry confirms it, one copy in the database', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const el = await losing();
    const words = unique('Lost answer, REST');
    fill(el, words);
    const first = await send(el);
    expect(first.detail).to.deep.equal({ reason: 'network', message: en.networkError });
    const ids = await approved(openPost, words);
    expect(ids, 'the first attempt reached WordPress').to.have.length(1);
    const posts = performance.getEntriesByType('resource').length;
    const second = await send(el);
    // The retry was posted (the comment's words in no URL), and WordPress refused it as a duplicate.
    const asked = performance
      .getEntriesByType('resource')
      .slice(posts)
      .map((entry) => entry.name);
    expect(
      asked.filter((url) => url.includes('/wp/v2/comments')),
      'the retry',
    ).to.have.length(1);
    expect(
      asked.filter((url) => url.includes(encodeURIComponent(words.split(' ')[0]))),
      'the words in a URL',
    ).to.deep.equal([]);
    expect(second.detail).to.include({ id: undefined, status: 'pending', url: undefined });
    expect(second.notice).to.equal('Your comment is awaiting moderation.');
    expect(second.error).to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value, 'the draft goes').to.equal('');
    expect(await approved(openPost, words), 'one comment, not two').to.deep.equal(ids);
  });

  it('posts once when the answer was lost and the comment is held: the retry’s 409 shows it as received', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_moderation', 'hold');
    await setSwitch('press_test_no_flood', '1');
    const el = await losing();
    fill(el, unique('Lost answer, held, REST'));
    expect((await send(el)).detail).to.deep.equal({ reason: 'network', message: en.networkError });
    const second = await send(el);
    // Held comments are not listed to visitors: the form posts again, and WordPress's "duplicate" tells.
    expect(second.detail).to.include({ id: undefined, status: 'pending', url: undefined });
    expect(second.notice).to.equal('Your comment is awaiting moderation.');
    expect(second.error).to.equal('');
  });
});

describe('posting as a logged-in visitor: the REST API with WordPress’s nonce', () => {
  let session: AdminSession;

  before(async () => {
    session = await logInAsAdmin();
  });

  after(async () => {
    await logOut(session);
    const check = (await (await fetch('/wp/?press-test=nonce')).json()) as { error?: string };
    expect(check.error, 'logged out again').to.equal('not logged in');
  });

  it('says who is logged in, asks no name nor email, and posts as them', async () => {
    const el = await form(
      html`<press-comment-form api=${`${location.origin}/wp/wp-json/`} post-id=${openPost} rest-nonce=${session.nonce}></press-comment-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=logged-in]'), 'the form learned who is logged in');
    expect(text(el.shadowRoot!.querySelector('[part~=logged-in]'))).to.equal(`Logged in as ${session.name}.`);
    expect(el.shadowRoot!.querySelectorAll('#author, #email, #url, #wp-comment-cookies-consent')).to.have.length(0);
    await expect(el).to.be.accessible();
    const words = unique('As the editor');
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value = words;
    const seen = await send(el);
    // An administrator's comment is published at once.
    expect(seen.detail).to.include({ status: 'approved', author: session.name });
    const response = await fetch(`${WP}/?rest_route=/wp/v2/comments&post=${String(openPost)}&search=${encodeURIComponent(words)}&_fields=author_name,author`);
    expect(await response.json()).to.deep.equal([{ author: 1, author_name: session.name }]);
  });

  it('posts as a visitor when the nonce is no longer good', async () => {
    await setSwitch('press_test_anonymous_rest', '1');
    const marker = crypto.randomUUID();
    // On the page's own origin: the nonce goes to no other.
    const el = await form(
      html`<press-comment-form api=${`${location.origin}/wp/wp-json/?press-test-run=${marker}`} post-id=${openPost} rest-nonce="expired"></press-comment-form>`,
    );
    // WordPress has answered the question "who is this?" (with 403 rest_cookie_invalid_nonce).
    await waitUntil(() => performance.getEntriesByType('resource').some(({ name }) => name.includes(marker) && name.includes('users/me')));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=logged-in]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#author')).to.not.equal(null);
  });
});

describe('posting a comment from WordPress’s own origin: wp-comments-post.php', () => {
  const classic = (post = openPost, action = CLASSIC): Promise<PressCommentForm> =>
    form(html`<press-comment-form action=${action} post-id=${post} require-name-email="false"></press-comment-form>`);

  it('shows an approved comment as posted, linked to its post (302 to the post)', async () => {
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Approved, classic');
    const el = await classic();
    fill(el, words);
    const seen = await send(el);
    expect(seen.detail).to.include({ status: 'approved', id: undefined });
    expect((seen.detail as PressCommentPostedDetail).url).to.match(new RegExp(`^${location.origin}/wp/.+/$`));
    expect(seen.notice).to.equal('Your comment has been posted. View your comment');
    expect(await approved(openPost, words)).to.have.length(1);
  });

  it('shows a held comment as awaiting moderation (302 to ?unapproved=N)', async () => {
    await setSwitch('press_test_moderation', 'hold');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Held, classic');
    const el = await classic();
    fill(el, words);
    const seen = await send(el);
    expect(seen.detail).to.include({ status: 'pending' });
    expect((seen.detail as PressCommentPostedDetail).id).to.be.a('number');
    expect(seen.notice).to.equal('Your comment is awaiting moderation.');
    expect(seen.preview).to.equal(words);
  });

  it('shows a held comment as awaiting moderation when the visitor ticked the cookie consent (302 to the post)', async () => {
    await setSwitch('press_test_moderation', 'hold');
    await setSwitch('press_test_no_flood', '1');
    const el = await classic();
    fill(el, unique('Held with consent'), { consent: true });
    const seen = await send(el);
    expect(seen.detail).to.include({ status: 'pending', id: undefined });
    expect(seen.notice).to.equal('Your comment is awaiting moderation.');
  });

  it('fills in the details WordPress remembered in its comment cookies, and forgets them when the box is unticked', async () => {
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    localStorage.clear();
    const el = await classic();
    fill(el, unique('Remember me, classic'), { consent: true });
    expect((await send(el)).type).to.equal('press-comment-posted');
    expect(document.cookie, 'WordPress set its comment cookies').to.match(/comment_author_[0-9a-f]{32}=Ann/);
    localStorage.clear(); // only WordPress's cookies remember the visitor now
    el.remove();

    const next = await classic();
    await waitUntil(() => next.shadowRoot!.querySelector<HTMLInputElement>('#author')!.value === 'Ann Example', 'filled from the cookies');
    expect(next.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value).to.equal('ann@example.com');
    const consent = next.shadowRoot!.querySelector<HTMLInputElement>('#wp-comment-cookies-consent')!;
    expect(consent.checked).to.equal(true);
    consent.click();
    expect(document.cookie).not.to.match(/comment_author_/);
  });

  it('shows WordPress’s message from its 200 error page (no email)', async () => {
    await setSwitch('press_test_no_flood', '1');
    const el = await classic();
    fill(el, unique('No email, classic'), { email: '' });
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: 'Error: Please fill the required fields.' });
    expect(seen.error).to.equal('Error: Please fill the required fields.');
  });

  it('shows WordPress’s message for a duplicate (409)', async () => {
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const words = unique('Said twice, classic');
    const el = await classic();
    fill(el, words);
    expect((await send(el)).type).to.equal('press-comment-posted');
    fill(el, words);
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: DUPLICATE });
  });

  it('shows WordPress’s message when comments come too fast (429)', async () => {
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const el = await classic();
    fill(el, unique('First, classic'));
    expect((await send(el)).type).to.equal('press-comment-posted');
    await setSwitch('press_test_no_flood', '');
    fill(el, unique('Second, too soon, classic'));
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: FLOOD });
  });

  it('shows WordPress’s message when comments are closed (403)', async () => {
    await setSwitch('press_test_no_flood', '1');
    const el = await classic(closedPost);
    fill(el, unique('Too late, classic'));
    const seen = await send(el);
    expect(seen.detail).to.deep.equal({ reason: 'rejected', message: CLOSED });
  });

  it('posts once when the answer to the first attempt was lost: the retry’s 409 shows it as received', async () => {
    await setSwitch('press_test_moderation', 'approve');
    await setSwitch('press_test_no_flood', '1');
    const el = await classic(openPost, `${CLASSIC}?press-lose=${crypto.randomUUID()}`);
    const words = unique('Lost answer, classic');
    fill(el, words);
    expect((await send(el)).detail).to.deep.equal({ reason: 'network', message: en.networkError });
    const second = await send(el);
    expect(second.detail).to.include({ id: undefined, status: 'pending', url: undefined });
    expect(second.notice).to.equal('Your comment is awaiting moderation.');
    expect(await approved(openPost, words), 'one comment, not two').to.have.length(1);
  });
});
