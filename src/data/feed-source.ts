import type { CommentFormConfig, ListKey, PostThread, SiteFeed, SiteLists } from './model.js';
import { normalizeFeed } from './normalize.js';
import { getJson } from './http.js';
import type { SiteSource } from './source.js';
import { currentUser, loadWordPress, postComment } from './wordpress/load.js';

/**
 * A JSON feed (see docs/feed.md): one request serves every widget. Its `commentForm`
 * names WordPress's endpoints, so comments are posted as to WordPress.
 */
export class FeedSource implements SiteSource {
  #feed?: Promise<SiteFeed>;
  /** The feed's `threads` as it came: each is read when its post's thread is shown (in the WordPress chunk, which draws it). */
  #threads: unknown;

  constructor(readonly origin: string) {}

  #load(): Promise<SiteFeed> {
    this.#feed ??= getJson(this.origin, this.origin).then(
      ([raw]) => {
        this.#threads = (raw as { threads?: unknown } | null)?.threads;
        return normalizeFeed(raw, this.origin);
      },
      (error: unknown) => {
        // Forget the failure so that Retry asks the server again.
        this.#feed = undefined;
        throw error;
      },
    );
    return this.#feed;
  }

  async list<K extends ListKey>(key: K): Promise<SiteLists[K] | undefined> {
    const feed: Partial<SiteLists> = await this.#load();
    return feed[key];
  }

  async commentForm(): Promise<CommentFormConfig> {
    return (await this.#load()).commentForm ?? {};
  }

  async commentCount(postId: number): Promise<number | undefined> {
    return (await this.#load()).commentCounts?.[postId];
  }

  async thread(postId: number): Promise<PostThread | undefined> {
    await this.#load();
    const threads = this.#threads;
    const key = String(postId);
    if (typeof threads !== 'object' || threads === null || !Object.hasOwn(threads, key)) return undefined;
    return (await loadWordPress()).normalizeThread((threads as Record<string, unknown>)[key], this.origin);
  }

  readonly postComment = postComment;
  readonly currentUser = currentUser;
}
