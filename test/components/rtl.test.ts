// Right to left: every widget in an Arabic page (`dir="rtl" lang="ar"`, as WordPress prints it) and
// in a Hebrew one that says only `lang="he"`. What is checked is where things are on screen: the
// start of a line on the right, counts and sub-menus toward the left (the inline end).
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MenuItem } from '../../src/data/model.js';
import '../../src/index.js';
import { part, parts } from '../helpers/fixtures.js';

const MENU: MenuItem[] = [
  { label: 'الرئيسية', url: '/', children: [] },
  {
    label: 'أخبار',
    url: '/news/',
    children: [
      { label: 'أسواق', url: '/markets/', children: [] },
      { label: 'شركات', url: '/companies/', children: [{ label: 'اندماجات', url: '/mergers/', children: [] }] },
    ],
  },
  { label: 'من نحن', url: '/about/', children: [] },
];

const PAGES = [
  { name: 'dir="rtl" lang="ar"', wrap: (t: TemplateResult) => html`<div dir="rtl" lang="ar" style="width: 700px">${t}</div>` },
  { name: 'lang="he" (no dir)', wrap: (t: TemplateResult) => html`<div lang="he" style="width: 700px">${t}</div>` },
];

/** The widget in the page, loaded and laid out. */
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function inPage(wrap: (t: TemplateResult) => TemplateResult, widget: TemplateResult): Promise<Widget> {
  const holder = document.createElement('div');
  const done = Promise.race([oneEvent(holder, 'press-load'), oneEvent(holder, 'press-error')]);
  const page = await fixture<HTMLElement>(wrap(widget), { parentNode: holder });
  const el = page.querySelector<Widget>(
    'press-menu, press-archives, press-categories, press-recent-comments, press-comment-form, press-comments, press-comment-count',
  )!;
  if (el.localName !== 'press-comment-form') await done;
  await aTimeout(50); // the menu's ResizeObserver
  await el.updateComplete;
  return el;
}

const box = (element: Element): DOMRect => element.getBoundingClientRect();
const direction = (element: Element): string => getComputedStyle(element).direction;

