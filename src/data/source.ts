import type { CommentFormConfig, ListKey, SiteLists } from './model.js';

/**
 * What the widgets know of a place that data comes from. A JSON feed and a WordPress REST API
 * are both sources; the widgets never see a URL, a header or a status code.
 */
export interface SiteSource {
  /** Names the source in messages, e.g. the feed's URL. */
  readonly origin: string;
  /**
   * One list; `undefined` when this source does not have that kind of data at all. `totals` asks
   * for the categories' `totalCount` (padded counts), which may cost a source more requests.
   */
  list<K extends ListKey>(key: K, totals?: boolean): Promise<SiteLists[K] | undefined>;
  /** Where comments go; `withAction: false` may leave out `action` when that saves a request. */
  commentForm(withAction?: boolean): Promise<CommentFormConfig>;
  /**
   * How many approved comments post `postId` has; `undefined` when the source does not know.
   * Asked for many posts at once (a listing page), a source may answer them all in one request.
   */
  commentCount(postId: number): Promise<number | undefined>;
}

/** A load that failed, with a message fit for the console and the `press-error` event. */
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
