// The press-widgets WordPress plugin (wordpress/press-widgets/, installed and activated by
// setup.sh) against the real WordPress: GET /wp-json/press/v1/feed holds, item for item, what
// WordPress itself renders from the same database, with headers a shared cache can use; and the
// module it puts on the site's pages, with the setting that takes it off.
import { expect, html } from '@open-wc/testing';
import { decodeEntities } from '../../src/data/entities.js';
import type { ArchiveMonth, Category, CommentFormConfig, MenuItem, PostThread, RecentComment, SiteFeed, ThreadedComment } from '../../src/data/model.js';
import {
  WP,
  loadedPage,
  logInAsAdmin,
  logOut,
  render,
  resetSwitches,
  setSwitch,
  widgetArchives,
  widgetCategories,
  widgetComments,
  widgetMenu,
  wordpressArchives,
  wordpressCategories,
  wordpressComments as wordpressCommentItems,
  wordpressNavigation,
  type ArchiveItem,
  type CategoryItem,
} from './wordpress.js';

const FEED = `${WP}/wp-json/press/v1/feed`;

// The feed's documented shape (src/data/model.ts), every field the plugin always gives required.
type FeedMenuItem = MenuItem;
type FeedCategory = Required<Category>;
type FeedComment = Required<Pick<RecentComment, 'date' | 'excerpt'>> & RecentComment;
type FeedThreadComment = Required<Pick<ThreadedComment, 'url'>> & ThreadedComment;
interface Feed {
  menu: FeedMenuItem[];
  archives: Required<ArchiveMonth>[];
  categories: FeedCategory[];
  comments: FeedComment[];
  commentForm: Required<Pick<CommentFormConfig, 'action' | 'rest'>>;
  commentCounts?: SiteFeed['commentCounts'];
  threads?: Record<string, Omit<PostThread, 'comments'> & { comments: FeedThreadComment[] }>;
}

/** The feed, from the network every time (the answer is cacheable: the browser would keep it). */
async function feed(query = '', headers: HeadersInit = {}): Promise<Response> {
  return fetch(`${FEED}${query}`, { cache: 'no-store', headers });
}

async function feedJson(query = ''): Promise<{ body: Feed; etag: string }> {
  const response = await feed(query);
  expect(response.status, `GET ${FEED}${query}`).to.equal(200);
  return { body: (await response.json()) as Feed, etag: response.headers.get('ETag') ?? '' };
}