for (const { name, wrap } of PAGES) {
  describe(`right to left: ${name}`, () => {
    it('press-menu: the row starts on the right, sub-menus open toward the left', async () => {
      const el = await inPage(wrap, html`<press-menu .menu=${MENU}></press-menu>`);
      const nav = part(el, 'nav');
      expect(direction(nav)).to.equal('rtl');
      const top = Array.from(nav.querySelector('ul')!.children);
      const [first, second, third] = top.map(box);
      expect(first.left).to.be.above(second.left);
      expect(second.left).to.be.above(third.left);
      expect(first.right).to.be.closeTo(box(nav).right, 1);

      const news = top[1];
      news.querySelector<HTMLButtonElement>(':scope > [part~=submenu-toggle]')!.click();
      await el.updateComplete;
      const submenu = news.querySelector<HTMLElement>(':scope > [part~=submenu]')!;
      expect(submenu.checkVisibility()).to.be.true;
      // Under its parent, aligned on the parent's start (its right edge), extending to the left.
      expect(box(submenu).top).to.be.at.least(box(news).bottom - 1);
      expect(box(submenu).right).to.be.closeTo(box(news).right, 1);

      const companies = submenu.children[1];
      companies.querySelector<HTMLButtonElement>(':scope > [part~=submenu-toggle]')!.click();
      await el.updateComplete;
      const deeper = companies.querySelector<HTMLElement>(':scope > [part~=submenu]')!;
      expect(deeper.checkVisibility()).to.be.true;
      // Beside its parent item, on the inline end: to the left, past the parent sub-menu.
      expect(box(deeper).right).to.be.at.most(box(companies).left + 1);
      expect(box(deeper).left).to.be.below(box(submenu).left);
      expect(box(deeper).top).to.be.closeTo(box(companies).top, 6);
    });

    it('press-menu, narrow: the toggle and the items start on the right, sub-menus indented from the right', async () => {
      const el = await inPage((t) => wrap(html`<div style="width: 300px">${t}</div>`), html`<press-menu .menu=${MENU}></press-menu>`);
      const nav = part(el, 'nav');
      expect(box(part(el, 'toggle')).right).to.be.closeTo(box(nav).right, 1);
      part(el, 'toggle').click();
      await el.updateComplete;
      const news = nav.querySelector('ul')!.children[1];
      news.querySelector<HTMLButtonElement>(':scope > [part~=submenu-toggle]')!.click();
      await el.updateComplete;
      const newsLink = news.querySelector(':scope > [part~=link]')!;
      const child = news.querySelector(':scope > [part~=submenu] [part~=link]')!;
      expect(box(newsLink).right).to.be.closeTo(box(nav).right, 1);
      expect(box(child).right).to.be.below(box(newsLink).right - 4); // indented from the right
    });

    it('press-archives: months from the right, each count to the left of its month', async () => {
      const el = await inPage(wrap, html`<press-archives show-counts .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 12 }]}></press-archives>`);
      expect(direction(part(el, 'list'))).to.equal('rtl');
      expect(direction(part(el, 'heading'))).to.equal('rtl');
      const link = box(part(el, 'link'));
      const count = box(part(el, 'count'));
      expect(count.right).to.be.at.most(link.left + 1);
      expect(link.right).to.be.above(box(part(el, 'list')).left + box(part(el, 'list')).width / 2);
    });

    it('press-archives dropdown: a right-to-left select', async () => {
      const el = await inPage(wrap, html`<press-archives dropdown .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 12 }]}></press-archives>`);
      expect(direction(part(el, 'select'))).to.equal('rtl');
      expect(box(part(el, 'select')).right).to.be.closeTo(box(part(el, 'body')).right, 1);
    });

    it('press-categories: names from the right, counts to their left, children indented from the right', async () => {
      const el = await inPage(
        wrap,
        html`<press-categories show-counts hierarchical
          .categories=${[
            { id: 1, name: 'اقتصاد', url: '/c/1/', count: 5 },
            { id: 2, name: 'أسواق', url: '/c/2/', count: 3, parent: 1 },
          ]}
        ></press-categories>`,
      );
      expect(direction(part(el, 'list'))).to.equal('rtl');
      const [parent, child] = parts(el, 'link').map(box);
      const [parentCount] = parts(el, 'count').map(box);
      expect(parentCount.right).to.be.at.most(parent.left + 1);
      expect(child.right).to.be.below(parent.right - 4);
    });

    it('press-recent-comments: the avatar on the right, the text to its left', async () => {
      const el = await inPage(
        wrap,
        html`<press-recent-comments show-avatar
          .comments=${[{ id: 1, author: 'سارة', postTitle: 'عنوان', url: '/p/#comment-1', avatar: '/test/fixtures/avatar.svg', date: '2025-06-06T10:00:00Z' }]}
        ></press-recent-comments>`,
      );
      expect(direction(part(el, 'meta'))).to.equal('rtl');
      const avatar = box(part(el, 'avatar'));
      expect(avatar.left).to.be.at.least(box(part(el, 'meta')).right - 1);
      expect(avatar.right).to.be.closeTo(box(part(el, 'list')).right, 48); // at the start, past the list's indent
    });

    it('press-comment-form: labels and fields from the right, the asterisk after the label, the box before its label', async () => {
      const el = await inPage(wrap, html`<press-comment-form post-id="7" action="/nowhere"></press-comment-form>`);
      const form = part(el, 'form');
      expect(direction(form)).to.equal('rtl');
      expect(direction(part(el, 'heading'))).to.equal('rtl');
      const label = parts(el, 'label')[0];
      expect(box(label).right).to.be.closeTo(box(form).right, 1);
      const words = document.createRange();
      words.selectNodeContents(label);
      words.setEndBefore(label.querySelector('.required')!);
      expect(box(label.querySelector('.required')!).right).to.be.at.most(words.getBoundingClientRect().left + 1);
      const consent = el.shadowRoot!.querySelector('#wp-comment-cookies-consent')!;
      const consentLabel = el.shadowRoot!.querySelector('label[for=wp-comment-cookies-consent]')!;
      expect(box(consent).left).to.be.at.least(box(consentLabel).right - 1);
      expect(box(part(el, 'submit')).right).to.be.closeTo(box(form).right, 1);
    });
  });
}

