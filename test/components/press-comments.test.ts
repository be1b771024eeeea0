// <press-comments> as a reader sees it: the thread from a feed (threading, depth, order, pages,
// titles, avatars), from the theme's own markup (and that markup kept when the site fails), the error
// state and Retry, the page's comment form moving in and out with Reply, hostile and broken threads,
// axe in each state, the keyboard, right to left, and loading only when scrolled near.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressComments } from '../../src/components/press-comments/press-comments.js';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { control, endpoint, fill, posted, type } from '../helpers/comment-form.js';
import { loaded, part, parts, shadowText, uniqueFeed } from '../helpers/fixtures.js';
import { watchPage } from '../helpers/watch.js';

/** A feed of its own for each test, with post 7's thread. */
const feedWith = (thread: unknown, extra: Record<string, unknown> = {}): string =>
  URL.createObjectURL(new Blob([JSON.stringify({ threads: { 7: thread }, ...extra })], { type: 'application/json' }));

const at = (minute: number): string => `2025-12-06T09:${String(minute).padStart(2, '0')}:00+01:00`;
const comment = (id: number, parent: number, minute: number, content = `<p>Comment ${String(id)}</p>`, more: Record<string, unknown> = {}) => ({
  id,
  parent,
  author: `Author ${String(id)}`,
  date: at(minute),
  content,
  ...more,
});

/** Each comment shown, in order: [id, level]. */
const shown = (el: Element): [number, number][] =>
  parts(el, 'comment').map((li) => [Number(li.id.slice('comment-'.length)), Number(/depth-(\d+)/.exec(li.className)?.[1])]);

/** The ids of the comments shown, in order. */
const ids = (el: Element): number[] => shown(el).map(([id]) => id);

/** An element's text, whitespace folded. */
const textOf = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The shown comment `id`'s <li>. */
const item = (el: Element, id: number): HTMLElement => {
  const found = el.shadowRoot!.getElementById(`comment-${String(id)}`);
  if (!found) throw new Error(`comment ${String(id)} is not shown`);
  return found;
};

/** A feed served by the test server at /__test/fault/<key>/<mode>, counted there; `fix()` makes it answer well. */
async function served(feed: unknown, mode = 'ok'): Promise<{ src: string; requests: () => Promise<number>; fix: () => Promise<void> }> {
  const key = crypto.randomUUID();
  await fetch(`/__test/store/${key}`, { method: 'POST', body: JSON.stringify(feed) });
  return {
    src: `/__test/fault/${key}/${mode}`,
    requests: async () => (await (await fetch(`/__test/count/${key}`)).json()) as number,
    fix: async () => {
      await fetch(`/__test/set/${key}/ok`);
    },
  };
}

/** The pages made by {@link threadAndForm}: removed after each test, so that no form of one test is found by the next. */
/** The page gets a comment form (for no post in particular): the thread offers Reply only with one. */
async function withForm(el: PressComments): Promise<void> {
  el.after(document.createElement('press-comment-form'));
  el.requestUpdate();
  await el.updateComplete;
}

const pages: HTMLElement[] = [];

/** A page of its own with a thread of post 7 and the page's comment form for it, posting to `action` (by default nowhere). */
async function threadAndForm(thread: unknown, action?: string, attributes = ''): Promise<{ page: HTMLElement; el: PressComments; form: PressCommentForm }> {
  const page = document.createElement('div');
  document.body.append(page);
  pages.push(page);
  page.innerHTML = `<press-comments lang="en-US" src="${feedWith(thread)}" post-id="7" ${attributes}></press-comments><p>Between</p><press-comment-form lang="en-US" action="${action ?? '/x'}" post-id="7"></press-comment-form>`;
  const el = page.querySelector<PressComments>('press-comments')!;
  const form = page.querySelector<PressCommentForm>('press-comment-form')!;
  await oneEvent(el, 'press-load');
  await el.updateComplete;
  await form.updateComplete;
  return { page, el, form };
}

/** Clicks comment `id`'s Reply and waits until the form is under it. */
async function replyTo(el: PressComments, form: PressCommentForm, id: number): Promise<void> {
  item(el, id).querySelector<HTMLElement>(':scope > article [part~="reply"]')!.click();
  await waitUntil(() => form.replyToId === id && form.slot === 'reply', `replying to ${String(id)}`);
  await el.updateComplete;
  await form.updateComplete;
}

/** The comment `id` under which the form is shown: the <li> whose reply slot has it. */
const formUnder = (el: PressComments, form: PressCommentForm): number | undefined => {
  const slot = [...el.shadowRoot!.querySelectorAll<HTMLSlotElement>('slot[name="reply"]')].find((s) => s.assignedElements().includes(form));
  const li = slot?.closest('li');
  return li ? Number(li.id.slice('comment-'.length)) : undefined;
};

/** twentytwentyone's wp_list_comments() markup (html5, avatar 60): comment 1 by Ann with a website, 2 replying to it, 3. */
const THEME_MARKUP = `
<div id="comments" class="comments-area default-max-width show-avatars">
  <h2 class="comments-title">3 Replies to “Hello world!”</h2>
  <ol class="comment-list">
    <li id="comment-1" class="comment even thread-even depth-1 parent">
      <article id="div-comment-1" class="comment-body">
        <footer class="comment-meta">
          <div class="comment-author vcard">
            <img alt="" src="https://secure.gravatar.com/avatar/aa?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async">
            <b class="fn"><a href="https://ann.example/" class="url" rel="ugc external nofollow">Ann</a></b> <span class="says">says:</span>
          </div>
          <div class="comment-metadata">
            <a href="https://blog.example/hello-world/#comment-1"><time datetime="2025-12-06T09:30:00+00:00">December 6, 2025 at 9:30 am</time></a>
          </div>
        </footer>
        <div class="comment-content"><p>First &amp; <strong>best</strong>, <a href="https://example.com/" rel="nofollow ugc">a link</a></p></div>
        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-1" data-commentid="1" data-postid="5" data-belowelement="div-comment-1" data-respondelement="respond" data-replyto="Reply to Ann" aria-label="Reply to Ann">Reply</a></div>
      </article>
      <ol class="children">
        <li id="comment-2" class="comment odd alt depth-2">
          <article id="div-comment-2" class="comment-body">
            <footer class="comment-meta">
              <div class="comment-author vcard">
                <img alt="" src="https://secure.gravatar.com/avatar/bb?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async">
                <b class="fn">Bob</b> <span class="says">says:</span>
              </div>
              <div class="comment-metadata">
                <a href="https://blog.example/hello-world/#comment-2"><time datetime="2025-12-06T10:00:00+00:00">December 6, 2025 at 10:00 am</time></a>
              </div>
            </footer>
            <div class="comment-content"><p>Agreed.</p></div>
            <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-2" aria-label="Reply to Bob">Reply</a></div>
          </article>
        </li>
      </ol>
    </li>
    <li id="comment-3" class="comment even thread-odd thread-alt depth-1">
      <article id="div-comment-3" class="comment-body">
        <footer class="comment-meta">
          <div class="comment-author vcard">
            <img alt="" src="https://secure.gravatar.com/avatar/cc?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async">
            <b class="fn"><a href="javascript:alert(1)" class="url" rel="ugc external nofollow">Mallory</a></b> <span class="says">says:</span>
          </div>
          <div class="comment-metadata">
            <a href="https://blog.example/hello-world/#comment-3"><time datetime="2025-12-06T11:15:00+00:00">December 6, 2025 at 11:15 am</time></a>
          </div>
        </footer>
        <div class="comment-content"><p>Ünïcødé <em>too</em><img src="x" onerror="window.markupRan = 1"></p></div>
        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-3" aria-label="Reply to Mallory">Reply</a></div>
      </article>
    </li>
  </ol>
</div>`;

