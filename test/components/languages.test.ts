// The widgets in other languages: WordPress's own strings (the msgstr of WordPress's .mo files, as
// scripts/i18n.js wrote them to test/fixtures/i18n/wordpress.json), the `strings` property and the
// attributes that replace them, and English for a language that has no translation.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import type { PressArchives } from '../../src/components/press-archives/press-archives.js';
import type { PressCategories } from '../../src/components/press-categories/press-categories.js';
import type { PressMenu } from '../../src/components/press-menu/press-menu.js';
import type { PressRecentComments } from '../../src/components/press-recent-comments/press-recent-comments.js';
import type { ArchiveMonth, Category, MenuItem, RecentComment } from '../../src/data/model.js';
import {
  en,
  type PressArchivesStrings,
  type PressCategoriesStrings,
  type PressCommentFormStrings,
  type PressMenuStrings,
  type PressRecentCommentsStrings,
  type Strings,
} from '../../src/i18n/en.js';
import { ALIASES, LOCALES } from '../../src/i18n/locales.js';
import { localeFor } from '../../src/i18n/match.js';
import { control, endpoint, fill as typeComment, labels, post, render } from '../helpers/comment-form.js';
import { loaded, part, parts, shadowText, uniqueFeed } from '../helpers/fixtures.js';

/** The page's lang, and WordPress's locale for it. */
const LANGUAGES = [
  ['de-DE', 'de_DE'],
  ['es-ES', 'es_ES'],
  ['fr-FR', 'fr_FR'],
  ['ja', 'ja'],
  ['pt-BR', 'pt_BR'],
] as const;

const MONTHS: ArchiveMonth[] = [{ year: 2025, month: 7, url: '/2025/07/', count: 3 }];
const CATEGORIES: Category[] = [{ id: 3, name: 'Company News', url: '/category/company-news/', count: 82 }];
const COMMENTS: RecentComment[] = [
  { id: 1, author: 'Ann', postTitle: 'Hello', url: '/hello/#comment-1', date: '2025-06-06T10:00:00Z' },
  { id: 2, author: '', postTitle: '', url: '/p/#comment-2', date: '2025-06-05T10:00:00Z' },
];
const MENU: MenuItem[] = [
  { label: 'Home', url: '/', children: [] },
  { label: 'News', url: '/news/', children: [{ label: 'Markets', url: '/markets/', children: [] }] },
];

let wordpress: Record<string, Record<string, string>>;

/**
 * WordPress's msgstr in `locale` for the first of `msgids` its .mo files have ("context\u0004msgid"
 * for one with a context), in the order scripts/i18n.js looks them up.
 */
function wp(locale: string, ...msgids: string[]): string {
  for (const msgid of msgids) {
    const msgstr = wordpress[locale][msgid] as string | undefined;
    if (msgstr) return msgstr;
  }
  throw new Error(`WordPress's ${locale} .mo files have none of ${JSON.stringify(msgids)}`);
}

/** WordPress's placeholders (%s, %1$s) filled in, as the widgets fill them. */
function filled(text: string, ...values: string[]): string {
  let next = 0;
  return text.replace(/%(\d\$)?s/g, (_, n?: string) => values[n ? Number(n[0]) - 1 : next++] ?? '');
}

const text = (element: Element): string => element.textContent.replace(/\s+/g, ' ').trim();
const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : input.toString());
const optionTexts = (el: Element): string[] => Array.from((part(el, 'select') as HTMLSelectElement).options, (o) => o.text);

/** The module that a language's chunk is (src/i18n/translations/<locale>.ts), for the few strings WordPress does not have (ours). */
async function ours(locale: string): Promise<Partial<Strings>> {
  return ((await import(`../../src/i18n/translations/${locale}.js`)) as { default: Partial<Strings> }).default;
}

before(async () => {
  wordpress = ((await (await fetch('/test/fixtures/i18n/wordpress.json')).json()) as { locales: typeof wordpress }).locales;
});

