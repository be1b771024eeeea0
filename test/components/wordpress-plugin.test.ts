// The widgets with `api` on a site that has the press-widgets plugin (its REST index lists
// `press/v1`): every widget of the page is fed by the plugin's one feed request; an answer that is
// not the plugin's falls back to the core REST routes with one console warning. Against the fake
// WordPress of test/server/fake-wordpress.js; test/wordpress/ runs the same against the real plugin.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { settledAll, shadowText } from '../helpers/fixtures.js';
import { store, watchPage } from '../helpers/watch.js';

const WITH_PLUGIN = { namespaces: ['oembed/1.0', 'press/v1', 'wp/v2'] };

const FEED = {
  menu: [{ label: 'Feed home', url: 'https://blog.example/', children: [] }],
  archives: [{ year: 2026, month: 11, url: 'https://blog.example/2026/11/', count: 3 }],
  categories: [{ id: 2, name: 'From the feed', url: 'https://blog.example/category/feed/', count: 4, parent: 0, totalCount: 4 }],
  comments: [{ id: 9, author: 'Ann', postTitle: 'Hello', url: 'https://blog.example/hello/#comment-9', date: '2026-11-02T10:00:00Z', excerpt: 'Nice one' }],
  commentForm: { action: 'https://blog.example/wp-comments-post.php' },
  commentCounts: { 1: 3, 2: 0, 7: 12 },
  threads: {
    1: {
      title: 'Hello &#038; welcome',
      open: true,
      avatars: false,
      settings: {},
      comments: [{ id: 5, parent: 0, author: 'Bo', date: '2026-11-02T10:00:00+00:00', content: '<p>First from the feed</p>' }],
    },
  },
};

/** What the core routes say: other names, so that the page shows which path fed it. */
const CORE = {
  categories: [{ id: 3, name: 'From REST', link: 'https://blog.example/category/rest/', count: 1, parent: 0 }],
  comments: [
    { id: 11, post: 1, author_name: 'Cy', link: 'https://blog.example/hello/#comment-11', date_gmt: '2026-11-03T10:00:00', content: { rendered: '<p>Hi</p>' } },
  ],
  search: [{ id: 1, title: 'Hello' }],
  posts: [{ id: 1, title: { rendered: 'Hello from REST' }, comment_status: 'open', date: '2026-11-01T10:00:00', date_gmt: '2026-11-01T10:00:00' }],
};

/**
 * A fake WordPress holding `data`; the routes its requests asked for, in order (Chromium keeps no
 * resource timing of some failed loads: `count` is the server's count of every request).
 */
async function site(data: unknown): Promise<{ api: string; routes: () => string[]; count: () => Promise<number> }> {
  const key = await store(data);
  const api = `/__test/fault/${key}/ok/wp-json/`;
  return {
    api,
    count: async () => (await (await fetch(`/__test/count/${key}`)).json()) as number,
    routes: () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => decodeURIComponent(entry.name))
        .filter((name) => name.includes(`/__test/fault/${key}/`))
        .map((name) => new URL(name).pathname.replace(`/__test/fault/${key}/ok/wp-json/`, '/') + new URL(name).search),
  };
}

const page = (api: string, widgets: TemplateResult, count: number): Promise<HTMLElement> =>
  settledAll<HTMLElement>(html`<press-site api=${api} lang="en-US">${widgets}</press-site>`, count);

/** A thread of post 1 added to the page once its widgets have loaded (as one scrolled to), loaded. */
async function threadAddedLater(root: HTMLElement): Promise<HTMLElement> {
  const later = document.createElement('press-comments');
  later.setAttribute('post-id', '1');
  const loaded = new Promise((resolve) => {
    later.addEventListener('press-load', resolve);
  });
  root.append(later);
  await loaded;
  return later;
}

const text = (root: HTMLElement, selector: string): string => shadowText(root.querySelector(selector)!).replace(/\s+/g, ' ');