/** Text as a reader sees it: entities decoded (as the widgets decode them), whitespace folded. */
const shown = (value: string | undefined): string =>
  decodeEntities(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const fold = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const absolute = (url: string | undefined): string | undefined => (url ? new URL(url, WP).href : undefined);

interface MenuEntry {
  label: string;
  href: string | undefined;
  children: MenuEntry[];
}

/**
 * wp_nav_menu()'s items: `li`, its link, its nested `ul.sub-menu`. Each is found by its nearest
 * list or item, not as a direct child: the seed's post title "… & <b>" leaves a `<b>` open in
 * WordPress's markup, and the HTML parser wraps the items after it in `<b>`s.
 */
function wordpressMenu(list: Element | null): MenuEntry[] {
  const own = <T extends Element>(parent: Element, selector: string, container: string): T[] =>
    [...parent.querySelectorAll<T>(selector)].filter((element) => element.parentElement?.closest(container) === parent);
  if (!list) return [];
  return own(list, 'li', 'ul').map((li) => ({
    label: fold(own(li, 'a', 'li')[0]),
    href: own<HTMLAnchorElement>(li, 'a', 'li')[0]?.href,
    children: wordpressMenu(own(li, 'ul', 'li')[0] ?? null),
  }));
}

const feedMenu = (items: FeedMenuItem[]): MenuEntry[] =>
  items.map((item) => ({ label: shown(item.label), href: absolute(item.url), children: feedMenu(item.children) }));

/** The feed's categories as wp_list_categories() nests them, with the count it shows. */
function feedCategories(categories: FeedCategory[], hierarchical: boolean): CategoryItem[] {
  const item = (category: FeedCategory): CategoryItem => ({
    name: shown(category.name),
    href: absolute(category.url),
    count: hierarchical ? category.totalCount : category.count,
    children: hierarchical ? categories.filter(({ parent }) => parent === category.id).map(item) : [],
  });
  return categories.filter(({ parent }) => !hierarchical || parent === 0).map(item);
}

const feedArchives = (months: Feed['archives']): ArchiveItem[] =>
  months.map(({ year, month, url, count }) => ({
    label: new Date(year, month - 1, 1).toLocaleString('en-US', { month: 'long', year: 'numeric' }),
    href: absolute(url),
    count,
  }));

/** The Latest Comments block's items, the date as its `<time datetime>` (the site's time, with its offset). */
function wordpressComments(root: Element): unknown[] {
  return [...root.querySelectorAll('li.wp-block-latest-comments__comment')].map((li) => ({
    author: fold(li.querySelector('.wp-block-latest-comments__comment-author')),
    authorUrl: li.querySelector<HTMLAnchorElement>('a.wp-block-latest-comments__comment-author')?.href,
    postTitle: fold(li.querySelector('.wp-block-latest-comments__comment-link')),
    url: li.querySelector<HTMLAnchorElement>('.wp-block-latest-comments__comment-link')?.href,
    date: li.querySelector('time')?.getAttribute('datetime'),
    excerpt: fold(li.querySelector('.wp-block-latest-comments__comment-excerpt')),
    avatar: li.querySelector('img')?.getAttribute('src') ?? undefined,
  }));
}

const feedComments = (comments: FeedComment[]): unknown[] =>
  comments.map((comment) => ({
    author: shown(comment.author),
    authorUrl: absolute(comment.authorUrl),
    postTitle: shown(comment.postTitle),
    url: absolute(comment.url),
    date: comment.date,
    excerpt: shown(comment.excerpt),
    avatar: comment.avatar,
  }));

/** "No Comments", "One Comment", "12 Comments" → 0, 1, 12. */
const commentsNumber = (text: string): number => (text.startsWith('No ') ? 0 : text.startsWith('One ') ? 1 : Number(/\d+/.exec(text)?.[0]));

describe('the press-widgets plugin: GET /wp-json/press/v1/feed', function () {
  this.timeout(30_000);

  after(resetSwitches);

  it('answers the feed, publicly cacheable, with a strong ETag', async () => {
    const response = await feed();
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
    expect(response.headers.get('Cache-Control')).to.equal('public, max-age=300, stale-while-revalidate=86400');
    expect(response.headers.get('ETag')).to.match(/^"[0-9a-f]{32}"$/);
    const body = (await response.json()) as Feed;
    expect(Object.keys(body)).to.have.members(['menu', 'archives', 'categories', 'comments', 'commentForm']);
  });

  it('answers on the plain-permalink route as well', async () => {
    const pretty = await feedJson();
    const response = await fetch(`${WP}/?rest_route=/press/v1/feed`, { cache: 'no-store' });
    expect(response.status).to.equal(200);
    expect(response.headers.get('ETag')).to.equal(pretty.etag);
  });

  it('menu: the primary location’s menu, as wp_nav_menu() prints it, nested', async () => {
    const { body } = await feedJson();
    const wordpress = await render({ menu: {} });
    const expected = wordpressMenu(wordpress.menu.querySelector('ul'));
    expect(expected, 'WordPress rendered no menu: is the seed loaded?').to.have.length.greaterThan(2);
    expect(
      expected.some(({ children }) => children.some((child) => child.children.length > 0)),
      'a third level',
    ).to.be.true;
    expect(feedMenu(body.menu)).to.deep.equal(expected);
  });

  it('menu: ?location=footer is the footer’s menu; a location the theme lacks is a 400 naming the ones it has', async () => {
    const { body } = await feedJson('?location=footer');
    const wordpress = await render({ 'menu#footer': { menu: 'press-footer' } });
    const expected = wordpressMenu(wordpress['menu#footer'].querySelector('ul'));
    expect(expected).to.have.length.greaterThan(0);
    expect(feedMenu(body.menu)).to.deep.equal(expected);

    const wrong = await feed('?location=sidebar');
    expect(wrong.status).to.equal(400);
    expect(wrong.headers.get('Cache-Control'), 'an error is no answer to keep').to.equal('no-store');
    const error = (await wrong.json()) as { code: string; data: { params: { location: string } } };
    expect(error.code).to.equal('rest_invalid_param');
    expect(error.data.params.location).to.contain('primary').and.to.contain('footer');
  });

  it('menu: ?navigation=ID is that Navigation menu (a block theme’s), as the Navigation block renders it', async () => {
    const found = await fetch(`${WP}/?rest_route=/wp/v2/navigation&per_page=1&_fields=id`, { cache: 'no-store' });
    const [navigation] = (await found.json()) as { id: number }[];
    expect(navigation, 'the seed’s Navigation menu').to.exist;
    const { body } = await feedJson(`?navigation=${String(navigation.id)}`);
    const wordpress = await render({ navigation: { ref: navigation.id } });
    const expected = wordpressNavigation(wordpress.navigation);
    expect(expected).to.have.length.greaterThan(2);
    expect(
      expected.some(({ children }) => children.some((child) => child.children.length > 0)),
      'a third level',
    ).to.be.true;
    expect(feedMenu(body.menu)).to.deep.equal(expected);

    for (const query of ['?navigation=999999', `?navigation=${String(navigation.id)}&location=primary`]) {
      const wrong = await feed(query);
      expect(wrong.status, query).to.equal(400);
      expect(wrong.headers.get('Cache-Control'), query).to.equal('no-store');
    }
    // Any post that is no published Navigation menu is refused, its content unread.
    const post = ((await (await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=1&_fields=id`)).json()) as { id: number }[])[0];
    expect((await feed(`?navigation=${String(post.id)}`)).status).to.equal(400);
  });

  it('archives: the months and counts wp_get_archives() prints', async () => {
    const { body } = await feedJson();
    const wordpress = await render({ archives: { type: 'monthly', show_post_count: 1 } });
    const expected = wordpressArchives(wordpress.archives);
    expect(expected).to.have.length.greaterThan(2);
    expect(feedArchives(body.archives)).to.deep.equal(expected);
  });

  it('categories: nested with WordPress’s padded counts, as wp_list_categories( hierarchical, show_count ) prints them', async () => {
    const { body } = await feedJson();
    const wordpress = await render({ categories: { show_count: 1, hierarchical: 1, hide_empty: 0 } });
    const expected = wordpressCategories(wordpress.categories);
    expect(expected.some(({ children }) => children.length > 0)).to.be.true;
    expect(feedCategories(body.categories, true)).to.deep.equal(expected);
    // Padding counts each post once per branch: some branch counts more than its own posts.
    expect(body.categories.some(({ count, totalCount }) => totalCount > count)).to.be.true;
  });

  it('categories: their own counts, as the flat list prints them', async () => {
    const { body } = await feedJson();
    const wordpress = await render({ 'categories#flat': { show_count: 1, hierarchical: 0, hide_empty: 0 } });
    expect(feedCategories(body.categories, false)).to.deep.equal(wordpressCategories(wordpress['categories#flat']));
  });

  it('comments: the newest approved comments, as the Latest Comments block lists them (pingbacks too)', async () => {
    const wordpress = await render({ 'latest_comments#five': {}, 'latest_comments#all': { commentsToShow: 100 } });
    const five = wordpressComments(wordpress['latest_comments#five']);
    const all = wordpressComments(wordpress['latest_comments#all']);
    expect(five).to.have.length(5);
    expect(all.length).to.be.greaterThan(5);

    const byDefault = (await feedJson()).body.comments;
    expect(byDefault).to.have.length(Math.min(10, all.length));
    expect(feedComments(byDefault.slice(0, 5))).to.deep.equal(five);
    expect(feedComments((await feedJson('?comments=100')).body.comments)).to.deep.equal(all);
    expect((await feed('?comments=101')).status).to.equal(400);
  });

  it('commentForm: where WordPress’s form posts, and the REST endpoint', async () => {
    const { body } = await feedJson();
    expect(body.commentForm).to.deep.equal({ action: `${WP}/wp-comments-post.php`, rest: `${WP}/wp-json/wp/v2/comments` });
  });

  it('commentCounts: what comments_number() prints for each post named, public posts only, at most 100', async () => {
    const posts = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id&orderby=id&order=asc`);
    const ids = ((await posts.json()) as { id: number }[]).map(({ id }) => id);
    expect(ids.length).to.be.within(2, 99);
    const { body } = await feedJson(`?posts=${[...ids, 999999].join(',')}`);
    const wordpress = await render(Object.fromEntries(ids.map((id) => [`comments_number#${String(id)}`, { post: id }])));
    const expected = Object.fromEntries(ids.map((id) => [String(id), commentsNumber(fold(wordpress[`comments_number#${String(id)}`]))]));
    expect(
      Object.values(expected).some((n) => n > 1),
      'the seed has posts with comments',
    ).to.be.true;
    expect(body.commentCounts).to.deep.equal(expected);

    expect((await feedJson('?posts=999999')).body.commentCounts).to.deep.equal({});
    expect((await feed(`?posts=${Array.from({ length: 101 }, (_, i) => i + 1).join(',')}`)).status).to.equal(400);
    expect((await feed('?posts=1;2')).status).to.equal(400);
  });

  it('threads: ?thread=ID holds the comments the post page lists, with the site’s discussion settings', async () => {
    const found = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id,title&search=${encodeURIComponent('wer hat recht?')}`);
    const [post] = (await found.json()) as { id: number; title: { rendered: string } }[];
    const { body } = await feedJson(`?thread=${String(post.id)}`);
    const thread = body.threads?.[String(post.id)];
    expect(thread, 'the thread').to.exist;
    expect(shown(thread!.title)).to.equal(shown(post.title.rendered));
    expect(thread!.open).to.be.true;
    expect(thread!.avatars).to.be.true;
    expect(thread!.settings).to.deep.equal({ threaded: true, depth: 5, order: 'asc', paged: false, perPage: 50, defaultPage: 'newest' });

    // The post page (threaded, 5 deep, every comment on one page), each comment by id.
    const wordpress = await render({ comments: { post: post.id } });
    const listed = [...wordpress.comments.querySelectorAll('ol.comment-list li.comment')];
    expect(listed.length).to.be.greaterThan(5);
    const pageItems = listed.map((li) => ({
      id: Number(li.id.replace('comment-', '')),
      author: fold(li.querySelector(':scope > article .comment-author .fn')),
      authorUrl: li.querySelector<HTMLAnchorElement>(':scope > article .comment-author .fn a')?.href,
      date: li.querySelector(':scope > article .comment-metadata time')?.getAttribute('datetime'),
      text: fold(li.querySelector(':scope > article .comment-content')),
      url: li.querySelector<HTMLAnchorElement>(':scope > article .comment-metadata a')?.href,
    }));
    const byId = new Map(thread!.comments.map((comment) => [comment.id, comment]));
    const feedItems = pageItems.map(({ id }) => {
      const comment = byId.get(id);
      return comment
        ? {
            id,
            author: shown(comment.author),
            authorUrl: absolute(comment.authorUrl),
            date: comment.date,
            text: fold(new DOMParser().parseFromString(comment.content, 'text/html').body),
            url: absolute(comment.url),
          }
        : { id, missing: true };
    });
    expect(feedItems).to.deep.equal(pageItems);
    // Within the depth, a reply sits under the comment it answers; deeper ones join the deepest level.
    for (const li of listed.filter((item) => !item.classList.contains('depth-5'))) {
      const above = li.parentElement?.closest('li.comment');
      expect(byId.get(Number(li.id.replace('comment-', '')))?.parent, li.id).to.equal(above ? Number(above.id.replace('comment-', '')) : 0);
    }
    // What the page does not list: replies to a comment that is not approved, which the widget leaves out as the page does.
    const reaches = (comment: FeedThreadComment, seen = new Set<number>()): boolean =>
      comment.parent === 0 || (!seen.has(comment.id) && byId.has(comment.parent) && reaches(byId.get(comment.parent)!, seen.add(comment.id)));
    const unlisted = thread!.comments.filter(({ id }) => !pageItems.some((item) => item.id === id));
    expect(
      unlisted.every((comment) => !reaches(comment)),
      'the feed’s comments the page does not list',
    ).to.be.true;

    expect((await feedJson('?thread=999999')).body.threads).to.deep.equal({});
  });

  it('the widgets fed by it (src) show what WordPress renders, as the widgets fed by REST do', async () => {
    const page = await loadedPage(html`<press-site src=${`${FEED}?comments=100`} lang="en-US">
      <press-menu></press-menu>
      <press-archives show-counts></press-archives>
      <press-categories show-counts hierarchical show-empty></press-categories>
      <press-recent-comments number="100" show-avatar show-date show-excerpt></press-recent-comments>
    </press-site>`);
    const wordpress = await render({
      menu: {},
      archives: { type: 'monthly', show_post_count: 1 },
      categories: { show_count: 1, hierarchical: 1, hide_empty: 0 },
      latest_comments: { commentsToShow: 100 },
    });
    expect(widgetMenu(page.querySelector('press-menu')!)).to.deep.equal(wordpressMenu(wordpress.menu.querySelector('ul')));
    expect(widgetArchives(page.querySelector('press-archives')!)).to.deep.equal(wordpressArchives(wordpress.archives));
    expect(widgetCategories(page.querySelector('press-categories')!)).to.deep.equal(wordpressCategories(wordpress.categories));
    expect(widgetComments(page.querySelector('press-recent-comments')!)).to.deep.equal(wordpressCommentItems(wordpress.latest_comments));
  });

  it('304 Not Modified, with no body, for a request that holds the current ETag', async () => {
    const { etag } = await feedJson();
    const same = await feed('', { 'If-None-Match': etag });
    expect(same.status).to.equal(304);
    expect(same.headers.get('ETag')).to.equal(etag);
    expect(await same.text()).to.equal('');
    expect((await feed('', { 'If-None-Match': `W/${etag}` })).status, 'compared weakly, as If-None-Match is').to.equal(304);
    expect((await feed('', { 'If-None-Match': '"0123456789abcdef0123456789abcdef"' })).status).to.equal(200);
  });

  it('the ETag stays while nothing changes, moves with a new approved comment, not with a held one', async () => {
    const word = `etag${crypto.randomUUID().replaceAll('-', '')}`;
    const posts = await fetch(`${WP}/?rest_route=/wp/v2/posts&per_page=100&_fields=id,comment_status`);
    const post = ((await posts.json()) as { id: number; comment_status: string }[]).find(({ comment_status }) => comment_status === 'open');
    expect(post, 'a post open for comments').to.exist;
    const comment = async (moderation: string, text: string): Promise<void> => {
      await setSwitch('press_test_moderation', moderation);
      const response = await fetch(`${WP}/wp-json/wp/v2/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ post: post!.id, author_name: 'ETag Test', author_email: 'etag@example.com', content: `${text} ${word}` }),
      });
      expect(response.status, await response.clone().text()).to.equal(201);
    };
    const before = (await feedJson()).etag;
    expect((await feedJson()).etag, 'twice the same').to.equal(before);
    await setSwitch('press_test_anonymous_rest', '1');
    await setSwitch('press_test_no_flood', '1');
    try {
      await comment('hold', 'A held comment');
      expect((await feedJson()).etag, 'after a held comment').to.equal(before);
      await comment('approve', 'An approved comment');
      const after = await feedJson();
      expect(after.etag, 'after an approved comment').not.to.equal(before);
      expect(after.body.comments[0].excerpt).to.contain(word);
      expect((await feed('', { 'If-None-Match': before })).status, 'the old tag').to.equal(200);
    } finally {
      await resetSwitches();
      const deleted = await fetch('/wp-test/delete-comments', { method: 'POST', body: word });
      expect(deleted.status).to.equal(200);
    }
    expect((await feedJson()).etag, 'the comments deleted, the feed is what it was').to.equal(before);
  });

  it('the site’s pages load the module once, type="module", from the plugin’s folder; the setting off, not at all', async () => {
    const MODULE = `${WP}/wp-content/plugins/press-widgets/assets/press-widgets.js?ver=0.1.0`;
    /** The module tags of the front page, as a visitor without cookies gets it (through the same-origin proxy). */
    const moduleTags = async (): Promise<HTMLScriptElement[]> => {
      const page = await fetch('/wp/', { credentials: 'omit', cache: 'no-store' });
      expect(page.status).to.equal(200);
      const doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      return [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].filter(({ src }) => src.includes('/plugins/press-widgets/'));
    };
    const tags = await moduleTags();
    expect(tags.map((tag) => ({ type: tag.type, src: tag.src }))).to.deep.equal([{ type: 'module', src: MODULE }]);
    // The bundle and the chunk it imports (the WordPress data layer) answer as JavaScript.
    for (const url of [MODULE, new URL('press-widgets.wordpress.js', MODULE).href]) {
      const script = await fetch(url.replace(WP, '/wp'), { cache: 'no-store' });
      expect(script.status, url).to.equal(200);
      expect(script.headers.get('Content-Type'), url).to.match(/^(text|application)\/javascript/);
    }

    // The setting, turned off as an administrator does it (the REST API's settings, WordPress's nonce).
    const session = await logInAsAdmin();
    const setting = (value: boolean, nonce = session.nonce): Promise<Response> =>
      fetch('/wp/wp-json/wp/v2/settings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
        body: JSON.stringify({ press_widgets_enqueue: value }),
      });
    try {
      expect((await setting(false, 'forged')).status, 'a forged nonce').to.equal(403);
      const off = await setting(false);
      expect(off.status, await off.clone().text()).to.equal(200);
      expect(((await off.json()) as { press_widgets_enqueue: boolean }).press_widgets_enqueue).to.equal(false);
      expect(await moduleTags(), 'the setting off').to.deep.equal([]);
    } finally {
      expect((await setting(true)).status).to.equal(200);
      await logOut(session);
    }
    expect(await moduleTags()).to.have.length(1);
  });

  it('the REST index lists press/v1 while the plugin is active, and the route is gone without it (switch press_test_no_plugin)', async () => {
    const index = async (): Promise<string[]> =>
      ((await (await fetch(`${WP}/wp-json/?_fields=namespaces`, { cache: 'no-store' })).json()) as { namespaces: string[] }).namespaces;
    expect(await index()).to.include('press/v1');
    await setSwitch('press_test_no_plugin', '1');
    try {
      expect(await index()).not.to.include('press/v1');
      expect((await feed()).status).to.equal(404);
    } finally {
      await setSwitch('press_test_no_plugin', '');
    }
    expect((await feed()).status).to.equal(200);
  });

  it('gives the REST index, which the widgets read first, the feed’s Cache-Control for visitors', async () => {
    for (const url of [`${WP}/wp-json/?_fields=namespaces`, `${WP}/?rest_route=/&_fields=url,home,namespaces`]) {
      const response = await fetch(url, { cache: 'no-store' });
      expect(response.headers.get('Cache-Control'), url).to.equal('public, max-age=300, stale-while-revalidate=86400');
      expect(response.headers.get('Set-Cookie'), url).to.equal(null);
    }
    const without = await fetch(`${WP}/wp-json/?_fields=namespaces&press-test-plugin=off`, { cache: 'no-store' });
    expect(without.headers.get('Cache-Control'), 'without the plugin, as WordPress sends it').to.equal(null);
  });
});
