// Scale: 10,000 categories, 1,000 archive months and 100 comments of 65,525 characters (WordPress's
// longest), served by the test server: every item renders, the dropdowns hold every entry and open
// the one chosen, and long text wraps inside a narrow column instead of widening the page. How
// long the main thread is busy is the bench's business (npm run bench), not a test's.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import '../../src/index.js';
import { part, parts, settledAll } from '../helpers/fixtures.js';
import { store } from '../helpers/watch.js';

/** Whether `el` is wider inside than the space it was given. */
const overflows = (el: Element): boolean => el.scrollWidth > el.clientWidth;

/** Chooses `value` in a widget's dropdown, as a reader does; returns where the page went. */
function choose(widget: Element, value: string): string {
  const select = part(widget, 'select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  const reached = location.hash;
  history.replaceState(null, '', location.pathname + location.search);
  return reached;
}

/** 65,525 characters: words, and a run with nowhere to break. */
const longComment = (i: number): string => `${'Lorem ipsum dolor sit amet. '.repeat(1400)}${String(i).padEnd(65525 - 28 * 1400, 'x')}`;

describe('at scale', function () {
  this.timeout(60000);

  it('10,000 categories: every one listed, and a dropdown that opens any of them', async () => {
    const categories = Array.from({ length: 10000 }, (_, i) => ({ id: i + 1, name: `Category ${String(i + 1)}`, url: `#cat-${String(i + 1)}`, count: i }));
    const key = await store({ categories });
    const el = await settledAll(
      html`<div style="width: 320px">
        <press-site src=${`/__test/fault/${key}/ok`}>
          <press-categories show-counts show-empty></press-categories>
          <press-categories show-counts show-empty dropdown></press-categories>
        </press-site>
      </div>`,
      2,
    );
    const [list, dropdown] = el.querySelectorAll('press-categories');
    expect(parts(list, 'item')).to.have.length(10000);
    const options = (part(dropdown, 'select') as HTMLSelectElement).options;
    expect(options).to.have.length(10001);
    expect(options[9999].text).to.equal('Category 9999\u00a0\u00a0(9,998)'); // by name, numbers in order
    expect(choose(dropdown, '#cat-7321')).to.equal('#cat-7321');
    for (const widget of [list, dropdown]) expect(overflows(widget), widget.outerHTML).to.be.false;
    // A dropdown of thousands is as wide as the widget: else the browser measures every entry's
    // text again each time a part is added (3.5–5 s for 10,000 options, against 0.3–0.4 s).
    expect(part(dropdown, 'select').getBoundingClientRect().width).to.equal(part(dropdown, 'body').getBoundingClientRect().width);
  });

  it('a category with 10,000 sub-categories: drawn a frame at a time, not in one long task, all under it', async () => {
    const categories = [
      { id: 1, name: 'Parent', url: '#parent', count: 1 },
      ...Array.from({ length: 10000 }, (_, i) => ({ id: i + 2, name: `Child ${String(i + 1)}`, url: `#child-${String(i + 1)}`, count: 1, parent: 1 })),
    ];
    // How many items a reader sees at each frame until it has loaded.
    const seen: number[] = [];
    let watching = true;
    const wrapper = document.createElement('div');
    const watch = (): void => {
      seen.push(wrapper.querySelector('press-categories')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0);
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const done = oneEvent(wrapper, 'press-load');
    const el = await fixture<PressCategories>(html`<press-categories hierarchical .categories=${categories}></press-categories>`, { parentNode: wrapper });
    await done;
    watching = false;
    expect(
      seen.some((n) => n > 0 && n < 10001),
      `items seen at each frame: ${seen.join(', ')}`,
    ).to.be.true;
    expect(part(el, 'list').children).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part~="list"] > li > [part~="children"] > [part~="item"]')).to.have.length(10000);
  });

  it('a short dropdown is as wide as its longest entry', async () => {
    const categories = [
      { id: 1, name: 'Company News', url: '#c1', count: 82 },
      { id: 2, name: 'Markets', url: '#c2', count: 3 },
    ];
    const dropdown = await fixture<PressCategories>(html`<press-categories style="width: 320px" .categories=${categories} dropdown></press-categories>`);
    expect(part(dropdown, 'select').getBoundingClientRect().width).to.be.below(part(dropdown, 'body').getBoundingClientRect().width);
  });

  it('1,000 archive months: every one listed, and dropdowns by month and by year', async () => {
    const archives = Array.from({ length: 1000 }, (_, i) => {
      const year = 2025 - Math.floor(i / 12);
      const month = 12 - (i % 12);
      return { year, month, url: `#m-${String(year)}-${String(month)}`, count: i + 1 };
    });
    const key = await store({ archives });
    const el = await settledAll(
      html`<div style="width: 320px">
        <press-site src=${`/__test/fault/${key}/ok`}>
          <press-archives show-counts></press-archives>
          <press-archives show-counts dropdown></press-archives>
          <press-archives type="yearly" dropdown></press-archives>
        </press-site>
      </div>`,
      3,
    );
    const [list, months, years] = el.querySelectorAll('press-archives');
    expect(parts(list, 'item')).to.have.length(1000);
    expect((part(months, 'select') as HTMLSelectElement).options).to.have.length(1001);
    expect((part(years, 'select') as HTMLSelectElement).options).to.have.length(1 + 84); // 1942 to 2025
    expect(choose(months, '#m-1990-5')).to.equal('#m-1990-5');
    for (const widget of [list, months, years]) expect(overflows(widget)).to.be.false;
  });

  it('100 comments of 65,525 characters: each cut to its first 20 words, as WordPress cuts excerpts, wrapped inside a narrow column', async () => {
    const comments = Array.from({ length: 100 }, (_, i) => ({
      id: i + 1,
      author: `Author ${'a'.repeat(240)}`,
      postTitle: `Title ${'t'.repeat(1000)}`,
      url: `#comment-${String(i + 1)}`,
      date: new Date(Date.UTC(2025, 0, 1) - i * 864e5).toISOString(),
      // Half of them start with a run of 10,000 characters with nowhere to break.
      excerpt: i % 2 ? longComment(i) : `${'y'.repeat(10000)} ${longComment(i)}`,
    }));
    const key = await store({ comments });
    const el = await settledAll(
      html`<div style="width: 320px">
        <press-recent-comments src=${`/__test/fault/${key}/ok`} number="100" show-excerpt show-date></press-recent-comments>
      </div>`,
      1,
    );
    const widget = el.querySelector('press-recent-comments')!;
    const excerpts = parts(widget, 'excerpt');
    expect(excerpts).to.have.length(100);
    const words = (i: number): string => `${(i % 2 ? longComment(i) : `${'y'.repeat(10000)} ${longComment(i)}`).split(/\s+/).slice(0, 20).join(' ')}\u2026`;
    expect(excerpts.map((e) => e.textContent)).to.deep.equal(comments.map((_, i) => words(i)));
    expect(overflows(widget)).to.be.false;
  });

  it('a comment of 65,525 characters: posted, and its preview and the messages wrap', async () => {
    const key = crypto.randomUUID();
    const el = await fixture<HTMLElement>(html`<div style="width: 320px">
      <press-comment-form post-id="1" action=${`/__test/comments/${key}/held`}></press-comment-form>
    </div>`);
    const form = el.querySelector<PressCommentForm>('press-comment-form')!;
    await form.updateComplete;
    const field = (id: string): HTMLInputElement => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    const text = 'y'.repeat(65525);
    field('comment').value = text;
    field('author').value = 'Ann';
    field('email').value = 'ann@example.com';
    const posted = oneEvent(form, 'press-comment-posted');
    await form.submit();
    await posted;
    const [received] = (await (await fetch(`/__test/comments/${key}`)).json()) as { comment: string }[];
    expect(received.comment === text, 'the whole comment is sent').to.be.true;
    expect(form.shadowRoot!.querySelector('blockquote')?.textContent === text, 'the whole comment is previewed').to.be.true;
    expect(overflows(form), 'the preview widens the form').to.be.false;

    // The site's refusal, as long and as unbroken, wraps too.
    form.action = `/__test/comments/${key}/echo`;
    field('comment').value = text;
    field('author').value = 'Ann';
    field('email').value = 'ann@example.com';
    const failed = oneEvent(form, 'press-comment-failed');
    await form.submit();
    await failed;
    expect(part(form, 'error').textContent === `Error: ${text}`, 'the whole message is shown').to.be.true;
    expect(overflows(form), 'the message widens the form').to.be.false;
  });
});
