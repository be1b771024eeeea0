// Reading what WordPress renders (comments, titles, navigation blocks) and what its headers claim,
// when neither can be trusted: the one HTML reader (src/data/html-reader.ts) agrees with the
// browser's parser on tag soup and gives ordinary output as before; markup made to make a
// backtracking reader take minutes shows in a widget at once; a menu 10,000 levels deep shows;
// and page counts that lie make no more than a few requests, losing nothing that came.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { htmlText, htmlWords, navigationItems, tokens } from '../../src/data/html-reader.js';
import { decodeEntities } from '../../src/data/entities.js';
import '../../src/index.js';
import { SHAPES, shapeOf } from '../bench/adversarial-html.js';
import { loaded, parts, shadowText } from '../helpers/fixtures.js';
import { store, watchPage } from '../helpers/watch.js';

/** A fake WordPress holding `data` (test/server/fake-wordpress.js); its key counts its requests. */
async function wordpress(data: unknown): Promise<{ api: string; requests: () => Promise<number> }> {
  const key = await store(data);
  return {
    api: `/__test/fault/${key}/ok/wp-json/`,
    requests: async () => (await (await fetch(`/__test/count/${key}`)).json()) as number,
  };
}

/** A widget loaded from its source, with what the page noticed going wrong meanwhile. */
async function watched(template: TemplateResult): Promise<{ el: HTMLElement; uncaught: string[]; warnings: string[] }> {
  const watch = watchPage();
  try {
    const el = await loaded<HTMLElement>(template);
    return { el, uncaught: watch.uncaught, warnings: watch.warnings };
  } finally {
    watch.stop();
  }
}

const texts = (el: Element, part: string): string[] => parts(el, part).map((node) => node.textContent.trim());
const plainTokens = (markup: string): unknown[] => [...tokens(markup)].map((t) => (t.type === 'start' ? { ...t, attributes: Object.fromEntries(t.attributes) } : t));