describe('press-comments: the feed’s thread as WordPress shows it', () => {
  const tree = [comment(1, 0, 1), comment(2, 1, 2), comment(3, 2, 3), comment(4, 3, 4), comment(5, 2, 5), comment(6, 0, 6)];

  it('threaded="false" lists every comment at depth 1, oldest first, whatever the feed’s order; no Reply', async () => {
    const src = feedWith({
      title: 'T',
      comments: [comment(6, 0, 6), comment(3, 2, 3), comment(1, 0, 1), comment(5, 2, 5), comment(2, 1, 2), comment(4, 3, 4)],
    });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" threaded="false"></press-comments>`);
    expect(shown(el)).to.deep.equal([1, 2, 3, 4, 5, 6].map((id) => [id, 1]));
    expect(parts(el, 'children')).to.have.length(0);
    expect(parts(el, 'reply')).to.have.length(0);
    // Threading back on: nested again.
    el.threaded = true;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 3],
      [6, 1],
    ]);
    expect(item(el, 1).className).to.equal('comment depth-1 parent');
  });

  it('depth="2": deeper replies join the last level, each right after what it answers, without Reply', async () => {
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: tree })} post-id="7" depth="2"></press-comments>`,
    );
    await withForm(el);
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 2],
      [5, 2],
      [6, 1],
    ]);
    // All of them in comment 1's list of replies, as siblings.
    expect([...item(el, 1).querySelectorAll(':scope > ol.children > li')].map((li) => li.id)).to.deep.equal([
      'comment-2',
      'comment-3',
      'comment-4',
      'comment-5',
    ]);
    expect([1, 2, 3, 4, 5, 6].map((id) => item(el, id).querySelector(':scope > article [part~="reply"]') !== null)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('order="desc" puts the newest top-level comments first; replies stay oldest first under them', async () => {
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: tree })} post-id="7" order="desc"></press-comments>`,
    );
    expect(ids(el)).to.deep.equal([6, 1, 2, 3, 4, 5]);
  });

  it('pages: per-page counts top-level comments; the newest page first by default, default-page="oldest", page', async () => {
    const comments = [...Array.from({ length: 7 }, (_, i) => comment(i + 1, 0, i + 1)), comment(8, 1, 20)];
    const src = feedWith({ title: 'T', comments });
    const newest = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" per-page="3"></press-comments>`);
    expect(ids(newest)).to.deep.equal([7]);
    expect(parts(newest, 'newer')).to.have.length(0);
    expect(textOf(part(newest, 'older'))).to.equal('« Older Comments');
    expect(part(newest, 'navigation').getAttribute('aria-label')).to.equal('Comments navigation');
    // The title counts every comment, not the page's.
    expect(part(newest, 'heading').textContent).to.equal('8 responses to “T”');

    const oldest = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" per-page="3" default-page="oldest"></press-comments>`);
    expect(ids(oldest)).to.deep.equal([1, 8, 2, 3]);
    expect(parts(oldest, 'older')).to.have.length(0);
    part(oldest, 'newer').click();
    await oldest.updateComplete;
    expect(ids(oldest)).to.deep.equal([4, 5, 6]);
    expect(oldest.shadowRoot!.activeElement?.id).to.equal('div-comment-4');
    expect(textOf(part(oldest, 'older'))).to.equal('« Older Comments');
    expect(textOf(part(oldest, 'newer'))).to.equal('Newer Comments »');

    const second = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" per-page="3" page="2" order="desc"></press-comments>`);
    expect(ids(second)).to.deep.equal([6, 5, 4]);
    // A page past the last is the last.
    second.page = 99;
    await second.updateComplete;
    expect(ids(second)).to.deep.equal([7]);
    // Without per-page, one page, no navigation.
    const all = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    expect(ids(all)).to.deep.equal([1, 8, 2, 3, 4, 5, 6, 7]);
    expect(parts(all, 'navigation')).to.have.length(0);
  });

  it('titles: “One response to”, “2 responses to”, none without comments; "Comments are closed." only when closed with comments', async () => {
    const one = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: [comment(1, 0, 1)] })} post-id="7"></press-comments>`,
    );
    expect(part(one, 'heading').textContent).to.equal('One response to “T”');
    expect(part(one, 'heading').localName).to.equal('h2');
    expect(parts(one, 'closed')).to.have.length(0);

    const two = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', open: false, comments: [comment(1, 0, 1), comment(2, 1, 2)] })} post-id="7"></press-comments>`,
    );
    expect(part(two, 'heading').textContent).to.equal('2 responses to “T”');
    expect(textOf(part(two, 'closed'))).to.equal('Comments are closed.');

    const none = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', open: false, comments: [] })} post-id="7"></press-comments>`,
    );
    expect(parts(none, 'heading')).to.have.length(0);
    expect(parts(none, 'closed')).to.have.length(0);
    expect(parts(none, 'comment')).to.have.length(0);
    await expect(none).to.be.accessible();

    // heading="" hides it; heading="…" replaces it.
    two.heading = '';
    await two.updateComplete;
    expect(parts(two, 'heading')).to.have.length(0);
    two.heading = 'Discussion';
    await two.updateComplete;
    expect(part(two, 'heading').textContent).to.equal('Discussion');
  });

  it('takes the page’s own words for any of its strings', async () => {
    const src = feedWith({ title: 'T', open: false, comments: [comment(1, 0, 1), comment(2, 0, 2, '<p>x</p>', { author: '' })] });
    const strings = { responsesTo: '%2$s: %1$s comments', quoted: '«%s»', commentsClosed: 'No more comments.', anonymous: 'Someone' };
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" .strings=${strings}></press-comments>`);
    expect(part(el, 'heading').textContent).to.equal('«T»: 2 comments');
    expect(textOf(part(el, 'closed'))).to.equal('No more comments.');
    expect(parts(el, 'author').map(textOf)).to.deep.equal(['Author 1', 'Someone']);
  });

  it('shows avatars only when the thread’s avatars is true; an author without a name is “Anonymous”', async () => {
    const comments = [
      comment(1, 0, 1, '<p>x</p>', { avatar: 'https://gravatar.example/a.png', author: '' }),
      comment(2, 0, 2, '<p>y</p>', { avatar: 'https://gravatar.example/b.png' }),
    ];
    const shownAvatars = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', avatars: true, comments })} post-id="7"></press-comments>`,
    );
    await withForm(shownAvatars);
    expect(parts(shownAvatars, 'avatar').map((img) => img.getAttribute('src'))).to.deep.equal([
      'https://gravatar.example/a.png',
      'https://gravatar.example/b.png',
    ]);
    expect(parts(shownAvatars, 'avatar').map((img) => img.getAttribute('alt'))).to.deep.equal(['', '']);
    expect(parts(shownAvatars, 'author').map(textOf)).to.deep.equal(['Anonymous', 'Author 2']);
    expect(parts(shownAvatars, 'reply').map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Reply to Anonymous', 'Reply to Author 2']);

    const hidden = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', avatars: false, comments })} post-id="7"></press-comments>`,
    );
    expect(parts(hidden, 'avatar')).to.have.length(0);
    expect(parts(hidden, 'comment')).to.have.length(2);
  });
});

