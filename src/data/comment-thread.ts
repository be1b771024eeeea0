/** What a comment needs for its place in the thread; the rest (author, text…) rides along untouched. */
export interface ThreadComment {
  id: number;
  /** The comment it answers; 0 for a top-level comment. */
  parent: number;
  /** When it was posted (WordPress's `comment_date_gmt`), ISO 8601; without an offset it is read as UTC. */
  date: string;
}

/**
 * The site's discussion settings, under WordPress's names, with WordPress's defaults
 * (`populate_options()` in wp-admin/includes/schema.php).
 */
export interface ThreadSettings {
  /** `thread_comments`: nest replies under what they answer. Default true. */
  threaded?: boolean;
  /** `thread_comments_depth`: how many levels nest, 1 to {@link DEEPEST_LEVEL}. Default 5. */
  depth?: number;
  /** `comment_order`: which top-level comments come first on a page. Default 'asc' (oldest). */
  order?: 'asc' | 'desc';
  /** `page_comments`: split the comments into pages. Default false. */
  paged?: boolean;
  /** `comments_per_page`: top-level comments a page holds (all comments when not threaded). Default 50. */
  perPage?: number;
  /** `default_comments_page`: the page shown when none is asked for. Default 'newest' (the last). */
  defaultPage?: 'newest' | 'oldest';
  /** The page asked for, from 1; past the last one, the last one. Default: `defaultPage`. */
  page?: number;
}

/** One comment as WordPress prints it, in document order. */
export interface ThreadItem<T> {
  comment: T;
  /** 1 for a top-level comment; a reply is one deeper than what it answers, down to the deepest level. */
  level: number;
  /** It has replies (shown after it): WordPress's `parent` class (Walker_Comment::html5_comment). */
  hasChildren: boolean;
  /** WordPress prints a Reply link under it (if the post takes comments): threaded, above the deepest level. */
  canReply: boolean;
}

export interface Thread<T> {
  /** The page shown, from 1. */
  page: number;
  /** How many pages there are: get_comment_pages_count(); 0 when there is nothing to page. */
  pages: number;
  items: ThreadItem<T>[];
}

/**
 * No thread nests deeper, whatever the settings say: WordPress offers 2 to 10 levels
 * (`thread_comments_depth_max`, wp-admin/options-discussion.php), and the element draws one nested
 * list per level.
 */
export const DEEPEST_LEVEL = 10;

const DEFAULT_DEPTH = 5;
const DEFAULT_PER_PAGE = 50;

/** The settings a thread's element may set, each over the site's: `per-page` turns paging on. */
export interface ThreadAttributes {
  threaded?: boolean;
  depth?: number;
  order?: 'asc' | 'desc';
  perPage?: number;
  defaultPage?: 'newest' | 'oldest';
  page?: number;
}

/** The site's settings with the element's attributes over them. */
export function settingsFor(attributes: ThreadAttributes, site: ThreadSettings): ThreadSettings {
  return {
    threaded: attributes.threaded ?? site.threaded,
    depth: attributes.depth ?? site.depth,
    order: attributes.order ?? site.order,
    paged: attributes.perPage ? true : site.paged,
    perPage: attributes.perPage ?? site.perPage,
    defaultPage: attributes.defaultPage ?? site.defaultPage,
    page: attributes.page,
  };
}

/**
 * The page that shows comment `id` with these settings; `undefined` when no page does. One pass:
 * the pages cut the oldest-first top-level comments (all comments, not threaded), whatever `order`.
 */
export function pageWith(comments: readonly ThreadComment[], settings: ThreadSettings, id: number): number | undefined {
  // At the deepest level a thread allows, so that no reply is listed at level 1 (as at depth 1).
  const { items } = threadOf(comments, { ...settings, paged: false, order: 'asc', depth: DEEPEST_LEVEL });
  const at = items.findIndex((item) => item.comment.id === id);
  const perPage = settings.paged ? whole(settings.perPage, DEFAULT_PER_PAGE) : 0;
  if (at < 0) return undefined;
  if (perPage < 1) return 1;
  let top = -1; // the top-level comment it is in (or is), counted from 0
  for (let i = 0; i <= at; i++) if (items[i].level === 1) top++;
  return Math.floor(top / perPage) + 1;
}

/** A date-time without an offset, as WordPress's `date_gmt` and its database write it: UTC. */
const WITHOUT_OFFSET = /^(\d{4}-\d\d-\d\d)[T ]([\d:.]+)$/;