describe('languages: loading a language', () => {
  // First in this file: no test has loaded Brazilian Portuguese yet, so its module must come over
  // the network while the widget waits.
  it('appears in its language at once: no English first while the language loads', async () => {
    const el = document.createElement('press-categories');
    el.lang = 'pt-BR';
    el.categories = CATEGORIES;
    const done = oneEvent(el, 'press-load');
    document.body.append(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const heading = el.shadowRoot?.querySelector('[part~=heading]');
      if (heading) seen.push(text(heading));
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await done;
      await el.updateComplete;
      expect(seen.length, 'nothing was rendered').to.be.above(0);
      expect([...new Set(seen)]).to.deep.equal([wp('pt_BR', 'Categories')]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

describe('languages: WordPress’s own strings', () => {
  for (const [lang, locale] of LANGUAGES) {
    describe(`lang="${lang}" (${locale})`, () => {
      it('press-archives: the heading, "Select Month", "Select Year"', async () => {
        const el = await loaded<PressArchives>(html`<press-archives lang=${lang} dropdown .archives=${MONTHS}></press-archives>`);
        expect(text(part(el, 'heading'))).to.equal(wp(locale, 'Archives'));
        expect(optionTexts(el)[0]).to.equal(wp(locale, 'Select Month'));
        expect(part(el, 'select').getAttribute('aria-label')).to.equal(wp(locale, 'Archives'));
        el.type = 'yearly';
        await el.updateComplete;
        expect(optionTexts(el)[0]).to.equal((await ours(locale)).selectYear);
        expect(optionTexts(el)[0]).not.to.equal(en.selectYear);
      });

      it('press-categories: the heading, "Select Category", "No categories"', async () => {
        const el = await loaded<PressCategories>(html`<press-categories lang=${lang} dropdown .categories=${CATEGORIES}></press-categories>`);
        expect(text(part(el, 'heading'))).to.equal(wp(locale, 'Categories'));
        expect(optionTexts(el)[0]).to.equal(wp(locale, 'Select Category'));
        const empty = await loaded<PressCategories>(html`<press-categories lang=${lang} .categories=${[]}></press-categories>`);
        expect(text(part(empty, 'empty'))).to.equal(wp(locale, 'No categories'));
      });

      it('press-recent-comments: the heading, "%1$s on %2$s", "Anonymous", "(no title)"', async () => {
        const el = await loaded<PressRecentComments>(html`<press-recent-comments lang=${lang} .comments=${COMMENTS}></press-recent-comments>`);
        expect(text(part(el, 'heading'))).to.equal(wp(locale, 'Recent Comments'));
        const on = wp(locale, '%1$s on %2$s', 'widgets\u0004%1$s on %2$s');
        expect(parts(el, 'meta').map(text)).to.deep.equal([filled(on, 'Ann', 'Hello'), filled(on, wp(locale, 'Anonymous'), wp(locale, '(no title)'))]);
        // The author and the title are still the links, wherever the language puts them.
        expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/hello/#comment-1', '/p/#comment-2']);
      });

      it('press-menu: "Menu" (WordPress’s where it has one), the skip link, the sub-menu buttons', async () => {
        const wrapper = document.createElement('div');
        wrapper.style.width = '300px';
        const done = oneEvent(wrapper, 'press-load');
        const el = await fixture<PressMenu>(html`<press-menu lang=${lang} skip-to="main" .menu=${MENU}></press-menu>`, { parentNode: wrapper });
        await done;
        const own = await ours(locale);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=toggle]'), 'the menu did not fold behind its toggle');
        expect(text(part(el, 'toggle'))).to.equal(locale in wordpress && 'Menu' in wordpress[locale] ? wordpress[locale].Menu : own.menu);
        expect(text(part(el, 'skip-link'))).to.equal(own.skipToContent);
        expect(own.skipToContent).not.to.equal(en.skipToContent);
        expect(part(el, 'nav').getAttribute('aria-label')).to.equal(own.primaryMenu);
        expect(own.primaryMenu).not.to.equal(en.primaryMenu);
        expect(text(part(el, 'submenu-toggle'))).to.equal(filled(own.submenu!, 'News'));
      });

      it('press-comment-form: heading, notes, labels, button, reply, moderation', async () => {
        const { action } = endpoint('held');
        const el = await render(html`<press-comment-form lang=${lang} post-id="7" action=${action}></press-comment-form>`);
        expect(text(part(el, 'heading'))).to.equal(wp(locale, 'Leave a Reply'));
        expect(text(el.shadowRoot!.querySelector('#email-notes')!)).to.equal(wp(locale, 'Your email address will not be published.'));
        const notes = text(el.shadowRoot!.querySelector('#email-notes')!.parentElement!);
        expect(notes).to.contain(filled(wp(locale, 'Required fields are marked %s'), '*'));
        expect(labels(el)).to.deep.equal([
          `${wp(locale, 'noun\u0004Comment', 'Comment')} *`,
          `${wp(locale, 'Name')} *`,
          `${wp(locale, 'Email')} *`,
          wp(locale, 'Website'),
          (await ours(locale)).cookiesConsent,
        ]);
        expect(text(part(el, 'submit'))).to.equal(wp(locale, 'Post Comment'));

        await el.replyTo(3, 'Ann');
        expect(text(part(el, 'heading'))).to.equal(filled(wp(locale, 'Leave a Reply to %s'), 'Ann'));
        expect(text(part(el, 'cancel'))).to.equal(wp(locale, 'Cancel reply'));
        await el.cancelReply();

        await typeComment(el);
        await post(el);
        expect(text(part(el, 'notice').querySelector('p')!)).to.equal(wp(locale, 'Your comment is awaiting moderation.'));
      });

      it('press-comment-form: "Logged in as", WordPress’s without its link to the profile', async () => {
        const key = crypto.randomUUID();
        const original = window.fetch.bind(window);
        window.fetch = (input, init) => (urlOf(input).includes('/users/me') ? Promise.resolve(new Response('{"name":"Ann"}')) : original(input, init));
        try {
          const el = await render(
            html`<press-comment-form lang=${lang} post-id="7" api=${`/__test/fault/${key}/ok/wp-json/`} rest-nonce="n"></press-comment-form>`,
          );
          await waitUntil(() => el.shadowRoot!.querySelector('[part~=logged-in]'), 'the visitor was not shown as logged in');
          const withLink = wp(locale, 'Logged in as <a href="%1$s">%2$s</a>.');
          expect(text(part(el, 'logged-in'))).to.equal(withLink.replace('<a href="%1$s">%2$s</a>', 'Ann'));
        } finally {
          window.fetch = original;
        }
      });

      it('press-comments: the title, "Reply", the date "at" the time, the pages, "Comments are closed."', async () => {
        const comments = [1, 2, 3].map((id) => ({ id, parent: 0, author: `A${String(id)}`, date: `2026-12-0${String(id)}T09:30:00+01:00`, content: 'x' }));
        const feed = (thread: unknown): string => URL.createObjectURL(new Blob([JSON.stringify({ threads: { 7: thread } })], { type: 'application/json' }));
        const el = await loaded<HTMLElement>(
          html`<press-comments lang=${lang} src=${feed({ title: 'T', open: false, comments })} post-id="7" per-page="2"></press-comments>`,
        );
        const responses = wp(locale, '%1$s response to %2$s\u0000%1$s responses to %2$s', 'One Response to %2$s\u0000%1$s Responses to %2$s')
          .split('\u0000')
          .at(-1)!;
        const quoted = (await ours(locale)).quoted ?? '';
        expect(text(part(el, 'heading'))).to.equal(filled(responses, '3', filled(quoted, 'T')).replace(/\s+/g, ' '));
        expect(text(part(el, 'closed'))).to.equal(wp(locale, 'Comments are closed.'));
        expect(text(part(el, 'older'))).to.equal(wp(locale, '&laquo; Older Comments').replace('&laquo;', '«'));
        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 3, 9, 30));
        const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 3, 9, 30));
        expect(text(part(el, 'date'))).to.equal(filled(wp(locale, '1: date, 2: time\u0004%1$s at %2$s', '%1$s at %2$s'), date, time).replace(/\s+/g, ' '));
        const open = await loaded<HTMLElement & { updateComplete: Promise<boolean> }>(
          html`<press-comments lang=${lang} src=${feed({ title: 'T', comments: comments.slice(0, 1) })} post-id="7"></press-comments>`,
        );
        // Reply is offered where the page has a comment form.
        open.after(document.createElement('press-comment-form'));
        (open as unknown as { requestUpdate(): void }).requestUpdate();
        await open.updateComplete;
        expect(text(part(open, 'reply'))).to.equal(wp(locale, 'Reply'));
      });
    });
  }

  it('follows the nearest lang: an ancestor’s, a <press-site>’s, and a change of it', async () => {
    const el = await loaded<HTMLElement>(html`<div lang="ja"><press-archives .archives=${MONTHS}></press-archives></div>`);
    const archives = el.querySelector<PressArchives>('press-archives')!;
    expect(text(part(archives, 'heading'))).to.equal(wp('ja', 'Archives'));

    const site = await loaded<HTMLElement>(html`<press-site lang="es"><press-categories .categories=${CATEGORIES}></press-categories></press-site>`);
    const categories = site.querySelector<PressCategories>('press-categories')!;
    expect(text(part(categories, 'heading'))).to.equal(wp('es_ES', 'Categories'));
    site.setAttribute('lang', 'fr');
    await waitUntil(() => text(part(categories, 'heading')) === wp('fr_FR', 'Categories'), 'a change of the press-site’s lang was not followed');

    categories.setAttribute('lang', 'de-AT'); // any region of a language has its translation
    await waitUntil(() => text(part(categories, 'heading')) === wp('de_DE', 'Categories'), 'a change of the element’s own lang was not followed');
    categories.setAttribute('lang', 'pt-PT');
    await waitUntil(() => text(part(categories, 'heading')) === wp('pt_PT', 'Categories'), 'pt-PT did not get pt_PT');
    categories.setAttribute('lang', 'pt_BR'); // WordPress's name for it, as some themes print it
    await waitUntil(() => text(part(categories, 'heading')) === wp('pt_BR', 'Categories'), 'pt_BR was not read as pt-BR');
  });

  it('the comment form follows a change of its <press-site>’s lang too', async () => {
    const site = await fixture<HTMLElement>(html`<press-site lang="es">
      <press-comment-form post-id="1" action="/nowhere"></press-comment-form>
    </press-site>`);
    const form = site.querySelector('press-comment-form')!;
    await form.updateComplete;
    const title = (): string => text(part(form, 'heading'));
    expect(title()).to.equal(wp('es_ES', 'Leave a Reply'));
    site.setAttribute('lang', 'de-DE');
    await waitUntil(() => title() === wp('de_DE', 'Leave a Reply'), 'the form did not follow the press-site’s lang');
  });

  it('shows two widgets on one page in two languages', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <press-recent-comments lang="fr-FR" .comments=${[]}></press-recent-comments>
      <press-recent-comments lang="ja" .comments=${[]}></press-recent-comments>
    </div>`);
    const [fr, ja] = Array.from(el.querySelectorAll<PressRecentComments>('press-recent-comments'));
    await waitUntil(() => fr.shadowRoot?.querySelector('[part~=empty]') && ja.shadowRoot?.querySelector('[part~=empty]'), 'the lists did not render');
    expect(text(part(fr, 'heading'))).to.equal(wp('fr_FR', 'Recent Comments'));
    expect(text(part(ja, 'heading'))).to.equal(wp('ja', 'Recent Comments'));
  });
});

describe('languages: English where there is no translation', () => {
  const requested = (): string[] =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((name) => name.includes('/i18n/translations/'));

  for (const lang of ['en', 'en-GB', 'nn', 'xx', 'zz-ZZ', 'not a language tag!']) {
    it(`lang="${lang}": every widget in English, and no language module requested`, async () => {
      const before = requested().length;
      const el = await fixture<HTMLElement>(html`<div lang=${lang}>
        <press-archives dropdown .archives=${MONTHS}></press-archives>
        <press-categories .categories=${[]}></press-categories>
        <press-recent-comments .comments=${COMMENTS.slice(1)}></press-recent-comments>
        <press-menu skip-to="main" .menu=${MENU}></press-menu>
        <press-comment-form post-id="7"></press-comment-form>
      </div>`);
      const [archives, categories, comments, menu, form] = Array.from(el.children);
      await waitUntil(
        () => [archives, categories, comments, menu].every((w) => w.shadowRoot?.querySelector('[part~=body]:not([aria-busy=true])')),
        'the widgets did not render',
      );
      expect(text(part(archives, 'heading'))).to.equal('Archives');
      expect(optionTexts(archives)[0]).to.equal('Select Month');
      expect(text(part(categories, 'empty'))).to.equal('No categories');
      expect(shadowText(comments)).to.equal('Recent Comments Anonymous on (no title)');
      expect(text(part(menu, 'skip-link'))).to.equal('Skip to content');
      expect(text(part(form, 'heading'))).to.equal('Leave a Reply');
      expect(text(part(form, 'submit'))).to.equal('Post Comment');
      expect(requested().length).to.equal(before);
    });
  }

  for (const lang of ['', 'x-klingon']) {
    it(`lang="${lang}" inside a German page: a language we do not know, so English (HTML's lang="" is unknown)`, async () => {
      const el = await fixture<HTMLElement>(html`<div lang="de-DE"><press-categories lang=${lang} .categories=${CATEGORIES}></press-categories></div>`);
      const categories = el.firstElementChild!;
      await waitUntil(() => categories.shadowRoot?.querySelector('[part~=body]:not([aria-busy=true])'), 'the widget did not render');
      expect(text(part(categories, 'heading'))).to.equal('Categories');
    });
  }
});

