// A comment form that never loses a comment: drafts, failures and Retry, replies from WordPress's
// own reply links, what the page shows after posting, remembered details, the honeypot.
import { en } from '../../src/i18n/en.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import type { PressRecentComments } from '../../src/components/press-recent-comments/press-recent-comments.js';
import type { PressCommentPostedDetail } from '../../src/events.js';
import '../../src/index.js';
import { control, endpoint, failed, fill, focused, posted, render, type } from '../helpers/comment-form.js';
import { part, parts, shadowText } from '../helpers/fixtures.js';

/** The drafts kept in localStorage, by key. */
const drafts = (): Record<string, string> =>
  Object.fromEntries(
    Object.keys(localStorage)
      .filter((key) => key.startsWith('press-draft:'))
      .map((key) => [key, localStorage.getItem(key)!]),
  );

/** A page reload, as far as the form can tell: the element goes, a new one comes. */
async function reload(el: PressCommentForm, template = html`${el.cloneNode()}`): Promise<PressCommentForm> {
  el.remove();
  return render(template);
}

/** Waits until the form has looked up its draft and details (it first learns where comments go). */
const restored = (el: PressCommentForm, id: string, value: string): Promise<void> =>
  waitUntil(() => control(el, id).value === value, `#${id} should be restored to "${value}", is "${control(el, id).value}"`);

const WORDPRESS_COOKIES = ['comment_author', 'comment_author_email', 'comment_author_url'].map((name) => `${name}_0123456789abcdef0123456789abcdef`);

beforeEach(() => {
  localStorage.clear();
  for (const name of WORDPRESS_COOKIES) document.cookie = `${name}=; max-age=0; path=/`;
});