describe('press-comments: the theme’s own markup', () => {
  it('reads a wrapped twentytwentyone ol.comment-list, without src or api, and shows it as the thread', async () => {
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${THEME_MARKUP}></press-comments>`);
    await withForm(el);
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
    expect(parts(el, 'author').map(textOf)).to.deep.equal(['Ann', 'Bob', 'Mallory']);
    const ann = item(el, 1).querySelector<HTMLAnchorElement>('[part~="author"] a')!;
    expect([ann.getAttribute('href'), ann.rel]).to.deep.equal(['https://ann.example/', 'external nofollow ugc']);
    // A javascript: website is no link: the name shows as text.
    expect(item(el, 3).querySelector('[part~="author"] a') !== null).to.equal(false);
    expect(parts(el, 'avatar').map((img) => img.getAttribute('src'))).to.deep.equal([
      'https://secure.gravatar.com/avatar/aa?s=60&d=mm&r=g',
      'https://secure.gravatar.com/avatar/bb?s=60&d=mm&r=g',
      'https://secure.gravatar.com/avatar/cc?s=60&d=mm&r=g',
    ]);
    const date = item(el, 1).querySelector('[part~="date"]')!;
    expect(date.getAttribute('href')).to.equal('https://blog.example/hello-world/#comment-1');
    expect(textOf(date)).to.equal('December 6, 2025 at 9:30 AM');
    const content = item(el, 1).querySelector('[part~="content"]')!;
    expect(textOf(content)).to.equal('First & best, a link');
    expect(content.querySelector('strong')?.textContent).to.equal('best');
    expect(content.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/');
    expect(item(el, 3).querySelector('[part~="content"] img, [onerror]') !== null).to.equal(false);
    expect(textOf(item(el, 3).querySelector('[part~="content"]'))).to.equal('Ünïcødé too');
    // The post's title, from the theme's "3 Replies to “Hello world!”", in WordPress's words.
    expect(part(el, 'heading').textContent).to.equal('3 responses to “Hello world!”');
    expect(parts(el, 'reply')).to.have.length(3);
    // A comment's own text takes its own direction.
    expect(part(el, 'content').getAttribute('dir')).to.equal('auto');
    // What it wrapped is not shown twice.
    expect(el.shadowRoot!.querySelector('slot:not([name])') !== null).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows no heading of its own when the theme’s title names no post (twentytwentyone’s "3 comments"), or is outside', async () => {
    const noTitle = THEME_MARKUP.replace('3 Replies to “Hello world!”', '3 comments');
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${noTitle}></press-comments>`);
    expect(parts(el, 'heading').map(textOf)).to.deep.equal([]);
    expect(ids(el)).to.deep.equal([1, 2, 3]);
    const outside = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${THEME_MARKUP.replace(/<h2[^]*?<\/h2>/, '')}></press-comments>`);
    expect(parts(outside, 'heading')).to.have.length(0);
    expect(ids(outside)).to.deep.equal([1, 2, 3]);
  });

  it('reads the xhtml markup (no <time>, no .comment-content), and a thread without replies yet as threaded by its Reply links', async () => {
    const xhtml = (id: number, name: string, when: string, text: string): string => `
      <li class="comment depth-1" id="comment-${String(id)}">
        <div id="div-comment-${String(id)}" class="comment-body">
          <div class="comment-author vcard">
            <img alt="" src="https://secure.gravatar.com/avatar/${String(id)}?s=32" class="avatar avatar-32 photo" height="32" width="32">
            <cite class="fn">${name}</cite> <span class="says">says:</span>
          </div>
          <div class="comment-meta commentmetadata"><a href="https://blog.example/hello/#comment-${String(id)}">${when}</a>&nbsp;&nbsp;</div>
          ${text}
          <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${String(id)}">Reply</a></div>
        </div>
      </li>`;
    const markup = `<h3 id="comments-title">2 Responses to <em>Hello</em></h3><ol class="commentlist">
      ${xhtml(11, '<a href="https://ann.example/" class="url" rel="ugc external nofollow">Ann</a>', 'December 6, 2025 at 9:30 am', '<p>First paragraph.</p>\n<p>Second <em>one</em>.</p>')}
      ${xhtml(12, 'Bob', 'December 6, 2025 at 9:45 am', '<p>Hi</p>')}
    </ol>`;
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${markup}></press-comments>`);
    await withForm(el);
    expect(shown(el)).to.deep.equal([
      [11, 1],
      [12, 1],
    ]);
    expect(parts(el, 'author').map(textOf)).to.deep.equal(['Ann', 'Bob']);
    expect(part(el, 'heading').textContent).to.equal('2 responses to “Hello”');
    expect([...item(el, 11).querySelectorAll('[part~="content"] p')].map(textOf)).to.deep.equal(['First paragraph.', 'Second one.']);
    expect(parts(el, 'date').map(textOf)).to.deep.equal(['December 6, 2025 at 9:30 am', 'December 6, 2025 at 9:45 am']);
    expect(part(el, 'date').getAttribute('href')).to.equal('https://blog.example/hello/#comment-11');
    expect(parts(el, 'reply')).to.have.length(2);
    await expect(el).to.be.accessible();

    // A closed post: no Reply links, "Comments are closed."
    const closedMarkup = markup.replace(/<div class="reply">.*?<\/div>/g, '') + '<p class="no-comments">Comments are closed.</p>';
    const closed = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${closedMarkup}></press-comments>`);
    expect(ids(closed)).to.deep.equal([11, 12]);
    expect(parts(closed, 'reply')).to.have.length(0);
    expect(textOf(part(closed, 'closed'))).to.equal('Comments are closed.');
  });

  it('keeps showing the wrapped markup when its src fails, and tells press-error', async () => {
    const { src, requests } = await served({}, '404');
    const wrapper = document.createElement('div');
    const failed = oneEvent(wrapper, 'press-error');
    const markup = THEME_MARKUP.replace('<img src="x" onerror="window.markupRan = 1">', '');
    const el = await fixture<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="5" .innerHTML=${markup}></press-comments>`, {
      parentNode: wrapper,
    });
    const { detail } = (await failed) as CustomEvent<{ message: string }>;
    await el.updateComplete;
    expect(detail.message).to.contain('404');
    expect(await requests()).to.equal(1);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['comments']);
    expect(el.querySelector<HTMLElement>('#comment-1')!.offsetHeight).to.be.greaterThan(0);
    expect(parts(el, 'error')).to.have.length(0);
    expect(parts(el, 'comment')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the markup while its src is loading, then the site’s thread', async () => {
    const { src } = await served({ threads: { 5: { title: 'From the site', comments: [comment(9, 0, 1)] } } });
    const el = await fixture<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="5" .innerHTML=${THEME_MARKUP}></press-comments>`);
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')?.assignedElements()).to.have.length(1);
    await oneEvent(el, 'press-load');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([9]);
    expect(part(el, 'heading').textContent).to.equal('One response to “From the site”');
  });
});

describe('press-comments: failing', () => {
  it('says "Could not load comments." with Retry, and Retry loads the thread', async () => {
    const { src, fix } = await served({ threads: { 7: { title: 'T', comments: [comment(1, 0, 1)] } } }, '404');
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    const error = part(el, 'error');
    expect(textOf(error)).to.equal('Could not load comments. Retry');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry').localName).to.equal('button');
    await expect(el).to.be.accessible();
    await fix();
    const again = oneEvent(el, 'press-load');
    part(el, 'retry').click();
    await again;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([1]);
    expect(parts(el, 'error')).to.have.length(0);
  });

  it('ends in the error state when the feed has no thread for the post, or the post-id is no number', async () => {
    const src = feedWith({ title: 'T', comments: [comment(1, 0, 1)] });
    const other = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="8"></press-comments>`);
    expect(textOf(part(other, 'error'))).to.equal('Could not load comments. Retry');
    const named = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="constructor"></press-comments>`);
    expect(textOf(part(named, 'error'))).to.equal('Could not load comments. Retry');
  });

  it('never stays loading: a source that hangs ends in the error state when the request times out', async function () {
    this.timeout(20000);
    // The request timeout, shortened for the test: 15 s in the library.
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    AbortSignal.timeout = (ms: number) => timeout(Math.min(ms, 300));
    try {
      const { src } = await served({}, 'hang');
      const started = performance.now();
      const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
      expect(performance.now() - started).to.be.lessThan(5000);
      expect(textOf(part(el, 'error'))).to.equal('Could not load comments. Retry');
      expect(part(el, 'body').getAttribute('aria-busy')).to.equal('false');
    } finally {
      AbortSignal.timeout = timeout;
    }
  });
});

describe('press-comments with the page’s comment form', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    for (const page of pages.splice(0)) page.remove();
  });

  it('Reply moves the form under the comment, focus in its comment field; another Reply moves it there; Cancel reply puts it back', async () => {
    const { page, el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1), comment(2, 1, 2), comment(3, 0, 3)] });
    const home = form.previousElementSibling;
    await replyTo(el, form, 1);
    expect(formUnder(el, form)).to.equal(1);
    // The slot is after comment 1's own text, before its replies.
    expect(item(el, 1).querySelector(':scope > slot[name="reply"] + ol.children') !== null).to.equal(true);
    expect(document.activeElement === form, 'the form has focus').to.equal(true);
    expect(form.shadowRoot!.activeElement?.id).to.equal('comment');
    expect(shadowText(form)).to.contain('Leave a Reply to Author 1');
    await expect(el).to.be.accessible();

    await replyTo(el, form, 2);
    expect(formUnder(el, form)).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('slot[name="reply"]')).to.have.length(1);
    expect(shadowText(form)).to.contain('Leave a Reply to Author 2');

    part(form, 'cancel').click();
    await waitUntil(() => form.parentElement === page, 'the form went back');
    await el.updateComplete;
    expect(form.previousElementSibling === home, 'the form is back where it was').to.equal(true);
    expect(form.hasAttribute('slot')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('slot[name="reply"]')).to.have.length(0);
    expect(form.shadowRoot!.activeElement?.id).to.equal('comment');
  });

  it('the form stays in view when the page it replies on is turned, and when another thread of the post takes it', async () => {
    const comments = Array.from({ length: 4 }, (_, i) => comment(i + 1, 0, i + 1));
    const { page, el, form } = await threadAndForm({ title: 'T', comments }, undefined, 'per-page="2"');
    await replyTo(el, form, 4);
    part(el, 'older').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([1, 2]);
    // Comment 4 is not on this page: the form is under the list, still replying to it.
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="reply"]')?.assignedElements()[0] === form, 'the form is shown');
    expect(form.replyToId).to.equal(4);
    expect(form.offsetHeight).to.be.greaterThan(0);
    part(el, 'newer').click();
    await el.updateComplete;
    await waitUntil(() => formUnder(el, form) === 4, 'the form is under comment 4 again');

    // A second thread of the same post on the page: its Reply takes the form from the first.
    const second = document.createElement('press-comments');
    second.setAttribute('lang', 'en-US');
    second.setAttribute('src', feedWith({ title: 'T', comments }));
    second.setAttribute('post-id', '7');
    const ready = oneEvent(second, 'press-load');
    page.append(second);
    await ready;
    await second.updateComplete;
    await replyTo(second, form, 1);
    expect(form.parentElement === second, 'the form is in the second thread').to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('slot[name="reply"]')).to.have.length(0);
    await form.cancelReply();
    expect(form.parentElement === page, 'the form is back on the page').to.equal(true);
  });

  it('a reply sent shows at once under its parent, one level deeper, and gets focus', async () => {
    const { action } = endpoint('json-approved');
    const { page, el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1), comment(2, 1, 2), comment(3, 0, 3)] }, action);
    await replyTo(el, form, 1);
    await fill(form, 'My reply\n\nSecond paragraph');
    const detail = await posted(form);
    expect([detail.id, detail.status, detail.parent]).to.deep.equal([41, 'approved', 1]);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [41, 2],
      [3, 1],
    ]);
    const mine = item(el, 41);
    expect(textOf(mine.querySelector('[part~="author"]'))).to.equal('Ann');
    expect([...mine.querySelectorAll('[part~="content"] p')].map((p) => p.textContent)).to.deep.equal(['My reply', 'Second paragraph']);
    expect(mine.querySelector('[part~="moderation"]') !== null).to.equal(false);
    expect(mine.querySelector(':scope > article [part~="reply"]') !== null).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-41', 'the new comment has focus');
    expect(part(el, 'heading').textContent).to.equal('4 responses to “T”');
    // The form went back.
    expect(form.parentElement === page, 'the form is back on the page').to.equal(true);
  });

  it('a comment sent while an older page is shown: the thread turns to the page that holds it', async () => {
    const { action } = endpoint('json-approved');
    const comments = Array.from({ length: 5 }, (_, i) => comment(i + 1, 0, i + 1));
    const { el, form } = await threadAndForm({ title: 'T', comments }, action, 'per-page="2" page="1"');
    expect(ids(el)).to.deep.equal([1, 2]);
    await fill(form, 'On the last page');
    await posted(form);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-41', 'the new comment has focus');
    expect(ids(el)).to.deep.equal([5, 41]);
    expect(el.page).to.equal(3);
    expect(parts(el, 'newer')).to.have.length(0);
  });

  it('a held comment shows with WordPress’s preview notice and no Reply; not counted', async () => {
    const { action } = endpoint('held');
    const { el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] }, action);
    await replyTo(el, form, 2);
    await fill(form, 'Held reply');
    const detail = await posted(form);
    expect([detail.id, detail.status]).to.deep.equal([41, 'pending']);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 1],
      [41, 2],
    ]);
    const held = item(el, 41);
    expect(textOf(held.querySelector('[part~="moderation"]'))).to.equal(
      'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
    );
    expect(held.querySelector('[part~="reply"]') !== null).to.equal(false);
    expect(part(el, 'heading').textContent).to.equal('2 responses to “T”');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-41', 'the held comment has focus');
    await expect(el).to.be.accessible();
  });

  it('a comment whose id the site did not say shows, without a Reply that would answer another comment', async () => {
    // WordPress's redirect to the post: the #comment-N is dropped by the browser, the id unknown.
    const { action } = endpoint('ok');
    const { el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1)] }, action);
    await fill(form, 'New top-level comment');
    const detail = await posted(form);
    expect([detail.id, detail.status]).to.deep.equal([undefined, 'approved']);
    await el.updateComplete;
    const items = parts(el, 'comment');
    expect(items).to.have.length(2);
    expect(textOf(items[1].querySelector('[part~="content"]'))).to.equal('New top-level comment');
    expect(items[1].querySelector('[part~="reply"]') !== null).to.equal(false);
    expect(parts(el, 'reply')).to.have.length(1);
  });

  it('a site’s answer with a javascript: link does not make the new comment’s date a link to it', async () => {
    const { action } = endpoint('json-bad-link');
    const { el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1)] }, action);
    await fill(form, 'Linked');
    await posted(form);
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => !/^(https?:|#|\/)/.test(href))).to.deep.equal([]);
    expect(parts(el, 'comment')).to.have.length(2);
  });

  it('a comment of another post does not show here', async () => {
    const { action } = endpoint('json-approved');
    const { el } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1)] });
    const other = await fixture<PressCommentForm>(html`<press-comment-form lang="en-US" action=${action} post-id="8"></press-comment-form>`);
    await fill(other);
    await posted(other);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([1]);
  });

  it('removing the thread while the form is in it puts the form back on the page', async () => {
    const { page, el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1)] });
    const home = form.previousElementSibling;
    await replyTo(el, form, 1);
    expect(form.parentElement === el, 'the form is in the thread').to.equal(true);
    el.remove();
    await waitUntil(() => form.parentElement === page, 'the form went back');
    expect(form.previousElementSibling === home, 'the form is back where it was').to.equal(true);
    expect(form.hasAttribute('slot')).to.equal(false);
    expect(form.isConnected).to.equal(true);
    await form.updateComplete;
    expect(parts(form, 'cancel')).to.have.length(0);
  });
});

describe('press-comments: hostile and broken threads', () => {
  it('turns hostile HTML into text or nothing, and megabytes of it do not hang the page', async function () {
    // Megabytes of markup: about 120,000 elements built, where a comment WordPress keeps is at most 64 KB.
    this.timeout(30000);
    const nested = '<blockquote>'.repeat(50) + 'deep' + '</blockquote>'.repeat(50);
    const huge = '<p>' + '<b>bold</b> <i>x &amp; y</i> <a href="https://e.example/">l</a> '.repeat(40_000) + '</p>'; // ~2.5 MB
    const unclosed = '<a href="https://e.example/">'.repeat(20_000) + '<b>'.repeat(20_000) + '&lt;&#x3C;&unknown;'.repeat(10_000);
    const comments = [
      comment(
        1,
        0,
        1,
        '<script>window.ran=1</script><style>*{display:none}</style><p onclick="window.ran=1" style="color:red">text</p><img src=x onerror="window.ran=1"><svg onload="window.ran=1"></svg><iframe src="javascript:alert(1)"></iframe>',
      ),
      comment(
        2,
        0,
        2,
        '<a href="javascript:alert(1)">js</a><a href=" JaVa&#x09;script:alert(1)">js2</a><a href="data:text/html,<script>alert(1)</script>">data</a><a href="vbscript:x">vb</a><a href="https://ok.example/" onmouseover="x" target="_top">ok</a>',
      ),
      comment(3, 0, 3, '<a href="https://outer.example/">outer <a href="https://inner.example/">inner</a></a>'),
      comment(4, 0, 4, nested),
      comment(5, 0, 5, '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &copy; &#169; &#x1F600; &bogus; &#0; &#xD800;'),
      comment(6, 0, 6, huge),
      comment(7, 0, 7, unclosed),
    ];
    const started = performance.now();
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments })} post-id="7"></press-comments>`);
    await withForm(el);
    await waitUntil(() => parts(el, 'comment').length === 7, 'all drawn', { timeout: 15000 });
    expect(performance.now() - started, 'megabytes of markup take seconds at most').to.be.lessThan(15000);
    const root = el.shadowRoot!;
    expect((window as { ran?: number }).ran).to.equal(undefined);
    expect(
      root.querySelectorAll('[part~="content"] :is(script, style, img, svg, iframe), [onclick], [onerror], [onload], [onmouseover], [style], [target]').length,
    ).to.equal(0);
    const hrefs = [...root.querySelectorAll('[part~="content"] a')].map((a) => a.getAttribute('href'));
    expect(
      hrefs.every((href) => href === null || href.startsWith('https://')),
      hrefs.slice(0, 10).join(),
    ).to.equal(true);
    expect(textOf(item(el, 1).querySelector('[part~="content"]'))).to.equal('text');
    expect(textOf(item(el, 2).querySelector('[part~="content"]'))).to.equal('jsjs2datavbok');
    // No link inside a link.
    expect(root.querySelectorAll('a a').length).to.equal(0);
    expect(textOf(item(el, 3).querySelector('[part~="content"]'))).to.contain('inner');
    // 50 quotes deep: the text is there, the DOM is not 50 deep.
    const deep = item(el, 4).querySelector('[part~="content"]')!;
    expect(textOf(deep)).to.equal('deep');
    expect(deep.querySelectorAll('blockquote').length).to.be.at.most(32);
    expect(textOf(item(el, 5).querySelector('[part~="content"]'))).to.contain('<script>alert(1)</script> &amp; © © 😀 &bogus;');
    expect(parts(el, 'reply')).to.have.length(7);
  });

  it('drops fields of the wrong type, and comments without a whole-number id, and shows the rest', async () => {
    const raw = `{"threads": {"__proto__": {"title": "proto", "comments": [{"id": 66, "parent": 0, "content": "polluted"}]},
      "constructor": {"title": "ctor", "comments": []},
      "7": {"title": 12, "open": "no", "avatars": "yes", "settings": {"threaded": "false", "depth": "2", "order": "sideways", "perPage": -3, "paged": 1},
        "comments": [
          {"id": "5", "author": "String id", "date": "2025-12-06T09:00:00Z", "content": "x"},
          {"id": 1.5, "author": "Fraction", "content": "x"},
          {"id": -3, "author": "Negative", "content": "x"},
          {"id": 1e300, "author": "Huge", "content": "x"},
          {"id": "__proto__", "author": "Proto", "content": "x"},
          null, 7, "comment", [1, 2],
          {"id": 1, "parent": "x", "author": {"name": "Obj"}, "date": 5, "content": ["<p>array</p>"], "authorUrl": 42, "avatar": "javascript:alert(1)", "url": "data:text/html,hi"},
          {"id": 2, "parent": 1, "author": "Bea", "date": "2025-12-06T09:02:00+01:00", "content": "<p>fine</p>", "authorUrl": " javascript:alert(1)", "url": "vbscript:x"},
          {"id": 3, "parent": 0, "author": "Cy", "date": "not a date", "content": 42, "authorUrl": "/people/cy", "avatar": "https://g.example/c.png"},
          {"id": 4, "parent": 0, "author": "constructor", "date": "2025-12-06T09:04:00+01:00", "content": "<p>toString</p>", "constructor": "x", "__proto__": {"status": "pending"}}
        ]}}}`;
    // Served over http, so that a relative link resolves against the feed's address.
    const { src } = await served(JSON.parse(raw));
    const watch = watchPage();
    let el: PressComments;
    try {
      el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    } finally {
      watch.stop();
    }
    expect(watch.uncaught).to.deep.equal([]);
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain('malformed');
    // The unreadable dates sort first, as MySQL's zero date does; then by id.
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 1],
    ]);
    expect(part(el, 'heading').textContent).to.equal('4 responses to “12”');
    expect(parts(el, 'author').map(textOf)).to.deep.equal(['Anonymous', 'Bea', 'Cy', 'constructor']);
    expect(textOf(item(el, 1).querySelector('[part~="content"]'))).to.equal('');
    expect(textOf(item(el, 3).querySelector('[part~="content"]'))).to.equal('42');
    expect(item(el, 4).querySelector('[part~="moderation"]') !== null).to.equal(false);
    expect(item(el, 3).querySelector('[part~="author"] a')?.getAttribute('href')).to.equal(new URL('/people/cy', location.href).href);
    expect(el.shadowRoot!.textContent).to.not.contain('polluted');
    // No date, no empty link to the comment; a date that cannot be read is shown as written.
    expect(item(el, 1).querySelectorAll(':scope > article [part~="date"]').length).to.equal(0);
    expect(textOf(item(el, 3).querySelector('[part~="date"]'))).to.equal('not a date');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a, img')].map((a) => a.getAttribute('href') ?? a.getAttribute('src') ?? '');
    expect(hrefs.filter((href) => !/^(https?:|#)/.test(href))).to.deep.equal([]);
    // avatars "yes" is no boolean: shown since some comment has one.
    expect(parts(el, 'avatar').map((img) => img.getAttribute('src'))).to.deep.equal(['https://g.example/c.png']);
    expect(parts(el, 'closed')).to.have.length(0);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a loop of parents (a↔b, a self-reply) is hidden as WordPress hides it; the first of duplicate ids is kept', async () => {
    const comments = [
      comment(1, 2, 1, '<p>a</p>'),
      comment(2, 1, 2, '<p>b</p>'),
      comment(3, 3, 3, '<p>self</p>'),
      comment(4, 0, 4, '<p>first 4</p>'),
      comment(4, 0, 5, '<p>second 4</p>'),
      comment(5, 4, 6),
      comment(6, 99, 7, '<p>orphan</p>'),
    ];
    const src = feedWith({ title: 'T', comments });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    expect(shown(el)).to.deep.equal([
      [4, 1],
      [5, 2],
    ]);
    expect(textOf(item(el, 4).querySelector('[part~="content"]'))).to.equal('first 4');
    expect(el.shadowRoot!.querySelectorAll('#comment-4')).to.have.length(1);
    // Not threaded, every comment shows (each id once).
    el.threaded = false;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('a thread whose comments are all bad shows the error-free empty state, not a blank nor loading', async () => {
    const src = feedWith({ title: 'T', comments: [null, { id: 'x' }, { id: 0 }] });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    expect(parts(el, 'comment')).to.have.length(0);
    expect(parts(el, 'error')).to.have.length(0);
    expect(part(el, 'body').getAttribute('aria-busy')).to.equal('false');
  });
});

describe('press-comments: accessibility, keyboard, direction, laziness', () => {
  it('is axe-clean paged and closed; Reply, Older and Newer are buttons the Tab key reaches', async () => {
    const comments = Array.from({ length: 9 }, (_, i) => comment(i + 1, 0, i + 1));
    const src = feedWith({ title: 'T', comments });
    const page = await loaded<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <press-comments lang="en-US" src=${src} post-id="7" per-page="3" page="2"></press-comments>
    </div>`);
    const el = page.querySelector<PressComments>('press-comments')!;
    await withForm(el);
    await expect(el).to.be.accessible();
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.at(-1) !== 'newer'; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      reached.push(active?.getAttribute('part') ?? active?.localName ?? 'outside');
    }
    expect(reached.filter((name) => ['reply', 'older', 'newer'].includes(name))).to.deep.equal(['reply', 'reply', 'reply', 'older', 'newer']);
    expect(
      [...parts(el, 'reply'), part(el, 'older'), part(el, 'newer')].every((b) => b.localName === 'button' && (b as HTMLButtonElement).type === 'button'),
    ).to.equal(true);
    // Enter on Newer turns the page; focus goes to its first comment.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([7, 8, 9]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('div-comment-7');

    const closed = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', open: false, comments })} post-id="7"></press-comments>`,
    );
    await expect(closed).to.be.accessible();
  });

  it('an Arabic host (dir="rtl" lang="ar") gives its direction to its parts', async () => {
    const src = feedWith({ title: 'مرحبا', comments: [comment(1, 0, 1), comment(2, 1, 2)] });
    const el = await loaded<PressComments>(html`<press-comments dir="rtl" lang="ar" src=${src} post-id="7"></press-comments>`);
    await withForm(el);
    expect(part(el, 'heading').getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'body').getAttribute('dir')).to.equal('rtl');
    for (const name of ['heading', 'list', 'children', 'meta', 'reply']) expect(getComputedStyle(part(el, name)).direction, name).to.equal('rtl');
    // In a right-to-left page, a reply is indented from the right.
    const reply = item(el, 2).getBoundingClientRect();
    const parent = item(el, 1).getBoundingClientRect();
    expect(reply.right).to.be.lessThan(parent.right);
    await expect(el).to.be.accessible();
    // Its error state too.
    const { src: failing } = await served({}, '404');
    const failed = await loaded<PressComments>(html`<press-comments dir="rtl" lang="ar" src=${failing} post-id="7"></press-comments>`);
    expect(part(failed, 'body').getAttribute('dir')).to.equal('rtl');
  });

  it('far below the viewport, asks nothing until the reader scrolls near', async () => {
    const { src, requests } = await served({ threads: { 7: { title: 'T', comments: [comment(1, 0, 1)] } } });
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 400vh"></div>
      <press-comments lang="en-US" src=${src} post-id="7"></press-comments>
    </div>`);
    const el = page.querySelector<PressComments>('press-comments')!;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requests()).to.equal(0);
    expect(parts(el, 'comment')).to.have.length(0);
    expect(part(el, 'body').getAttribute('aria-busy')).to.equal('false');
    const loadedNow = oneEvent(el, 'press-load');
    el.scrollIntoView();
    await loadedNow;
    await el.updateComplete;
    expect(await requests()).to.equal(1);
    expect(ids(el)).to.deep.equal([1]);
    window.scrollTo(0, 0);
  });
});

describe('press-comments', () => {
  it('shows the thread as WordPress does: title, nesting, author link, date, text and Reply', async () => {
    const src = feedWith({
      title: 'Hello “world”',
      comments: [
        comment(1, 0, 1, '<p>First <strong>bold</strong> <a href="https://example.com/x">link</a></p>', { authorUrl: 'https://ann.example/' }),
        comment(2, 1, 2),
        comment(3, 0, 3),
      ],
    });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    await withForm(el);
    expect(part(el, 'heading').textContent).to.equal('3 responses to ““Hello “world”””'.replace('““', '“').replace('””', '”'));
    expect(shown(el)).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
    const first = parts(el, 'comment')[0];
    const author = first.querySelector('[part~="author"] a')!;
    expect(author.getAttribute('href')).to.equal('https://ann.example/');
    expect(author.getAttribute('rel')).to.equal('external nofollow ugc');
    expect(first.querySelector('[part~="date"]')!.textContent.replace(/\s+/g, ' ')).to.equal('December 6, 2025 at 9:01 AM');
    expect(first.querySelector('[part~="date"] time')!.getAttribute('datetime')).to.equal(at(1));
    const content = first.querySelector('[part~="content"]')!;
    expect(content.querySelector('strong')!.textContent).to.equal('bold');
    expect(content.querySelector('a')!.getAttribute('rel')).to.equal('nofollow ugc');
    expect(parts(el, 'reply').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('Reply moves the page’s form under the comment, and Cancel reply puts it back', async () => {
    const src = feedWith({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] });
    const page = document.createElement('div');
    document.body.append(page);
    page.innerHTML = `<press-comments lang="en-US" src="${src}" post-id="7"></press-comments><press-comment-form action="/wp-comments-post.php" post-id="7"></press-comment-form>`;
    const el = page.querySelector('press-comments')!;
    const form = page.querySelector<PressCommentForm>('press-comment-form')!;
    await oneEvent(el, 'press-load');
    await el.updateComplete;
    parts(el, 'reply')[0].click();
    await waitUntil(() => form.replyToId === 1, 'replying');
    await el.updateComplete;
    expect(form.parentElement === el, 'the form is in the thread').to.equal(true);
    const slot = parts(el, 'comment')[0].querySelector<HTMLSlotElement>('slot[name="reply"]')!;
    expect(slot.assignedElements().length === 1 && slot.assignedElements()[0] === form, 'the form is in the slot').to.equal(true);
    expect(shadowText(form)).to.contain('Leave a Reply to Author 1');
    await form.cancelReply();
    expect(form.parentElement === page, 'the form is back on the page').to.equal(true);
    expect(form.hasAttribute('slot')).to.equal(false);
    page.remove();
  });

  it('shows "Comments are closed." and no Reply on a closed post; pages with Older/Newer', async () => {
    const comments = Array.from({ length: 7 }, (_, i) => comment(i + 1, 0, i + 1));
    const src = feedWith({ title: 'T', open: false, comments });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7" per-page="3"></press-comments>`);
    expect(part(el, 'closed').textContent).to.equal('Comments are closed.');
    expect(parts(el, 'reply').length).to.equal(0);
    expect(shown(el).map(([id]) => id)).to.deep.equal([7]);
    part(el, 'older').click();
    await el.updateComplete;
    expect(shown(el).map(([id]) => id)).to.deep.equal([4, 5, 6]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('div-comment-4');
  });

  it('never lets a comment’s HTML run: scripts, handlers and javascript: links are text or gone', async () => {
    const src = feedWith({
      title: '<img src=x onerror=alert(1)>',
      comments: [
        comment(1, 0, 1, '<script>alert(1)</script><img src=x onerror="window.hacked=1"><a href="javascript:alert(1)">x</a><div onclick="x">d</div>', {
          author: '<b>Bob</b>',
          authorUrl: 'javascript:alert(1)',
        }),
      ],
    });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img:not([part~="avatar"]), [onerror], [onclick], div[onclick]').length).to.equal(0);
    expect([...root.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript')).length).to.equal(0);
    expect(part(el, 'author').textContent).to.equal('<b>Bob</b>');
  });
});

/** An app's shell: a custom element whose shadow root holds the page's parts (the thread and the form here). */
class TestAppShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('test-app-shell')) customElements.define('test-app-shell', TestAppShell);