describe('languages: counted strings given by the page', () => {
  /** What a count shows for `n` comments, with `strings` and `lang`. */
  const shown = async (lang: string, strings: unknown, n: number): Promise<string> => {
    const feed = URL.createObjectURL(new Blob([JSON.stringify({ commentCounts: { 1: n } })], { type: 'application/json' }));
    const el = await loaded<HTMLElement>(html`<press-comment-count lang=${lang} src=${feed} post-id="1" .strings=${strings}></press-comment-count>`);
    return shadowText(el).trim();
  };

  it('takes forms as the language counts, the last one for a form it has not, and English for anything else', async () => {
    // English's rule where the language has none of its own.
    expect(await shown('en', { manyComments: ['%s comment', '%s comments'] }, 5)).to.equal('5 comments');
    expect(await shown('ja', { manyComments: ['%s件'] }, 5)).to.equal('5件');
    // Polish's rule picks its third form for 5: two given, the last.
    expect(await shown('pl', { manyComments: ['%s komentarz', '%s komentarze'] }, 5)).to.equal('5 komentarze');
    expect(await shown('en', { manyComments: 5 }, 5)).to.equal('5 Comments');
    expect(await shown('en', { manyComments: [null] }, 5)).to.equal('5 Comments');
  });
});

describe('languages: the strings property and attributes replace any string', () => {
  /** A marker for every key: whatever a widget shows of its strings must be one of these. */
  const markers = <T extends object>(keys: Record<keyof T, true>): Record<keyof T, string> =>
    Object.fromEntries(Object.keys(keys).map((key, i) => [key, `⟦${String(i)}⟧`])) as Record<keyof T, string>;

  /** Everything a user can see or hear of an element: text, accessible names, option texts. */
  const said = (el: Element): string => {
    const root = el.shadowRoot!;
    const names = Array.from(root.querySelectorAll('[aria-label]'), (n) => n.getAttribute('aria-label') ?? '');
    return [root.textContent, ...names].join(' ');
  };

  /** Renders each state and collects what it says; then checks that every marker, and no English, was said. */
  async function check<T extends object>(
    strings: Record<keyof T, string>,
    states: ((strings: Record<keyof T, string>) => Promise<Element | string>)[],
  ): Promise<void> {
    let all = '';
    for (const state of states) {
      const shown = await state(strings);
      all += ` ${typeof shown === 'string' ? shown : said(shown)}`;
    }
    for (const [key, replacement] of Object.entries<string>(strings)) {
      expect(all, `${key} was not shown`).to.contain(/⟦\d+⟧/.exec(replacement)?.[0]);
      // No English left: the catalog's text, but for its placeholders.
      for (const piece of en[key as keyof Strings].split(/%(?:\d\$)?s/).filter((p) => p.trim().length > 3)) {
        expect(all, `English "${piece}" still shown`).not.to.contain(piece);
      }
    }
  }

  /** A source that fails (the error state) and one that never answers in time (the loading state). */
  const failing = (): string => `/__test/status/${crypto.randomUUID()}/404`;
  const slow = (): string => uniqueFeed('slow', 5000);
  async function loading<T extends HTMLElement>(template: TemplateResult): Promise<T> {
    const el = await fixture<T>(template);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=status]')?.textContent, 'no loading state');
    return el;
  }

  it('press-archives', async () => {
    await check(
      markers<PressArchivesStrings>({
        archives: true,
        noArchives: true,
        selectMonth: true,
        selectYear: true,
        loadingArchives: true,
        archivesFailed: true,
        retry: true,
      }),
      [
        (s) => loaded(html`<press-archives lang="de" dropdown .strings=${s} .archives=${MONTHS}></press-archives>`),
        (s) => loaded(html`<press-archives lang="de" dropdown type="yearly" .strings=${s} .archives=${MONTHS}></press-archives>`),
        (s) => loaded(html`<press-archives lang="de" .strings=${s} .archives=${[]}></press-archives>`),
        (s) => loaded(html`<press-archives lang="de" .strings=${s} src=${failing()}></press-archives>`),
        (s) => loading(html`<press-archives lang="de" .strings=${s} src=${slow()}></press-archives>`),
      ],
    );
  });

  it('press-categories', async () => {
    await check(
      markers<PressCategoriesStrings>({
        categories: true,
        noCategories: true,
        selectCategory: true,
        loadingCategories: true,
        categoriesFailed: true,
        retry: true,
      }),
      [
        (s) => loaded(html`<press-categories lang="es" dropdown .strings=${s} .categories=${CATEGORIES}></press-categories>`),
        (s) => loaded(html`<press-categories lang="es" .strings=${s} .categories=${[]}></press-categories>`),
        (s) => loaded(html`<press-categories lang="es" .strings=${s} src=${failing()}></press-categories>`),
        (s) => loading(html`<press-categories lang="es" .strings=${s} src=${slow()}></press-categories>`),
      ],
    );
  });

  it('press-recent-comments', async () => {
    const strings = markers<PressRecentCommentsStrings>({
      recentComments: true,
      noComments: true,
      commentOn: true,
      anonymous: true,
      noTitle: true,
      loadingComments: true,
      commentsFailed: true,
      retry: true,
    });
    // With its placeholders, so that the author and the title show.
    strings.commentOn = `${strings.commentOn} %2$s ← %1$s`;
    await check(strings, [
      (s) => loaded(html`<press-recent-comments lang="fr" .strings=${s} .comments=${COMMENTS}></press-recent-comments>`),
      (s) => loaded(html`<press-recent-comments lang="fr" .strings=${s} .comments=${[]}></press-recent-comments>`),
      (s) => loaded(html`<press-recent-comments lang="fr" .strings=${s} src=${failing()}></press-recent-comments>`),
      (s) => loading(html`<press-recent-comments lang="fr" .strings=${s} src=${slow()}></press-recent-comments>`),
    ]);
    const el = await loaded<PressRecentComments>(html`<press-recent-comments .strings=${strings} .comments=${COMMENTS}></press-recent-comments>`);
    expect(text(part(el, 'meta'))).to.equal(strings.commentOn.replace('%2$s', 'Hello').replace('%1$s', 'Ann'));
  });

  it('press-menu', async () => {
    const strings = markers<PressMenuStrings>({
      menu: true,
      primaryMenu: true,
      skipToContent: true,
      submenu: true,
      noMenuItems: true,
      loadingMenu: true,
      menuFailed: true,
      retry: true,
    });
    await check(strings, [
      async (s) => {
        const wrapper = document.createElement('div');
        wrapper.style.width = '300px';
        const done = oneEvent(wrapper, 'press-load');
        const el = await fixture<PressMenu>(html`<press-menu lang="ja" skip-to="main" .strings=${s} .menu=${MENU}></press-menu>`, { parentNode: wrapper });
        await done;
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=toggle]'), 'no toggle');
        return el;
      },
      (s) => loaded(html`<press-menu lang="ja" .strings=${s} .menu=${[]}></press-menu>`),
      (s) => loaded(html`<press-menu lang="ja" .strings=${s} src=${failing()}></press-menu>`),
      (s) => loading(html`<press-menu lang="ja" .strings=${s} src=${slow()}></press-menu>`),
    ]);
  });

  it('press-comment-form', async () => {
    const strings = markers<PressCommentFormStrings>({
      leaveReply: true,
      leaveReplyTo: true,
      cancelReply: true,
      loggedInAs: true,
      emailNotes: true,
      requiredFields: true,
      comment: true,
      name: true,
      email: true,
      website: true,
      honeypot: true,
      cookiesConsent: true,
      postComment: true,
      awaitingModeration: true,
      commentPosted: true,
      viewComment: true,
      tryAgain: true,
      spam: true,
      notSetUp: true,
      networkError: true,
      timeoutError: true,
      unreadableError: true,
      loginRequired: true,
      postFailed: true,
    });
    /** The form after posting to `mode` of the test server's endpoint, or with `fetch` answering `answer` instead. */
    const after = async (s: typeof strings, mode: string, answer?: () => Promise<Response>): Promise<Element> => {
      const el = await render(
        html`<press-comment-form lang="pt-BR" post-id="7" .strings=${s} action=${mode ? endpoint(mode).action : nothing}></press-comment-form>`,
      );
      await typeComment(el);
      const original = window.fetch.bind(window);
      if (answer) window.fetch = answer;
      try {
        await post(el);
      } finally {
        window.fetch = original;
      }
      return el;
    };
    await check(strings, [
      async (s) => {
        const el = await render(html`<press-comment-form lang="pt-BR" post-id="7" .strings=${s}></press-comment-form>`);
        const before = said(el);
        await el.replyTo(3, 'Ann'); // "Leave a Reply to", "Cancel reply"
        return `${before} ${said(el)}`;
      },
      (s) => after(s, 'held'),
      (s) => after(s, 'json-approved'), // posted, with a link to it
      (s) => after(s, ''), // no action: not set up
      (s) => after(s, 'ok', () => Promise.reject(new TypeError('Failed to fetch'))), // and "Try again"
      (s) => after(s, 'ok', () => Promise.reject(new DOMException('timed out', 'TimeoutError'))),
      (s) => after(s, 'unreadable'),
      (s) => after(s, 'ok', () => Promise.resolve(new Response('{"code":"rest_comment_login_required"}', { status: 401 }))),
      (s) => after(s, 'ok', () => Promise.resolve(new Response('', { status: 502 }))),
      async (s) => {
        const el = await render(html`<press-comment-form lang="pt-BR" post-id="7" .strings=${s} action=${endpoint('ok').action}></press-comment-form>`);
        await typeComment(el);
        el.shadowRoot!.querySelector<HTMLInputElement>('[name=press-hp]')!.value = 'robot';
        await post(el);
        return el;
      },
      async (s) => {
        const key = crypto.randomUUID();
        const original = window.fetch.bind(window);
        window.fetch = (input, init) => (urlOf(input).includes('/users/me') ? Promise.resolve(new Response('{"name":"Ann"}')) : original(input, init));
        try {
          const el = await render(
            html`<press-comment-form lang="pt-BR" post-id="7" .strings=${s} api=${`/__test/fault/${key}/ok/wp-json/`} rest-nonce="n"></press-comment-form>`,
          );
          await waitUntil(() => el.shadowRoot!.querySelector('[part~=logged-in]'), 'not logged in');
          return el;
        } finally {
          window.fetch = original;
        }
      },
    ]);
  });

  it('press-site: its strings for every widget inside it; a widget’s own win; a change is followed', async () => {
    const site = await fixture<
      HTMLElement & { strings?: Partial<Strings> }
    >(html`<press-site lang="de" .strings=${{ archives: 'Archiv', leaveReply: 'Ihre Meinung', categories: 'Themen' }}>
      <press-archives .archives=${MONTHS}></press-archives>
      <press-categories .strings=${{ categories: 'Rubriken' }} .categories=${CATEGORIES}></press-categories>
      <press-comment-form></press-comment-form>
    </press-site>`);
    const [archives, categories, form] = Array.from(site.children);
    await waitUntil(() => archives.shadowRoot?.querySelector('[part~=heading]') && categories.shadowRoot?.querySelector('[part~=heading]'), 'not rendered');
    expect(text(part(archives, 'heading'))).to.equal('Archiv');
    expect(text(part(categories, 'heading'))).to.equal('Rubriken');
    expect(text(part(form, 'heading'))).to.equal('Ihre Meinung');
    expect(text(part(form, 'submit'))).to.equal(wp('de_DE', 'Post Comment')); // not given: the language's
    site.strings = { archives: 'Monate' };
    await waitUntil(() => text(part(archives, 'heading')) === 'Monate', 'a change of the site’s strings was not followed');
    await waitUntil(() => text(part(form, 'heading')) === wp('de_DE', 'Leave a Reply'), 'a string no longer given stayed');
  });

  it('attributes: heading, toggle-label and submit-label, over `strings` and the language', async () => {
    const archives = await loaded<PressArchives>(
      html`<press-archives lang="de" heading="Archiv" .strings=${{ archives: 'nope' }} .archives=${MONTHS}></press-archives>`,
    );
    expect(text(part(archives, 'heading'))).to.equal('Archiv');

    const wrapper = document.createElement('div');
    wrapper.style.width = '300px';
    const done = oneEvent(wrapper, 'press-load');
    const menu = await fixture<PressMenu>(html`<press-menu lang="de" toggle-label="☰ Navigation" .strings=${{ menu: 'nope' }} .menu=${MENU}></press-menu>`, {
      parentNode: wrapper,
    });
    await done;
    await waitUntil(() => menu.shadowRoot!.querySelector('[part~=toggle]'), 'no toggle');
    expect(text(part(menu, 'toggle'))).to.equal('☰ Navigation');

    const form = await render(
      html`<press-comment-form lang="de" submit-label="Senden" .strings=${{ postComment: 'nope', leaveReply: 'Ihre Meinung' }}></press-comment-form>`,
    );
    expect(text(part(form, 'submit'))).to.equal('Senden');
    expect(text(part(form, 'heading'))).to.equal('Ihre Meinung');
    form.removeAttribute('submit-label');
    await form.updateComplete;
    expect(text(part(form, 'submit'))).to.equal('nope');
    form.strings = {};
    await form.updateComplete;
    expect(text(part(form, 'submit'))).to.equal(wp('de_DE', 'Post Comment'));
    expect(control(form, 'comment').labels[0].textContent).to.contain(wp('de_DE', 'noun\u0004Comment'));
    await aTimeout(0);
  });
});