describe('press-comment-form keeps what was typed', () => {
  it('saves the draft as it is typed, per post, and brings it back after a reload', async () => {
    const { action } = endpoint('ok');
    let el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await type(el, 'comment', 'Half a thought');
    expect(Object.values(drafts())).to.have.length(1);
    expect(Object.values(drafts())[0]).to.contain('Half a thought');

    el = await reload(el);
    await restored(el, 'comment', 'Half a thought');

    // Another post has a draft of its own.
    const other = await render(html`<press-comment-form post-id="6" action=${action}></press-comment-form>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(control(other, 'comment').value).to.equal('');
  });

  it('keeps a draft per comment replied to, and takes the text along when a reply starts', async () => {
    const { action } = endpoint('ok');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await type(el, 'comment', 'To the post');
    await el.replyTo(7, 'Bo');
    // No draft for the reply yet: the text moves along, as WordPress's form keeps it when it moves.
    expect(control(el, 'comment').value).to.equal('To the post');
    await type(el, 'comment', ', and to Bo');
    await el.cancelReply();
    // The top-level draft was moved to the reply: none left there.
    expect(control(el, 'comment').value).to.equal('To the post, and to Bo');
    await el.replyTo(7, 'Bo');
    expect(Object.keys(drafts())).to.have.length(1);

    const fresh = await reload(el, html`<press-comment-form post-id="5" action=${action} reply-to="7" reply-author="Bo"></press-comment-form>`);
    await restored(fresh, 'comment', 'To the post, and to Bo');
  });

  it('keeps the draft when sending fails, and forgets it only once the site has the comment', async () => {
    const failing = endpoint('fail');
    let el = await render(html`<press-comment-form post-id="5" action=${failing.action}></press-comment-form>`);
    await fill(el, 'Worth keeping');
    await failed(el);
    el = await reload(el);
    await restored(el, 'comment', 'Worth keeping');

    const ok = endpoint('ok');
    el.action = ok.action;
    await el.updateComplete;
    // Where it posts changed, but the draft is still the one for this post and this form.
    await type(el, 'author', 'Ann');
    await type(el, 'email', 'ann@example.com');
    const detail = await posted(el);
    expect(detail.status).to.equal('approved');
    expect(drafts()).to.deep.equal({});
    expect(control(el, 'comment').value).to.equal('');
  });

  it('follows a newer draft typed in another tab, and never writes a stale one over it', async () => {
    const { action } = endpoint('ok');
    const here = await render(html`<press-comment-form post-id="8" action=${action}></press-comment-form>`);
    await type(here, 'comment', 'First words');
    const [key] = Object.keys(drafts());

    // The other tab: a same-origin frame with the same form, which finds the draft and goes on typing.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module" src="/src/define/press-comment-form.ts"></script>
      <press-comment-form post-id="8" action="${action}"></press-comment-form>`;
    const ready = oneEvent(frame, 'load');
    document.body.append(frame);
    await ready;
    const there = frame.contentDocument!.querySelector('press-comment-form')!;
    const thereComment = (): HTMLTextAreaElement => there.shadowRoot!.querySelector('textarea')!;
    await waitUntil(() => there.shadowRoot?.querySelector('textarea')?.value === 'First words', 'the other tab restored the draft');
    thereComment().value = 'First words, then more from the other tab';
    thereComment().dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    // This tab had not changed its text since: it shows the newer one and saves nothing of its own.
    await waitUntil(() => control(here, 'comment').value === 'First words, then more from the other tab', 'this tab followed');
    expect(JSON.parse(localStorage.getItem(key)!)).to.include({ text: 'First words, then more from the other tab' });

    // Typed here after that, this tab's text is the newest: it is saved, and the other tab follows.
    await type(here, 'comment', '!');
    await waitUntil(() => thereComment().value === 'First words, then more from the other tab!', 'the other tab followed');
    frame.remove();
  });
});

describe('press-comment-form when sending fails', () => {
  it('offers Try again after a server error, and posts once it works', async () => {
    const { action, received } = endpoint('fail-once');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Second time lucky');
    expect((await failed(el)).reason).to.equal('server');
    expect(control(el, 'comment').value).to.equal('Second time lucky');
    const retry = part(el, 'retry');
    expect(retry.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();

    const outcome: Promise<CustomEvent<PressCommentPostedDetail>> = oneEvent(el, 'press-comment-posted');
    retry.click();
    expect((await outcome).detail.status).to.equal('approved');
    expect(await received()).to.have.length(2);
    expect(parts(el, 'retry').length).to.equal(0);
  });

  it('takes an answer it cannot read for what it is: maybe sent, text kept, Try again', async () => {
    const { action } = endpoint('unreadable');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Behind a captive portal');
    expect(await failed(el)).to.deep.equal({ reason: 'server', message: en.unreadableError });
    expect(control(el, 'comment').value).to.equal('Behind a captive portal');
    expect(parts(el, 'retry')).to.have.length(1);
    // Marked as maybe sent, in the draft too: after a reload, WordPress's "duplicate" still means "arrived".
    expect(Object.values(drafts())[0]).to.contain('"lost":true');
  });

  it('shows a comment WordPress took for spam as not published', async () => {
    const { action } = endpoint('spam');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Buy cheap things');
    expect((await posted(el)).status).to.equal('pending');
    expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
  });

  it('posts with Ctrl+Enter from the comment field', async () => {
    const { action, received } = endpoint('ok');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Quick one');
    control(el, 'comment').focus();
    const outcome = oneEvent(el, 'press-comment-posted');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await outcome;
    expect(await received()).to.have.length(1);
  });
});

describe('press-comment-form and WordPress’s reply links', () => {
  // What a WordPress theme prints for a comment with threaded replies on (comment-reply.js's markup).
  const page = (action: string) => html`<div>
    <ol class="comment-list">
      <li id="comment-7" class="comment">
        <article id="div-comment-7" class="comment-body">
          <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bo Lee</b> <span class="says">says:</span></div></footer>
          <div class="comment-content"><p>Hello there.</p></div>
          <div class="reply">
            <a rel="nofollow" class="comment-reply-link" href="?replytocom=7#respond" data-commentid="7" data-postid="5"
              data-belowelement="div-comment-7" data-respondelement="respond" data-replyto="Reply to Bo Lee" aria-label="Reply to Bo Lee">Reply</a>
          </div>
        </article>
      </li>
    </ol>
    <div id="respond"><press-comment-form post-id="5" action=${action}></press-comment-form></div>
  </div>`;

  it('moves the form under the comment, replies to it, and puts it back on Cancel', async () => {
    const { action, received } = endpoint('ok');
    const root = await fixture<HTMLElement>(page(action));
    const el = root.querySelector('press-comment-form')!;
    await el.updateComplete;
    const link = root.querySelector<HTMLAnchorElement>('.comment-reply-link')!;
    const before = location.href;
    link.click();
    await el.updateComplete;
    expect(location.href, 'the link did not navigate').to.equal(before);
    expect(el.previousElementSibling?.id).to.equal('div-comment-7');
    expect(part(el, 'heading').textContent).to.equal('Leave a Reply to Bo Lee');
    expect(focused(el)?.id).to.equal('comment');
    await expect(el).to.be.accessible();

    part(el, 'cancel').click();
    await waitUntil(() => parts(el, 'cancel').length === 0);
    expect(el.parentElement?.id).to.equal('respond');
    expect(part(el, 'heading').textContent).to.equal('Leave a Reply');

    link.click();
    await el.updateComplete;
    await fill(el, 'Hello Bo');
    await posted(el);
    expect((await received())[0]).to.include({ comment_parent: '7' });
    // Posted: back in its place, commenting on the post.
    expect(el.parentElement?.id).to.equal('respond');
  });

  it('leaves the reply links of another post’s form alone', async () => {
    const { action } = endpoint('ok');
    const root = await fixture<HTMLElement>(page(action));
    const el = root.querySelector('press-comment-form')!;
    el.postId = 6;
    await el.updateComplete;
    // Seen after the form's document listener; then the test stops the link from leaving the page.
    let preventedByForm: boolean | undefined;
    const stop = (event: Event): void => {
      preventedByForm = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', stop);
    try {
      root.querySelector<HTMLAnchorElement>('.comment-reply-link')!.click();
    } finally {
      window.removeEventListener('click', stop);
    }
    expect(preventedByForm).to.equal(false);
    expect(el.parentElement?.id).to.equal('respond');
  });
});

describe('press-comment-form after posting', () => {
  it('puts an approved comment in the page’s recent comments at once, and not a held one', async () => {
    const approved = endpoint('ok');
    const root = await fixture<HTMLElement>(html`<div>
      <h1>Markets rally</h1>
      <press-recent-comments show-excerpt .comments=${[{ id: 1, author: 'Cy', postTitle: 'Older post', url: '/older/#comment-1', date: '2025-01-01T00:00:00Z' }]}></press-recent-comments>
      <press-comment-form post-id="5" action=${approved.action}></press-comment-form>
    </div>`);
    const recent = root.querySelector<PressRecentComments>('press-recent-comments')!;
    const form = root.querySelector('press-comment-form')!;
    await form.updateComplete;
    await fill(form, 'What a day for the markets');
    await posted(form);
    await recent.updateComplete;
    const first = parts(recent, 'item')[0];
    expect(shadowText(recent)).to.contain('Cy on Older post');
    expect(first.textContent.replace(/\s+/g, ' ')).to.contain('Ann on Markets rally');
    expect(first.textContent).to.contain('What a day for the markets');

    const held = endpoint('held');
    form.action = held.action;
    await fill(form, 'Not yet public');
    expect((await posted(form)).status).to.equal('pending');
    await recent.updateComplete;
    expect(shadowText(recent)).not.to.contain('Not yet public');
    expect(parts(recent, 'item')).to.have.length(2);
  });
});

describe('press-comment-form remembers the commenter only with consent', () => {
  it('keeps name, email and website while the box is ticked, fills them in next time, and forgets them when it is unticked', async () => {
    const { action } = endpoint('ok');
    let el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Hi');
    expect(localStorage.getItem('press-commenter'), 'nothing kept without consent').to.equal(null);
    control(el, 'wp-comment-cookies-consent').click();
    expect(JSON.parse(localStorage.getItem('press-commenter')!)).to.deep.equal({ author: 'Ann', email: 'ann@example.com', url: '' });

    el = await reload(el);
    await restored(el, 'author', 'Ann');
    expect(control(el, 'email').value).to.equal('ann@example.com');
    expect(control(el, 'wp-comment-cookies-consent').checked).to.equal(true);

    control(el, 'wp-comment-cookies-consent').click();
    expect(localStorage.getItem('press-commenter')).to.equal(null);
  });

  it('fills the fields from WordPress’s own comment cookies, and unticking forgets those too', async () => {
    const [author, email, url] = WORDPRESS_COOKIES;
    document.cookie = `${author}=Ann%20Lee; path=/`;
    document.cookie = `${email}=ann%40example.com; path=/`;
    document.cookie = `${url}=https%3A%2F%2Fann.example; path=/`;
    const el = await render(html`<press-comment-form post-id="5" action="/x"></press-comment-form>`);
    await restored(el, 'author', 'Ann Lee');
    expect(control(el, 'email').value).to.equal('ann@example.com');
    expect(control(el, 'url').value).to.equal('https://ann.example');
    control(el, 'wp-comment-cookies-consent').click();
    expect(document.cookie).not.to.contain('comment_author');
  });
});

describe('press-comment-form against robots', () => {
  it('has a honeypot field that keyboard and screen reader users never meet', async () => {
    const el = await render(html`<press-comment-form post-id="5" action="/x"></press-comment-form>`);
    const trap = el.shadowRoot!.querySelector<HTMLInputElement>('[name="press-hp"]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = trap.closest('p')!.getBoundingClientRect();
    expect(box.width * box.height, 'not visible').to.be.at.most(1);
    control(el, 'comment').focus();
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('name')).not.to.equal('press-hp');
    }
    await expect(el).to.be.accessible();
  });

  it('does not send what a robot filled the honeypot in for', async () => {
    const { action, received } = endpoint('ok');
    const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
    await fill(el, 'Spam spam spam');
    el.shadowRoot!.querySelector<HTMLInputElement>('[name="press-hp"]')!.value = 'http://spam.example';
    expect((await failed(el)).reason).to.equal('rejected');
    expect(await received()).to.deep.equal([]);
  });
});

describe('comment form: a reply started while a comment is being sent', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('stays a reply, under its comment, with what was typed (the text in the form is never cut)', async () => {
    const slow = endpoint('slow-ok');
    const page = await fixture<HTMLElement>(html`<div>
      <div id="respond"><press-comment-form action=${slow.action} post-id="5"></press-comment-form></div>
      <div class="comment" id="comment-9"><span class="fn">Ann</span> <a class="comment-reply-link" href="#" data-commentid="9" data-postid="5">Reply</a></div>
    </div>`);
    const form = page.querySelector<PressCommentForm>('press-comment-form')!;
    await form.updateComplete;
    await fill(form, 'First comment');
    const outcome = oneEvent(form, 'press-comment-posted');
    part(form, 'submit').click();
    page.querySelector<HTMLAnchorElement>('.comment-reply-link')!.click();
    await form.updateComplete;
    control(form, 'comment').focus();
    await sendKeys({ type: ' My reply to Ann' });
    await outcome;
    await form.updateComplete;
    expect(form.replyToId, 'still replying to Ann').to.equal(9);
    expect(parts(form, 'cancel').length).to.equal(1);
    expect(form.previousElementSibling?.id).to.equal('comment-9');
    expect(control(form, 'comment').value).to.equal('First comment My reply to Ann');
  });
});
