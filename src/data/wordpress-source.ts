import { decodeEntities } from './entities.js';
import type { CommentFormConfig, ListKey, SiteLists } from './model.js';
import { normalizeList } from './normalize.js';
import { REQUEST_TIMEOUT_MS, SourceError, type SiteSource } from './source.js';

const PER_PAGE = 100; // the REST API's maximum

interface Page {
  body: unknown;
  totalPages: number;
}

type Fields = Record<string, unknown>;
const record = (value: unknown): Fields => (typeof value === 'object' && value !== null ? (value as Fields) : {});
const rendered = (value: unknown): string => {
  const field = record(value).rendered;
  return typeof field === 'string' ? field : '';
};
/** Text of a rendered HTML fragment, without ever handing it to the HTML parser. */
const plainText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/**
 * A WordPress site read through its REST API, with no plugin on the WordPress side. `root` is the
 * REST root: `https://blog.example.com/wp-json/`, or `https://blog.example.com/?rest_route=/` for a
 * site with plain permalinks.
 */
export class WordPressSource implements SiteSource {
  private readonly lists = new Map<ListKey, Promise<SiteLists[ListKey] | undefined>>();
  private index?: Promise<Fields>;
  private readonly plainPermalinks: boolean;

  constructor(readonly origin: string) {
    this.plainPermalinks = new URL(origin).searchParams.has('rest_route');
  }

  /** The URL of a REST route, in whichever form this site takes them. */
  private endpoint(route: string, params: Record<string, string | number>): string {
    const url = new URL(this.origin);
    if (this.plainPermalinks) url.searchParams.set('rest_route', `/${route}`);
    else url.pathname = `${url.pathname.replace(/\/?$/, '/')}${route}`;
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    return url.href;
  }

  private async page(route: string, params: Record<string, string | number>): Promise<Page> {
    const url = this.endpoint(route, params);
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new SourceError(`${url} could not be reached.`, { cause: error });
    }
    if (!response.ok) throw new SourceError(`${url} answered ${String(response.status)}.`);
    try {
      return { body: await response.json(), totalPages: Number(response.headers.get('X-WP-TotalPages') ?? 1) || 1 };
    } catch (error) {
      throw new SourceError(`${url} did not answer with JSON.`, { cause: error });
    }
  }

  /** The REST root's own description of the site: `url`, `home`, `name`. */
  private siteIndex(): Promise<Fields> {
    this.index ??= this.page('', {}).then(
      ({ body }) => record(body),
      (error: unknown) => {
        this.index = undefined;
        throw error;
      },
    );
    return this.index;
  }

  /** Every page of a collection: the first, then the rest at once. */
  private async all(route: string, params: Record<string, string | number>): Promise<unknown[]> {
    const first = await this.page(route, { ...params, per_page: PER_PAGE, page: 1 });
    const rest = await Promise.all(
      Array.from({ length: first.totalPages - 1 }, (_, i) => this.page(route, { ...params, per_page: PER_PAGE, page: i + 2 })),
    );
    return [first, ...rest].flatMap(({ body }) => (Array.isArray(body) ? (body as unknown[]) : []));
  }

  private async categories(): Promise<unknown[]> {
    const raw = await this.all('wp/v2/categories', { _fields: 'id,name,link,count,parent' });
    return raw.map((entry) => {
      const { id, name, link, count, parent } = record(entry);
      return { id, name, url: link, count, parent };
    });
  }

  /** Months in the site's local time, from the dates of all published posts. */
  private async archives(): Promise<unknown[]> {
    const [index, posts] = await Promise.all([this.siteIndex(), this.all('wp/v2/posts', { _fields: 'date' })]);
    const home = (typeof index.home === 'string' ? index.home : new URL(this.origin).origin).replace(/\/$/, '');
    const months = new Map<string, number>();
    for (const post of posts) {
      const month = String(record(post).date).slice(0, 7); // "2025-07"; `date` is local time
      if (/^\d{4}-\d{2}$/.test(month)) months.set(month, (months.get(month) ?? 0) + 1);
    }
    return [...months].map(([key, count]) => {
      const [year = '', month = ''] = key.split('-');
      const url = this.plainPermalinks ? `${home}/?m=${year}${month}` : `${home}/${year}/${month}/`;
      return { year: Number(year), month: Number(month), url, count };
    });
  }

  private async comments(): Promise<unknown[]> {
    const { body } = await this.page('wp/v2/comments', {
      per_page: PER_PAGE,
      _embed: 'up',
      _fields: 'id,author_name,author_url,author_avatar_urls,date_gmt,link,content,_links.up,_embedded',
    });
    return (Array.isArray(body) ? (body as unknown[]) : []).map((entry) => {
      const comment = record(entry);
      const post = record((record(comment._embedded).up as unknown[] | undefined)?.[0]);
      const avatars = record(comment.author_avatar_urls);
      return {
        id: comment.id,
        author: comment.author_name,
        authorUrl: comment.author_url,
        avatar: avatars['48'] ?? avatars['96'],
        postTitle: plainText(rendered(post.title)),
        url: comment.link,
        date: typeof comment.date_gmt === 'string' ? `${comment.date_gmt}Z` : undefined,
        excerpt: plainText(rendered(comment.content)) || undefined,
      };
    });
  }

  private read(key: ListKey): Promise<unknown[] | undefined> {
    switch (key) {
      case 'categories':
        return this.categories();
      case 'archives':
        return this.archives();
      case 'comments':
        return this.comments();
      case 'menu':
        // Classic menus are not public over REST; the menu comes from a feed or the wrapped markup.
        return Promise.resolve(undefined);
    }
  }

  list<K extends ListKey>(key: K): Promise<SiteLists[K] | undefined> {
    let list = this.lists.get(key);
    if (!list) {
      list = this.read(key).then(
        (raw) => (raw ? normalizeList(key, raw, this.origin) : undefined),
        (error: unknown) => {
          this.lists.delete(key); // so that Retry asks again
          throw error;
        },
      );
      this.lists.set(key, list);
    }
    return list as Promise<SiteLists[K] | undefined>;
  }

  async commentForm(): Promise<CommentFormConfig> {
    const { url } = await this.siteIndex();
    return typeof url === 'string' ? { action: `${url.replace(/\/$/, '')}/wp-comments-post.php` } : {};
  }
}
