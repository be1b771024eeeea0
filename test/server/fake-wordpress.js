// WordPress's REST API as far as the widgets read it (src/data/wordpress-source.ts), answered from
// data that a test stores (POST /__test/store/<key>) or from test/fixtures/wordpress.json. The
// routes, parameters, fields and headers are WordPress's own: `_fields`, `per_page` and `page`,
// `categories` and `include` filters, `X-WP-Total` and `X-WP-TotalPages`. The answers carry
// what the data says, so that a test can put anything into any field.
import { readFileSync } from 'node:fs';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/wordpress.json', import.meta.url), 'utf8'));

/** The items of one page, and WordPress's headers for the whole collection. */
function paged(items, params) {
  const perPage = Math.max(1, Math.min(100, Number(params.get('per_page')) || 10));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const total = items.length;
  return {
    status: 200,
    headers: { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(Math.max(1, Math.ceil(total / perPage))) },
    body: items.slice((page - 1) * perPage, page * perPage),
  };
}

const ids = (value) => (value ? value.split(',').map(Number) : undefined);

/**
 * The answer to `route` (e.g. "wp/v2/categories", or "" for the index) with `params`, from `data`:
 * `{ index, categories, posts, comments, search }` as WordPress's REST API gives them.
 */
export function wordpressAnswer(route, params, data = fixture()) {
  const rest = params.get('rest_route');
  const path = (rest ?? `/${route}`).replace(/^\/+|\/+$/g, '');
  switch (path) {
    case '':
      return { status: 200, headers: {}, body: data.index ?? {} };
    case 'wp/v2/categories':
      return paged(data.categories ?? [], params);
    case 'wp/v2/posts': {
      const wanted = ids(params.get('categories'));
      const posts = (data.posts ?? []).filter((post) => !wanted || (post.categories ?? []).some((id) => wanted.includes(id)));
      return paged(posts, params);
    }
    case 'wp/v2/comments':
      return paged(data.comments ?? [], params);
    case 'wp/v2/search': {
      const wanted = ids(params.get('include'));
      return paged((data.search ?? []).filter((hit) => !wanted || wanted.includes(hit.id)), params);
    }
    default:
      return { status: 404, headers: {}, body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } } };
  }
}