describe('the HTML reader', () => {
  it('gives text, start tags with their attributes in every quoting, and end tags', () => {
    expect(plainTokens(`a<B c=d E="f>" g h='">' c="again">x</b  x="y">1 < 2<br/>`)).to.deep.equal([
      { type: 'text', text: 'a' },
      { type: 'start', name: 'b', attributes: { c: 'd', e: 'f>', g: '', h: '">' } },
      { type: 'text', text: 'x' },
      { type: 'end', name: 'b' },
      { type: 'text', text: '1 < 2' },
      { type: 'start', name: 'br', attributes: {} },
    ]);
  });

  it('skips comments, doctypes, and what script, style and svg hold; leaves character references in text', () => {
    const markup = `<!doctype html><!-- <p>no</p> -->A<!-->B<!--->C<!-- x --!>D<script>"<p>no</p>"</SCRIPT >E<style>p>b{}</style>F<svg><text>no</text></svg>G<svg><p>H</p></svg>&amp;amp;<?php no ?></ no>`;
    expect([...tokens(markup)].flatMap((t) => (t.type === 'text' ? [t.text] : []))).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', '&amp;amp;']);
  });

  it('drops a tag, comment or script left open at the end, with the rest of the input, as a browser does', () => {
    for (const open of [`<a title='">`, '<img alt="x', '<!-- x', '<script>x']) {
      expect(htmlWords(`<p>kept</p>${open} lost <p>lost</p>`), open).to.deep.equal(['kept']);
    }
  });

  it('reads ordinary comments and titles as before: block tags a space, inline tags nothing, images their alt', () => {
    const cases: [string, string[]][] = [
      ['<p>Great summary.</p>\n', ['Great', 'summary.']],
      ['<p>mit <strong>fett</strong>.</p><p>Zweiter&nbsp;Absatz &amp;amp; mehr</p>', ['mit', 'fett.', 'Zweiter&nbsp;Absatz', '&amp;amp;', 'mehr']],
      ['<p>Smile <img src="x.png" alt=":)" class="wp-smiley" style="height: 1em;" /> ok</p>', ['Smile', ':)', 'ok']],
      ['<p>Line one<br />\nLine two</p><blockquote><p>Quoted</p></blockquote><ul><li>a</li><li>b</li></ul>', ['Line', 'one', 'Line', 'two', 'Quoted', 'a', 'b']],
      ['<p><a href="https://x.example/?a=1&amp;b=2" rel="nofollow ugc">link</a>ed</p>', ['linked']],
      ['<!-- wp:paragraph --><p>Block</p><!-- /wp:paragraph --><h2>Title</h2><pre>code</pre><hr><div>d</div>', ['Block', 'Title', 'code', 'd']],
      ['S&#038;P 500 hits a record', ['S&#038;P', '500', 'hits', 'a', 'record']],
    ];
    for (const [markup, words] of cases) expect(htmlWords(markup), markup).to.deep.equal(words);
    expect(htmlText('<div class="wp-die-message"><p><strong>Error:</strong> Duplicate&nbsp;&amp; you&#8217;ve said that!</p></div>')).to.equal('Error: Duplicate & you\u2019ve said that!');
  });

  it('reads a navigation block as before: nested items, labelled by their link or button, hrefs decoded once', () => {
    const block = `<ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="http://blog.example/"><span class="wp-block-navigation-item__label">Home</span></a></li><li data-wp-context="{ &quot;a&quot;: {} }" class="has-child"><a href="/?cat=2&amp;x=1"><span>News &amp; Views</span></a><button aria-label="News submenu" class="wp-block-navigation__submenu-icon"><svg viewBox="0 0 12 12"><path d="M1.5 4L6 8L10.5 4"></path></svg></button><ul><li><a href="/sub/">Sub</a></li><li class="has-child"><button class="wp-block-navigation-submenu__toggle"><span>Click</span></button><span class="wp-block-navigation__submenu-icon"><svg><path d="M1"></path></svg></span><ul><li><a href='/deep/'>Deep</a></li></ul></li></ul></li><li><a href=/unquoted/>Unquoted</a></li><!-- <li><a href="/c">Commented</a></li> --><script>"<li><a href='/s'>S</a></li>"</script></ul>`;
    expect(navigationItems(block)).to.deep.equal([
      { label: 'Home', url: 'http://blog.example/', children: [] },
      {
        label: 'News &amp; Views',
        url: '/?cat=2&x=1',
        children: [
          { label: 'Sub', url: '/sub/', children: [] },
          { label: 'Click', url: '', children: [{ label: 'Deep', url: '/deep/', children: [] }] },
        ],
      },
      { label: 'Unquoted', url: '/unquoted/', children: [] },
    ]);
  });

  // Of 20,000 such soups, three differed when this was written, where a browser keeps a stack of
  // open elements or follows `<!--<script>` inside a script: `</li>` in an `<svg>` with no item
  // open, and a script's end. These 500 (a fixed sequence) are all read alike.
  it('finds the text, links and image alts that the browser’s parser finds, in 500 pieces of tag soup', () => {
    const pieces = [
      '<a href="/a?x=1&amp;y=2">', '</a>', `<a title='">' href=/b>`, '<a href = "/c" href="/not">', '<img alt="q>r" src=x>', `<img src='s' alt=t>`,
      '<!--', '-->', '--!>', '<!-->', '<p>', '</p>', 'text', 'more words', ' ', '<', '>', '"', "'", '=', '/', '<b class="c d">', '</b>',
      '<!doctype html>', '<br/>', '&amp;', '&#8217;', '</ x>', '<?php ?>', '<li>', '</li>', `<span data-x="a'b">`, '<svg>', '</svg>',
      '<script>', '</script>', '<style>', '</style>', '<div>', '</div>', '<em>',
    ];
    let seed = 7;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed sequence: the same soup every run
      return Math.floor((seed / 2147483648) * below);
    };
    const problems: string[] = [];
    for (let n = 0; n < 500; n++) {
      const soup = Array.from({ length: 1 + random(14) }, () => pieces[random(pieces.length)]).join('');
      const doc = new DOMParser().parseFromString(soup, 'text/html');
      const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (['script', 'style', 'svg'].includes(node.nodeName.toLowerCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let browserText = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === Node.TEXT_NODE) browserText += node.textContent ?? '';
      const read = [...tokens(soup)];
      const readText = read.map((t) => (t.type === 'text' ? decodeEntities(t.text) : '')).join('');
      const attributesOf = (tag: string, name: string): string[] =>
        [...new Set(read.flatMap((t) => (t.type === 'start' && t.name === tag && t.attributes.has(name) ? [decodeEntities(t.attributes.get(name) ?? '')] : [])))];
      // An <svg> holds no HTML: its <a> is SVG's.
      const browserAttributes = (tag: string, name: string): string[] =>
        [...new Set([...doc.querySelectorAll(`${tag}[${name}]`)].flatMap((el) => (el.closest('svg') ? [] : [el.getAttribute(name) ?? ''])))];
      const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
      if (fold(readText) !== fold(browserText)) problems.push(`${soup}: text ${JSON.stringify(readText)}, browser ${JSON.stringify(browserText)}`);
      for (const [tag, name] of [['a', 'href'], ['img', 'alt']] as const) {
        const mine = attributesOf(tag, name).sort();
        const browser = browserAttributes(tag, name).sort();
        if (mine.join('\n') !== browser.join('\n')) problems.push(`${soup}: ${tag} ${name} ${JSON.stringify(mine)}, browser ${JSON.stringify(browser)}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

/** Each adversarial shape at 100 KB, after a paragraph that numbers it. */
const SHAPE_NAMES = Object.keys(SHAPES);
const adversarial = (name: string): string => `<p>Before shape ${String(SHAPE_NAMES.indexOf(name))}</p>${shapeOf(name, 100_000)}`;

describe('markup made to stall a backtracking reader, 100 KB of each shape, shows in the widget at once', function () {
  this.timeout(20000);

  it('press-recent-comments: one comment of each shape, each with its first words', async () => {
    const { api } = await wordpress({
      comments: SHAPE_NAMES.map((name, i) => ({
        id: i + 1,
        post: 1,
        author_name: `Author ${String(i + 1)}`,
        link: `/post/#comment-${String(i + 1)}`,
        date_gmt: '2025-07-01T10:00:00',
        content: { rendered: adversarial(name) },
      })),
      search: [{ id: 1, title: '<b>Title</b> with &amp; markup <img alt="!" src="x' }],
    });
    const { el, uncaught } = await watched(html`<press-recent-comments api=${api} number="20" show-excerpt></press-recent-comments>`);
    expect(uncaught).to.deep.equal([]);
    expect(texts(el, 'author')).to.deep.equal(SHAPE_NAMES.map((_, i) => `Author ${String(i + 1)}`));
    expect(new Set(texts(el, 'link'))).to.deep.equal(new Set(['Title with & markup']));
    const excerpts = texts(el, 'excerpt');
    expect(excerpts).to.have.length(SHAPE_NAMES.length);
    for (const [i, name] of SHAPE_NAMES.entries()) expect(excerpts[i], name).to.satisfy((text: string) => text.startsWith(`Before shape ${String(i)}`));
  });

  it('press-menu: a navigation block holding each shape after its first item', async () => {
    for (const name of SHAPE_NAMES) {
      const { api } = await wordpress({ navigation: [{ content: { rendered: `<ul><li><a href="/first/">First</a></li>${shapeOf(name, 100_000)}</ul>` } }] });
      const { el, uncaught } = await watched(html`<press-menu api=${api}></press-menu>`);
      expect(uncaught, name).to.deep.equal([]);
      expect(texts(el, 'link')[0], name).to.equal('First');
      expect(parts(el, 'link')[0]?.getAttribute('href'), name).to.equal('/first/');
      el.remove();
    }
  });

  it('press-menu: a menu nested 10,000 items deep shows its first nine levels, quietly', async () => {
    const levels = Array.from({ length: 10000 }, (_, i) => `<li><a href="/level-${String(i)}/">Level ${String(i)}</a><ul>`).join('');
    const { api } = await wordpress({ navigation: [{ content: { rendered: `<ul>${levels}` } }] });
    const { el, uncaught, warnings } = await watched(html`<press-menu api=${api}></press-menu>`);
    expect(uncaught).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(texts(el, 'link')).to.deep.equal(Array.from({ length: 9 }, (_, i) => `Level ${String(i)}`));
  });
});

