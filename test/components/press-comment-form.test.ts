import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { postComment } from '../../src/data/wordpress/load.js';
import '../../src/define/press-comment-form.js';
import type { PressCommentFailedDetail } from '../../src/events.js';
import { control, endpoint, failed, fill, focused, labels, posted, render, type } from '../helpers/comment-form.js';
import { FEED, part, parts, shadowText } from '../helpers/fixtures.js';

const NOT_SET_UP = 'This comment form is not set up; your comment was not sent.';

const absolute = (path: string): string => new URL(path, location.href).href;

describe('press-comment-form', () => {
  // Drafts and remembered details live in localStorage: each test starts as a new visitor.
  beforeEach(() => {
    localStorage.clear();
  });
  describe('what a reader sees', () => {
    it('has WordPress’s strings and field order', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="/x"></press-comment-form>`);
      const heading = part(el, 'heading');
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent).to.equal('Leave a Reply');
      expect(shadowText(el)).to.contain('Your email address will not be published. Required fields are marked *');
      expect(labels(el)).to.deep.equal([
        'Comment *',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
      ]);
      expect(part(el, 'submit').textContent).to.equal('Post Comment');
      expect(parts(el, 'cancel').length).to.equal(0);
      // Each label names its own control, in the same order.
      const named = parts(el, 'label').map((l) => (l as HTMLLabelElement).control?.getAttribute('name'));
      expect(named).to.deep.equal(['comment', 'author', 'email', 'url', 'wp-comment-cookies-consent']);
      await expect(el).to.be.accessible();
    });

    it('uses a real form with WordPress’s field attributes', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="/x"></press-comment-form>`);
      expect(part(el, 'form').localName).to.equal('form');
      const comment = control(el, 'comment');
      expect(comment.localName).to.equal('textarea');
      expect([comment.name, comment.maxLength, comment.required]).to.deep.equal(['comment', 65525, true]);
      const author = control(el, 'author');
      expect([author.type, author.maxLength, author.autocomplete, author.required]).to.deep.equal(['text', 245, 'name', true]);
      const email = control(el, 'email');
      expect([email.type, email.maxLength, email.autocomplete, email.required]).to.deep.equal(['email', 100, 'email', true]);
      expect(email.getAttribute('aria-describedby')).to.equal('email-notes');
      expect(el.shadowRoot!.getElementById('email-notes')?.textContent).to.equal('Your email address will not be published.');
      const url = control(el, 'url');
      expect([url.type, url.maxLength, url.autocomplete, url.required]).to.deep.equal(['url', 200, 'url', false]);
      const consent = control(el, 'wp-comment-cookies-consent');
      expect([consent.type, consent.name, consent.value, consent.checked]).to.deep.equal(['checkbox', 'wp-comment-cookies-consent', 'yes', false]);
      expect(parts(el, 'input').map((i) => i.id)).to.deep.equal(['comment', 'author', 'email', 'url']);
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });

    it('makes name and email optional with require-name-email="false", and drops the consent box with cookies-opt-in="false"', async () => {
      const el = await render(html`<press-comment-form require-name-email="false" cookies-opt-in="false" post-id="1" action="/x"></press-comment-form>`);
      expect(el.requireNameEmail).to.equal(false);
      expect(el.cookiesOptIn).to.equal(false);
      expect(labels(el)).to.deep.equal(['Comment *', 'Name', 'Email', 'Website']);
      expect(control(el, 'author').required).to.equal(false);
      expect(control(el, 'email').required).to.equal(false);
      expect(el.shadowRoot!.getElementById('wp-comment-cookies-consent')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('treats the default-on booleans as on unless they say "false"', async () => {
      const el = await render(html`<press-comment-form require-name-email cookies-opt-in="true"></press-comment-form>`);
      expect([el.requireNameEmail, el.cookiesOptIn]).to.deep.equal([true, true]);
      el.setAttribute('require-name-email', 'false');
      await el.updateComplete;
      expect(control(el, 'author').required).to.equal(false);
      el.removeAttribute('require-name-email');
      await el.updateComplete;
      expect(control(el, 'author').required).to.equal(true);
    });

    it('replaces or hides the heading', async () => {
      const el = await render(html`<press-comment-form heading="Join the discussion"></press-comment-form>`);
      expect(part(el, 'heading').textContent).to.equal('Join the discussion');
      el.heading = '';
      await el.updateComplete;
      expect(parts(el, 'heading').length).to.equal(0);
      expect(part(el, 'form').getAttribute('aria-label')).to.equal('Leave a Reply');
      await expect(el).to.be.accessible();
    });
  });

  describe('validation', () => {
    it('moves focus to Comment and shows the browser’s message, linked and announced, when sent empty', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      const failure = oneEvent(el, 'press-comment-failed');
      part(el, 'submit').click();
      const { detail } = (await failure) as CustomEvent<PressCommentFailedDetail>;
      await el.updateComplete;

      const comment = control(el, 'comment');
      expect(focused(el)).to.equal(comment);
      expect(comment.validationMessage).to.not.equal('');
      expect(comment.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = comment.getAttribute('aria-describedby')!.split(' ');
      const message = el.shadowRoot!.getElementById(describedBy[0]);
      expect(message?.textContent).to.equal(comment.validationMessage);
      expect(message?.getAttribute('part')).to.equal('error');
      // Name and email are flagged too; email keeps its note.
      expect(control(el, 'author').getAttribute('aria-describedby')).to.equal('author-error');
      expect(control(el, 'email').getAttribute('aria-describedby')).to.equal('email-notes email-error');
      const live = el.shadowRoot!.querySelector('.visually-hidden[role="status"]');
      expect(live?.textContent).to.contain(`Comment: ${comment.validationMessage}`);
      expect(detail).to.deep.equal({ reason: 'invalid', message: `Comment: ${comment.validationMessage}` });
      expect(await received()).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // The message follows what is typed.
      await type(el, 'comment', 'Hi');
      await el.updateComplete;
      expect(comment.hasAttribute('aria-invalid')).to.equal(false);
      expect(comment.hasAttribute('aria-describedby')).to.equal(false);
      expect(el.shadowRoot!.getElementById('comment-error')).to.equal(null);
    });

    it('checks the email with the browser’s own rules', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="/x"></press-comment-form>`);
      await type(el, 'comment', 'Hi');
      await type(el, 'author', 'Ann');
      await type(el, 'email', 'not-an-email');
      part(el, 'submit').click();
      await el.updateComplete;
      const email = control(el, 'email');
      expect(focused(el)).to.equal(email);
      expect(email.validity.typeMismatch).to.equal(true);
      expect(el.shadowRoot!.getElementById('email-error')?.textContent).to.equal(email.validationMessage);
    });
  });

  describe('posting', () => {
    it('posts WordPress’s fields and shows the published comment (ok: 302 to the post)', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form post-id="123" action=${action}></press-comment-form>`);
      await fill(el, 'First & best!');
      await type(el, 'url', 'https://ann.example/');
      const detail = await posted(el);

      expect(await received()).to.deep.equal([
        {
          comment_post_ID: '123',
          comment: 'First & best!',
          author: 'Ann',
          email: 'ann@example.com',
          url: 'https://ann.example/',
          comment_parent: '0',
        },
      ]);
      // The browser drops the #comment-N of a followed redirect: the id is unknown.
      const postPage = absolute(action.replace(/comments\/([^/]+)\/ok$/, 'post-page/$1'));
      expect(detail).to.deep.equal({ id: undefined, status: 'approved', url: postPage, postId: 123, parent: 0, author: 'Ann', content: 'First & best!' });
      const notice = part(el, 'notice');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain('Your comment has been posted.');
      expect(part(el, 'link').getAttribute('href')).to.equal(postPage);
      expect(['comment', 'author', 'email', 'url'].map((id) => control(el, id).value)).to.deep.equal(['', '', '', '']);
      expect(parts(el, 'error').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('sends the consent only when ticked, and then keeps name, email and website', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form post-id="5" action=${action}></press-comment-form>`);
      await fill(el);
      control(el, 'wp-comment-cookies-consent').click();
      await posted(el);
      expect((await received())[0]).to.include({ 'wp-comment-cookies-consent': 'yes' });
      expect(['comment', 'author', 'email'].map((id) => control(el, id).value)).to.deep.equal(['', 'Ann', 'ann@example.com']);
    });

    it('shows a held comment as awaiting moderation, with a preview (held: 302 to ?unapproved=N)', async () => {
      const { action } = endpoint('held');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el, 'Held text');
      const detail = await posted(el);
      expect(detail.status).to.equal('pending');
      expect(detail.id).to.equal(41);
      expect(detail.url).to.contain('unapproved=41');
      const notice = part(el, 'notice');
      expect(notice.textContent).to.contain('Your comment is awaiting moderation.');
      expect(notice.querySelector('blockquote')?.textContent).to.equal('Held text');
      expect(control(el, 'comment').value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('reads a JSON answer: { id, status: "hold", link } is pending', async () => {
      const { action } = endpoint('json');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const detail = await posted(el);
      expect(detail).to.deep.equal({
        id: 41,
        status: 'pending',
        url: absolute(`${action.replace(/comments\/([^/]+)\/json$/, 'post-page/$1')}#comment-41`),
        ...{ postId: 1, parent: 0, author: 'Ann', content: 'Nice post.' },
      });
      expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
    });

    it('links to an approved comment from a JSON answer', async () => {
      const { action } = endpoint('json-approved');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const detail = await posted(el);
      expect(detail.status).to.equal('approved');
      expect(detail.id).to.equal(41);
      expect(part(el, 'link').getAttribute('href')).to.match(/#comment-41$/);
    });

    it('never renders a javascript: link from the answer', async () => {
      const { action } = endpoint('json-bad-link');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const detail = await posted(el);
      expect(detail).to.include({ id: 41, status: 'approved', url: undefined });
      expect(parts(el, 'link').length).to.equal(0);
      expect(el.shadowRoot!.querySelector('a[href*="javascript"]')).to.equal(null);
    });

    it('shows WordPress’s own message when it refuses with a 200 error page, and keeps the text (wp-error)', async () => {
      const { action, received } = endpoint('wp-error');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el, 'Keep me');
      const detail = await failed(el);
      expect(detail).to.deep.equal({ reason: 'rejected', message: 'Error: please fill the required fields (name, email).' });
      const error = part(el, 'error');
      expect(error.textContent).to.equal('Error: please fill the required fields (name, email).');
      expect(error.parentElement!.getAttribute('role')).to.equal('alert');
      expect(control(el, 'comment').value).to.equal('Keep me');
      expect(control(el, 'author').value).to.equal('Ann');
      expect(part(el, 'notice').textContent.trim()).to.equal('');
      expect(await received()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('reads a whole wp_die() page as text: no markup, no "« Back" link', async () => {
      const { action } = endpoint('wp-die-page');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const detail = await failed(el);
      expect(detail.message).to.equal('Error: Please type your comment text & try again.');
      expect(part(el, 'error').children).to.have.length(0);
      expect(el.shadowRoot!.querySelector('em, strong, a')).to.equal(null);
    });

    it('shows the duplicate refusal (409) and keeps the text', async () => {
      const { action } = endpoint('duplicate');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el, 'Said it');
      const detail = await failed(el);
      expect(detail).to.deep.equal({
        reason: 'rejected',
        message: 'Error: Duplicate comment detected; it looks as though you’ve already said that!',
      });
      expect(part(el, 'error').textContent).to.equal(detail.message);
      expect(control(el, 'comment').value).to.equal('Said it');
    });

    it('shows a server error (500) and keeps the text', async () => {
      const { action } = endpoint('boom');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el, 'Still here');
      const detail = await failed(el);
      expect(detail.reason).to.equal('server');
      expect(detail.message).to.equal('Internal Server Error');
      expect(part(el, 'error').textContent).to.equal(detail.message);
      expect(control(el, 'comment').value).to.equal('Still here');
      await expect(el).to.be.accessible();
    });

    it('takes a redirect to an error page for the failure it is, keeps the text, and offers Try again (the comment may be stored)', async () => {
      // A proxy's redirect to its error page (502), and a redirect to WordPress's wp_die() page (200).
      for (const [mode, reason, message] of [
        ['redirect-error', 'server', 'Sorry, something went wrong.'],
        ['redirect-wp-die', 'server', 'Error: Sorry, you are not allowed to do that.'],
      ] as const) {
        const { action } = endpoint(mode);
        const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
        await fill(el, `Kept after ${mode}`);
        const detail = await failed(el);
        expect(detail).to.deep.equal({ reason, message });
        expect(part(el, 'error').textContent).to.equal(message);
        expect(control(el, 'comment').value).to.equal(`Kept after ${mode}`);
        expect(parts(el, 'notice')[0]?.textContent.trim()).to.equal('');
      }
    });

    it('shows the REST API’s JSON refusal', async () => {
      const { action } = endpoint('json-error');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const detail = await failed(el);
      expect(detail).to.deep.equal({
        reason: 'rejected',
        message: 'Creating a comment requires valid author name and email values.',
      });
    });

    it('says to check the connection when the site cannot be reached, and keeps the text', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="http://127.0.0.1:9/x"></press-comment-form>`);
      await fill(el, 'Offline words');
      const detail = await failed(el);
      expect(detail).to.deep.equal({ reason: 'network', message: en.networkError });
      expect(part(el, 'error').textContent).to.equal('Your comment could not be sent. Check your connection and try again.');
      expect(control(el, 'comment').value).to.equal('Offline words');
      expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('gives up on a site that does not answer in time', async () => {
      const { action } = endpoint('hang');
      const outcome = await postComment({ action }, new URLSearchParams({ comment: 'x' }), { timeoutMs: 200 });
      expect(outcome).to.deep.equal({ reason: 'network', problem: 'timeoutError' });
    });

    it('posts once however fast the button is clicked twice', async () => {
      const { action, received } = endpoint('slow-ok');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el, 'Only once');
      const submit = part(el, 'submit') as HTMLButtonElement;
      const box = submit.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      const done = oneEvent(el, 'press-comment-posted');
      await sendMouse({ type: 'click', position });
      await sendMouse({ type: 'click', position });
      await el.updateComplete;
      // Sending: the button is disabled and the form busy.
      expect(submit.disabled).to.equal(true);
      expect(part(el, 'form').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await done;
      await el.updateComplete;
      expect(await received()).to.have.length(1);
      expect(submit.disabled).to.equal(false);
      expect(focused(el)).to.equal(submit);
    });

    it('ignores a second submit() while the first is in flight', async () => {
      const { action, received } = endpoint('slow-ok');
      const el = await render(html`<press-comment-form post-id="1" action=${action}></press-comment-form>`);
      await fill(el);
      const done = oneEvent(el, 'press-comment-posted');
      void el.submit();
      void el.submit();
      control(el, 'email').focus();
      await sendKeys({ press: 'Enter' }); // implicit submission
      await done;
      expect(await received()).to.have.length(1);
    });
  });

  describe('after an attempt whose answer was lost', () => {
    it('shows WordPress’s "duplicate" as the comment awaiting moderation, not as an error', async () => {
      // Sent, and the answer cut off: it may have arrived.
      const el = await render(html`<press-comment-form post-id="1" action=${endpoint('drop-answer').action}></press-comment-form>`);
      await fill(el, 'Said once');
      expect((await failed(el)).reason).to.equal('network');
      el.action = endpoint('duplicate').action;
      expect(await posted(el)).to.include({ id: undefined, status: 'pending', url: undefined });
      expect(part(el, 'notice').textContent).to.contain('Your comment is awaiting moderation.');
      expect(parts(el, 'error').length).to.equal(0);
    });

    it('still refuses a duplicate of another text', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="http://127.0.0.1:9/x"></press-comment-form>`);
      await fill(el, 'Said once');
      await failed(el);
      el.action = endpoint('duplicate').action;
      await type(el, 'comment', ' more');
      expect((await failed(el)).message).to.contain('Duplicate comment detected');
    });
  });

  describe('through the REST API', () => {
    const config = { action: 'https://blog.example/wp-comments-post.php', rest: 'https://blog.example/wp-json/wp/v2/comments' };
    const form = new URLSearchParams({
      comment: 'Hi & bye',
      author: 'Ann',
      email: 'ann@example.com',
      url: '',
      'wp-comment-cookies-consent': 'yes',
      comment_post_ID: '7',
      comment_parent: '3',
    });

    /** postComment() with `fetch` answering `status` and `answer` as JSON; what it was asked. */
    async function viaRest(status: number, answer: object, retried = false) {
      const calls: [string, RequestInit | undefined][] = [];
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        calls.push([input as string, init]);
        return Promise.resolve(new Response(JSON.stringify(answer), { status }));
      };
      try {
        return { outcome: await postComment(config, form, { retried }), calls };
      } finally {
        window.fetch = original;
      }
    }

    it('posts the REST API’s JSON to `rest` when the action is on another origin', async () => {
      const { outcome, calls } = await viaRest(201, { id: 9, status: 'hold', link: 'https://blog.example/p/#comment-9' });
      expect(calls).to.have.length(1);
      const [url, init] = calls[0];
      expect(url).to.equal(config.rest);
      expect(init?.method).to.equal('POST');
      expect(init?.headers).to.deep.equal({ 'content-type': 'application/json' });
      expect(JSON.parse(init?.body as string)).to.deep.equal({
        post: '7',
        parent: '3',
        author_name: 'Ann',
        author_email: 'ann@example.com',
        author_url: '',
        content: 'Hi & bye',
      });
      expect(outcome).to.deep.equal({ id: 9, status: 'pending', url: 'https://blog.example/p/#comment-9' });
    });

    it('posts the form to an action on the page’s own origin, though it knows `rest`', async () => {
      const { action, received } = endpoint('ok');
      const outcome = await postComment({ action, rest: config.rest }, new URLSearchParams({ comment: 'x', comment_post_ID: '7' }));
      expect(outcome).to.include({ status: 'approved' });
      expect(await received()).to.deep.equal([{ comment: 'x', comment_post_ID: '7' }]);
    });

    it('asks visitors’ patience and tells the site owner the filter when WordPress wants a login (401)', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(...args);
      try {
        const { outcome } = await viaRest(401, { code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.' });
        expect(outcome).to.deep.equal({ reason: 'rejected', problem: 'loginRequired', status: 401 });
      } finally {
        console.warn = warn;
      }
      expect(warnings.join(' ')).to.contain("add_filter( 'rest_allow_anonymous_comments', '__return_true' );");
    });

    it('shows WordPress’s message for a duplicate, unless an earlier attempt was lost', async () => {
      const duplicate = { code: 'comment_duplicate', message: 'Duplicate comment detected; it looks as though you’ve already said that!' };
      expect((await viaRest(409, duplicate)).outcome).to.deep.equal({ reason: 'rejected', problem: 'postFailed', status: 409, said: duplicate.message });
      expect((await viaRest(409, duplicate, true)).outcome).to.deep.equal({ id: undefined, status: 'pending', url: undefined });
      // A 409 that is not WordPress's duplicate (another API's conflict) confirms nothing.
      const conflict = { code: 'rest_conflict', message: 'Conflict.' };
      expect((await viaRest(409, conflict, true)).outcome).to.deep.equal({ reason: 'rejected', problem: 'postFailed', status: 409, said: 'Conflict.' });
    });
  });

  describe('replying', () => {
    it('says whom it replies to, sends comment_parent, and can cancel', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form post-id="1" action=${action} reply-to="7" reply-author="Bo"></press-comment-form>`);
      expect(part(el, 'heading').textContent).to.equal('Leave a Reply to Bo');
      const cancel = part(el, 'cancel');
      expect(cancel.localName).to.equal('button');
      expect(cancel.textContent).to.equal('Cancel reply');
      await expect(el).to.be.accessible();
      await fill(el);
      await posted(el);
      expect((await received())[0]).to.include({ comment_parent: '7' });
      // Posted: the form comments on the post again.
      expect(part(el, 'heading').textContent).to.equal('Leave a Reply');
      expect(parts(el, 'cancel').length).to.equal(0);
    });

    it('starts and cancels a reply from script', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="/x"></press-comment-form>`);
      await el.replyTo(9, 'Ann');
      expect(part(el, 'heading').textContent).to.equal('Leave a Reply to Ann');
      expect(focused(el)?.id).to.equal('comment');
      part(el, 'cancel').click();
      await waitUntil(() => parts(el, 'cancel').length === 0);
      expect(part(el, 'heading').textContent).to.equal('Leave a Reply');
      expect(el.replyToId).to.equal(undefined);
      expect(focused(el)?.id).to.equal('comment');
    });
  });

  describe('where it posts', () => {
    const feedWith = (commentForm: object): string => URL.createObjectURL(new Blob([JSON.stringify({ commentForm })], { type: 'application/json' }));

    it('learns the action and post id from its feed', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form src=${feedWith({ action, postId: 77 })}></press-comment-form>`);
      await fill(el);
      await posted(el);
      expect((await received())[0]).to.include({ comment_post_ID: '77' });
    });

    it('learns them from the nearest press-site, and its own attributes win', async () => {
      const { action, received } = endpoint('ok');
      const site = await fixture<HTMLElement>(html`<press-site src=${feedWith({ action: '/not-here', postId: 77 })}>
        <div><press-comment-form post-id="5" action=${action}></press-comment-form></div>
      </press-site>`);
      const el = site.querySelector('press-comment-form')!;
      await el.updateComplete;
      await fill(el);
      await posted(el);
      expect((await received())[0]).to.include({ comment_post_ID: '5' });
    });

    it('takes the post id from the feed and the action from its attribute', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form src=${FEED} action=${action}></press-comment-form>`);
      await fill(el);
      await posted(el);
      expect((await received())[0]).to.include({ comment_post_ID: '123' });
    });

    it('takes over wrapped comment_form() markup: its action and post id', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form>
        <div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
          <form action=${action} method="post" id="commentform" class="comment-form" novalidate>
            <p class="comment-form-comment"><label for="c">Comment</label><textarea id="c" name="comment"></textarea></p>
            <p class="comment-form-author"><label for="a">Name</label><input id="a" name="author" /></p>
            <p class="comment-form-email"><label for="e">Email</label><input id="e" name="email" /></p>
            <p class="form-submit">
              <input name="submit" type="submit" value="Post Comment" />
              <input type="hidden" name="comment_post_ID" value="99" id="comment_post_ID" />
              <input type="hidden" name="comment_parent" id="comment_parent" value="0" />
            </p>
          </form>
        </div>
      </press-comment-form>`);
      await fill(el, 'Typed after');
      await posted(el);
      expect(await received()).to.deep.equal([
        { comment_post_ID: '99', comment: 'Typed after', author: 'Ann', email: 'ann@example.com', url: '', comment_parent: '0' },
      ]);
    });

    it('prefers the feed to the wrapped markup', async () => {
      const { action, received } = endpoint('ok');
      const el = await render(html`<press-comment-form src=${FEED}>
        <form action=${action}><input type="hidden" name="comment_post_ID" value="99" /></form>
      </press-comment-form>`);
      await fill(el);
      await posted(el);
      expect((await received())[0]).to.include({ comment_post_ID: '123' });
    });

    it('says it is not set up when it knows neither post nor action, instead of failing silently', async () => {
      const el = await render(html`<press-comment-form></press-comment-form>`);
      expect(part(el, 'form')).to.exist;
      await fill(el, 'Lost words');
      const detail = await failed(el);
      expect(detail).to.deep.equal({ reason: 'invalid', message: NOT_SET_UP });
      expect(part(el, 'error').textContent).to.equal(detail.message);
      expect(control(el, 'comment').value).to.equal('Lost words');
    });

    it('does not post to a javascript: action', async () => {
      const el = await render(html`<press-comment-form post-id="1" action="javascript:alert(1)"></press-comment-form>`);
      await fill(el);
      const detail = await failed(el);
      expect(detail.message).to.equal(NOT_SET_UP);
    });
  });
});
