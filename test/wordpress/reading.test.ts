// The reading widgets against a real WordPress: each shows, item for item (text, count, order,
// link), what WordPress itself renders from the same database. Run with `npm run test:wordpress`
// (test/wordpress/README.md starts the site).
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  WP,
  freshApi,
  loadedPage,
  render,
  requestsFor,
  restTotal,
  setSwitch,
  widgetArchives,
  widgetCategories,
  widgetComments,
  widgetMenu,
  wordpressArchives,
  wordpressNavigation,
  wordpressCategories,
  wordpressComments,
  type ApiForm,
  type CategoryItem,
  type RenderSpec,
} from './wordpress.js';

interface Variant {
  /** A key of WordPress's rendering (`kind#variant`); the widget carries it as `data-key`. */
  key: string;
  /** The same settings for WordPress (wp_list_categories, wp_get_archives, the block). */
  wordpress: Record<string, unknown>;
  widget: TemplateResult;
}

// wp_list_categories() pads counts with show_count + hierarchical; its hide_empty keeps an empty
// parent of non-empty children. The widget's defaults are WordPress's "0"s (hierarchical too).
const VARIANTS: Variant[] = [
  {
    key: 'categories#tree-counts-empty',
    wordpress: { show_count: 1, hierarchical: 1, hide_empty: 0 },
    widget: html`<press-categories data-key="categories#tree-counts-empty" show-counts hierarchical show-empty></press-categories>`,
  },
  {
    key: 'categories#tree-counts',
    wordpress: { show_count: 1, hierarchical: 1, hide_empty: 1 },
    widget: html`<press-categories data-key="categories#tree-counts" show-counts hierarchical></press-categories>`,
  },
  {
    key: 'categories#tree-empty',
    wordpress: { show_count: 0, hierarchical: 1, hide_empty: 0 },
    widget: html`<press-categories data-key="categories#tree-empty" hierarchical show-empty></press-categories>`,
  },
  {
    key: 'categories#flat-counts-empty',
    wordpress: { show_count: 1, hierarchical: 0, hide_empty: 0 },
    widget: html`<press-categories data-key="categories#flat-counts-empty" show-counts show-empty></press-categories>`,
  },
  {
    key: 'categories#flat-counts',
    wordpress: { show_count: 1, hierarchical: 0, hide_empty: 1 },
    widget: html`<press-categories data-key="categories#flat-counts" show-counts></press-categories>`,
  },
  {
    key: 'categories#plain',
    wordpress: { show_count: 0, hierarchical: 0, hide_empty: 1 },
    widget: html`<press-categories data-key="categories#plain"></press-categories>`,
  },
  {
    key: 'archives#monthly-counts',
    wordpress: { type: 'monthly', show_post_count: 1 },
    widget: html`<press-archives data-key="archives#monthly-counts" show-counts></press-archives>`,
  },
  {
    key: 'archives#monthly',
    wordpress: { type: 'monthly', show_post_count: 0 },
    widget: html`<press-archives data-key="archives#monthly"></press-archives>`,
  },
  {
    key: 'archives#yearly-counts',
    wordpress: { type: 'yearly', show_post_count: 1 },
    widget: html`<press-archives data-key="archives#yearly-counts" type="yearly" show-counts></press-archives>`,
  },
  {
    // The block's defaults: 5 comments with avatar, date and excerpt.
    key: 'latest_comments#default',
    wordpress: {},
    widget: html`<press-recent-comments data-key="latest_comments#default" show-avatar show-date show-excerpt></press-recent-comments>`,
  },
  {
    // All of them. REST lists no pingbacks or trackbacks to visitors, so WordPress's rendering is
    // limited to comments of type "comment" here; "what REST cannot show" below pins the difference.
    key: 'latest_comments#all',
    wordpress: { commentsToShow: 100, comment_type: 'comment' },
    widget: html`<press-recent-comments data-key="latest_comments#all" number="100" show-avatar show-date show-excerpt></press-recent-comments>`,
  },
];

