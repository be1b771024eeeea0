// The lists that REST gives nearly as the widgets show them: the categories, the newest comments
// with their posts' titles, the block theme's menu.
import { htmlWords, navigationItems } from '../html-reader.js';
import { kit } from './kit.js';
import { branchTotals } from './counts.js';
import { list, PER_PAGE, record, wholeNumber, type Fields, type RestApi } from './rest.js';

/** `press-recent-comments` shows at most this many. */
const MAX_COMMENTS = 100;
/** Comment pages read at most: only pages left short by hidden comments ask for another. */
const MAX_COMMENT_PAGES = 3;

const rendered = (value: unknown): string => {
  const field = record(value).rendered;
  return typeof field === 'string' ? field : '';
};

/**
 * The categories, each with REST's `count` (its own published posts) and, when asked for, for a
 * category with children, `totalCount`: the published posts of its whole branch, each counted once. That is the
 * number `wp_list_categories()` shows with `hierarchical` and `show_count`; REST has no field for it.
 */
export async function categoryList(api: RestApi, withTotals: boolean): Promise<unknown[]> {
  const categories = (await api.all('wp/v2/categories', { _fields: 'id,name,link,count,parent' })).map(record);
  const totals = withTotals ? await branchTotals(api, categories) : new Map<number, number>();
  return categories.map(({ id, name, link, count, parent }) => {
    const totalCount = totals.get(wholeNumber(id) ?? 0);
    return { id, name, url: link, count, parent, ...(totalCount === undefined ? {} : { totalCount }) };
  });
}

/**
 * The newest approved comments, then their posts' titles in one more request (`wp/v2/search`
 * finds posts, pages and other public types by id). Embedding the posts instead (`_embed=up`)
 * would save that request but triple the bytes: each comment would carry a copy of its post.
 *
 * REST lists only comments of type `comment`: pingbacks and trackbacks, which the Latest
 * Comments block shows, need a login (`type` is a forbidden parameter for visitors).
 */
export async function recentComments(api: RestApi): Promise<unknown[]> {
  const comments: Fields[] = [];
  // A page comes back short when it held comments on private posts (WordPress drops them after
  // the query, but counts them in X-WP-Total): then the next page may hold more to show.
  for (let page = 1, pages = 1; page <= Math.min(pages, MAX_COMMENT_PAGES) && comments.length < MAX_COMMENTS; page++) {
    const answer = await api.page('wp/v2/comments', {
      per_page: PER_PAGE,
      page,
      _fields: 'id,post,author_name,author_url,author_avatar_urls,date_gmt,link,content',
    });
    // One by one: a page of a hundred thousand would overflow the stack as arguments of one push.
    for (const comment of list(answer.body)) comments.push(record(comment));
    pages = answer.totalPages;
  }
  const shown = comments.slice(0, MAX_COMMENTS);
  const titles = await postTitles(
    api,
    shown.flatMap(({ post }) => wholeNumber(post) ?? []),
  );
  return shown.map((comment) => {
    const avatars = record(comment.author_avatar_urls);
    const excerpt = htmlWords(rendered(comment.content));
    return {
      id: comment.id,
      author: comment.author_name,
      // Stored HTML-escaped (`?a=1&amp;b=2`); WordPress prints it into an attribute as it is.
      authorUrl: typeof comment.author_url === 'string' ? kit.decodeEntities(comment.author_url) : undefined,
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
async function postTitles(api: RestApi, ids: number[]): Promise<Map<number, string>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const { body } = await api.page('wp/v2/search', { include: distinct.join(','), per_page: PER_PAGE, _fields: 'id,title' });
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
export async function blockMenu(api: RestApi): Promise<unknown[] | undefined> {
  const { body } = await api.page('wp/v2/navigation', { per_page: 1, _fields: 'content.rendered' });
  const items = navigationItems(rendered(record(list(body)[0]).content));
  return items.length > 0 ? items : undefined;
}
