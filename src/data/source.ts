import type { CommentFormConfig, CommentStatus, ListKey, PostThread, SiteLists } from './model.js';

/**
 * A place that data comes from and comments go to: a JSON feed, a WordPress site, or nothing named
 * (then the elements show the markup they wrap, and the comment form posts where its own config
 * says). The elements never see a URL of the API, a header or a status code, and never a sentence:
 * sources answer with values and codes, and the elements word them in the page's language.
 */
export interface SiteSource {
  /** Names the source in messages for the site's developer, e.g. the feed's URL. */
  readonly origin: string;
  /**
   * One list; `undefined` when this source does not have that kind of data at all. `totals` asks
   * for the categories' `totalCount` (padded counts), which may cost a source more requests.
   */
  list<K extends ListKey>(key: K, totals?: boolean): Promise<SiteLists[K] | undefined>;
  /**
   * How many approved comments post `postId` has; `undefined` when the source does not know.
   * Asked for many posts at once (a listing page), a source may answer them all in one request.
   */
  commentCount(postId: number): Promise<number | undefined>;
  /** Post `postId`'s conversation: its approved comments, title and settings; `undefined` when the source does not have it. */
  thread(postId: number): Promise<PostThread | undefined>;
  /** Where comments go; `withAction: false` may leave out `action` when that saves a request. */
  commentForm(withAction?: boolean): Promise<CommentFormConfig>;
  /**
   * Posts a comment where `config` says, its fields named as WordPress's form names them
   * (`comment`, `author`, `email`, `url`, `comment_post_ID`, `comment_parent`, and any a plugin
   * adds). Resolves with what became of it; never rejects.
   */
  postComment(config: CommentFormConfig, fields: URLSearchParams, options?: PostOptions): Promise<Posted | NotPosted>;
  /**
   * The logged-in visitor's display name, asked with WordPress's REST `nonce`; `undefined` when
   * nobody is logged in, the nonce is stale, or `config.rest` is on another origin (a nonce goes
   * to the page's own origin only).
   */
  currentUser(config: CommentFormConfig, nonce: string): Promise<string | undefined>;
}

/** How a comment is posted. */
export interface PostOptions {
  /**
   * An earlier attempt with this text may have reached the site (its answer was lost): the site's
   * refusal of a duplicate then means the earlier attempt's comment exists.
   */
  retried?: boolean;
  /** WordPress's REST nonce of the page (a logged-in visitor posts as themselves); own origin only. */
  nonce?: string;
  /** Gives up waiting for the answer after this long. */
  timeoutMs?: number;
  /** Called when the post itself starts: from then on the comment may reach the site. */
  sending?: () => void;
}

/**
 * Why a comment was not taken, as a code the form words in the page's language (its string key):
 * no network, no answer in time, an answer that tells nothing (a proxy's page, a cut-off body, a
 * login wall: the comment may have arrived), the REST API refusing visitors (its console is told
 * how to allow them), nowhere to post to, or a refusal with an HTTP status.
 */
export type PostProblem = 'networkError' | 'timeoutError' | 'unreadableError' | 'loginRequired' | 'notSetUp' | 'postFailed';

/** The site took the comment: published (`approved`) or held (`pending`); `id` and `url` when its answer tells them. */
export interface Posted {
  id: number | undefined;
  status: CommentStatus;
  url: string | undefined;
}

/**
 * The site did not take the comment, or its answer did not tell. `said`: the site's own words
 * (WordPress's message, plain text), which the form shows as they are; else `problem` is worded,
 * with `status` for `postFailed`.
 */
export interface NotPosted {
  reason: 'network' | 'server' | 'rejected' | 'invalid';
  problem: PostProblem;
  said?: string;
  status?: number;
}

/**
 * A load that failed. Its message is for the site's developer (the console and `press-error`'s
 * detail), never shown to a visitor: the element shows its own words for the state.
 */
export class SourceError extends Error {
  override name = 'SourceError';

  /** The HTTP status the server answered with, when it answered. */
  readonly status?: number;

  constructor(message: string, options?: ErrorOptions & { status?: number }) {
    super(message, options);
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** Every request gives up after this long, so a hanging server ends in the error state. */
export const REQUEST_TIMEOUT_MS = 15_000;
