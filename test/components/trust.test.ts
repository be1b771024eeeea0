// What a feed cannot do to a page: links that no parser accepts, entity names that are
// Object.prototype's, category parents in a loop, menus nested too deep, a widget whose drawing
// throws. Each case checks what a reader sees: every item shown (a bad link as text), no widget
// left loading or blank, its neighbours untouched, and nothing thrown at the page.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { PressArchives } from '../../src/components/press-archives/press-archives.js';
import { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressCommentCount } from '../../src/components/press-comment-count/press-comment-count.js';
import type { ArchiveMonth, Category } from '../../src/data/model.js';
import { normalizeFeed, normalizeList } from '../../src/data/normalize.js';
import { safeUrl } from '../../src/data/safe-url.js';
import '../../src/index.js';
import { navigateTo } from '../../src/internal/format.js';
import { isCurrentPage } from '../../src/internal/page.js';
import { part, parts, settledAll } from '../helpers/fixtures.js';
import { store, watchPage, type Watch } from '../helpers/watch.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Links that the URL parser rejects, though each starts like a web address. */
const UNPARSABLE = [
  'http://example.com:99999/', // port out of range
  'http://[::1/', // IPv6 bracket never closed
  'http://exa%zzmple.com/', // bad percent escape in the host
  'http://', // no host
  'https://',
  'http://example.com:8o/', // a letter in the port
  'http://1.2.3.999/', // an IPv4 address out of range
];
/** Links the parser accepts, odd as they look: tabs and newlines are dropped, length is no limit. */
const ODD_BUT_VALID = [
  'http://exa\tmple.com/tab/',
  'http://exa\nmple.com/newline/',
  ` http://example.com/spaced/ `,
  `http://example.com/${'a'.repeat(100_000)}`,
];
/** Links that parsers differ on: Chromium takes a space in a host (as %20) and any `xn--` label, the URL Standard does not. */
const PARSER_DECIDES = ['http://exa mple.com/', 'http://xn--a.com/'];
/** Scripts in disguise, none of which may become a link. */
const SCRIPTS = [' java\tscript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const HOSTILE = [...UNPARSABLE, ...ODD_BUT_VALID, ...PARSER_DECIDES, ...SCRIPTS];
/** Whether the browser's parser takes `url` as a link: what the widgets must show as one. */
const isLink = (url: string): boolean => URL.canParse(url.trim(), document.baseURI) && /^https?:$/.test(new URL(url.trim(), document.baseURI).protocol);

/** What a reader sees in a widget now. */
function stateOf(widget: Element): string {
  const body = widget.shadowRoot?.querySelector('[part~="body"]');
  if (!body) return 'blank';
  if (body.getAttribute('aria-busy') === 'true') return 'loading';
  const error = parts(widget, 'error').at(0);
  if (error) return error.getAttribute('role') === 'alert' && parts(widget, 'retry').length === 1 ? 'error' : 'error without Retry';
  if (parts(widget, 'empty').length > 0) return 'empty';
  if (parts(widget, 'item').length > 0 || parts(widget, 'select').length > 0) return 'ready';
  return 'blank';
}

/** Renders `template`, waits until `count` widgets in it have settled (or `ms` passed), then until they have drawn. */
async function settle<T extends HTMLElement>(template: TemplateResult, count: number, ms = 5000): Promise<T> {
  const element = await settledAll<T>(template, count, ms);
  await Promise.all([...element.querySelectorAll<Widget>('*')].map((w) => w.updateComplete));
  return element;
}

/** A feed stored in the test server; its URL. */
const feedUrl = async (data: unknown): Promise<string> => `/__test/fault/${await store(data)}/ok`;

/** Every link in `widget` is http(s) and parses against the page. */
function badLinks(widget: Element): string[] {
  const hrefs = [...(widget.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href') ?? '');
  const values = [...(widget.shadowRoot?.querySelectorAll('option') ?? [])].map((o) => o.value).filter(Boolean);
  return [...hrefs, ...values].filter((url) => {
    try {
      return !['http:', 'https:'].includes(new URL(url, document.baseURI).protocol);
    } catch {
      return true;
    }
  });
}

/** The label of each item and whether it is a link: "Bad 0" or "Bad 0 →" (a link). */
const itemsOf = (widget: Element, selector = '[part~="link"]'): string[] =>
  [...(widget.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => `${node.textContent.trim()}${node.localName === 'a' ? ' →' : ''}`);

/** console.error calls while a test runs. */
function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]): void => {
    errors.push(args.map(String).join(' '));
  };
  return {
    errors,
    stop() {
      console.error = original;
    },
  };
}

describe('trust: one gate for links', () => {
  it('accepts only links that parse, keeps them as given (trimmed), and refuses scripts, with no document at hand too', () => {
    for (const url of UNPARSABLE) expect(safeUrl(url), url).to.equal(undefined);
    for (const url of SCRIPTS) expect(safeUrl(url), url).to.equal(undefined);
    for (const url of ODD_BUT_VALID) expect(safeUrl(url), url.slice(0, 40)).to.equal(url.trim());
    for (const url of PARSER_DECIDES) expect(safeUrl(url), url).to.equal(isLink(url) ? url : undefined);
    expect(safeUrl('/relative/path/')).to.equal('/relative/path/');
    expect(safeUrl('HTTPS://Example.COM/x')).to.equal('HTTPS://Example.COM/x');
    // Against a base of its own, as in Node where there is no document.
    expect(safeUrl('../up/', 'https://blog.example.com/a/b/')).to.equal('../up/');
    expect(safeUrl('//[::1/', 'https://blog.example.com/')).to.equal(undefined);
    // What passes is known to parse against the page, so later parsing cannot throw.
    for (const url of [...HOSTILE, '/x', '?q=1', '#top', '//cdn.example.com/a.png']) {
      const passed = safeUrl(url);
      if (passed !== undefined) expect(URL.canParse(passed, document.baseURI), url.slice(0, 40)).to.be.true;
    }
  });

  it('ends in the error state with Retry, never loading for good, when its own api or src does not parse', async function () {
    this.timeout(20000);
    for (const attribute of ['api', 'src']) {
      for (const url of UNPARSABLE) {
        const el = await fixture<HTMLElement>(html`<div><press-categories></press-categories><press-comment-count post-id="1"></press-comment-count></div>`);
        const [categories, count] = [...el.children] as Widget[];
        categories.setAttribute(attribute, url);
        count.setAttribute(attribute, url);
        await waitUntil(() => stateOf(categories) === 'error' && parts(count, 'retry').length === 1, `${attribute}="${url}" settled`, { timeout: 3000 });
        el.remove(); // the next one near the viewport too (a widget far below waits to load)
      }
    }
  });

  it('never throws deciding whether a link is the current page', () => {
    for (const url of [...UNPARSABLE, ...SCRIPTS]) expect(isCurrentPage(url), url).to.be.false;
    expect(isCurrentPage(location.href)).to.be.true;
  });

  it('shows every item of a feed with unparsable links, each bad link as text, in four widgets side by side', async function () {
    this.timeout(20000);
    const labels = HOSTILE.map((_, i) => `Bad ${String(i)}`);
    const src = await feedUrl({
      menu: [{ label: 'Here', url: location.href }, ...HOSTILE.map((url, i) => ({ label: labels[i], url, children: [{ label: `Child ${String(i)}`, url }] }))],
      archives: HOSTILE.map((url, i) => ({ year: 2000 + i, month: 1, url, count: 1 })),
      categories: HOSTILE.map((url, i) => ({ id: i + 1, name: labels[i], url, count: 1, parent: i % 2 ? i : 0 })),
      comments: HOSTILE.map((url, i) => ({ id: i + 1, author: labels[i], authorUrl: url, avatar: url, postTitle: `Post ${String(i)}`, url })),
    });
    const watch = watchPage();
    let site: HTMLElement;
    try {
      site = await settle(
        html`<press-site src=${src}>
          <press-menu></press-menu>
          <press-categories show-counts hierarchical></press-categories>
          <press-categories dropdown hierarchical></press-categories>
          <press-archives show-counts></press-archives>
          <press-archives dropdown></press-archives>
          <press-archives type="yearly"></press-archives>
          <press-recent-comments number="100" show-avatar></press-recent-comments>
        </press-site>`,
        7,
      );
    } finally {
      watch.stop();
    }
    const widgets = [...site.children];
    expect(widgets.map(stateOf)).to.deep.equal(widgets.map(() => 'ready'));
    expect(watch.uncaught).to.deep.equal([]);
    expect(watch.warnings.filter((w) => w.startsWith('press-widgets:'))).to.have.length(1);
    for (const widget of widgets) expect(badLinks(widget), widget.localName).to.deep.equal([]);

    const links = HOSTILE.filter(isLink).length;
    expect(links).to.be.at.least(ODD_BUT_VALID.length);
    const expected = labels.map((label, i) => (isLink(HOSTILE[i]) ? `${label} →` : label));
    const [menu, categories, dropdown, archives] = widgets;
    expect(itemsOf(menu, '#menu > li > [part~="link"]')).to.deep.equal(['Here →', ...expected]);
    expect(part(menu, 'current').textContent).to.equal('Here');
    expect([...itemsOf(categories)].sort()).to.deep.equal([...expected].sort());
    expect(dropdown.shadowRoot!.querySelectorAll('option:not([disabled])')).to.have.length(links + 1);
    expect(parts(archives, 'link').filter((a) => a.localName === 'a')).to.have.length(links);
    const comments = widgets[6];
    expect(itemsOf(comments, '[part~="author"]').sort()).to.deep.equal([...expected].sort());
    expect(parts(comments, 'avatar')).to.have.length(links);
  });
});

/** An archive whose drawing throws `failures` times: a bug in a subclass, or data the gate let through. */
class FailingArchives extends PressArchives {
  failures = 1;
  protected override renderItems(months: ArchiveMonth[]): TemplateResult {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('drawing failed on purpose');
    }
    return super.renderItems(months);
  }
}
customElements.define('trust-failing-archives', FailingArchives);

