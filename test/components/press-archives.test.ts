import { expect, html } from '@open-wc/testing';
import type { PressArchives } from '../../src/components/press-archives/press-archives.js';
import type { ArchiveMonth } from '../../src/data/model.js';
import { FEED, loaded, part, parts } from '../helpers/fixtures.js';

const months: ArchiveMonth[] = [
  { year: 2024, month: 12, url: '/2024/12/', count: 4 },
  { year: 2025, month: 1, url: '/2025/01/', count: 2 },
  { year: 2025, month: 7, url: '/2025/07/', count: 3 },
  { year: 2024, month: 3, url: '/?m=202403', count: 1 },
];

const itemTexts = (el: Element): string[] => parts(el, 'item').map((li) => li.textContent.trim());

describe('press-archives', () => {
  it('lists the feed’s months newest first, as "July 2025"', async () => {
    const el = await loaded<PressArchives>(html`<press-archives lang="en" src=${FEED}></press-archives>`);
    expect(part(el, 'heading').textContent).to.equal('Archives');
    expect(itemTexts(el)).to.deep.equal(['July 2025', 'June 2025']);
    expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/2025/07/', '/2025/06/']);
    await expect(el).to.be.accessible();
  });

  it('appends " (N)" with show-counts, formatted for the page', async () => {
    const el = await loaded<PressArchives>(
      html`<press-archives lang="en" show-counts .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 1234 }]}></press-archives>`,
    );
    expect(itemTexts(el)).to.deep.equal(['July 2025\u00a0(1,234)']);
  });

  it('follows the page’s language through Intl', async () => {
    const el = await loaded<PressArchives>(html`<div lang="ja"><press-archives .archives=${months}></press-archives></div>`);
    const archives = el.querySelector('press-archives') ?? el;
    expect(itemTexts(archives)[0]).to.equal('2025年7月');
  });

  it('limits to the newest periods and merges years with type="yearly"', async () => {
    const limited = await loaded<PressArchives>(html`<press-archives lang="en" limit="2" .archives=${months}></press-archives>`);
    expect(itemTexts(limited)).to.deep.equal(['July 2025', 'January 2025']);
    const yearly = await loaded<PressArchives>(html`<press-archives lang="en" type="yearly" show-counts .archives=${months}></press-archives>`);
    expect(itemTexts(yearly)).to.deep.equal(['2025\u00a0(5)', '2024\u00a0(5)']);
    expect(parts(yearly, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/2025/', '/2024/']);
  });

  it('opens the chosen month from the "Select Month" dropdown', async () => {
    const el = await loaded<PressArchives>(
      html`<press-archives lang="en" dropdown show-counts .archives=${[{ year: 2025, month: 7, url: '#july', count: 3 }]}></press-archives>`,
    );
    const select = part(el, 'select') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).to.deep.equal(['Select Month', 'July 2025\u00a0(3)']);
    await expect(el).to.be.accessible();
    select.value = '#july';
    select.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#july');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows "No archives to show." when empty', async () => {
    const el = await loaded<PressArchives>(html`<press-archives .archives=${[]}></press-archives>`);
    expect(part(el, 'empty').textContent).to.equal('No archives to show.');
    await expect(el).to.be.accessible();
  });

  it('takes over wp_get_archives markup, pretty and plain permalinks', async () => {
    const el = await loaded<PressArchives>(html`<press-archives lang="en" show-counts>
      <ul>
        <li><a href="https://news.example/2025/07/">July 2025</a>&nbsp;(3)</li>
        <li><a href="https://news.example/?m=202506">June 2025</a>&nbsp;(12)</li>
      </ul>
    </press-archives>`);
    expect(itemTexts(el)).to.deep.equal(['July 2025\u00a0(3)', 'June 2025\u00a0(12)']);
  });

  it('reads the archive dropdown markup of wp_get_archives', async () => {
    const el = await loaded<PressArchives>(html`<press-archives lang="en">
      <select name="archive-dropdown">
        <option value="">Select Month</option>
        <option value="https://news.example/2025/07/"> July 2025 &nbsp;(3)</option>
      </select>
    </press-archives>`);
    expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['https://news.example/2025/07/']);
  });
});