const spec = (variants: Variant[]): RenderSpec => Object.fromEntries(variants.map(({ key, wordpress }) => [key, wordpress]));

/** What a widget shows and what WordPress renders for the same settings, read alike. */
function itemsOf(kind: string, widget: Element, wordpress: Element): [unknown[], unknown[]] {
  switch (kind) {
    case 'categories':
      return [widgetCategories(widget), wordpressCategories(wordpress)];
    case 'archives':
      return [widgetArchives(widget), wordpressArchives(wordpress)];
    default:
      return [widgetComments(widget), wordpressComments(wordpress)];
  }
}

interface Outcome {
  shown: Record<string, unknown[]>;
  rendered: Record<string, unknown[]>;
  requests: string[];
}

/**
 * The variants read through the press-widgets plugin's feed: its recent comments are the Latest
 * Comments block's, pingbacks and trackbacks included (REST cannot list those).
 */
const PLUGIN_VARIANTS = VARIANTS.map((variant) => (variant.key === 'latest_comments#all' ? { ...variant, wordpress: { commentsToShow: 100 } } : variant));

/** One page with every variant under one `<press-site>`, and WordPress's rendering of each. */
async function readAll(form: ApiForm, variants = VARIANTS, plugin = false): Promise<Outcome> {
  const { api, marker } = freshApi(form, { plugin });
  const page = await loadedPage(html`<press-site api=${api} lang="en-US">${variants.map(({ widget }) => widget)}</press-site>`);
  const wordpress = await render(spec(variants));
  const outcome: Outcome = { shown: {}, rendered: {}, requests: requestsFor(marker) };
  for (const { key } of variants) {
    const widget = page.querySelector(`[data-key="${key}"]`)!;
    [outcome.shown[key], outcome.rendered[key]] = itemsOf(key.split('#')[0], widget, wordpress[key]);
  }
  return outcome;
}

function itemForItem(outcome: () => Outcome, variants = VARIANTS): void {
  for (const { key, widget } of variants) {
    const tag = widget.strings
      .join('')
      .replace(/ data-key="[^"]*"/, '')
      .replace(/><\/.*$/, '>');
    it(`${tag} shows what WordPress renders (${key})`, () => {
      const { shown, rendered } = outcome();
      expect(rendered[key], 'WordPress rendered nothing: is the seed loaded?').not.to.be.empty;
      expect(shown[key]).to.deep.equal(rendered[key]);
    });
  }
}