describe('the press-widgets plugin’s feed', () => {
  before(() => {
    performance.setResourceTimingBufferSize(10_000);
  });

  it('feeds every widget of the page from one request, with the counts and the thread asked together', async () => {
    const { api, routes } = await site({ index: WITH_PLUGIN, feed: FEED, ...CORE });
    const root = await page(
      api,
      html`<press-menu></press-menu><press-categories show-counts></press-categories><press-archives show-counts></press-archives>
        <press-recent-comments></press-recent-comments>
        <p><press-comment-count post-id="7"></press-comment-count> <press-comment-count post-id="1"></press-comment-count></p>
        <press-comments post-id="1"></press-comments>`,
      7,
    );
    expect(text(root, 'press-menu')).to.include('Feed home');
    expect(text(root, 'press-categories')).to.include('From the feed').and.include('(4)');
    expect(text(root, 'press-archives')).to.include('November 2026');
    expect(text(root, 'press-recent-comments')).to.include('Ann').and.not.include('Cy');
    expect([...root.querySelectorAll('press-comment-count')].map((count) => shadowText(count).trim())).to.deep.equal(['12 Comments', '3 Comments']);
    expect(text(root, 'press-comments')).to.include('First from the feed').and.include('Hello & welcome');
    const asked = routes();
    expect(
      asked.map((route) => route.replace(/\?.*/, '')),
      asked.join('\n'),
    ).to.deep.equal(['/', '/press/v1/feed']);
    expect(asked[0]).to.include('namespaces');
    const feed = new URL(asked[1], location.href).searchParams;
    expect([feed.get('posts'), feed.get('thread'), feed.get('comments')]).to.deep.equal(['1,7', '1', '100']);
  });

  it('reads the core routes when the index lists no press/v1, with no request to the feed and no warning', async () => {
    const watch = watchPage();
    const { api, routes } = await site({ index: { namespaces: ['wp/v2'] }, feed: FEED, ...CORE });
    const root = await page(api, html`<press-categories></press-categories>`, 1).finally(() => {
      watch.stop();
    });
    expect(text(root, 'press-categories')).to.include('From REST');
    expect(routes().some((route) => route.includes('press/v1'))).to.be.false;
    expect(watch.warnings).to.deep.equal([]);
  });

  const wrong: [string, unknown][] = [
    ['an HTML page', { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><p>Maintenance</p>' }],
    ['lists that are no lists', { status: 200, headers: {}, body: { menu: 'Home', archives: {}, categories: 3, comments: null } }],
    ['a feed without its comments', { status: 200, headers: {}, body: { menu: [], archives: [], categories: [] } }],
    ['a JSON list', { status: 200, headers: {}, body: [] }],
    ['a server error', { status: 500, headers: {}, body: { code: 'internal_server_error', message: 'Critical error' } }],
    ['no such route', undefined],
  ];
  for (const [name, feedAnswer] of wrong) {
    it(`falls back to the core routes, with one console warning, when the feed answers ${name}`, async () => {
      const watch = watchPage();
      const { api, routes } = await site({ index: WITH_PLUGIN, feedAnswer, ...CORE });
      let root: HTMLElement;
      try {
        root = await page(
          api,
          html`<press-categories></press-categories><press-recent-comments></press-recent-comments>
            <p><press-comment-count post-id="1"></press-comment-count></p>`,
          3,
        );
      } finally {
        watch.stop();
      }
      expect(text(root, 'press-categories')).to.include('From REST');
      expect(text(root, 'press-recent-comments')).to.include('Cy');
      expect(shadowText(root.querySelector('press-comment-count')!).trim()).to.equal('1 Comment');
      const about = watch.warnings.filter((warning) => warning.includes('plugin'));
      expect(about, watch.warnings.join('\n')).to.have.length(1);
      expect(about[0]).to.include("reading WordPress's REST API instead");
      // Not asked again for each widget: a server error at most twice (as every read: see http.ts).
      // (Chromium keeps no resource timing for some failed loads: the warning says it was asked.)
      const feeds = routes().filter((route) => route.startsWith('/press/v1/feed'));
      expect(feeds.length, routes().join('\n')).to.be.at.most(2);
    });
  }

  it('gives the plugin up for the page once its feed failed: a widget that loads later asks the core routes only', async () => {
    const { api, count } = await site({ index: WITH_PLUGIN, feedAnswer: { status: 401, headers: {}, body: { code: 'rest_forbidden' } }, ...CORE });
    const root = await page(api, html`<press-categories></press-categories>`, 1);
    expect(text(root, 'press-categories')).to.include('From REST');
    const before = await count();
    const later = await threadAddedLater(root);
    expect(shadowText(later)).to.include('Hi');
    // The post and its comments, nothing more: not the feed again.
    expect((await count()) - before).to.equal(2);
  });

  it('reads the index once for the page when it fails, and then the core routes', async () => {
    const { api, count } = await site({ indexAnswer: { status: 401, headers: {}, body: { code: 'rest_login_required' } }, feed: FEED, ...CORE });
    const root = await page(api, html`<press-categories></press-categories><press-recent-comments></press-recent-comments>`, 2);
    expect(text(root, 'press-categories')).to.include('From REST');
    // The index, the categories, the comments and their posts' titles.
    expect(await count()).to.equal(4);
    expect(shadowText(await threadAddedLater(root))).to.include('Hi');
    // The post and its comments, nothing more: not the index again.
    expect(await count()).to.equal(4 + 2);
  });

  it('asks the core routes for a thread the feed holds as no object, and counts the core way a post whose count is no number', async () => {
    const { api } = await site({ index: WITH_PLUGIN, feed: { ...FEED, threads: { 1: null }, commentCounts: { 1: -1 } }, ...CORE });
    const root = await page(api, html`<p><press-comment-count post-id="1"></press-comment-count></p><press-comments post-id="1"></press-comments>`, 2);
    expect(text(root, 'press-comments')).to.include('Hi');
    expect(shadowText(root.querySelector('press-comment-count')!).trim()).to.equal('1 Comment');
  });

  it('asks the core routes for a thread the feed does not hold', async () => {
    const { api, routes } = await site({ index: WITH_PLUGIN, feed: { ...FEED, threads: {} }, ...CORE });
    const root = await page(api, html`<press-comments post-id="1"></press-comments>`, 1);
    expect(text(root, 'press-comments')).to.include('Hi');
    expect(routes().map((route) => route.replace(/\?.*/, ''))).to.include.members(['/press/v1/feed', '/wp/v2/posts/1', '/wp/v2/comments']);
  });

  it('counts a post shown twice once: 80 posts, each count twice on the page, in one request', async () => {
    const counts = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [String(i + 1), i]));
    const { api, routes } = await site({ index: WITH_PLUGIN, feed: { ...FEED, commentCounts: counts }, ...CORE });
    const twice = Array.from({ length: 160 }, (_, i) => Math.floor(i / 2) + 1);
    const root = await page(api, html`${twice.map((post) => html`<p><press-comment-count post-id=${post}></press-comment-count></p>`)}`, 160);
    expect(shadowText(root.querySelectorAll('press-comment-count')[159]).trim()).to.equal('79 Comments');
    expect(routes().filter((route) => route.startsWith('/press/v1/feed'))).to.have.length(1);
  });

  it('counts more than the feed’s 100 posts in a second request, each post once', async () => {
    const counts = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [String(i + 1), i]));
    const { api, routes } = await site({ index: WITH_PLUGIN, feed: { ...FEED, commentCounts: counts }, ...CORE });
    const root = await page(
      api,
      html`${Array.from({ length: 130 }, (_, i) => html`<p><press-comment-count post-id=${i + 1}></press-comment-count></p>`)}`,
      130,
    );
    const shown = [...root.querySelectorAll('press-comment-count')].map((count) => shadowText(count).trim());
    expect(shown[0]).to.equal('No Comments');
    expect(shown[129]).to.equal('129 Comments');
    const asked = routes()
      .filter((route) => route.startsWith('/press/v1/feed'))
      .map((route) => new URL(route, location.href).searchParams.get('posts')!.split(','));
    expect(asked).to.have.length(2);
    expect(asked.flat().toSorted()).to.deep.equal(Object.keys(counts).toSorted());
  });
});