function timeOf(date: unknown): number {
  if (typeof date !== 'string') return -Infinity;
  const time = Date.parse(date.replace(WITHOUT_OFFSET, '$1T$2Z'));
  // An unreadable date sorts first, as MySQL's zero date does.
  return Number.isNaN(time) ? -Infinity : time;
}

/** A whole number from `value`, or `fallback` when it is none; PHP's `(int)` drops the fraction too. */
function whole(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

/**
 * The comments of one page of a post, in the order and at the levels WordPress's post page prints
 * them: `comments_template()` (wp-includes/comment-template.php) fetches them and
 * `wp_list_comments()` draws them through `Walker_Comment::paged_walk()`.
 *
 * - Comments are taken oldest first, by `date` then `id` (WP_Comment_Query orders by
 *   `comment_date_gmt` and adds `comment_ID` in the same direction); replies always so.
 * - Threaded, a page holds `perPage` top-level comments with all their replies, nested; not
 *   threaded, `perPage` comments, all at level 1. The pages cut the oldest-first list; `order`
 *   'desc' reverses the top-level comments within the page (wp_list_comments()'s
 *   `reverse_top_level`, which Walker::paged_walk applies), so with 'newest' the first page shown is the last one, newest first.
 * - Replies below the deepest level are listed at that level, each after what it answers
 *   (Walker_Comment::display_element).
 * - Threaded, a comment is shown only if its chain of parents reaches a top-level comment in the
 *   list: the post page asks for top-level comments and then their approved descendants
 *   (WP_Comment_Query::fill_descendants), so a reply to a comment that is not approved, and its
 *   replies, are not shown; nor is any comment of a loop of parents. (Walker::paged_walk, given
 *   such comments, lists them flat after the last page's threads; the post page never gives it
 *   any.) Not threaded, every comment is shown, whatever its parent.
 * - Of comments with the same id, the first is kept.
 *
 * Never throws, whatever the fields hold; sorts once, then visits each comment once, without recursion.
 */
export function threadOf<T extends ThreadComment>(comments: readonly T[], settings: ThreadSettings = {}): Thread<T> {
  const threaded = settings.threaded ?? true;
  const depth = Math.min(Math.max(whole(settings.depth, DEFAULT_DEPTH), 1), DEEPEST_LEVEL);
  const perPage = settings.paged ? whole(settings.perPage, DEFAULT_PER_PAGE) : 0;

  const byId = new Map<number, { comment: T; time: number }>();
  for (const comment of comments) {
    if (!byId.has(comment.id)) byId.set(comment.id, { comment, time: timeOf(comment.date) });
  }
  const sorted = [...byId.values()]
    .sort((a, b) => a.time - b.time || (a.comment.id < b.comment.id ? -1 : a.comment.id > b.comment.id ? 1 : 0))
    .map(({ comment }) => comment);

  // What paging counts: top-level comments when threaded, every comment when not; a parent of 0
  // (or none) is the top level, as PHP's `empty()` has it (Walker::paged_walk).
  const tops = threaded ? sorted.filter((comment) => !comment.parent) : sorted;
  const repliesTo = new Map<number, T[]>();
  if (threaded) {
    for (const comment of sorted) {
      if (!comment.parent) continue;
      const siblings = repliesTo.get(comment.parent);
      if (siblings) siblings.push(comment);
      else repliesTo.set(comment.parent, [comment]);
    }
  }

  // get_comment_pages_count() (wp-includes/comment.php): 0 without comments, 1 without paging.
  const pages = sorted.length === 0 ? 0 : perPage < 1 ? 1 : Math.ceil(tops.length / perPage);
  // comments_template(): no page asked for is the last one for 'newest', the first for 'oldest'.
  const asked = whole(settings.page, settings.defaultPage === 'oldest' ? 1 : pages);
  const page = Math.min(Math.max(asked, 1), Math.max(pages, 1));
  const onPage = perPage < 1 ? [...tops] : tops.slice((page - 1) * perPage, page * perPage);
  if (settings.order === 'desc') onPage.reverse();

  const items: ThreadItem<T>[] = [];
  // Depth first, each reply right after what it answers; a loop, not recursion: a chain of replies
  // may be thousands deep. Each comment is in one list of replies (its parent's) and each id
  // once, so nothing is visited twice.
  const pending = onPage.map((comment) => ({ comment, level: 1 })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { comment, level } = next;
    const replies = repliesTo.get(comment.id) ?? [];
    items.push({ comment, level, hasChildren: replies.length > 0, canReply: threaded && level < depth });
    const below = Math.min(level + 1, depth);
    for (let i = replies.length - 1; i >= 0; i--) pending.push({ comment: replies[i], level: below });
  }
  return { page, pages, items };
}