/** Categories whose items throw as they are drawn, in parts (after render(), as Lit commits them). */
class FailingCategories extends PressCategories {
  failures = 1;
  protected override renderItems(categories: Category[]): TemplateResult {
    return html`<ul part="list">
      ${this.longLists.draw(categories, (category) => {
        if (this.failures > 0) {
          this.failures--;
          throw new Error('drawing an item failed on purpose');
        }
        return html`<li part="item">${category.name}</li>`;
      })}
    </ul>`;
  }
}
customElements.define('trust-failing-categories', FailingCategories);

/** Categories that start drawing a long list in parts, then throw. */
class FailingLongCategories extends PressCategories {
  protected override renderItems(categories: Category[]): TemplateResult {
    this.longLists.draw(categories, (category) => category.name);
    throw new Error('drawing failed after the first parts');
  }
}
customElements.define('trust-failing-long-categories', FailingLongCategories);

describe('trust: a widget whose drawing throws', () => {
  it('is not busy once its error shows, though it had begun drawing a long list in parts', async () => {
    const categories = Array.from({ length: 2000 }, (_, i) => ({ id: i + 1, name: `C${String(i)}`, url: `/c/${String(i)}/`, count: 1 }));
    const console = watchErrors();
    const wrapper = document.createElement('div');
    const busyWhenTold = new Promise<string | null | undefined>((resolve) => {
      wrapper.addEventListener('press-error', (event) => {
        resolve((event.target as Element).shadowRoot?.querySelector('[part~="body"]')?.getAttribute('aria-busy'));
      });
    });
    try {
      const el = await fixture(html`<trust-failing-long-categories .categories=${categories}></trust-failing-long-categories>`, { parentNode: wrapper });
      expect(await busyWhenTold).to.equal('false');
      expect(stateOf(el)).to.equal('error');
    } finally {
      console.stop();
    }
  });

  for (const tag of ['trust-failing-archives', 'trust-failing-categories']) {
    it(`shows its error state with Retry, tells once, and leaves its neighbours alone (${tag})`, async function () {
      this.timeout(15000);
      const watch = watchPage();
      const console = watchErrors();
      const errors: Event[] = [];
      const onError = (event: Event): void => void errors.push(event);
      document.addEventListener('press-error', onError);
      let site: HTMLElement;
      try {
        site = await settle(
          html`<press-site src="/test/fixtures/feed.json">
            <press-menu></press-menu>
            ${
              tag === 'trust-failing-archives'
                ? html`<trust-failing-archives></trust-failing-archives>`
                : html`<trust-failing-categories show-empty></trust-failing-categories>`
            }
            <press-categories></press-categories>
            <press-recent-comments></press-recent-comments>
          </press-site>`,
          4,
        );
      } finally {
        watch.stop();
        console.stop();
        document.removeEventListener('press-error', onError);
      }
      const [menu, failing, categories, comments] = [...site.children] as Widget[];
      expect([menu, failing, categories, comments].map(stateOf)).to.deep.equal(['ready', 'error', 'ready', 'ready']);
      expect(watch.uncaught).to.deep.equal([]);
      expect(errors.map((e) => (e.target as Element).localName)).to.deep.equal([tag]);
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.contain(`<${tag}>`).and.contain('drawing');
      expect(part(failing, 'error').textContent.replace(/\s+/g, ' ').trim()).to.match(/^Could not load (archives|categories)\. Retry$/);
      await expect(failing).to.be.accessible();

      // Retry draws again; this time it works.
      const loaded = oneEvent(failing, 'press-load');
      part(failing, 'retry').click();
      await loaded;
      await failing.updateComplete;
      expect(stateOf(failing)).to.equal('ready');
      expect(parts(failing, 'item').length).to.be.above(0);
    });
  }
});

