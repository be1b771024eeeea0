import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PressComments } from '../../src/components/press-comments/press-comments.js';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { loaded, part, parts, shadowText } from '../helpers/fixtures.js';

/** A feed of its own for each test, with post 7's thread. */
const feedWith = (thread: unknown, extra: Record<string, unknown> = {}): string =>
  URL.createObjectURL(new Blob([JSON.stringify({ threads: { 7: thread }, ...extra })], { type: 'application/json' }));

const at = (minute: number): string => `2026-12-06T09:${String(minute).padStart(2, '0')}:00+01:00`;
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
    expect(first.querySelector('[part~="date"]')!.textContent!.replace(/\s+/g, ' ')).to.equal('December 6, 2026 at 9:01 AM');
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
    const form = page.querySelector('press-comment-form')! as PressCommentForm;
    await oneEvent(el, 'press-load');
    await el.updateComplete;
    parts(el, 'reply')[0].click();
    await waitUntil(() => form.replyToId === 1, 'replying');
    await el.updateComplete;
    expect(form.parentElement).to.equal(el);
    const slot = parts(el, 'comment')[0].querySelector('slot[name="reply"]') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([form]);
    expect(shadowText(form)).to.contain('Leave a Reply to Author 1');
    await form.cancelReply();
    expect(form.parentElement).to.equal(page);
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
      comments: [comment(1, 0, 1, '<script>alert(1)</script><img src=x onerror="window.hacked=1"><a href="javascript:alert(1)">x</a><div onclick="x">d</div>', { author: '<b>Bob</b>', authorUrl: 'javascript:alert(1)' })],
    });
    const el = await loaded<PressComments>(html`<press-comments lang="en-US" src=${src} post-id="7"></press-comments>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img:not([part~="avatar"]), [onerror], [onclick], div[onclick]').length).to.equal(0);
    expect([...root.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript')).length).to.equal(0);
    expect(part(el, 'author').textContent).to.equal('<b>Bob</b>');
  });
});
