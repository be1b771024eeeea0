// Where a WordPress site's REST routes are. Every URL of the REST API that this library asks or
// posts to is built by endpoint(), in the form in which the site was given.
import { kit } from './kit.js';

/** A WordPress site's REST root: a URL of the site, and the form its routes take there. */
export interface RestRoot {
  url: string;
  /** Routes go after the path (`…/wp-json/wp/v2/posts`), not into `?rest_route=/wp/v2/posts`. */
  pathRoutes: boolean;
}

/**
 * The REST root of the site named by `given`: its REST root, `https://blog.example.com/wp-json/`,
 * or any URL of the site's own: `https://blog.example.com/?rest_route=/` (plain permalinks) or its
 * home URL. Routes are asked for in the `/wp-json/…` form only when the root is given in it;
 * otherwise as `?rest_route=/…`, which every WordPress answers on any of its URLs, whatever its
 * permalink settings.
 */
export function restRoot(given: string): RestRoot {
  const url = new URL(given);
  return { url: given, pathRoutes: !url.searchParams.has('rest_route') && /\/wp-json\/?$/.test(url.pathname) };
}

/** The comments route, at the end of a path or of `rest_route`. */
const COMMENTS = /\/wp\/v2\/comments\/?$/;

/**
 * The REST root under `rest`, the comments route (`/wp-json/wp/v2/comments` or
 * `?rest_route=/wp/v2/comments`, encoded or not), in the same form. `undefined` when `rest` is not
 * a comments route.
 */
export function rootOfComments(rest: string): RestRoot | undefined {
  const url = kit.parseUrl(rest);
  if (!url) return undefined;
  const route = url.searchParams.get('rest_route');
  if (route !== null) {
    if (!COMMENTS.test(route)) return undefined;
    url.searchParams.set('rest_route', '/');
    return { url: url.href, pathRoutes: false };
  }
  if (!COMMENTS.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(COMMENTS, '/');
  return { url: url.href, pathRoutes: true };
}

/** The URL of REST route `route` (`wp/v2/posts`) with `params`, in the form of `root`. */
export function endpoint(root: RestRoot, route: string, params: Record<string, string | number> = {}): string {
  const url = new URL(root.url);
  url.hash = '';
  if (root.pathRoutes) url.pathname = `${url.pathname.replace(/\/?$/, '/')}${route}`;
  else url.searchParams.set('rest_route', `/${route}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  return url.href;
}