describe('trust: entity names', () => {
  it('shows names whose entities are Object.prototype’s as written', async () => {
    const names = ['News &toString;', 'A &valueOf; B', '&constructor;', '&__proto__;', '&hasOwnProperty;', 'Fish &amp; Chips'];
    const src = await feedUrl({
      menu: names.map((label) => ({ label, url: '/m/' })),
      categories: names.map((name, i) => ({ id: i + 1, name, url: `/c/${String(i)}/`, count: 1 })),
    });
    const site = await settle(html`<press-site src=${src}><press-menu></press-menu><press-categories></press-categories></press-site>`, 2);
    const shown = ['News &toString;', 'A &valueOf; B', '&constructor;', '&__proto__;', '&hasOwnProperty;', 'Fish & Chips'];
    const [menu, categories] = [...site.children];
    expect(parts(menu, 'link').map((a) => a.textContent)).to.deep.equal(shown);
    expect(
      parts(categories, 'link')
        .map((a) => a.textContent)
        .sort(),
    ).to.deep.equal([...shown].sort());
  });

  it('does not take a post id from Object.prototype for a comment count', async () => {
    const src = await feedUrl({ commentCounts: { 7: 3 } });
    const wrapper = document.createElement('div');
    const ids = ['constructor', '__proto__', 'toString', 7];
    const settled = new Set<EventTarget>();
    for (const type of ['press-load', 'press-error']) wrapper.addEventListener(type, (event) => settled.add(event.target!));
    const site = await fixture<HTMLElement>(
      html`<press-site src=${src}>${ids.map((id) => html`<press-comment-count .postId=${id as number}></press-comment-count>`)}</press-site>`,
      { parentNode: wrapper },
    );
    const counts = [...site.children] as PressCommentCount[];
    await Promise.race([
      aTimeout(5000),
      (async () => {
        while (settled.size < counts.length) await aTimeout(20);
      })(),
    ]);
    await Promise.all(counts.map((c) => c.updateComplete));
    expect(counts.map((c) => c.shadowRoot!.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Comments unavailable Retry',
      'Comments unavailable Retry',
      'Comments unavailable Retry',
      '3 Comments',
    ]);
  });

  it('takes no list from Object.prototype when another script has polluted it', () => {
    Object.defineProperty(Object.prototype, 'menu', { value: [{ label: 'Injected', url: '/evil/' }], configurable: true });
    try {
      expect(normalizeFeed({ archives: [] }, 'a test')).to.deep.equal({ archives: [] });
    } finally {
      delete (Object.prototype as { menu?: unknown }).menu;
    }
  });

  it('reads no list for a key that is not one', () => {
    const warn = watchPage();
    try {
      const read = normalizeList('constructor' as 'menu', [{ label: 'x', url: 'javascript:alert(1)' }], 'a test');
      expect(read).to.deep.equal([]);
      const feed = normalizeFeed(JSON.parse('{"commentCounts": {"__proto__": 5, "12": 4}}'), 'a test');
      expect(Object.keys(feed.commentCounts ?? {})).to.deep.equal(['12']);
      expect(typeof feed.commentCounts?.constructor).to.equal('undefined');
    } finally {
      warn.stop();
    }
  });
});

