import type { CommentFormConfig, ListKey, SiteFeed, SiteLists } from './model.js';
import { normalizeFeed } from './normalize.js';
import { getJson } from './http.js';
import type { SiteSource } from './source.js';
import { currentUser, postComment } from './wordpress/load.js';

/**
 * A JSON feed (see docs/feed.md): one request serves every widget. Its `commentForm`
 * names WordPress's endpoints, so comments are posted as to WordPress.
 */
export class FeedSource implements SiteSource {
  #feed?: Promise<SiteFeed>;

  constructor(readonly origin: string) {}

  #load(): Promise<SiteFeed> {
    this.#feed ??= getJson(this.origin, this.origin).then(
      ([raw]) => normalizeFeed(raw, this.origin),
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

  readonly postComment = postComment;
  readonly currentUser = currentUser;
}
