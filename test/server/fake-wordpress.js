// WordPress's REST API as far as the widgets read it (src/data/wordpress/), answered from
// data that a test stores (POST /__test/store/<key>) or from test/fixtures/wordpress.json. The
// routes, parameters, fields and headers are WordPress's own: `_fields`, `per_page` and `page`,
// `categories` and `include` filters, `X-WP-Total` and `X-WP-TotalPages`. The answers carry
// what the data says, so that a test can put anything into any field.
import { readFileSync } from 'node:fs';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/wordpress.json', import.meta.url), 'utf8'));

/**
 * The items of one page, and WordPress's headers for the whole collection; `lies` replaces those
 * headers (a value of null leaves the header out), as a broken or hostile site may send them, and
 * with `page`, answers that page whichever is asked for; with `failPage`, that page fails (500).
 */
function paged(items, params, lies = {}) {
  const perPage = Math.max(1, Math.min(100, Number(params.get('per_page')) || 10));
  const page = lies.page ?? Math.max(1, Number(params.get('page')) || 1);
  if (lies.failPage === page)
    return { status: 500, headers: {}, body: { code: 'internal_server_error', message: 'There has been a critical error on this website.' } };
  const total = items.length;
  const headers = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(Math.max(1, Math.ceil(total / perPage))), ...lies };
  return {
    status: 200,
    headers: Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== null && name !== 'page' && name !== 'failPage')),
    body: items.slice((page - 1) * perPage, page * perPage),
  };
}

/** WordPress's answer to a page of posts past the last one. */
const invalidPage = {
  status: 400,
  headers: {},
  body: { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } },
};

const ids = (value) => (value ? value.split(',').map(Number) : undefined);

/** WordPress's answer to a parameter its schema refuses: a list of ids that are not all integers, a date it cannot parse. */
const invalidParam = (name) => ({
  status: 400,
  headers: {},
  body: { code: 'rest_invalid_param', message: `Invalid parameter(s): ${name}`, data: { status: 400, params: { [name]: `${name} is not valid.` } } },
});
/** The `after`/`before` dates WordPress takes (rest_parse_date): four digits of year, no sign. */
const wordpressDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/**
 * The answer to `route` (e.g. "wp/v2/categories", or "" for the index) with `params`, from `data`:
 * `{ index, categories, posts, pages, comments, search, navigation }` as WordPress's REST API gives them
 * (`indexAnswer`: any answer to the index; `feed`, `feedAnswer`: the press-widgets plugin's route),
 * and `lies`: headers that every list answer carries instead of WordPress's (see `paged`).
 */
export function wordpressAnswer(route, params, data = fixture()) {
  const rest = params.get('rest_route');
  const path = (rest ?? `/${route}`).replace(/^\/+|\/+$/g, '');
  switch (path) {
    case '':
      return data.indexAnswer ?? { status: 200, headers: {}, body: data.index ?? {} };
    case 'wp/v2/categories':
      return paged(data.categories ?? [], params, data.lies);
    case 'wp/v2/posts': {
      const wanted = ids(params.get('categories'));
      const [after, before] = [params.get('after'), params.get('before')]; // exclusive, on the local date
      for (const [name, date] of [
        ['after', after],
        ['before', before],
      ])
        if (date !== null && !wordpressDate.test(date)) return invalidParam(name);
      const posts = (data.posts ?? []).filter(
        (post) =>
          (!wanted || (post.categories ?? []).some((id) => wanted.includes(id))) &&
          (!after || String(post.date) > after) &&
          (!before || String(post.date) < before),
      );
      if (params.get('orderby') === 'date') posts.sort((a, b) => (params.get('order') === 'asc' ? 1 : -1) * String(a.date).localeCompare(String(b.date)));
      const perPage = Math.max(1, Math.min(100, Number(params.get('per_page')) || 10));
      if (Number(params.get('page')) > Math.max(1, Math.ceil(posts.length / perPage))) return invalidPage;
      return paged(posts, params, data.lies);
    }
    case 'wp/v2/comments': {
      const posts = params.get('post');
      if (posts !== null && !posts.split(',').every((id) => /^-?\d+$/.test(id.trim()))) return invalidParam('post');
      const wanted = ids(posts);
      return paged(
        (data.comments ?? []).filter((comment) => !wanted || wanted.includes(comment.post)),
        params,
        data.lies,
      );
    }
    case 'wp/v2/search': {
      const wanted = ids(params.get('include'));
      return paged(
        (data.search ?? []).filter((hit) => !wanted || wanted.includes(hit.id)),
        params,
        data.lies,
      );
    }
    case 'wp/v2/navigation':
      return paged(data.navigation ?? [], params, data.lies);
    case 'press/v1/feed':
      if (data.feed !== undefined) return pluginFeed(data.feed, params);
      if (data.feedAnswer !== undefined) return data.feedAnswer;
      break;
    default: {
      // One post or page by id (`wp/v2/posts/5`): as stored, whatever it holds.
      const [, type, id] = /^wp\/v2\/(posts|pages)\/(\d+)$/.exec(path) ?? [];
      const found = type && Array.isArray(data[type]) && data[type].find((item) => String(item?.id) === id);
      if (found) return { status: 200, headers: {}, body: found };
      if (type) return { status: 404, headers: {}, body: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } };
    }
  }
  return {
    status: 404,
    headers: {},
    body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } },
  };
}

/**
 * The press-widgets plugin's feed (wordpress/press-widgets/) from `feed`, its lists and all the
 * counts and threads it knows: the answer holds the counts of the posts named by `posts` and the
 * thread named by `thread`, as the plugin's. (`feedAnswer` instead: any answer at all.)
 */
function pluginFeed({ commentCounts = {}, threads = {}, ...lists }, params) {
  const body = { ...lists };
  const posts = params.get('posts');
  if (posts !== null) body.commentCounts = Object.fromEntries(Object.entries(commentCounts).filter(([post]) => posts.split(',').includes(post)));
  const thread = params.get('thread');
  if (thread !== null) body.threads = Object.hasOwn(threads, thread) ? { [thread]: threads[thread] } : {};
  return { status: 200, headers: { 'Cache-Control': 'public, max-age=300' }, body };
}
