import type { CommentFormConfig, ListKey, SiteLists } from '../model.js';
import { normalizeList } from '../normalize.js';
import type { NotPosted, Posted, PostOptions, SiteSource } from '../source.js';
import { archives } from './archives.js';
import { commentCounter } from './counts.js';
import { blockMenu, categoryList, recentComments } from './lists.js';
import * as posting from './posting.js';
import { RestApi } from './rest.js';
import { endpoint } from './routes.js';
import { siteOf } from './site.js';

/**
 * A WordPress site read through its REST API, with no plugin on the WordPress side, in as few
 * requests as the lists allow (for the seed site of the tests: five for every reading widget), and
 * posted to as its own comment form posts.
 *
 * `origin` is the REST root, `https://blog.example.com/wp-json/`, or any URL of the site's own
 * (see `restRoot` in routes.ts).
 */
export class WordPressSource implements SiteSource {
  readonly #api: RestApi;
  readonly #batchedCount: (postId: number) => Promise<number | undefined>;

  constructor(readonly origin: string) {
    this.#api = new RestApi(origin);
    this.#batchedCount = commentCounter(this.#api);
  }

  #read(key: ListKey, totals: boolean): Promise<unknown[] | undefined> {
    switch (key) {
      case 'categories':
        return categoryList(this.#api, totals);
      case 'archives':
        return archives(this.#api);
      case 'comments':
        return recentComments(this.#api);
      case 'menu':
        return blockMenu(this.#api);
    }
  }

  list<K extends ListKey>(key: K, totals = false): Promise<SiteLists[K] | undefined> {
    const withTotals = totals && key === 'categories';
    return this.#api.once(`list ${key}${withTotals ? ' totals' : ''}`, async () => {
      const raw = await this.#read(key, withTotals);
      return raw ? normalizeList(key, raw, this.origin) : undefined;
    });
  }

  /** Batched: see {@link commentCounter}. */
  commentCount(postId: number): Promise<number | undefined> {
    return this.#batchedCount(postId);
  }

  /**
   * The classic form's `wp-comments-post.php` (when the site says its URL: the index, asked only
   * when a comment is sent) and the REST comments endpoint.
   */
  async commentForm(withAction = true): Promise<CommentFormConfig> {
    const rest = endpoint(this.#api.root, 'wp/v2/comments');
    if (!withAction) return { rest };
    const { url } = await siteOf(this.#api);
    return { action: url && `${url.replace(/\/+$/, '')}/wp-comments-post.php`, rest };
  }

  /** As WordPress's own comment form posts, or through the REST API: see posting.ts. */
  postComment(config: CommentFormConfig, fields: URLSearchParams, options?: PostOptions): Promise<Posted | NotPosted> {
    return posting.postComment(config, fields, options);
  }

  currentUser(config: CommentFormConfig, nonce: string): Promise<string | undefined> {
    return posting.currentUser(config, nonce);
  }
}
