import { decodeEntities } from './entities.js';
import { htmlWords, navigationItems } from './html-reader.js';
import type { CommentFormConfig, ListKey, SiteLists } from './model.js';
import { normalizeList } from './normalize.js';
import { getJson } from './http.js';
import { SourceError, type SiteSource } from './source.js';

const PER_PAGE = 100; // the REST API's maximum
/**
 * Pages of posts always read whole for the archives (and padded counts). A larger site's archives
 * are counted month by month unless its pages are at most half its months: on a local WordPress a
 * page of 100 dates took about 1.6 times as long as one month's count, and 50 times its bytes.
 */
const LIST_PAGES = 10;
/**
 * Requests of one list asked at once (month counts, pages). More would not come back sooner (a
 * small WordPress answers a few requests at a time) and would hold the browser's six connections to
 * the site, so that the other widgets' requests waited behind a hundred counts.
 */
const REQUESTS_AT_ONCE = 4;
/**
 * Pages of one collection read at most, whatever `X-WP-TotalPages` says: 10,000 categories or
 * comments, more than any widget shows usefully (the bench draws 10,000 categories). A site with
 * more posts has its archives counted month by month instead ({@link WordPressSource.posts}).
 */
const MAX_PAGES = 100;
/**
 * Months counted at most, the newest: 50 years, longer than blogs have been written. A post dated
 * in the year 1, by mistake or by a hostile site, must not cost 24,000 requests.
 */
const MAX_MONTHS = 600;
/** January of the year 1 and December of 9999, as year × 12 + month − 1: the months WordPress takes in a date. */
const FIRST_MONTH = 12;
const LAST_MONTH = 9999 * 12 + 11;
/**
 * Parent categories whose branch is counted at most, one request each: a site (or a hostile `api`)
 * with a chain of 10,000 would otherwise cost 10,000 requests. The others' padded counts are added
 * up from their children's by the widget.
 */
const MAX_BRANCH_COUNTS = 200;
/** `press-recent-comments` shows at most this many. */
const MAX_COMMENTS = 100;
/** Comment pages read at most: only pages left short by hidden comments ask for another. */
const MAX_COMMENT_PAGES = 3;

interface Page {
  body: unknown;
  /** `X-WP-Total`: the items of the whole collection, counted by WordPress; `undefined` when it does not say. */
  total: number | undefined;
  totalPages: number;
}

/** What the archive links need to know of the site. */
interface Site {
  /** The `url` WordPress gives its front end (`siteurl`). */
  url?: string;
  /** The home URL without a trailing slash: archive links start with it. */
  home: string;
  /** Plain permalinks: archives are `?m=202507`, not `/2025/07/`. */
  plain: boolean;
  /** `/index.php` on sites whose pretty links go through it ("PATHINFO" permalinks). */
  index: string;
}

/** A published post as far as archives and padded category counts need it. */
interface PostStub {
  /** "2025-07": the month in the site's local time (REST `date` has no offset: it is local). */
  month: string;
  categories: number[];
}

type Fields = Record<string, unknown>;
const record = (value: unknown): Fields => (typeof value === 'object' && value !== null ? (value as Fields) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const wholeNumber = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined);
/**
 * A header's whole number: its first value (a proxy may repeat it, `250, 250`), plain decimal
 * digits only (`0x10`, `1e2`, `-3` are none).
 */
const headerNumber = (value: string | null): number | undefined => {
  const first = (value ?? '').split(',')[0]?.trim() ?? '';
  return /^\d+$/.test(first) && Number.isSafeInteger(Number(first)) ? Number(first) : undefined;
};
/** A date's month as year × 12 + month − 1, for a date WordPress can hold: "2025-07-…" in years 1–9999. */
const monthOf = (date: unknown): number | undefined => {
  const [, year = '', month = ''] = (typeof date === 'string' ? /^(\d{4})-(\d{2})/.exec(date) : null) ?? [];
  const at = Number(year) * 12 + Number(month) - 1;
  return Number(month) >= 1 && Number(month) <= 12 && at >= FIRST_MONTH ? at : undefined;
};
const rendered = (value: unknown): string => {
  const field = record(value).rendered;
  return typeof field === 'string' ? field : '';
};