/** The categories' labels in document order, each indented by its depth: "  Child". */
function outline(widget: Element): string[] {
  const lines: string[] = [];
  const walk = (list: Element, depth: number): void => {
    for (const li of list.children) {
      const link = li.querySelector(':scope > [part~="link"]');
      const count = li.querySelector(':scope > [part~="count"]')?.textContent ?? '';
      lines.push(`${' '.repeat(depth * 2)}${link?.textContent ?? ''}${count}`);
      const children = li.querySelector(':scope > [part~="children"]');
      if (children) walk(children, depth + 1);
    }
  };
  const top = widget.shadowRoot?.querySelector('[part~="body"] > [part~="list"]');
  if (top) walk(top, 0);
  return lines;
}

describe('trust: category trees from bad data', () => {
  let watch: Watch;
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(() => {
    watch.stop();
  });

  const loops: Category[] = [
    // 1 → 2 → 1
    { id: 2, name: 'Two', url: '/2/', count: 2, parent: 1 },
    { id: 1, name: 'One', url: '/1/', count: 1, parent: 2 },
    // its own parent
    { id: 3, name: 'Three', url: '/3/', count: 3, parent: 3 },
    // 5 → 6 → 7 → 4 → 5
    { id: 5, name: 'Five', url: '/5/', count: 5, parent: 4 },
    { id: 6, name: 'Six', url: '/6/', count: 6, parent: 5 },
    { id: 7, name: 'Seven', url: '/7/', count: 7, parent: 6 },
    { id: 4, name: 'Four', url: '/4/', count: 4, parent: 7 },
    // an orphan, and its child
    { id: 8, name: 'Eight', url: '/8/', count: 8, parent: 999 },
    { id: 9, name: 'Nine', url: '/9/', count: 9, parent: 8 },
    // a second category with id 9
    { id: 9, name: 'Nine again', url: '/9b/', count: 1, parent: 0 },
  ];

  it('shows every category once: loops broken at their lowest id, orphans at the top, with one warning', async () => {
    const el = await settle<PressCategories>(html`<press-categories .categories=${loops} hierarchical show-counts show-empty></press-categories>`, 1);
    expect(stateOf(el)).to.equal('ready');
    expect(outline(el)).to.deep.equal([
      'Eight (17)',
      '  Nine (9)',
      'Four (22)',
      '  Five (18)',
      '    Six (13)',
      '      Seven (7)',
      'One (3)',
      '  Two (2)',
      'Three (3)',
    ]);
    const warnings = watch.warnings.filter((w) => w.startsWith('press-widgets:'));
    expect(warnings).to.have.length(1);
    expect(watch.uncaught).to.deep.equal([]);
  });

  it('shows each once in the dropdown and with top-level-only too', async () => {
    const dropdown = await settle<PressCategories>(html`<press-categories .categories=${loops} hierarchical dropdown show-empty></press-categories>`, 1);
    const options = [...dropdown.shadowRoot!.querySelectorAll('option:not(:first-child)')].map((o) => o.textContent.trim());
    expect(options).to.deep.equal(['Eight', 'Nine', 'Four', 'Five', 'Six', 'Seven', 'One', 'Two', 'Three']);
    const top = await settle<PressCategories>(html`<press-categories .categories=${loops} top-level-only show-empty></press-categories>`, 1);
    expect(outline(top)).to.deep.equal(['Eight', 'Four', 'One', 'Three']);
  });

  it('draws a chain 1,000 deep, every category once, without overflowing the stack', async function () {
    this.timeout(20000);
    const chain: Category[] = Array.from({ length: 1000 }, (_, i) => ({
      id: i + 1,
      name: `Level ${String(i + 1)}`,
      url: `/c/${String(i + 1)}/`,
      count: 1,
      parent: i,
    }));
    // And a loop as deep: 1,001 → 2,000 → 1,001.
    const loop: Category[] = chain.map((c) => ({ ...c, id: c.id + 1000, name: `Loop ${String(c.id)}`, parent: c.id === 1 ? 2000 : (c.parent ?? 0) + 1000 }));
    const el = await settle<PressCategories>(html`<press-categories .categories=${[...chain, ...loop]} hierarchical show-counts></press-categories>`, 1, 15000);
    expect(stateOf(el)).to.equal('ready');
    expect(watch.uncaught).to.deep.equal([]);
    const lines = outline(el);
    expect(lines).to.have.length(2000);
    expect(lines[0]).to.equal('Level 1 (1,000)');
    // Nested nine levels deep at most; below, the rest of the chain in order, flat.
    expect(lines[8]).to.equal(`${' '.repeat(16)}Level 9 (992)`);
    expect(lines[9]).to.equal(`${' '.repeat(18)}Level 10 (991)`);
    expect(lines[999]).to.equal(`${' '.repeat(18)}Level 1000 (1)`);
    expect(lines[1000]).to.equal('Loop 1 (1,000)');
  });
});

