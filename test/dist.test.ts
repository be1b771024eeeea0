// The script-tag product: dist/press-widgets.js (built by `npm run build`) loaded by a plain page,
// with no bundler or dev server transform in between.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

const TAGS = [
  'press-site',
  'press-menu',
  'press-archives',
  'press-categories',
  'press-recent-comments',
  'press-comment-form',
  'press-comment-count',
  'press-comments',
];

describe('dist/press-widgets.js in a plain page', () => {
  it('defines all eight elements and renders them from a feed', async () => {
    // A window the size of a laptop's: the widgets are all within a screen of it, so none waits to be scrolled to.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/dist-page.html" title="bundle" width="1024" height="768"></iframe>`);
    if (!frame.contentDocument?.querySelector('press-site')) await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'not every element was defined', { timeout: 5000 });

    const text = (tag: string): string => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
    await waitUntil(() => text('press-categories').includes('Stock Market News (243)'), 'categories did not render');
    expect(text('press-archives')).to.contain('July 2025\u00a0(429)');
    expect(text('press-categories')).to.contain('Uncategorized (0)');
    expect(text('press-recent-comments')).to.contain('Ann on S&P 500 hits a record');
    expect(text('press-menu')).to.contain('Stock Market News');
    expect(text('press-comment-form')).to.contain('Leave a Reply').and.contain('Post Comment');
    await waitUntil(() => text('press-comment-count') === '2 Comments', 'the comment count did not render');
    // The thread is drawn by the WordPress chunk with the bundle's own Lit, and styled by it.
    await waitUntil(() => text('press-comments').includes('2 responses to “S&P 500 hits a record”'), 'the thread did not render');
    const thread = doc.querySelector('press-comments')!.shadowRoot!;
    expect([...thread.querySelectorAll('li[part~="comment"]')].map((li) => li.className)).to.deep.equal(['comment depth-1 parent', 'comment depth-2']);
    expect(thread.querySelector('em')?.textContent).to.equal('summary');
    expect(win.getComputedStyle(thread.querySelector('[part~="list"]')!).listStyleType).to.equal('none');
    // The bundle is self-contained: no bare module specifiers were left to fail.
    const bundle = await (await fetch('/dist/press-widgets.js')).text();
    expect(bundle).not.to.match(/\bfrom\s*["'](lit|@lit\/)/);
    // Its chunks import nothing, not even the bundle: a site that enqueues press-widgets.js?ver=…
    // would get a second copy of the library from a chunk that imports ./press-widgets.js.
    // Each file says its license first: the bundle and the WordPress chunk MIT, WordPress's translations GPL.
    expect(bundle.split('\n')[0]).to.match(/^\/\*! press-widgets, MIT; Lit, BSD-3-Clause/);
    // Every locale the generator wrote (test/fixtures/i18n/wordpress.json) is a chunk beside the bundle.
    const { strings } = (await (await fetch('/test/fixtures/i18n/wordpress.json')).json()) as { strings: Record<string, unknown> };
    expect(Object.keys(strings).length).to.be.at.least(60);
    for (const chunk of ['wordpress', 'match-locale', ...Object.keys(strings)]) {
      const code = await (await fetch(`/dist/press-widgets.${chunk}.js`)).text();
      expect(code.split('\n')[0], chunk).to.match(
        chunk in strings ? /^\/\*! WordPress's translations \(\w+\), GPL-2\.0-or-later/ : /^\/\*! press-widgets, MIT/,
      );
      expect(code, chunk).to.match(/\bexport\s*\{/);
      expect(code, chunk).not.to.match(/\bimport\s*[\s{*"'`(]|\bimport\.meta\b|\bfrom\s*["'`]/);
    }
    // An English page asks for no language, nor for the chunk that picks one (the thread loads the
    // WordPress chunk, which draws it).
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /press-widgets\.[\w-]+\.js/.test(name) && !name.endsWith('press-widgets.wordpress.js')),
    ).to.deep.equal([]);
  });

  it('loads the page’s language from its chunk beside the bundle: lang="de-DE"', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/dist-page-de.html" title="Bundle auf Deutsch"></iframe>`);
    if (!frame.contentDocument?.querySelector('press-site')) await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const { locales } = (await (await fetch('/test/fixtures/i18n/wordpress.json')).json()) as { locales: Record<string, Record<string, string>> };
    const de = locales.de_DE;

    const text = (tag: string): string => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
    await waitUntil(() => text('press-categories').includes('Stock Market News (243)'), 'categories did not render', { timeout: 5000 });
    expect(text('press-categories')).to.contain(de.Categories);
    expect(text('press-archives')).to.contain(de.Archives).and.contain('Juli 2025\u00a0(429)');
    expect(text('press-recent-comments')).to.contain(de['Recent Comments']);
    expect(text('press-comment-form')).to.contain(de['Leave a Reply']).and.contain(de['Post Comment']);
    expect(text('press-comment-form')).not.to.contain('Leave a Reply');
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => /press-widgets\.[\w-]+\.js/.test(path));
    // The chunk that picks the locale for the page's lang, then the locale's.
    expect(chunks).to.deep.equal(['/dist/press-widgets.match-locale.js', '/dist/press-widgets.de_DE.js']);
  });

  /** A page of the bundle as WordPress enqueues it (`?ver=…`), under `key`, reading the fake WordPress with `api`. */
  async function apiPage(key: string, failures: number | 'hang'): Promise<{ win: Window & typeof globalThis; doc: Document }> {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>api</title>
<script type="module" src="/__test/dist/${key}/${String(failures)}/press-widgets.js?ver=6.8.1"></script></head>
<body><press-site api="/__test/fault/${key}/ok/wp-json/"><press-categories></press-categories></press-site></body></html>`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page} title="api page"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('press-categories'), 'the page did not load');
    return { win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
  }
  const asked = async (key: string): Promise<string[]> => (await (await fetch(`/__test/dist/${key}/log`)).json()) as string[];

  for (const failing of ['no-match', 'no-locale', 'hang-locale'] as const) {
    const what = {
      'no-match': 'the chunk that picks the language does not load',
      'no-locale': 'the language’s chunk does not load',
      'hang-locale': 'the language’s chunk does not come in time',
    }[failing];
    it(`shows English when ${what} (lang="de-DE")`, async function () {
      // A chunk that never comes is given up after the requests' 15 s.
      this.timeout(25_000);
      const key = `dist-${failing}-${crypto.randomUUID()}`;
      const page = `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><title>de</title>
<script type="module" src="/__test/dist/${key}/${failing}/press-widgets.js?ver=6.8.1"></script></head>
<body><press-categories><script type="application/json">[{"id":1,"name":"Wirtschaft","url":"/c/1/","count":3,"parent":0}]</script></press-categories></body></html>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page} title="de page"></iframe>`);
      const text = (): string => frame.contentDocument?.querySelector('press-categories')?.shadowRoot?.textContent ?? '';
      await waitUntil(() => text().includes('Wirtschaft'), 'the categories did not render', { timeout: 20_000 });
      expect(text()).to.contain('Categories');
      expect((await asked(key)).some((url) => url.startsWith(failing === 'no-match' ? 'press-widgets.match-locale.js' : 'press-widgets.de_DE.js'))).to.be.true;
    });
  }

  it('loads the WordPress chunk once for a page with api, and never the bundle a second time', async () => {
    const { doc } = await apiPage('dist-api', 0);
    const root = (): ShadowRoot | null | undefined => doc.querySelector('press-categories')?.shadowRoot;
    await waitUntil(() => root()?.textContent.includes('Stock Market News'), 'the categories did not render', { timeout: 5000 });
    expect(await asked('dist-api')).to.deep.equal(['press-widgets.js?ver=6.8.1', 'press-widgets.wordpress.js']);
  });

  it('shows the error with Retry when the WordPress chunk fails to load, and loads it again on Retry', async () => {
    const { doc } = await apiPage('dist-api-down', 1);
    const root = (): ShadowRoot | null | undefined => doc.querySelector('press-categories')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('[part="retry"]'), 'no Retry after the chunk failed', { timeout: 5000 });
    root()!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => root()?.textContent.includes('Stock Market News'), 'Retry did not load the chunk', { timeout: 5000 });
    expect(await asked('dist-api-down')).to.deep.equal(['press-widgets.js?ver=6.8.1', 'press-widgets.wordpress.js', 'press-widgets.wordpress.js?retry=1']);
  });

  it('gives up on a WordPress chunk that does not arrive in time (the error with Retry, as for any request), and loads it again on Retry', async () => {
    const { doc } = await apiPage('dist-api-hang', 'hang');
    const root = (): ShadowRoot | null | undefined => doc.querySelector('press-categories')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('[part="retry"]'), 'still loading after the request timeout', { timeout: 20000 });
    root()!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => root()?.textContent.includes('Stock Market News'), 'Retry did not load the chunk', { timeout: 5000 });
  }).timeout(30000);

  it('keeps a comment whose WordPress chunk fails to load (a network failure), and sends it once the chunk loads', async () => {
    const key = 'dist-post-down';
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title>
<script type="module" src="/__test/dist/${key}/1/press-widgets.js?ver=6.8.1"></script></head>
<body><press-comment-form action="/__test/comments/${key}/ok" post-id="7"></press-comment-form></body></html>`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page} title="comment page"></iframe>`);
    await waitUntil(() => frame.contentWindow?.customElements.get('press-comment-form'), 'the bundle did not load', { timeout: 5000 });
    const form = frame.contentDocument!.querySelector('press-comment-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('#comment'), 'the form did not render');
    for (const [id, value] of [
      ['comment', 'Kept while the chunk is down.'],
      ['author', 'Ann'],
      ['email', 'ann@example.com'],
    ]) {
      const field = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    const outcome = (): Promise<Event> => Promise.race([oneEvent(form, 'press-comment-posted'), oneEvent(form, 'press-comment-failed')]);
    let next = outcome();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const failure = (await next) as CustomEvent<{ reason: string }>;
    expect(failure.type).to.equal('press-comment-failed');
    expect(failure.detail.reason).to.equal('network');
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('Kept while the chunk is down.');
    expect(await (await fetch(`/__test/comments/${key}`)).json()).to.deep.equal([]);

    next = outcome();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    expect((await next).type).to.equal('press-comment-posted');
    expect(((await (await fetch(`/__test/comments/${key}`)).json()) as { comment: string }[]).map((body) => body.comment)).to.deep.equal([
      'Kept while the chunk is down.',
    ]);
    expect(await asked(key)).to.deep.equal(['press-widgets.js?ver=6.8.1', 'press-widgets.wordpress.js', 'press-widgets.wordpress.js?retry=1']);
  });
});