/**
 * "2025-07-01": day `dayOfMonth` of month `at` (year × 12 + month − 1), day 0 being the month
 * before's last, in the form WordPress takes (four digits of year, not `toISOString()`'s
 * `+010000` or `-000001`). `setUTCFullYear`, since `Date.UTC` reads the years 0–99 as 1900–1999.
 */
function day(at: number, dayOfMonth: number): string {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(at / 12), at % 12, dayOfMonth);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/**
 * Calls `work` on each of `items` in order, at most `limit` at once; none is started after one
 * returned false or threw (its error is this call's).
 */
async function inTurns<T>(items: readonly T[], limit: number, work: (item: T) => Promise<boolean>): Promise<void> {
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < items.length) {
      try {
        if (!(await work(items[next++]))) stopped = true;
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Posts whose comment count was asked for, with who waits for each. */
type CountsAsked = Map<number, ((count: Promise<number | undefined>) => void)[]>;

/**
 * A WordPress site read through its REST API, with no plugin on the WordPress side, in as few
 * requests as the lists allow (for the seed site of the tests: five for every reading widget).
 *
 * `root` is the REST root, `https://blog.example.com/wp-json/`, or any URL of the site's own:
 * `https://blog.example.com/?rest_route=/` (plain permalinks) or its home URL. Routes are asked
 * for in the `/wp-json/…` form only when the root is given in it; otherwise as `?rest_route=/…`,
 * which every WordPress answers on any of its URLs, whatever its permalink settings.
 */
export class WordPressSource implements SiteSource {
  /** Every load, shared by key: the lists, the site's index, the post list. */
  private readonly loads = new Map<string, Promise<unknown>>();
  private readonly pathRoutes: boolean;

  constructor(readonly origin: string) {
    const url = new URL(origin);
    this.pathRoutes = !url.searchParams.has('rest_route') && /\/wp-json\/?$/.test(url.pathname);
  }

  /** The URL of a REST route, in whichever form this site was given. */
  private endpoint(route: string, params: Record<string, string | number>): string {
    const url = new URL(this.origin);
    url.hash = '';
    if (this.pathRoutes) url.pathname = `${url.pathname.replace(/\/?$/, '/')}${route}`;
    else url.searchParams.set('rest_route', `/${route}`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    return url.href;
  }

  /**
   * One page of a collection. Its page count is what `X-WP-TotalPages` says, but never more than
   * `X-WP-Total` items make at `per_page` a page; 1 when neither header is a whole number.
   */
  private async page(route: string, params: Record<string, string | number>): Promise<Page> {
    const [body, total, pages] = await getJson(this.endpoint(route, params), this.origin);
    const count = headerNumber(total);
    const implied = count === undefined ? undefined : Math.max(1, Math.ceil(count / (Number(params.per_page) || 10))); // 10: WordPress's default
    return {
      body,
      total: count,
      totalPages: Math.min(wholeNumber(headerNumber(pages)) ?? implied ?? 1, implied ?? Infinity),
    };
  }

  /** Runs `load` once per key and shares its promise; a failure is forgotten, so that Retry asks again. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.loads.get(key) as Promise<T> | undefined;
    if (!promise) {
      const started = load();
      this.loads.set(key, started);
      started.catch(() => {
        if (this.loads.get(key) === started) this.loads.delete(key);
      });
      promise = started;
    }
    return promise;
  }

  /**
   * The site's home and permalink form, from the REST index. `_fields` keeps that answer at about
   * 300 bytes (the whole index is 160 KB). The index's link to itself is `get_rest_url()`, which is
   * `…/wp-json/` under pretty permalinks and `…?rest_route=/` under plain ones: the only public sign
   * of the permalink setting, which the form of `root` cannot tell (`?rest_route=` works on both).
   */
  private site(): Promise<Site> {
    return this.once('site', async () => {
      const { body } = await this.page('', { _fields: 'url,home,routes./._links.self' });
      const { url, home, routes } = record(body);
      const self = record(list(record(record(record(routes)['/'])._links).self)[0]).href;
      const given = new URL(this.origin);
      const homeUrl = (typeof home === 'string' ? home : `${given.origin}${given.pathname.replace(/(?:wp-json\/?|index\.php)$/, '')}`).replace(/\/+$/, '');
      const plain = typeof self === 'string' ? self.includes('rest_route=') : !this.pathRoutes;
      const index = typeof self === 'string' && self.startsWith(`${homeUrl}/index.php/`) ? '/index.php' : '';
      return { ...(typeof url === 'string' ? { url } : {}), home: homeUrl, plain, index };
    });
  }

  /**
   * Every page of a collection, up to {@link MAX_PAGES}: the first, then the rest a few at a time.
   * A page that comes back empty or refused as out of range (WordPress's 400) ends the reading,
   * keeping what the pages that came held: the site claimed more pages than it has. Any other
   * failure fails the list, which then shows its error with Retry rather than a part of itself.
   */
  private async all(route: string, params: Record<string, string | number>, first?: Page): Promise<unknown[]> {
    const head = first ?? (await this.page(route, { ...params, per_page: PER_PAGE, page: 1 }));
    const bodies = [list(head.body)]; // by page, less one; a page not read leaves a hole
    const rest = Array.from({ length: Math.min(head.totalPages, MAX_PAGES) - 1 }, (_, i) => i + 2);
    await inTurns(rest, REQUESTS_AT_ONCE, async (page) => {
      try {
        const items = list((await this.page(route, { ...params, per_page: PER_PAGE, page })).body);
        bodies[page - 1] = items;
        return items.length > 0;
      } catch (error) {
        if (error instanceof SourceError && error.status === 400) return false;
        throw error;
      }
    });
    return bodies.flat();
  }

  /**
   * Every published post's month and categories, for a site with at most {@link LIST_PAGES} pages of
   * posts or, beyond, at most one page for every two months between its oldest and newest post (and
   * at most {@link MAX_PAGES}): about 30 bytes a post, 100 posts a request, read once for both the
   * archives and the padded category counts. In id order, because pages in date order may skip or repeat posts that share a
   * date. `undefined` for a larger site: its archives are counted month by month instead
   * ({@link monthCounts}), its padded counts parent by parent. The first page tells which.
   */
  private posts(): Promise<PostStub[] | undefined> {
    return this.once('posts', async () => {
      const params = { _fields: 'date,categories', orderby: 'id', order: 'asc' };
      const first = await this.page('wp/v2/posts', { ...params, per_page: PER_PAGE, page: 1 });
      if (first.totalPages > MAX_PAGES) return undefined;
      if (first.totalPages > LIST_PAGES) {
        const span = await this.span();
        if (span && first.totalPages - 1 > (span[1] - span[0] + 1) / 2) return undefined;
      }
      const posts = await this.all('wp/v2/posts', params, first);
      return posts.flatMap((entry) => {
        const { date, categories } = record(entry);
        return monthOf(date) === undefined
          ? []
          : [{ month: (date as string).slice(0, 7), categories: list(categories).flatMap((id) => wholeNumber(id) ?? []) }];
      });
    });
  }

  /**
   * The months (as year × 12 + month − 1) of the oldest and the newest published post; `undefined`
   * when the newest has no date WordPress can hold ({@link monthOf}). An oldest without one is
   * taken as {@link MAX_MONTHS} before the newest, which is as far as months are counted.
   */
  private span(): Promise<[number, number] | undefined> {
    return this.once('span', async () => {
      const [oldest, newest] = await Promise.all(
        (['asc', 'desc'] as const).map(async (order) => {
          const { body } = await this.page('wp/v2/posts', { _fields: 'date', orderby: 'date', order, per_page: 1 });
          return monthOf(record(list(body)[0]).date);
        }),
      );
      return newest === undefined ? undefined : [Math.max(FIRST_MONTH, Math.min(oldest ?? newest - MAX_MONTHS + 1, newest)), newest];
    });
  }

  /**
   * Published posts per month ("2025-07" → 83) on a large site, in small requests, a few at a time,
   * rather than a hundred pages of dates: for each month between the oldest and the newest post
   * ({@link span}; the newest {@link MAX_MONTHS}), `X-WP-Total` of one `after`/`before` range (one id in the body). `after` and
   * `before` are exclusive and compare the site's local `post_date` (a time without an offset is
   * taken as local), so a month is after its eve's last second and before its successor's first.
   * December 9999 has no successor that WordPress takes: its count has no `before`.
   */
  private async monthCounts(): Promise<Map<string, number>> {
    const [oldest, newest] = (await this.span()) ?? [0, -1];
    const newestFirst = Array.from({ length: Math.min(MAX_MONTHS, Math.max(0, newest - oldest + 1)) }, (_, i) => newest - i);
    const counts = new Map<string, number>();
    await inTurns(newestFirst, REQUESTS_AT_ONCE, async (at) => {
      const { total } = await this.page('wp/v2/posts', {
        after: `${day(at, 0)}T23:59:59`, // the last day of the month before
        ...(at < LAST_MONTH ? { before: `${day(at + 1, 1)}T00:00:00` } : {}),
        per_page: 1,
        _fields: 'id',
      });
      if (total) counts.set(day(at, 1).slice(0, 7), total);
      return true;
    });
    return counts;
  }

  /** Months in the site's local time, grouped as `wp_get_archives()` groups them, linked as it links them. */
  private async archives(): Promise<unknown[]> {
    const [site, posts] = await Promise.all([this.site(), this.posts()]);
    let months = new Map<string, number>();
    if (posts) for (const { month } of posts) months.set(month, (months.get(month) ?? 0) + 1);
    else months = await this.monthCounts();
    // Newest first, as the model promises ("2025-07" > "2025-06" as text).
    return [...months]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([key, count]) => {
        const [year = '', month = ''] = key.split('-');
        const url = site.plain ? `${site.home}/?m=${year}${month}` : `${site.home}${site.index}/${year}/${month}/`;
        return { year: Number(year), month: Number(month), url, count };
      });
  }

  /**
   * The categories, each with REST's `count` (its own published posts) and, when asked for, for a
   * category with children, `totalCount`: the published posts of its whole branch, each counted once. That is the
   * number `wp_list_categories()` shows with `hierarchical` and `show_count`; REST has no field for it.
   */
  private async categories(withTotals: boolean): Promise<unknown[]> {
    const categories = (await this.all('wp/v2/categories', { _fields: 'id,name,link,count,parent' })).map(record);
    const totals = withTotals ? await this.branchTotals(categories) : new Map<number, number>();
    return categories.map(({ id, name, link, count, parent }) => {
      const totalCount = totals.get(wholeNumber(id) ?? 0);
      return { id, name, url: link, count, parent, ...(totalCount === undefined ? {} : { totalCount }) };
    });
  }

  /**
   * Counts each parent category's branch. From the post list when it costs no more requests than
   * one count per parent (its page count is at most the sum of the categories' counts / 100) or when
   * the archives are reading it anyway, and the site is small enough to read it ({@link posts});
   * else one `posts?categories=<branch>` request per parent, a few at a time, whose `X-WP-Total` counts each post once however many of the branch's categories it is in.
   */
  private async branchTotals(categories: Fields[]): Promise<Map<number, number>> {
    const parentOf = new Map<number, number>();
    const children = new Map<number, number[]>();
    let ownPosts = 0;
    for (const { id, parent, count } of categories) {
      const child = wholeNumber(id);
      const of = wholeNumber(parent);
      if (child !== undefined && of !== undefined && of !== child) {
        parentOf.set(child, of);
        const siblings = children.get(of);
        if (siblings) siblings.push(child);
        else children.set(of, [child]);
      }
      ownPosts += typeof count === 'number' ? count : 0;
    }
    const parents = [...children.keys()];
    if (parents.length === 0) return new Map();

    const posts = this.loads.has('posts') || Math.ceil(ownPosts / PER_PAGE) <= parents.length ? await this.posts() : undefined;
    if (posts) {
      // Posts in the same categories are in the same branches: each set of categories is walked up
      // once, not once a post (10,000 posts at the foot of a chain 10,000 long).
      const postsIn = new Map<string, { categories: number[]; posts: number }>();
      for (const { categories } of posts) {
        const key = categories.join(',');
        const same = postsIn.get(key);
        if (same) same.posts++;
        else postsIn.set(key, { categories, posts: 1 });
      }
      const totals = new Map(parents.map((id) => [id, 0]));
      for (const { categories, posts: count } of postsIn.values()) {
        const branches = new Set<number>(); // every category the posts are in, or below: counted once
        for (const category of categories) {
          for (let at: number | undefined = category; at !== undefined && !branches.has(at); at = parentOf.get(at)) branches.add(at);
        }
        for (const id of branches) {
          const total = totals.get(id);
          if (total !== undefined) totals.set(id, total + count);
        }
      }
      return totals;
    }

    /** `id` and every category below it, once each: a loop in bad data ends (a Set's loop visits what is added). */
    const branch = (id: number): Set<number> => {
      const found = new Set([id]);
      for (const at of found) for (const child of children.get(at) ?? []) found.add(child);
      return found;
    };
    const totals = new Map<number, number>();
    await inTurns(parents.slice(0, MAX_BRANCH_COUNTS), REQUESTS_AT_ONCE, async (id) => {
      try {
        const { total } = await this.page('wp/v2/posts', { categories: [...branch(id)].join(','), per_page: 1, _fields: 'id' });
        if (total !== undefined) totals.set(id, total);
      } catch (error) {
        // A branch of thousands makes a URL too long for the server (414, 431): that parent goes
        // without, rather than the whole list.
        if (!(error instanceof SourceError && (error.status === 400 || error.status === 414 || error.status === 431))) throw error;
      }
      return true;
    });
    return totals;
  }

  /**
   * The newest approved comments, then their posts' titles in one more request (`wp/v2/search`
   * finds posts, pages and other public types by id). Embedding the posts instead (`_embed=up`)
   * would save that request but triple the bytes: each comment would carry a copy of its post.
   *
   * REST lists only comments of type `comment`: pingbacks and trackbacks, which the Latest
   * Comments block shows, need a login (`type` is a forbidden parameter for visitors).
   */
  private async comments(): Promise<unknown[]> {
    const comments: Fields[] = [];
    // A page comes back short when it held comments on private posts (WordPress drops them after
    // the query, but counts them in X-WP-Total): then the next page may hold more to show.
    for (let page = 1, pages = 1; page <= Math.min(pages, MAX_COMMENT_PAGES) && comments.length < MAX_COMMENTS; page++) {
      const answer = await this.page('wp/v2/comments', {
        per_page: PER_PAGE,
        page,
        _fields: 'id,post,author_name,author_url,author_avatar_urls,date_gmt,link,content',
      });
      comments.push(...list(answer.body).map(record));
      pages = answer.totalPages;
    }
    const shown = comments.slice(0, MAX_COMMENTS);
    const titles = await this.titles(shown.flatMap(({ post }) => wholeNumber(post) ?? []));
    return shown.map((comment) => {
      const avatars = record(comment.author_avatar_urls);
      const excerpt = htmlWords(rendered(comment.content));
      return {
        id: comment.id,
        author: comment.author_name,
        // Stored HTML-escaped (`?a=1&amp;b=2`); WordPress prints it into an attribute as it is.
        authorUrl: typeof comment.author_url === 'string' ? decodeEntities(comment.author_url) : undefined,
        avatar: avatars['48'] ?? avatars['96'],
        postTitle: titles.get(wholeNumber(comment.post) ?? 0) ?? '',
        url: comment.link,
        date: typeof comment.date_gmt === 'string' ? `${comment.date_gmt}Z` : undefined,
        // get_comment_excerpt(): the first 20 words, then "…" (the normalizer cuts them).
        excerpt: excerpt.slice(0, 21).join(' ') || undefined,
      };
    });
  }

  /** Post titles by id, as text still carrying its character references (see {@link htmlWords}). */
  private async titles(ids: number[]): Promise<Map<number, string>> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return new Map();
    const { body } = await this.page('wp/v2/search', { include: distinct.join(','), per_page: PER_PAGE, _fields: 'id,title' });
    return new Map(
      list(body).flatMap((entry) => {
        const { id, title } = record(entry);
        const key = wholeNumber(id);
        return key !== undefined && typeof title === 'string' ? [[key, htmlWords(title).join(' ')] as const] : [];
      }),
    );
  }

  /**
   * The newest published block-theme menu (`wp/v2/navigation`), as WordPress itself falls back to
   * when a Navigation block names none. `undefined` without one: classic menus need a login over
   * REST, so they come from a feed or the wrapped markup.
   */
  private async navigation(): Promise<unknown[] | undefined> {
    const { body } = await this.page('wp/v2/navigation', { per_page: 1, _fields: 'content.rendered' });
    const items = navigationItems(rendered(record(list(body)[0]).content));
    return items.length > 0 ? items : undefined;
  }

  private read(key: ListKey, totals: boolean): Promise<unknown[] | undefined> {
    switch (key) {
      case 'categories':
        return this.categories(totals);
      case 'archives':
        return this.archives();
      case 'comments':
        return this.comments();
      case 'menu':
        return this.navigation();
    }
  }

  list<K extends ListKey>(key: K, totals = false): Promise<SiteLists[K] | undefined> {
    const withTotals = totals && key === 'categories';
    return this.once(`list ${key}${withTotals ? ' totals' : ''}`, async () => {
      const raw = await this.read(key, withTotals);
      return raw ? normalizeList(key, raw, this.origin) : undefined;
    });
  }

  /** Posts whose comment count was asked for in this task, with who waits for it. */
  private countsAsked?: CountsAsked;

  /**
   * Comment counts, batched: the posts asked for in one task (every `press-comment-count` of a
   * listing page) share one request to `wp/v2/comments?post=1,2,3`, 100 comments a page, which
   * lists ids only. REST lists comments of type `comment` only: pingbacks, which WordPress's own
   * count includes, are not public. A post id that is no positive whole number has no count: in
   * the batch, WordPress would refuse it (400) and every count with it.
   */
  commentCount(postId: number): Promise<number | undefined> {
    if (!Number.isSafeInteger(postId) || postId < 1) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let asked = this.countsAsked;
      if (!asked) {
        const batch: CountsAsked = (asked = this.countsAsked = new Map() as CountsAsked);
        setTimeout(() => {
          this.countsAsked = undefined;
          const counts = this.countComments([...batch.keys()].sort((a, b) => a - b));
          for (const [post, waiting] of batch) for (const give of waiting) give(counts.then((byPost) => byPost.get(post)));
        });
      }
      const waiting = asked.get(postId);
      if (waiting) waiting.push(resolve);
      else asked.set(postId, [resolve]);
    });
  }

  /**
   * The comments of each of `posts`, from the pages of their comments together; when those are more
   * than {@link MAX_PAGES}, which would leave counts short, from each post's `X-WP-Total`, a few
   * at a time (a post without that header has no count).
   */
  private async countComments(posts: number[]): Promise<Map<number, number>> {
    const route = 'wp/v2/comments';
    const params = { post: posts.join(','), _fields: 'post' };
    const first = await this.page(route, { ...params, per_page: PER_PAGE, page: 1 });
    const byPost = new Map<number, number>();
    if (first.totalPages <= MAX_PAGES) {
      for (const post of posts) byPost.set(post, 0);
      for (const { post } of (await this.all(route, params, first)).map(record)) {
        const count = byPost.get(Number(post));
        if (count !== undefined) byPost.set(Number(post), count + 1);
      }
      return byPost;
    }
    await inTurns(posts, REQUESTS_AT_ONCE, async (post) => {
      const { total } = await this.page(route, { post, per_page: 1, _fields: 'id' });
      if (total !== undefined) byPost.set(post, total);
      return true;
    });
    return byPost;
  }

  /**
   * The classic form's `wp-comments-post.php` (when the site says its URL: the index, asked only
   * when a comment is sent) and the REST comments endpoint.
   */
  async commentForm(withAction = true): Promise<CommentFormConfig> {
    const rest = this.endpoint('wp/v2/comments', {});
    if (!withAction) return { rest };
    const { url } = await this.site();
    return { action: url && `${url.replace(/\/+$/, '')}/wp-comments-post.php`, rest };
  }
}