/** What scripts/i18n.js read in WordPress's .mo files, for every locale (see its comments). */
interface Generated {
  counts: number[];
  /** The strings each locale's module has, by key: WordPress's text, every plural form of a counted one. */
  strings: Record<string, Record<string, string | string[]>>;
  /** What Python's gettext prints from the same .mo files for the comment count and the thread's title, by count; null: not translated. */
  counted: Record<string, { comments: Record<string, string | null>; titles: Record<string, string | null> }>;
}
const GENERATED = (await (await fetch('/test/fixtures/i18n/wordpress.json')).json()) as Generated;
const squeeze = (value: string): string => value.replace(/\s+/g, ' ').trim();

describe('languages: every locale WordPress ships', () => {
  it('has one for every .mo file of the generator, each reached by its own tag', () => {
    const locales = Object.keys(GENERATED.strings);
    expect(locales.length).to.be.at.least(60);
    for (const locale of locales) expect(localeFor(locale.replace('_', '-'), LOCALES, ALIASES), locale).to.equal(locale);
  });

  it('says the number in every counted form a rule gives to more than one number (no "one response" for 21)', async () => {
    const wrong: string[] = [];
    for (const locale of Object.keys(GENERATED.strings)) {
      const { plural, ...strings } = ((await import(`../../src/i18n/translations/${locale}.js`)) as { default: Record<string, unknown> }).default;
      for (const [key, forms] of Object.entries(strings)) {
        if (!Array.isArray(forms) || typeof plural !== 'function') continue;
        const number = key === 'responsesTo' ? '%1$s' : '%s';
        for (let n = 2; n <= 1000; n++) {
          const form = String(forms[(plural as (n: number) => number)(n)]);
          if (!form.includes(number)) wrong.push(`${locale} ${key} ${String(n)}: ${form}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });

  for (const locale of Object.keys(GENERATED.strings)) {
    it(`${locale}: its module is WordPress’s strings, and the widgets show them, English for the rest`, async () => {
      const expected = GENERATED.strings[locale];
      const { plural, ...strings } = ((await import(`../../src/i18n/translations/${locale}.js`)) as { default: Record<string, unknown> }).default;
      expect(strings).to.deep.equal(expected);
      expect(plural === undefined, 'a plural rule exactly where there are plural forms').to.equal(!Object.values(expected).some(Array.isArray));
      const shown = (key: keyof Strings): string => squeeze((expected[key] as string | undefined) ?? en[key]);
      const lang = locale.replace('_', '-');
      const el = await fixture<HTMLElement>(html`<div lang=${lang}>
        <press-archives dropdown .archives=${MONTHS}></press-archives>
        <press-categories dropdown .categories=${CATEGORIES}></press-categories>
        <press-recent-comments .comments=${COMMENTS}></press-recent-comments>
      </div>`);
      const [archives, categories, comments] = Array.from(el.children);
      await waitUntil(
        () => [archives, categories, comments].every((w) => w.shadowRoot?.querySelector('[part~=body]:not([aria-busy=true])')),
        'the widgets did not render',
      );
      expect(text(part(archives, 'heading'))).to.equal(shown('archives'));
      expect(squeeze(optionTexts(archives)[0])).to.equal(shown('selectMonth'));
      expect(text(part(categories, 'heading'))).to.equal(shown('categories'));
      expect(squeeze(optionTexts(categories)[0])).to.equal(shown('selectCategory'));
      expect(text(part(comments, 'heading'))).to.equal(shown('recentComments'));
      expect(parts(comments, 'meta').map(text)).to.deep.equal([
        squeeze(filled(shown('commentOn'), 'Ann', 'Hello')),
        squeeze(filled(shown('commentOn'), shown('anonymous'), shown('noTitle'))),
      ]);
      const form = await render(html`<press-comment-form lang=${lang} post-id="7" action="/nowhere"></press-comment-form>`);
      expect(text(part(form, 'heading'))).to.equal(shown('leaveReply'));
      expect(text(part(form, 'submit'))).to.equal(shown('postComment'));
      expect(labels(form).map(squeeze)).to.deep.equal([
        `${shown('comment')} *`,
        `${shown('name')} *`,
        `${shown('email')} *`,
        shown('website'),
        shown('cookiesConsent'),
      ]);
    });
  }

  it('decodes WordPress’s character references once, when generated: nl_NL’s “Categorie&#235;n”', async () => {
    expect(wordpress.nl_NL.Categories).to.equal('Categorie&#235;n');
    const el = await loaded<PressCategories>(html`<press-categories lang="nl-NL" .categories=${CATEGORIES}></press-categories>`);
    expect(text(part(el, 'heading'))).to.equal('Categorieën');
  });

  it('matches lang as browsers and WordPress do: the likeliest region, a script, a language’s other name', () => {
    const cases: Record<string, string | undefined> = {
      'pt-PT': 'pt_PT',
      pt: 'pt_BR',
      'pt-BR': 'pt_BR',
      'zh-Hant': 'zh_TW',
      'zh-TW': 'zh_TW',
      'zh-HK': 'zh_HK',
      zh: 'zh_CN',
      'zh-Hans': 'zh_CN',
      'zh-CN': 'zh_CN',
      'zh-Hans-TW': 'zh_CN',
      nb: 'nb_NO',
      no: 'nb_NO',
      he: 'he_IL',
      iw: 'he_IL',
      'es-MX': 'es_ES',
      'es-CL': 'es_CL',
      'EN-ca': 'en_CA',
      'de-AT': 'de_DE',
      'ar-EG': 'ar',
      nl: 'nl',
      'nl-BE': 'nl_NL',
      'ta-IN': 'ta_LK',
      'ru-UA': 'ru_UA',
      en: undefined,
      'en-US': undefined,
      nn: undefined,
      xx: undefined,
      '': undefined,
      de_DE: undefined, // langOf() makes it de-DE first
    };
    expect(Object.fromEntries(Object.keys(cases).map((tag) => [tag, localeFor(tag, LOCALES, ALIASES)]))).to.deep.equal(cases);
  });
});

describe('languages: plurals as each language counts', () => {
  /** A feed of its own: post n+1 has n comments, for each count; and a thread of n comments. */
  const countsFeed = (): string =>
    URL.createObjectURL(
      new Blob([JSON.stringify({ commentCounts: Object.fromEntries(GENERATED.counts.map((n) => [n + 1, n])) })], { type: 'application/json' }),
    );
  const threadFeed = (n: number): string => {
    const comments = Array.from({ length: n }, (_, i) => ({ id: i + 1, parent: 0, author: 'A', date: '2026-12-01T09:30:00+01:00', content: 'x' }));
    return URL.createObjectURL(new Blob([JSON.stringify({ threads: { 7: { title: 'T', comments } } })], { type: 'application/json' }));
  };

  for (const locale of ['pl_PL', 'ru_RU', 'cs_CZ', 'uk', 'ar']) {
    it(`${locale}: the comment count and the thread’s title at ${GENERATED.counts.join(', ')}, as Python’s gettext reads the .mo`, async () => {
      const lang = locale.replace('_', '-');
      const { comments, titles } = GENERATED.counted[locale];
      const number = (n: number): string => n.toLocaleString(lang);
      // Python gives the msgstr as written; the browser's own HTML parser decodes its references.
      const decoded = (msgstr: string): string => new DOMParser().parseFromString(msgstr, 'text/html').documentElement.textContent;
      const site = await fixture<HTMLElement>(html`<press-site lang=${lang} src=${countsFeed()}>
        ${GENERATED.counts.map((n) => html`<press-comment-count post-id=${n + 1}></press-comment-count>`)}
      </press-site>`);
      const counts = Array.from(site.querySelectorAll('press-comment-count'));
      await waitUntil(() => counts.every((el) => el.shadowRoot?.querySelector('[part~=count]')), 'the counts did not render');
      const english = (n: number): string => (n === 0 ? en.noCommentsYet : n === 1 ? en.oneComment : en.manyComments);
      expect(counts.map((el) => squeeze(shadowText(el)))).to.deep.equal(
        GENERATED.counts.map((n) => squeeze(decoded(comments[n] ?? english(n)).replace(/%s|%(?!\d)/, number(n)))),
      );
      const quoted = filled((GENERATED.strings[locale].quoted as string | undefined) ?? en.quoted, 'T');
      for (const n of GENERATED.counts.filter((count) => count > 0)) {
        const el = await loaded<HTMLElement>(html`<press-comments lang=${lang} src=${threadFeed(n)} post-id="7"></press-comments>`);
        const title = decoded(titles[n] ?? (n === 1 ? en.oneResponseTo : en.responsesTo));
        expect(text(part(el, 'heading')), `${String(n)} comments`).to.equal(squeeze(title.replace('%1$s', number(n)).replace(/%2\$s|%s/, quoted)));
        // One pair of quotes around the title, where the title string has its own («T», not «“T”»).
        expect(text(part(el, 'heading')), 'quotes').not.to.match(/[«»“”„‟"‘’‚‹›「」『』]\s?[«»“”„‟"‘’‚‹›「」『』]\s?T\b/);
        el.remove();
      }
    });
  }
});
