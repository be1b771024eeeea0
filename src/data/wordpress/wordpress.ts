// The entry of the WordPress chunk, dist/press-widgets.wordpress.js: the REST reader and the
// comment poster, loaded by load.ts when a page first needs them (a source with `api`, a comment
// sent, the logged-in visitor asked). It imports nothing of the main bundle: what it shares with it
// comes in the kit (see kit.ts). Stateless as loaded: a second load is harmless.
import type { CommentFormConfig, ListKey } from '../model.js';
import { markupThread, normalizeThread, ownComment } from '../post-thread.js';
// The thread's drawing loads with what reads the thread: the one module of the chunk that is not
// the data layer's (see thread-view.ts).
import { drawThread, pageOf, pageToDraw, threadStrings, threadStyles } from '../../components/press-comments/thread-view.js';
import { archives } from './archives.js';
import { commentCounter } from './counts.js';
import { kit, type Kit } from './kit.js';
import { blockMenu, categoryList, recentComments } from './lists.js';
import { countIn, listIn, pluginFeed, threadIn, type Need } from './plugin-feed.js';
import { currentUser, postComment } from './posting.js';
import { RestApi, type Fields } from './rest.js';
import { endpoint } from './routes.js';
import { siteOf } from './site.js';
import { readThread } from './thread.js';

/**
 * One WordPress site's REST API, as its `WordPressSource` reads it (which normalizes the lists):
 * the press-widgets plugin's one feed where the site has it, else the core routes.
 */
export class WordPressReader {
  readonly api: RestApi;
  /** The plugin's feed for what is needed; `undefined`: read the core routes. */
  readonly #feed: (need: Need) => Promise<Fields | undefined>;
  /** Batched: see {@link commentCounter}. */
  readonly #countComments: (postId: number) => Promise<number | undefined>;

  constructor(origin: string) {
    this.api = new RestApi(origin);
    this.#feed = pluginFeed(this.api);
    this.#countComments = commentCounter(this.api);
  }

  /** A list as the site gives it, not yet normalized; `totals`: the categories' branch totals (the plugin's feed has them). */
  async read(key: ListKey, totals: boolean): Promise<unknown[] | undefined> {
    const feed = await this.#feed({});
    if (feed) return listIn(feed, key);
    switch (key) {
      case 'categories':
        return categoryList(this.api, totals);
      case 'archives':
        return archives(this.api);
      case 'comments':
        return recentComments(this.api);
      case 'menu':
        return blockMenu(this.api);
    }
  }

  /** Post `postId`'s comment count; `undefined` when the site has none for it. */
  async commentCount(postId: number): Promise<number | undefined> {
    if (!Number.isSafeInteger(postId) || postId < 1) return undefined;
    const feed = await this.#feed({ post: postId });
    // A post the feed has no count for (none public, or a count that is no number) is counted as without the plugin.
    return (feed && countIn(feed, postId)) ?? this.#countComments(postId);
  }

  /**
   * Post `postId`'s conversation as the site gives it, not yet normalized: see {@link readThread}.
   * A post the plugin's feed has no thread for (none public) is asked of the core routes, which say why.
   */
  async thread(postId: number): Promise<Record<string, unknown>> {
    const feed = Number.isSafeInteger(postId) && postId > 0 ? await this.#feed({ thread: postId }) : undefined;
    return (feed && threadIn(feed, postId)) ?? readThread(this.api, postId);
  }

  /**
   * The classic form's `wp-comments-post.php` (when the site says its URL: the index, asked only
   * when a comment is sent) and the REST comments endpoint.
   */
  async commentForm(withAction: boolean): Promise<CommentFormConfig> {
    const rest = endpoint(this.api.root, 'wp/v2/comments');
    if (!withAction) return { rest };
    const { url } = await siteOf(this.api);
    return { action: url && `${url.replace(/\/+$/, '')}/wp-comments-post.php`, rest };
  }
}

/** What the chunk gives the main bundle: WordPress's REST API and comment posting, and how it threads and shows comments. */
export interface WordPress {
  reader(origin: string): WordPressReader;
  postComment: typeof postComment;
  currentUser: typeof currentUser;
  normalizeThread: typeof normalizeThread;
  markupThread: typeof markupThread;
  ownComment: typeof ownComment;
  drawThread: typeof drawThread;
  pageToDraw: typeof pageToDraw;
  pageOf: typeof pageOf;
  threadStyles: string;
  threadStrings: typeof threadStrings;
}

/** Takes the main bundle's kit (before anything of the chunk runs) and gives the backend. */
export function createWordPress(given: Kit): WordPress {
  Object.assign(kit, given);
  return {
    reader: (origin) => new WordPressReader(origin),
    postComment,
    currentUser,
    normalizeThread,
    markupThread,
    ownComment,
    drawThread,
    pageToDraw,
    pageOf,
    threadStyles,
    threadStrings,
  };
}
