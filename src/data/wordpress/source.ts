import type { CommentFormConfig, ListKey, PostThread, SiteLists } from '../model.js';
import { normalizeList } from '../normalize.js';
import type { SiteSource } from '../source.js';
import { currentUser, loadWordPress, postComment } from './load.js';
import type { WordPressReader } from './wordpress.js';

/**
 * A WordPress site read through its REST API, with no plugin on the WordPress side, in as few
 * requests as the lists allow (for the seed site of the tests: five for every reading widget), and
 * posted to as its own comment form posts.
 *
 * `origin` is the REST root, `https://blog.example.com/wp-json/`, or any URL of the site's own
 * (see `restRoot` in routes.ts).
 *
 * The reading and the posting are in the WordPress chunk (wordpress.ts), loaded on first use: a
 * chunk that does not load fails the call (the element shows its error with Retry, which loads it
 * again); the lists are normalized here, in the main bundle.
 */
export class WordPressSource implements SiteSource {
  #reader?: WordPressReader;

  constructor(readonly origin: string) {}

  async #site(): Promise<WordPressReader> {
    const wordpress = await loadWordPress();
    return (this.#reader ??= wordpress.reader(this.origin));
  }

  async list<K extends ListKey>(key: K, totals = false): Promise<SiteLists[K] | undefined> {
    const withTotals = totals && key === 'categories';
    const site = await this.#site();
    return site.api.once(`list ${key}${withTotals ? ' totals' : ''}`, async () => {
      const raw = await site.read(key, withTotals);
      return raw ? normalizeList(key, raw, this.origin) : undefined;
    });
  }

  /** Batched per task: see `commentCounter` in counts.ts. */
  async commentCount(postId: number): Promise<number | undefined> {
    return (await this.#site()).commentCount(postId);
  }

  /** The post's title and approved comments, in one request for the post and a few for the comments (see thread.ts). */
  async thread(postId: number): Promise<PostThread | undefined> {
    const wordpress = await loadWordPress();
    const site = await this.#site();
    return site.api.once(`thread ${String(postId)}`, async () => wordpress.normalizeThread(await site.thread(postId), this.origin));
  }

  /**
   * The classic form's `wp-comments-post.php` (when the site says its URL: the index, asked only
   * when a comment is sent) and the REST comments endpoint.
   */
  async commentForm(withAction = true): Promise<CommentFormConfig> {
    return (await this.#site()).commentForm(withAction);
  }

  /** As WordPress's own comment form posts, or through the REST API: see posting.ts. */
  readonly postComment = postComment;
  readonly currentUser = currentUser;
}