describe('reading widgets against a real WordPress', function () {
  this.timeout(30_000);

  for (const form of ['wp-json', 'rest_route', 'home'] as const) {
    const root = { 'wp-json': '/wp-json/', rest_route: '/?rest_route=/', home: 'the home URL /' }[form];
    describe(`api="${root}", pretty permalinks`, () => {
      let outcome: Outcome;
      before(async () => {
        outcome = await readAll(form);
      });
      itemForItem(() => outcome);

      it('reads every list in one request per collection page, plus the index and the titles', async () => {
        const pages = async (route: string): Promise<number> => Math.ceil((await restTotal(route)) / 100);
        // index + posts (archives and padded counts) + categories + comments + their posts' titles
        const expected = 1 + (await pages('wp/v2/posts')) + (await pages('wp/v2/categories')) + 1 + 1;
        console.log(`api=${root}: ${String(outcome.requests.length)} requests for every reading widget:\n  ${outcome.requests.join('\n  ')}`);
        expect(outcome.requests, outcome.requests.join('\n')).to.have.length(expected);
        expect(
          outcome.requests.filter((url) => url.includes('categories=')),
          'per-parent counts',
        ).to.be.empty;
        if (form === 'wp-json') expect(outcome.requests.every((url) => url.startsWith('/wp-json/'))).to.be.true;
        else expect(outcome.requests.every((url) => url.startsWith('/?rest_route=/'))).to.be.true;
      });
    });
  }

  describe('with the press-widgets plugin: its one feed', () => {
    for (const form of ['wp-json', 'rest_route', 'home'] as const) {
      const root = { 'wp-json': '/wp-json/', rest_route: '/?rest_route=/', home: 'the home URL /' }[form];
      describe(`api="${root}"`, () => {
        let outcome: Outcome;
        before(async () => {
          outcome = await readAll(form, PLUGIN_VARIANTS, true);
        });
        itemForItem(() => outcome, PLUGIN_VARIANTS);

        it('reads every list in two requests: the index, which lists press/v1, and the feed', () => {
          const routes = outcome.requests.map((url) => url.replace(/[?&](?!rest_route).*$/, ''));
          const prefix = form === 'wp-json' ? '/wp-json/' : '/?rest_route=/';
          expect(routes, outcome.requests.join('\n')).to.deep.equal([prefix, `${prefix}press/v1/feed`]);
        });
      });
    }
  });

  describe('a site with plain permalinks (switch press_test_plain_permalinks)', () => {
    for (const [form, plugin] of [
      ['rest_route', false],
      ['home', false],
      ['home', true],
    ] as const) {
      describe(`api="${form === 'home' ? '/' : '/?rest_route=/'}"${plugin ? ', with the plugin' : ''}`, () => {
        let outcome: Outcome;
        before(async () => {
          await setSwitch('press_test_plain_permalinks', '1');
          try {
            outcome = await readAll(form, plugin ? PLUGIN_VARIANTS : VARIANTS, plugin);
          } finally {
            await setSwitch('press_test_plain_permalinks', '');
          }
        });
        itemForItem(() => outcome, plugin ? PLUGIN_VARIANTS : VARIANTS);

        it('links months as ?m=202507 and categories as ?cat=N, as WordPress does', () => {
          const months = outcome.shown['archives#monthly'] as { href: string }[];
          expect(months.map(({ href }) => new URL(href).search)).to.include('?m=202507');
          const categories = outcome.shown['categories#plain'] as { href: string }[];
          expect(categories.every(({ href }) => /\?cat=\d+$/.test(href))).to.be.true;
        });
      });
    }
  });

  // Without the plugin, the index is read first (it tells whether the plugin is there), then the
  // core routes.
  describe('each widget alone', () => {
    const alone = async (variant: Variant): Promise<Outcome> => readAll('wp-json', [variant]);
    const variant = (key: string): Variant => VARIANTS.find((v) => v.key === key)!;

    it('press-categories hierarchical show-counts: the categories and one page of posts', async () => {
      const { shown, rendered, requests } = await alone(variant('categories#tree-counts-empty'));
      expect(shown['categories#tree-counts-empty']).to.deep.equal(rendered['categories#tree-counts-empty']);
      expect(requests.map((url) => url.replace(/\?.*/, ''))).to.have.members(['/wp-json/', '/wp-json/wp/v2/categories', '/wp-json/wp/v2/posts']);
    });

    it('press-archives: the index (for the home URL and permalink form) and the posts', async () => {
      const { requests } = await alone(variant('archives#monthly-counts'));
      expect(requests.map((url) => url.replace(/\?.*/, ''))).to.have.members(['/wp-json/', '/wp-json/wp/v2/posts']);
    });

    it('press-recent-comments: the comments and their posts’ titles', async () => {
      const { requests } = await alone(variant('latest_comments#default'));
      expect(requests.map((url) => url.replace(/\?.*/, ''))).to.have.members(['/wp-json/', '/wp-json/wp/v2/comments', '/wp-json/wp/v2/search']);
    });

    it('pads counts with one request per parent when the post list would take more', async () => {
      // As on a site with many posts: one parent's own count is made huge, so reading every post
      // would take more requests than counting each parent's branch. The padded counts must not
      // change: REST's X-WP-Total for posts?categories=<branch> counts each post once.
      const { api, marker } = freshApi('wp-json');
      const realFetch = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        const url = input instanceof Request ? input.url : String(input);
        if (!url.includes(marker) || !new URL(url).pathname.endsWith('/wp/v2/categories')) return response;
        const categories = (await response.json()) as { id: number; parent: number; count: number }[];
        const parent = categories.find(({ id }) => categories.some((c) => c.parent === id))!;
        parent.count += 1_000_000;
        return new Response(JSON.stringify(categories), { status: response.status, headers: response.headers });
      };
      const key = 'categories#tree-counts-empty';
      let page: HTMLElement;
      try {
        page = await loadedPage(html`<press-categories api=${api} lang="en-US" show-counts hierarchical show-empty></press-categories>`);
      } finally {
        window.fetch = realFetch;
      }
      const wordpress = await render({ [key]: variant(key).wordpress });
      expect(widgetCategories(page)).to.deep.equal(wordpressCategories(wordpress[key]));
      const parents = (items: CategoryItem[]): number => items.reduce((n, item) => n + (item.children.length > 0 ? 1 : 0) + parents(item.children), 0);
      const requests = requestsFor(marker);
      expect(requests.filter((url) => url.startsWith('/wp-json/wp/v2/posts?categories='))).to.have.length(parents(widgetCategories(page)));
      expect(requests.filter((url) => url.startsWith('/wp-json/wp/v2/posts?'))).to.have.length(parents(widgetCategories(page)));
    });
  });

  describe('press-menu', () => {
    it('shows the block-theme menu (wp/v2/navigation) as the Navigation block renders it, in one request after the index', async () => {
      const { api, marker } = freshApi('wp-json');
      const page = await loadedPage(html`<press-menu api=${api}></press-menu>`);
      const wordpress = await render({ navigation: {} });
      const rendered = wordpressNavigation(wordpress.navigation);
      expect(rendered, 'WordPress rendered no navigation: is the seed loaded?').to.have.length.greaterThan(2);
      expect(
        rendered.some(({ children }) => children.some((child) => child.children.length > 0)),
        'a third level',
      ).to.be.true;
      expect(widgetMenu(page)).to.deep.equal(rendered);
      expect(requestsFor(marker).map((url) => url.replace(/\?.*/, ''))).to.deep.equal(['/wp-json/', '/wp-json/wp/v2/navigation']);
    });

    it('keeps the theme’s own menu markup on a site without a block-theme menu', async () => {
      const wordpress = await render({ menu: {} });
      const { api } = freshApi('wp-json');
      await setSwitch('press_test_no_navigation', '1');
      let page: HTMLElement;
      try {
        page = document.createElement('press-menu');
        page.setAttribute('api', api);
        page.append(wordpress.menu.cloneNode(true));
        page = await loadedPage(html`${page}`);
      } finally {
        await setSwitch('press_test_no_navigation', '');
      }
      const classic = (root: Element | null): unknown[] =>
        [...(root?.querySelectorAll(':scope > li') ?? [])].map((li) => ({
          label: li.querySelector(':scope > a')?.textContent.replace(/\s+/g, ' ').trim(),
          href: li.querySelector<HTMLAnchorElement>(':scope > a')?.href,
          children: classic(li.querySelector(':scope > ul')),
        }));
      const expected = classic(wordpress.menu.querySelector('ul'));
      expect(expected).to.have.length.greaterThan(2);
      expect(widgetMenu(page)).to.deep.equal(expected);
    });
  });

  for (const [plugin, most] of [
    [false, 6],
    [true, 2],
  ] as const) {
    it(`a page with every widget but the archives costs at most ${String(most)} requests cold ${plugin ? 'with' : 'without'} the plugin`, async () => {
      const { api, marker } = freshApi('wp-json', { plugin });
      const template = html`<press-site api=${api} lang="en-US">
        <press-menu></press-menu>
        <press-categories show-counts></press-categories>
        <press-recent-comments></press-recent-comments>
        <p><press-comment-count post-id="1"></press-comment-count></p>
        <press-comment-form post-id="1"></press-comment-form>
      </press-site>`;
      await loadedPage(template);
      const cold = requestsFor(marker);
      console.log(`every widget but the archives, ${plugin ? 'with' : 'without'} the plugin, cold: ${String(cold.length)} requests:\n  ${cold.join('\n  ')}`);
      expect(cold.length, cold.join('\n')).to.be.at.most(most);
    });
  }

  describe('press-comment-count', () => {
    it('shows every post’s count as comments_number() does, all in one request; pingbacks are not public', async () => {
      const response = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id&orderby=id&order=asc`);
      const ids = ((await response.json()) as { id: number }[]).map(({ id }) => id);
      const { api, marker } = freshApi('wp-json');
      const page = await loadedPage(
        html`<press-site api=${api} lang="en-US">${ids.map((id) => html`<p><press-comment-count post-id=${id}></press-comment-count></p>`)}</press-site>`,
      );
      const wordpress = await render(Object.fromEntries(ids.map((id) => [`comments_number#${String(id)}`, { post: id }])));
      const pings = wordpressComments((await render({ 'latest_comments#pings': { commentsToShow: 100, comment_type: 'pings' } }))['latest_comments#pings']);
      const shown = [...page.querySelectorAll('press-comment-count')].map((el) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim());
      const rendered = ids.map((id) => wordpress[`comments_number#${String(id)}`].textContent.trim());
      expect(
        rendered.some((text) => /^\d+ Comments$/.test(text)),
        'the seed has posts with comments',
      ).to.be.true;
      // WordPress counts the one approved pingback of the seed; a visitor's REST request cannot see it.
      const differ = ids.flatMap((id, i) => (shown[i] === rendered[i] ? [] : [[id, rendered[i], shown[i]]]));
      expect(pings).to.have.length(1);
      expect(differ, 'only the post with the pingback differs, by one').to.have.length(1);
      const [, wordpressSays, widgetSays] = differ[0];
      expect(Number(/\d+/.exec(String(wordpressSays))?.[0] ?? 0) - Number(/\d+/.exec(String(widgetSays))?.[0] ?? 0)).to.equal(1);
      expect(requestsFor(marker).map((url) => url.replace(/\?.*/, ''))).to.deep.equal(['/wp-json/', '/wp-json/wp/v2/comments']);
    });

    it('with the plugin: every count as comments_number() says, pingbacks included, in the one feed request', async () => {
      const response = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id&orderby=id&order=asc`);
      const ids = ((await response.json()) as { id: number }[]).map(({ id }) => id);
      const { api, marker } = freshApi('wp-json', { plugin: true });
      const page = await loadedPage(
        html`<press-site api=${api} lang="en-US"
          ><press-categories></press-categories>${ids.map((id) => html`<p><press-comment-count post-id=${id}></press-comment-count></p>`)}</press-site
        >`,
      );
      const wordpress = await render(Object.fromEntries(ids.map((id) => [`comments_number#${String(id)}`, { post: id }])));
      const shown = [...page.querySelectorAll('press-comment-count')].map((el) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim());
      expect(shown).to.deep.equal(ids.map((id) => wordpress[`comments_number#${String(id)}`].textContent.trim()));
      const requests = requestsFor(marker);
      expect(requests.map((url) => url.replace(/\?.*/, ''))).to.deep.equal(['/wp-json/', '/wp-json/press/v1/feed']);
      expect(requests[1]).to.include(`posts=${ids.toSorted((a, b) => a - b).join(',')}`);
    });
  });

  describe('what REST cannot show', () => {
    it('lists every comment the Latest Comments block lists, except pingbacks and trackbacks', async () => {
      const wordpress = await render({
        'latest_comments#everything': { commentsToShow: 100 },
        'latest_comments#comments': { commentsToShow: 100, comment_type: 'comment' },
        'latest_comments#pings': { commentsToShow: 100, comment_type: 'pings' },
      });
      const [everything, comments, pings] = ['everything', 'comments', 'pings'].map((k) => wordpressComments(wordpress[`latest_comments#${k}`]));
      // The seed has one approved pingback: the block shows it, a visitor's REST request cannot.
      expect(pings).to.have.length.greaterThan(0);
      expect(everything.filter((item) => !pings.some((ping) => ping.href === item.href))).to.deep.equal(comments);
    });
  });
});