describe('trust: menus nested too deep', () => {
  it('shows a menu 12 deep to its ninth level, with one warning, and the rest of the menu', async () => {
    interface Item {
      label: string;
      url: string;
      children: Item[];
    }
    let deep: Item[] = [];
    for (let level = 12; level >= 1; level--) deep = [{ label: `Level ${String(level)}`, url: `/l/${String(level)}/`, children: deep }];
    const watch = watchPage();
    let el: HTMLElement;
    try {
      el = await settle(html`<press-menu .menu=${[...deep, { label: 'After', url: '/after/', children: [] }]}></press-menu>`, 1);
    } finally {
      watch.stop();
    }
    expect(stateOf(el)).to.equal('ready');
    expect(parts(el, 'link').map((a) => a.textContent)).to.deep.equal([...Array.from({ length: 9 }, (_, i) => `Level ${String(i + 1)}`), 'After']);
    expect(watch.warnings.filter((w) => w.startsWith('press-widgets:'))).to.have.length(1);
    expect(watch.uncaught).to.deep.equal([]);
  });
});

describe('trust: avatars, dates, a comment just posted', () => {
  it('shows a comment announced with a script link as text', async () => {
    const el = await settle(
      html`<press-recent-comments .comments=${[{ id: 1, author: 'Ann', postTitle: 'Hello', url: '/p/#comment-1' }]}></press-recent-comments>`,
      1,
    );
    document.dispatchEvent(
      new CustomEvent('press-comment-posted', { detail: { id: 2, status: 'approved', url: 'javascript:alert(1)', author: 'Mallory', content: 'Hi' } }),
    );
    await (el as Widget).updateComplete;
    expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal(['Mallory', 'Ann']);
    expect(badLinks(el)).to.deep.equal([]);
  });

  it('loads avatars lazily, without telling their host which page they are on', async () => {
    const el = await settle(
      html`<press-recent-comments
        show-avatar
        .comments=${[{ id: 1, author: 'Ann', postTitle: 'Hello', url: '/p/#comment-1', avatar: 'https://avatars.example.com/ann.png' }]}
      ></press-recent-comments>`,
      1,
    );
    const avatar = part(el, 'avatar') as HTMLImageElement;
    expect(avatar.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(avatar.referrerPolicy).to.equal('no-referrer');
    expect(avatar.loading).to.equal('lazy');
    expect(avatar.decoding).to.equal('async');
  });

  it('shows a comment whose date no formatter takes without its date, and the others with theirs', async () => {
    const watch = watchPage();
    let el: HTMLElement;
    try {
      el = await settle(
        html`<press-recent-comments
          show-date
          lang="en-US"
          .comments=${[
            { id: 1, author: 'Ann', postTitle: 'Good date', url: '/p/1/', date: '2025-07-04T10:00:00Z' },
            { id: 2, author: 'Bob', postTitle: 'Past the end of time', url: '/p/2/', date: '+275760-09-13T00:00:00.001Z' },
            { id: 3, author: 'Cy', postTitle: 'Not a date', url: '/p/3/', date: 'yesterday-ish' },
          ]}
        ></press-recent-comments>`,
        1,
      );
    } finally {
      watch.stop();
    }
    expect(stateOf(el)).to.equal('ready');
    expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal(['Ann', 'Bob', 'Cy']);
    expect(parts(el, 'date').map((t) => t.textContent)).to.deep.equal(['July 4, 2025']);
    expect(watch.uncaught).to.deep.equal([]);
  });

  it('formats for a lang that only looks like a language, and for a broken one, without throwing', async () => {
    const watch = watchPage();
    let site: HTMLElement;
    try {
      site = await settle(
        html`<div>
          <div lang="en-u-nu-zzzz-ca-zzzz-co-zzzz">
            <press-archives show-counts .archives=${[{ year: 2025, month: 7, url: '/2025/07/', count: 1234 }]}></press-archives>
          </div>
          <div lang="$$ not a tag">
            <press-categories show-counts .categories=${[
              { id: 1, name: 'B', url: '/b/', count: 1 },
              { id: 2, name: 'a', url: '/a/', count: 2 },
            ]}></press-categories>
          </div>
        </div>`,
        2,
      );
    } finally {
      watch.stop();
    }
    const [archives, categories] = [...site.querySelectorAll('press-archives, press-categories')];
    expect(stateOf(archives)).to.equal('ready');
    expect(parts(archives, 'link')[0].textContent).to.equal('July 2025');
    expect(stateOf(categories)).to.equal('ready');
    expect(parts(categories, 'link').map((a) => a.textContent)).to.deep.equal(['a', 'B']);
    expect(watch.uncaught).to.deep.equal([]);
  });

  it('shows a count of -0 (JSON has it) as 0', async () => {
    const feed = '{"archives": [{"year": 2025, "month": 7, "url": "/2025/07/", "count": -0}]}';
    const el = await settle(html`<press-archives show-counts><script type="application/json">${feed}</script></press-archives>`, 1);
    expect(part(el, 'count').textContent).to.equal('\u00a0(0)');
  });

  it('ignores inline JSON that does not parse, with a warning', async () => {
    const watch = watchPage();
    let el: HTMLElement;
    try {
      el = await settle(html`<press-archives><script type="application/json">{"archives": [</script></press-archives>`, 1);
    } finally {
      watch.stop();
    }
    expect(stateOf(el)).to.equal('empty');
    expect(watch.warnings.join()).to.contain('is not valid JSON');
    expect(watch.uncaught).to.deep.equal([]);
  });
});

describe('trust: what the red team found', () => {
  it('names archive months in the Gregorian calendar in every language, as WordPress does (Persian, Thai)', async () => {
    const archives = [{ year: 2024, month: 5, url: '/2024/05/' }];
    const el = await settle(html`<div lang="fa-IR"><press-archives .archives=${archives}></press-archives></div>`, 1);
    const label = part(el.querySelector('press-archives') ?? el, 'link').textContent.trim();
    expect(label).to.contain('۲۰۲۴'); // 2024 in Persian digits, not the Solar Hijri ۱۴۰۳
    const yearly = await settle(html`<div lang="th"><press-archives type="yearly" .archives=${archives}></press-archives></div>`, 1);
    expect(part(yearly.querySelector('press-archives') ?? yearly, 'link').textContent.trim()).to.equal('2024'); // not the Buddhist 2567
  });

  it('shows the years 1 to 99 as they are, not as 1901 to 1999', async () => {
    const archives = [
      { year: 50, month: 3, url: '/0050/03/' },
      { year: 1, month: 1, url: '/0001/01/' },
    ];
    const el = await settle(html`<press-archives lang="en" .archives=${archives}></press-archives>`, 1);
    expect(parts(el, 'link').map((a) => a.textContent.trim())).to.deep.equal(['March 50', 'January 1']);
  });

  it('reads wrapped lists nested deeper than the call stack goes, without throwing', async function () {
    this.timeout(60000);
    const nest = (depth: number, kind: string): HTMLElement => {
      const top = document.createElement('ul');
      let list = top;
      for (let level = 1; level <= depth; level++) {
        const li = document.createElement('li');
        li.className = `cat-item cat-item-${String(level)}`;
        const a = document.createElement('a');
        a.href = `/${kind}/${String(level)}/`;
        a.textContent = `${kind} ${String(level)}`;
        const sub = document.createElement('ul');
        li.append(a, sub);
        list.append(li);
        list = sub;
      }
      return top;
    };
    const watch = watchPage();
    const categories = document.createElement('press-categories');
    const menu = document.createElement('press-menu');
    try {
      categories.append(nest(12_000, 'Category'));
      menu.append(nest(5_000, 'Item'));
      await settle(html`<div>${categories}${menu}</div>`, 2, 50000);
    } finally {
      watch.stop();
    }
    expect(watch.uncaught).to.deep.equal([]);
    expect(stateOf(categories)).to.equal('ready');
    expect(parts(categories, 'link')).to.have.length(12_000);
    expect(parts(menu, 'link').map((a) => a.textContent)).to.deep.equal(Array.from({ length: 9 }, (_, i) => `Item ${String(i + 1)}`));
  });

  it('opens a dropdown’s choice in the dropdown’s own window', async () => {
    const page = URL.createObjectURL(new Blob(['<!doctype html><p>frame</p>'], { type: 'text/html' }));
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${page}></iframe>`);
    if (frame.contentDocument?.readyState !== 'complete') await oneEvent(frame, 'load');
    const inner = frame.contentDocument;
    if (!inner) throw new Error('no frame document');
    const select = inner.createElement('select');
    // A fragment of the frame's own address: a navigation in place, seen at once.
    select.append(new Option('One', `${page}#one`));
    inner.body.append(select);
    select.addEventListener('change', navigateTo);
    const before = location.href;
    select.value = `${page}#one`;
    select.dispatchEvent(new Event('change'));
    await aTimeout(100);
    expect(frame.contentWindow?.location.hash).to.equal('#one');
    expect(location.href).to.equal(before);
  });

  it('passes over a press-comment-posted event of another shape, without throwing', async () => {
    const el = await settle(
      html`<press-recent-comments .comments=${[{ id: 1, author: 'Ann', postTitle: 'Hello', url: '/p/#comment-1' }]}></press-recent-comments>`,
      1,
    );
    const watch = watchPage();
    try {
      for (const detail of [null, { status: 'approved', content: 5 }, { status: 'approved', content: '  ' }]) {
        document.dispatchEvent(new CustomEvent('press-comment-posted', { detail }));
      }
      await aTimeout(0);
    } finally {
      watch.stop();
    }
    await (el as Widget).updateComplete;
    expect(watch.uncaught).to.deep.equal([]);
    expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal(['Ann']);
  });
});