/** Categories `Category 1` … `Category n`, as WordPress lists them. */
const categories = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Category ${String(i + 1)}`, link: `/c/${String(i + 1)}/`, count: 1, parent: 0 }));

describe('page counts that lie', function () {
  this.timeout(20000);

  it('X-WP-TotalPages of 200,000 over three categories: one request', async () => {
    const { api, requests } = await wordpress({ categories: categories(3), lies: { 'X-WP-TotalPages': '200000' } });
    const { el } = await watched(html`<press-categories api=${api}></press-categories>`);
    expect(parts(el, 'link')).to.have.length(3);
    expect(await requests()).to.equal(1);
  });

  it('both headers huge, or X-WP-Total missing: a few pages at a time, to the first empty one, every category kept', async () => {
    for (const lies of [{ 'X-WP-TotalPages': '200000', 'X-WP-Total': '20000000' }, { 'X-WP-TotalPages': '200000', 'X-WP-Total': null }]) {
      const { api, requests } = await wordpress({ categories: categories(250), lies });
      const { el } = await watched(html`<press-categories api=${api}></press-categories>`);
      expect(parts(el, 'link'), JSON.stringify(lies)).to.have.length(250);
      // Pages 1–3 hold them; page 4 comes back empty; at most 4 are asked at once.
      expect(await requests(), JSON.stringify(lies)).to.be.within(4, 8);
      el.remove(); // else the next one is far below the view, and waits to be scrolled to
    }
  });

  it('a page count that is no whole number: the count X-WP-Total implies', async () => {
    for (const pages of ['many', '-3', '2.5', 'Infinity', '']) {
      const { api, requests } = await wordpress({ categories: categories(250), lies: { 'X-WP-TotalPages': pages } });
      const { el } = await watched(html`<press-categories api=${api}></press-categories>`);
      expect(parts(el, 'link'), pages).to.have.length(250);
      expect(await requests(), pages).to.equal(3);
      el.remove();
    }
  });

  it('fewer pages than the items imply: what the pages held shows', async () => {
    const { api, requests } = await wordpress({ categories: categories(250), lies: { 'X-WP-TotalPages': '1' } });
    const { el } = await watched(html`<press-categories api=${api}></press-categories>`);
    expect(parts(el, 'link')).to.have.length(100);
    expect(await requests()).to.equal(1);
  });

  it('more pages of posts than there are: the archives keep what came before WordPress’s 400', async () => {
    const posts = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, date: `2025-0${String(1 + (i % 3))}-10T10:00:00`, categories: [1] }));
    const { api, requests } = await wordpress({ posts, lies: { 'X-WP-TotalPages': '5', 'X-WP-Total': null } });
    const { el } = await watched(html`<press-archives api=${api} show-counts lang="en"></press-archives>`);
    expect(texts(el, 'item').map((text) => text.replace(/\s+/g, ' '))).to.deep.equal(['March 2025 (50)', 'February 2025 (50)', 'January 2025 (50)']);
    expect(await requests()).to.be.at.most(1 + 5); // the site's index, then pages 1–5
  });

  it('a page after the first that fails: the error with Retry, not a part of the list', async () => {
    const { api } = await wordpress({ categories: categories(250), lies: { failPage: 2 } });
    const { el, uncaught } = await watched(html`<press-categories api=${api}></press-categories>`);
    expect(uncaught).to.deep.equal([]);
    expect(parts(el, 'link')).to.have.length(0);
    expect(parts(el, 'retry')).to.have.length(1);
  });

  it('a site that answers every page with its first: 100 pages read at most', async () => {
    const comments = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, post: 1 }));
    const { api, requests } = await wordpress({ comments, lies: { page: 1, 'X-WP-TotalPages': '200000', 'X-WP-Total': null } });
    const { el } = await watched(html`<press-comment-count post-id="1" api=${api} lang="en"></press-comment-count>`);
    expect(shadowText(el)).to.equal('10,000 Comments'); // 100 pages of the same 100
    expect(await requests()).to.equal(100);
  });

  it('15,000 posts over 30 years: the archives counted month by month, rather than from 100 of their 150 pages', async () => {
    const months = 360;
    const monthOf = (i: number): string => `${String(1996 + Math.floor((i % months) / 12))}-${String((i % 12) + 1).padStart(2, '0')}`;
    const posts = Array.from({ length: 15000 }, (_, i) => ({ id: i + 1, date: `${monthOf(i)}-10T10:00:00`, categories: [1] }));
    const { api, requests } = await wordpress({ posts });
    const { el } = await watched(html`<press-archives api=${api} show-counts lang="en"></press-archives>`);
    const counts = parts(el, 'count').map((count) => Number(count.textContent.replace(/\D/g, '')));
    expect(counts).to.have.length(months);
    expect(counts.reduce((sum, count) => sum + count, 0)).to.equal(15000);
    expect(await requests()).to.equal(1 + 1 + 2 + months); // index, first page, oldest and newest post, months
  });

  it('200,000 pages of posts dated from the year 1: the newest 600 months counted, a few at a time', async () => {
    const posts = ['0001-01-01T00:00:00', '2025-07-01T00:00:00'].map((date, i) => ({ id: i + 1, date, categories: [1] }));
    const { api, requests } = await wordpress({ posts, lies: { 'X-WP-TotalPages': '200000', 'X-WP-Total': '20000000' } });
    const { el, uncaught } = await watched(html`<press-archives api=${api} lang="en"></press-archives>`);
    expect(uncaught).to.deep.equal([]);
    const links = texts(el, 'link');
    expect(links).to.have.length(600);
    expect([links[0], links.at(-1)]).to.deep.equal(['July 2025', 'August 1975']);
    expect(await requests()).to.equal(1 + 1 + 2 + 600); // index, first page, oldest and newest post, months
  });
});