/** Sends what the comment form sends when the site took a comment, from anywhere on the page. */
const sendPosted = (detail: unknown): void => {
  document.dispatchEvent(new CustomEvent('press-comment-posted', { detail, bubbles: true, composed: true }));
};

/** A whole comment with a date of its own minute from 2020 on (so that one sent now is the newest). */
const dated = (id: number, parent: number, minute: number) => ({
  id,
  parent,
  author: `Author ${String(id)}`,
  date: new Date(Date.UTC(2020, 0, 1) + minute * 60_000).toISOString().slice(0, 19) + '+00:00',
  content: `<p>Comment ${String(id)}</p>`,
});

describe('press-comments after the red team', () => {
  it('offers Reply as soon as a comment form joins the page after the thread was drawn', async () => {
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: [comment(1, 0, 1)] })} post-id="7"></press-comments>`,
    );
    expect(parts(el, 'reply').length).to.equal(0);
    const form = document.createElement('press-comment-form');
    el.after(form);
    try {
      await waitUntil(() => parts(el, 'reply').length === 1, 'no Reply once the form came');
    } finally {
      form.remove();
    }
  });

  it('goes on with a reply begun in the wrapped markup under the drawn comment, the text kept; reads no pingback', async function () {
    this.timeout(20000);
    const markup = THEME_MARKUP.replace('<img src="x" onerror="window.markupRan = 1">', '').replace(
      '</ol>\n</div>',
      '<li id="comment-4" class="pingback even thread-even depth-1"><div class="comment-body">Pingback: <a href="https://other.example/" class="url">Another blog</a></div></li></ol>\n</div>',
    );
    const comments = [comment(1, 0, 1), comment(2, 1, 2), comment(3, 0, 3)];
    const { src } = await served({ threads: { 7: { title: 'Hello world!', comments } } }, 'slow');
    const page = document.createElement('div');
    document.body.append(page);
    try {
      page.innerHTML = `<press-comments lang="en-US" src="${src}" post-id="7">${markup}</press-comments><press-comment-form action="/wp-comments-post.php"></press-comment-form>`;
      const el = page.querySelector('press-comments')!;
      const form = page.querySelector('press-comment-form')!;
      const loaded = oneEvent(el, 'press-load');
      await form.updateComplete;
      // While the site's thread loads, the theme's own Reply link moves the form into the markup.
      el.querySelector<HTMLElement>('a.comment-reply-link[data-commentid="1"]')!.click();
      await waitUntil(() => form.replyToId === 1, 'the theme’s Reply link did not start a reply');
      const field = form.shadowRoot!.querySelector('textarea')!;
      field.value = 'Half a reply';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await loaded;
      await waitUntil(() => formUnder(el, form) === 1, 'the form is not under comment 1 in the drawn thread');
      expect(form.getBoundingClientRect().height).to.be.above(0);
      expect(field.value).to.equal('Half a reply');
      expect(form.replyToId).to.equal(1);
    } finally {
      page.remove();
    }
    // The theme's pingback is not read as a comment (REST does not give pingbacks either).
    const wrapped = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${markup}></press-comments>`);
    expect(ids(wrapped)).to.deep.equal([1, 2, 3]);
  });

  const made: HTMLElement[] = [];
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    for (const element of [...made.splice(0), ...pages.splice(0)]) element.remove();
  });

  it('offers Reply only when the page has a <press-comment-form>; one added later brings Reply on the next update', async () => {
    expect(document.querySelector('press-comment-form'), 'no form left on the page by another test').to.equal(null);
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: [comment(1, 0, 1), comment(2, 1, 2)] })} post-id="7"></press-comments>`,
    );
    expect(ids(el)).to.deep.equal([1, 2]);
    expect(parts(el, 'reply'), 'Reply without a form to reply with').to.have.length(0);
    await withForm(el);
    expect(parts(el, 'reply').map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Reply to Author 1', 'Reply to Author 2']);
  });

  it('finds the form beside it in an app shell’s shadow root: Reply shows and moves the form under the comment', async () => {
    expect(document.querySelector('press-comment-form'), 'no form left on the page by another test').to.equal(null);
    const shell = document.createElement('test-app-shell');
    made.push(shell);
    document.body.append(shell);
    shell.shadowRoot!.innerHTML = `<press-comments lang="en-US" src="${feedWith({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] })}" post-id="7"></press-comments><press-comment-form lang="en-US" action="/x" post-id="7"></press-comment-form>`;
    const el = shell.shadowRoot!.querySelector<PressComments>('press-comments')!;
    const form = shell.shadowRoot!.querySelector<PressCommentForm>('press-comment-form')!;
    await oneEvent(el, 'press-load');
    await el.updateComplete;
    expect(parts(el, 'reply'), 'Reply under each comment').to.have.length(2);
    await replyTo(el, form, 2);
    expect(form.parentElement === el, 'the form moved into the thread').to.equal(true);
    expect(formUnder(el, form)).to.equal(2);
    expect(form.offsetHeight).to.be.greaterThan(0);
    expect(shadowText(form)).to.contain('Leave a Reply to Author 2');
  });

  describe('the theme’s markup', () => {
    /** twentyeleven's (twentytwelve's is alike) twentyeleven_comment(): li#li-comment-N > article#comment-N; a list inside a comment's text. */
    const TWENTYELEVEN = `
      <div id="comments">
        <ol class="commentlist">
          <li class="comment even thread-even depth-1 parent" id="li-comment-1">
            <article id="comment-1" class="comment">
              <footer class="comment-meta">
                <div class="comment-author vcard">
                  <img alt="" src="https://secure.gravatar.com/avatar/aa?s=68" class="avatar avatar-68 photo" height="68" width="68">
                  <span class="fn"><a href="https://ann.example/" class="url" rel="ugc external nofollow">Ann</a></span> on <a href="https://blog.example/hello/#comment-1"><time datetime="2025-12-06T09:30:00+00:00">December 6, 2025 at 9:30 am</time></a> <span class="says">said:</span>
                </div>
              </footer>
              <div class="comment-content"><p>Eleven’s first.</p><ol><li id="comment-6">A list in the text, not a comment</li></ol></div>
              <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-1">Reply <span>↓</span></a></div>
            </article>
            <ol class="children">
              <li class="comment odd alt depth-2" id="li-comment-2">
                <article id="comment-2" class="comment">
                  <footer class="comment-meta">
                    <div class="comment-author vcard">
                      <img alt="" src="https://secure.gravatar.com/avatar/bb?s=39" class="avatar avatar-39 photo" height="39" width="39">
                      <span class="fn">Bob</span> on <a href="https://blog.example/hello/#comment-2"><time datetime="2025-12-06T10:00:00+00:00">December 6, 2025 at 10:00 am</time></a> <span class="says">said:</span>
                    </div>
                  </footer>
                  <div class="comment-content"><p>Eleven’s reply.</p></div>
                </article>
              </li>
            </ol>
          </li>
        </ol>
      </div>`;

    /** twentyten's twentyten_comment(): li#li-comment-N > div#comment-N, the text in .comment-body, the date as the permalink's text. */
    const TWENTYTEN = `
      <div id="comments">
        <ol class="commentlist">
          <li class="comment even thread-even depth-1" id="li-comment-3">
            <div id="comment-3">
              <div class="comment-author vcard">
                <img alt="" src="https://secure.gravatar.com/avatar/cc?s=40" class="avatar avatar-40 photo" height="40" width="40">
                <cite class="fn">Cy</cite> <span class="says">says:</span>
              </div>
              <div class="comment-meta commentmetadata"><a href="https://blog.example/hello/#comment-3">December 6, 2025 at 11:15 am</a></div>
              <div class="comment-body"><p>Ten’s text.</p></div>
              <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-3">Reply</a></div>
            </div>
          </li>
        </ol>
      </div>`;

    /** The Comments block: ol.wp-block-comment-template > li#comment-N, replies in a child <ol>. */
    const blockComment = (id: number, name: string, minute: number, text: string, replies = ''): string => `
      <li id="comment-${String(id)}" class="comment depth-1">
        <div class="wp-block-group">
          <div class="wp-block-comment-author-name">${name}</div>
          <div class="wp-block-comment-date"><time datetime="2025-12-06T09:${String(minute)}:00+00:00"><a href="https://blog.example/block/#comment-${String(id)}">December 6, 2025</a></time></div>
          <div class="wp-block-comment-content"><p>${text}</p></div>
          <div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-${String(id)}">Reply</a></div>
        </div>
        ${replies}
      </li>`;
    const BLOCK = `
      <div class="wp-block-comments">
        <h2 class="wp-block-comments-title">3 responses to “Block post”</h2>
        <ol class="wp-block-comment-template">
          ${blockComment(4, '<a rel="external nofollow ugc" href="https://dee.example/" target="_self">Dee</a>', 30, 'Block first.', `<ol>${blockComment(5, 'Eve', 40, 'Block reply.')}</ol>`)}
          ${blockComment(7, 'Fay', 50, 'Block second.')}
        </ol>
      </div>`;

    it('reads twentyeleven’s and twelve’s li#li-comment-N > article#comment-N, and twentyten’s div#comment-N, and shows them', async () => {
      const eleven = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${TWENTYELEVEN}></press-comments>`);
      expect(shown(eleven)).to.deep.equal([
        [1, 1],
        [2, 2],
      ]);
      expect(parts(eleven, 'author').map(textOf)).to.deep.equal(['Ann', 'Bob']);
      expect(item(eleven, 1).querySelector('[part~="author"] a')?.getAttribute('href')).to.equal('https://ann.example/');
      expect(textOf(item(eleven, 2).querySelector('[part~="content"]'))).to.equal('Eleven’s reply.');
      expect(textOf(item(eleven, 1).querySelector('[part~="date"]'))).to.equal('December 6, 2025 at 9:30 AM');
      expect(item(eleven, 1).querySelector('[part~="date"]')?.getAttribute('href')).to.equal('https://blog.example/hello/#comment-1');
      expect(parts(eleven, 'avatar').map((img) => img.getAttribute('src'))).to.deep.equal([
        'https://secure.gravatar.com/avatar/aa?s=68',
        'https://secure.gravatar.com/avatar/bb?s=39',
      ]);
      // What it wrapped is not shown twice.
      expect(eleven.shadowRoot!.querySelector('slot:not([name])') !== null).to.equal(false);

      const ten = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${TWENTYTEN}></press-comments>`);
      expect(shown(ten)).to.deep.equal([[3, 1]]);
      expect(textOf(part(ten, 'author'))).to.equal('Cy');
      expect(textOf(part(ten, 'content'))).to.equal('Ten’s text.');
      expect(textOf(part(ten, 'date'))).to.equal('December 6, 2025 at 11:15 am');
      expect(part(ten, 'date').getAttribute('href')).to.equal('https://blog.example/hello/#comment-3');
    });

    it('reads the Comments block’s ol.wp-block-comment-template, replies in a child <ol>', async () => {
      const el = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${BLOCK}></press-comments>`);
      expect(shown(el)).to.deep.equal([
        [4, 1],
        [5, 2],
        [7, 1],
      ]);
      expect(parts(el, 'author').map(textOf)).to.deep.equal(['Dee', 'Eve', 'Fay']);
      const dee = item(el, 4).querySelector('[part~="author"] a');
      expect([dee?.getAttribute('href'), dee?.getAttribute('rel')]).to.deep.equal(['https://dee.example/', 'external nofollow ugc']);
      expect(parts(el, 'content').map(textOf)).to.deep.equal(['Block first.', 'Block reply.', 'Block second.']);
      expect(parts(el, 'date').map(textOf)).to.deep.equal(['December 6, 2025 at 9:30 AM', 'December 6, 2025 at 9:40 AM', 'December 6, 2025 at 9:50 AM']);
      expect(part(el, 'date').getAttribute('href')).to.equal('https://blog.example/block/#comment-4');
      expect(part(el, 'heading').textContent).to.equal('3 responses to “Block post”');
    });

    it('does not read a list inside a comment’s text as comments', async () => {
      const el = await loaded<PressComments>(html`<press-comments lang="en-US" .innerHTML=${TWENTYELEVEN}></press-comments>`);
      expect(ids(el)).to.deep.equal([1, 2]);
      expect(el.shadowRoot!.getElementById('comment-6')).to.equal(null);
      // It is the comment's text, shown as text.
      expect(textOf(item(el, 1).querySelector('[part~="content"]'))).to.contain('A list in the text, not a comment');
    });

    it('li#comment-0x10 and li#comment-1e3 are no comments; a list without one stays shown as it is, and tells press-error', async () => {
      const markup = `<ol class="comment-list">
        <li id="comment-0x10" class="comment depth-1"><article><b class="fn">Hex</b><div class="comment-content"><p>Sixteen?</p></div></article></li>
        <li id="comment-1e3" class="comment depth-1"><article><b class="fn">Exp</b><div class="comment-content"><p>A thousand?</p></div></article></li>
      </ol>`;
      const wrapper = document.createElement('div');
      const outcome = Promise.race([oneEvent(wrapper, 'press-load'), oneEvent(wrapper, 'press-error')]);
      const el = await fixture<PressComments>(html`<press-comments lang="en-US" .innerHTML=${markup}></press-comments>`, { parentNode: wrapper });
      const event = (await outcome) as CustomEvent<{ message: string }>;
      await el.updateComplete;
      expect(event.type).to.equal('press-error');
      expect(event.detail.message).to.contain('no comments');
      expect(parts(el, 'comment'), 'no comment read').to.have.length(0);
      expect(parts(el, 'error'), 'the markup is no error').to.have.length(0);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])');
      expect(slot?.assignedElements().map((e) => e.localName)).to.deep.equal(['ol']);
      expect(el.querySelector<HTMLElement>('#comment-0x10')!.offsetHeight).to.be.greaterThan(0);
      expect(textOf(el.querySelector('ol'))).to.equal('HexSixteen? ExpA thousand?');
    });
  });

  it('keeps the thread on screen while newer data loads: Retry, and a slow source', async function () {
    this.timeout(15000);
    // The test feed's post 123: comment 9 and its reply 10.
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${uniqueFeed('slow', 0)} post-id="123"></press-comments>`);
    expect(ids(el)).to.deep.equal([9, 10]);
    let told = 0;
    el.addEventListener('press-load', () => {
      told++;
    });
    const retried = oneEvent(el, 'press-load');
    el.retry();
    await el.updateComplete;
    expect(told, 'the load has not settled yet').to.equal(0);
    expect(ids(el), 'shown while Retry loads').to.deep.equal([9, 10]);
    await retried;
    expect(ids(el)).to.deep.equal([9, 10]);

    // A source that takes its time (1.5 s): the thread shown stays until its answer is in.
    const slow = uniqueFeed('slow', 1500);
    const slowly = oneEvent(el, 'press-load');
    el.setAttribute('src', slow);
    await el.updateComplete;
    expect(ids(el), 'shown right after the load started').to.deep.equal([9, 10]);
    await aTimeout(700);
    expect(await (await fetch(`/__test/count/${slow.split('/')[3]}`)).json(), 'the slow source was asked').to.equal(1);
    expect(told, 'the slow answer is not in yet').to.equal(1);
    expect(ids(el), 'shown while the slow load is pending').to.deep.equal([9, 10]);
    expect(part(el, 'heading').textContent).to.equal('2 responses to “S&P 500 hits a record”');
    await slowly;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([9, 10]);
  });

  // The SourceController reads the property: a new value reaches the attribute only in the update it starts.
  it('setting the src property loads from the new source', async () => {
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${uniqueFeed('slow', 0)} post-id="123"></press-comments>`);
    const next = uniqueFeed('slow', 0);
    el.src = next;
    await el.updateComplete;
    await aTimeout(1000);
    expect(await (await fetch(`/__test/count/${next.split('/')[3]}`)).json(), 'requests to the new src').to.equal(1);
  });

  it('the reply form stays in view with what was typed when the thread goes to its error state', async () => {
    const { el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] });
    await replyTo(el, form, 1);
    await type(form, 'comment', 'Half a reply');
    const { src } = await served({}, '404');
    const failed = oneEvent(el, 'press-error');
    el.setAttribute('src', src);
    await failed;
    await el.updateComplete;
    expect(textOf(part(el, 'error'))).to.equal('Could not load comments. Retry');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="reply"]');
    expect(slot?.assignedElements()[0] === form, 'the form is assigned to the reply slot').to.equal(true);
    expect(form.offsetHeight, 'the form is visible').to.be.greaterThan(0);
    expect(control(form, 'comment').value).to.equal('Half a reply');
    expect(control(form, 'comment').offsetHeight).to.be.greaterThan(0);
  });

  it('a new post-id (thread and form) ends a reply to the old post’s comment: the form goes home', async () => {
    const { page, el, form } = await threadAndForm({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] });
    const home = form.previousElementSibling;
    await replyTo(el, form, 1);
    el.postId = 8;
    form.postId = 8;
    await el.updateComplete;
    await waitUntil(() => form.parentElement === page, 'the form went back', { timeout: 2000 });
    await form.updateComplete;
    expect(form.previousElementSibling === home, 'the form is back where it was').to.equal(true);
    expect(form.replyToId).to.equal(undefined);
    expect(form.hasAttribute('slot')).to.equal(false);
    expect(shadowText(form)).to.not.contain('Leave a Reply to');
  });

  it('a press-comment-posted event with detail null throws nothing and changes nothing', async () => {
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: [comment(1, 0, 1), comment(2, 1, 2)] })} post-id="7"></press-comments>`,
    );
    const before = el.shadowRoot!.innerHTML;
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent): void => {
      uncaught.push(event.message);
      event.preventDefault();
    };
    const onRejection = (event: PromiseRejectionEvent): void => {
      uncaught.push(String(event.reason));
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      sendPosted(null);
      await el.updateComplete;
      await aTimeout(50);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
    expect(ids(el)).to.deep.equal([1, 2]);
    expect(part(el, 'heading').textContent).to.equal('2 responses to “T”');
    expect(el.shadowRoot!.innerHTML).to.equal(before);
  });

  it('a comment sent on a long paged thread (5,000 comments, 10 a page) is shown on its page quickly', async function () {
    this.timeout(20000);
    // Long enough that finding its page by one threadOf per page (500 of them) takes far longer than 200 ms.
    const comments = Array.from({ length: 5000 }, (_, i) => dated(i + 1, 0, i));
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments })} post-id="7" per-page="10"></press-comments>`,
    );
    await withForm(el);
    expect(ids(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => 4991 + i));
    const started = performance.now();
    sendPosted({ postId: 7, id: 5001, status: 'approved', parent: 0, author: 'Ann', content: 'Late to the party', url: undefined });
    await el.updateComplete;
    const took = performance.now() - started;
    expect(ids(el)).to.deep.equal([5001]);
    expect(el.page).to.equal(501);
    expect(took, `${took.toFixed(0)} ms from the event to the page drawn`).to.be.lessThan(200);
  });

  it('shows a date no calendar has as written, and the year 99 as 99', async () => {
    const comments = [
      comment(1, 0, 1, '<p>a</p>', { date: '0000-00-00 00:00:00' }),
      comment(2, 0, 2, '<p>b</p>', { date: '2025-13-45T25:99:00' }),
      comment(3, 0, 3, '<p>c</p>', { date: '0099-01-01T10:00:00+00:00' }),
    ];
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments })} post-id="7"></press-comments>`);
    const dateOf = (id: number): string => textOf(item(el, id).querySelector('[part~="date"]'));
    expect(dateOf(1)).to.equal('0000-00-00 00:00:00');
    expect(dateOf(2)).to.equal('2025-13-45T25:99:00');
    expect(dateOf(3)).to.equal('January 1, 99 at 10:00 AM');
    expect(item(el, 3).querySelector('[part~="date"] time')?.getAttribute('datetime')).to.equal('0099-01-01T10:00:00+00:00');
  });

  it('a link to a comment (#comment-N) turns to its page and focuses it, on load and on a later hashchange', async () => {
    const before = location.href;
    const comments = Array.from({ length: 9 }, (_, i) => comment(i + 1, 0, i + 1));
    try {
      location.hash = '#comment-2';
      const el = await loaded<PressComments>(
        html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments })} post-id="7" per-page="3"></press-comments>`,
      );
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-2', 'comment 2 has focus', { timeout: 2000 });
      expect(ids(el)).to.deep.equal([1, 2, 3]);
      expect(el.page).to.equal(1);

      location.hash = '#comment-5';
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-5', 'comment 5 has focus', { timeout: 2000 });
      expect(ids(el)).to.deep.equal([4, 5, 6]);
    } finally {
      history.replaceState(history.state, '', before);
    }
    expect(location.href).to.equal(before);
  });

  // At depth 1 every reply is drawn at level 1 too: the pages still count the top-level comments only.
  it('at depth="1", a link to a reply turns to the page that shows it', async () => {
    const before = location.href;
    const comments = [comment(1, 0, 1), comment(2, 1, 2), comment(3, 0, 3)];
    try {
      location.hash = '#comment-2';
      const el = await loaded<PressComments>(
        html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments })} post-id="7" per-page="1" depth="1"></press-comments>`,
      );
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([1, 2]);
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'div-comment-2', 'comment 2 has focus', { timeout: 2000 });
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('the heading counts a comment once: a sent comment with the id of one shown changes no count', async () => {
    const el = await loaded<PressComments>(
      html`<press-comments lang="en-US" src=${feedWith({ title: 'T', comments: [comment(1, 0, 1), comment(2, 0, 2)] })} post-id="7"></press-comments>`,
    );
    expect(part(el, 'heading').textContent).to.equal('2 responses to “T”');
    sendPosted({ postId: 7, id: 1, status: 'approved', parent: 0, author: 'Ann', content: 'Again', url: undefined });
    await el.updateComplete;
    expect(part(el, 'heading').textContent).to.equal('2 responses to “T”');
    expect(ids(el)).to.deep.equal([1, 2]);
  });
});
