import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { Category } from '../../src/data/model.js';
import { FEED, loaded, part, parts, shadowText } from '../helpers/fixtures.js';

const family: Category[] = [
  { id: 10, name: 'Markets', url: '#markets', count: 5, parent: 0 },
  { id: 11, name: 'Bonds', url: '#bonds', count: 2, parent: 10 },
  { id: 12, name: 'Stocks', url: '#stocks', count: 3, parent: 10 },
  { id: 13, name: 'Penny stocks', url: '#penny', count: 1, parent: 12 },
  { id: 14, name: 'Empty parent', url: '#empty-parent', count: 0, parent: 0 },
  { id: 15, name: 'Busy child', url: '#busy-child', count: 4, parent: 14 },
  { id: 16, name: 'Nothing', url: '#nothing', count: 0, parent: 0 },
];

const itemTexts = (el: Element): string[] =>
  parts(el, 'item').map((li) => (li.firstElementChild?.textContent ?? '') + (li.querySelector(':scope > [part=count]')?.textContent ?? ''));

describe('press-categories', () => {
  it('lists a feed’s categories by name with counts, hiding empty ones', async () => {
    const el = await loaded<PressCategories>(html`<press-categories src=${FEED} show-counts></press-categories>`);
    expect(part(el, 'heading').textContent).to.equal('Categories');
    expect(itemTexts(el)).to.deep.equal([
      'Company News (82)',
      'Crypto Currency (23)',
      'Earning Reports (74)',
      'Insider Trading (138)',
      'Stock Market News (243)',
    ]);
    expect(part(el, 'link').getAttribute('href')).to.equal('/category/company-news/');
    await expect(el).to.be.accessible();
  });

  it('shows empty categories with show-empty, as on the seed page', async () => {
    const el = await loaded<PressCategories>(html`<press-categories src=${FEED} show-counts show-empty></press-categories>`);
    expect(itemTexts(el).at(-1)).to.equal('Uncategorized (0)');
    expect(itemTexts(el)).to.have.length(6);
  });

  it('nests children and pads parent counts with hierarchical', async () => {
    const el = await loaded<PressCategories>(html`<press-categories .categories=${family} hierarchical show-counts></press-categories>`);
    const top = el.shadowRoot!.querySelector('[part=list]')!;
    const topItems = Array.from(top.children).map((li) => li.firstElementChild?.textContent);
    expect(topItems).to.deep.equal(['Empty parent', 'Markets']);
    expect(shadowText(el)).to.contain('Markets (11)').and.contain('Stocks (4)').and.contain('Empty parent (4)');
    const stocks = parts(el, 'item').find((li) => li.firstElementChild?.textContent === 'Stocks')!;
    expect(stocks.querySelector(':scope > [part~=children] [part=link]')?.textContent).to.equal('Penny stocks');
    expect(shadowText(el)).not.to.contain('Nothing');
    await expect(el).to.be.accessible();
  });

  it('shows only top-level categories with top-level-only', async () => {
    const el = await loaded<PressCategories>(html`<press-categories .categories=${family} top-level-only></press-categories>`);
    expect(itemTexts(el)).to.deep.equal(['Empty parent', 'Markets']);
  });

  it('opens the chosen category from the "Select Category" dropdown', async () => {
    const el = await loaded<PressCategories>(html`<press-categories .categories=${family} dropdown show-counts hierarchical></press-categories>`);
    const select = part(el, 'select') as HTMLSelectElement;
    const labels = Array.from(select.options).map((o) => o.text);
    expect(labels[0]).to.equal('Select Category');
    expect(labels).to.include('\u00a0\u00a0\u00a0Stocks\u00a0\u00a0(4)');
    await expect(el).to.be.accessible();
    select.value = '#bonds';
    select.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#bonds');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('marks the current category with aria-current', async () => {
    const el = await loaded<PressCategories>(
      html`<press-categories .categories=${[{ id: 1, name: 'Here', url: location.pathname + location.search }]}></press-categories>`,
    );
    expect(part(el, 'link').getAttribute('aria-current')).to.equal('page');
  });

  it('shows WordPress’s empty text', async () => {
    const el = await loaded<PressCategories>(html`<press-categories .categories=${[]}></press-categories>`);
    expect(part(el, 'empty').textContent).to.equal('No categories');
    await expect(el).to.be.accessible();
  });

  it('hides the heading with heading=""', async () => {
    const el = await loaded<PressCategories>(html`<press-categories heading="" .categories=${family}></press-categories>`);
    expect(parts(el, 'heading').length).to.equal(0);
  });

  it('takes over wp_list_categories markup without moving it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <press-categories-later show-counts>
        <h2 class="widget-title">Topics</h2>
        <ul>
          <li class="cat-item cat-item-3"><a href="/category/company-news/">Company News</a> (82)</li>
          <li class="cat-item cat-item-7"><a href="/category/crypto-currency/">Crypto Currency</a> (1,023)
            <ul class="children"><li class="cat-item cat-item-8"><a href="/category/btc/">Bitcoin</a> (9)</li></ul>
          </li>
        </ul>
      </press-categories-later>
    </div>`);
    const host = wrapper.firstElementChild as HTMLElement;
    const before = host.getBoundingClientRect().height;
    const { PressCategories } = await import('../../src/components/press-categories/press-categories.js');
    customElements.define('press-categories-later', class extends PressCategories {});
    const el = host as unknown as PressCategories;
    el.hierarchical = true;
    await el.updateComplete;
    await nextFrame();
    expect(part(el, 'heading').textContent).to.equal('Topics');
    expect(itemTexts(el)).to.deep.equal(['Company News (82)', 'Crypto Currency (1,023)', 'Bitcoin (9)']);
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
  });
});