describe('right to left: the nearest dir or lang decides', () => {
  it('an English part of an Arabic page is left to right; dir="ltr" wins over lang="ar"', async () => {
    const english = await inPage(
      (t) => html`<div dir="rtl" lang="ar"><div lang="en">${t}</div></div>`,
      html`<press-archives .archives=${[]}></press-archives>`,
    );
    expect(direction(part(english, 'body'))).to.equal('ltr');
    const ltr = await inPage((t) => html`<div dir="ltr" lang="ar">${t}</div>`, html`<press-archives .archives=${[]}></press-archives>`);
    expect(direction(part(ltr, 'body'))).to.equal('ltr');
  });

  it('a change of dir is followed', async () => {
    const el = await inPage((t) => html`<div>${t}</div>`, html`<press-archives dir="ltr" lang="ar" .archives=${[]}></press-archives>`);
    expect(direction(part(el, 'body'))).to.equal('ltr');
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(direction(part(el, 'body'))).to.equal('rtl');
  });
});

describe('direction and scripts of the languages WordPress ships', () => {
  // As a page says them: BCP 47, or WordPress's own locale name.
  for (const lang of ['ar', 'he-IL', 'he_IL', 'fa-IR', 'fa_IR', 'ckb', 'ug-CN', 'ug_CN', 'ur']) {
    it(`lang="${lang}" (no dir): right to left`, async () => {
      const el = await inPage(
        (t) => html`<div lang=${lang} style="width: 700px">${t}</div>`,
        html`<press-archives .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 3 }]}></press-archives>`,
      );
      expect(direction(part(el, 'list'))).to.equal('rtl');
    });
  }

  // A name with no space to break at, in a narrow column: it wraps or is cut inside the widget.
  const LONG = {
    'zh-CN': '中华人民共和国国家统计局发布的最新经济数据分析报告'.repeat(4),
    th: 'ข่าวเศรษฐกิจและการเงินล่าสุดจากตลาดหลักทรัพย์'.repeat(4),
    ka: 'საქართველოსეკონომიკურიახალამბები'.repeat(4),
  };
  for (const [lang, name] of Object.entries(LONG)) {
    it(`lang="${lang}": a long unbroken name stays inside a narrow widget`, async () => {
      const categories = [{ id: 1, name, url: '/c/', count: 12345 }];
      const el = await inPage(
        (t) => html`<div lang=${lang} style="width: 160px">${t}</div>`,
        html`<press-categories .categories=${categories}></press-categories>`,
      );
      const list = part(el, 'list');
      expect(box(el).width).to.be.at.most(160);
      for (const node of [list, ...list.querySelectorAll('*')]) {
        expect(box(node).right, node.localName).to.be.at.most(box(el).right + 1);
        expect(box(node).left, node.localName).to.be.at.least(box(el).left - 1);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });

    it(`lang="${lang}": a thread whose post title and author are one long word stays inside a narrow column`, async () => {
      const feed = URL.createObjectURL(
        new Blob(
          [JSON.stringify({ threads: { 7: { title: name, comments: [{ id: 1, author: name, date: '2026-11-02T10:00:00Z', content: `<p>${name}</p>` }] } } })],
          {
            type: 'application/json',
          },
        ),
      );
      const el = await inPage((t) => html`<div lang=${lang} style="width: 180px">${t}</div>`, html`<press-comments src=${feed} post-id="7"></press-comments>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=heading]'), 'the thread did not render');
      // Every text's own box (a box of the column's width may hold text that runs past it).
      const texts = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        expect(range.getBoundingClientRect().right, text.parentElement?.localName).to.be.at.most(box(el).right + 1);
      }
    });
  }

  it('press-comment-count: a count in a right-to-left language reads right to left on a page that set only lang', async () => {
    const feed = URL.createObjectURL(new Blob([JSON.stringify({ commentCounts: { 1: 1234 } })], { type: 'application/json' }));
    const el = await inPage((t) => html`<p lang="ar">${t}</p>`, html`<press-comment-count post-id="1" src=${feed}></press-comment-count>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~=count]'), 'the count did not render');
    expect(direction(part(el, 'count'))).to.equal('rtl');
  });
});
