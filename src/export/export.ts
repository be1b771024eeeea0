// The static export (`npx press-widgets export`, bin/press-widgets.js): a WordPress site's feed
// (docs/feed.md), read in Node by the widgets' own data layer, to be served as a file. The
// press-widgets plugin's feed where the site has it, in one request; else the core REST routes the
// widgets read. See docs/export.md.
import type { SiteFeed } from '../data/model.js';
import { normalizeFeed } from '../data/normalize.js';
import { SourceError } from '../data/source.js';
import { archives } from '../data/wordpress/archives.js';
import { commentCounter } from '../data/wordpress/counts.js';
import { kit } from '../data/wordpress/load.js';
import { blockMenu, categoryList, recentComments } from '../data/wordpress/lists.js';
import { listsMissing } from '../data/wordpress/plugin-feed.js';
import { list, record, RestApi, type Fields } from '../data/wordpress/rest.js';
import { endpoint } from '../data/wordpress/routes.js';
import { createWordPress, type WordPress } from '../data/wordpress/wordpress.js';
import { basicAuth, checkPasswordTransport, classicMenu } from './classic-menu.js';
import { getJsonOnce } from './request.js';

/** Recent comments, as the plugin's feed gives them unless asked. */
const DEFAULT_COMMENTS = 10;

export interface ExportOptions {
  /** A classic menu's theme location; by default the first the theme registers. */
  location?: string;
  /** Recent comments, 1–100; by default 10, as the plugin gives them. */
  comments?: number;
  /** Posts whose comment counts the feed holds (the plugin counts at most 100). */
  posts?: number[];
  /** `name:application-password`: without the plugin, reads a classic theme's menu (REST shows it only to a logged-in user). */
  user?: string;
  /** Told of every request: the step it is for and that step's requests so far. */
  progress?: (step: string, requests: number) => void;
  /** Told of what did not stop the export but changed it, in one line. */
  warn?: (message: string) => void;
}

export interface Exported {
  /** The feed as the site gave it (character references and all), for the widgets to normalize. */
  feed: Fields;
  /** `plugin`: the plugin's feed; `rest`: WordPress's core REST routes. */
  from: 'plugin' | 'rest';
  /** HTTP requests made, retries included. */
  requests: number;
  /** Entries of each list that the widgets show (menu items at every level), and of `commentCounts`. */
  items: Record<string, number>;
}

/**
 * The feed of the WordPress site at `api` (its REST root or any URL of the site). Rejects with a
 * `SourceError` of one line when the site cannot be read whole: nothing partial is given.
 */
export async function exportFeed(api: string, options: ExportOptions = {}): Promise<Exported> {
  // The chunk's modules read the kit when called: the one load.ts hands it in the browser.
  const wordpress = createWordPress(kit);
  const rest = new RestApi(api);
  if (options.user !== undefined) checkPasswordTransport(rest.root);
  let step = 'feed';
  let requests = 0;
  let stepStarted = 0;
  const stopCounting = countRequests(() => {
    requests++;
    options.progress?.(step, requests - stepStarted);
  });
  const begin = (next: string): void => {
    step = next;
    stepStarted = requests;
  };
  try {
    const fromPlugin = await pluginFeed(rest, options);
    let feed: Fields;
    if ('feed' in fromPlugin) {
      feed = fromPlugin.feed;
    } else {
      begin('index');
      if ((await namespaces(rest, api)).includes('press/v1')) {
        options.warn?.(`the press-widgets plugin's feed ${fromPlugin.problem}; reading WordPress's core REST routes instead`);
      }
      feed = await coreFeed(rest, wordpress, options, begin);
    }
    // Read as the widgets read it, from the text that is written: what they would drop is told (one warning).
    const items = itemsOf(normalizeFeed(JSON.parse(JSON.stringify(feed)), api));
    return { feed, from: 'feed' in fromPlugin ? 'plugin' : 'rest', requests, items };
  } finally {
    stopCounting();
  }
}

/**
 * Counts requests as they go out: every request of the data layer (http.ts) and of the export
 * (request.ts) is a `fetch`. Gives the function that stops counting.
 */
function countRequests(counted: () => void): () => void {
  const { fetch } = globalThis;
  globalThis.fetch = (input, init) => {
    counted();
    return fetch(input, init);
  };
  return () => {
    globalThis.fetch = fetch;
  };
}

/**
 * The plugin's feed with what `options` ask, or why there is none: a site without the plugin
 * (404), an answer of another shape, a failure. A refused parameter (400), a redirect and no
 * answer at all (the host unreachable) end the export.
 */
async function pluginFeed(rest: RestApi, options: ExportOptions): Promise<{ feed: Fields } | { problem: string }> {
  const params: Record<string, string | number> = {};
  if (options.location !== undefined) params.location = options.location;
  if (options.comments !== undefined) params.comments = options.comments;
  if (options.posts?.length) params.posts = options.posts.join(',');
  let body: unknown;
  try {
    ({ body } = await getJsonOnce(endpoint(rest.root, 'press/v1/feed', params)));
  } catch (error) {
    if (!(error instanceof SourceError) || error.status === undefined || error.status === 400 || isRedirect(error.status)) throw error;
    return { problem: `failed (${error.message})` };
  }
  const feed = record(body);
  if (body !== feed) return { problem: 'is not a JSON object' };
  const missing = listsMissing(feed);
  if (record(feed.commentForm) !== feed.commentForm) missing.push('commentForm');
  if (options.posts?.length && record(feed.commentCounts) !== feed.commentCounts) missing.push('commentCounts');
  return missing.length ? { problem: `is not a press-widgets feed (no ${missing.join(', ')})` } : { feed };
}

/** A redirect is not followed (see request.ts): its error names the URL to give instead. */
const isRedirect = (status: number): boolean => status >= 300 && status < 400;

/** The REST API's namespaces; rejects when `api` is no WordPress site (or its REST API is off). */
async function namespaces(rest: RestApi, api: string): Promise<unknown[]> {
  try {
    const found = list(record((await getJsonOnce(endpoint(rest.root, '', { _fields: 'namespaces' }))).body).namespaces);
    if (found.includes('wp/v2')) return found;
    throw new SourceError(`${api} is not a WordPress site: its REST index lists no wp/v2 routes`);
  } catch (error) {
    if (!(error instanceof SourceError) || error.status === undefined || isRedirect(error.status)) throw error;
    throw new SourceError(`${api} is not a WordPress site (or its REST API is off): ${error.message}`, { cause: error, status: error.status });
  }
}

/**
 * The feed from WordPress's core REST routes, read as the widgets read them (the WordPress chunk's
 * lists; the plugin is not asked again). Archives first: on a small site the categories' padded
 * counts reuse the post list the archives read.
 */
async function coreFeed(rest: RestApi, wordpress: WordPress, options: ExportOptions, begin: (step: string) => void): Promise<Fields> {
  begin('archives');
  const archiveList = await archives(rest);
  begin('categories');
  const categories = await categoryList(rest, true);
  begin('comments');
  const comments = (await recentComments(rest)).slice(0, options.comments ?? DEFAULT_COMMENTS);
  begin('menu');
  if (options.location !== undefined && options.user === undefined) {
    options.warn?.("--location is read by the plugin, or with --user; without either, the menu is the block theme's");
  }
  const menu = (options.user === undefined ? undefined : await classicMenu(rest.root, basicAuth(options.user), options.location)) ?? (await blockMenu(rest));
  if (!menu && options.user === undefined) {
    options.warn?.("no menu: this site's menu is not public over REST (a classic theme's); give --user name:application-password to export it");
  }
  begin('comment form');
  const commentForm = await wordpress.reader(rest.origin).commentForm(true);
  // In the plugin's order, so that the two files compare line by line.
  const feed: Fields = { ...(menu ? { menu } : {}), archives: archiveList, categories, comments, commentForm };
  if (options.posts?.length) {
    begin('comment counts');
    const count = commentCounter(rest);
    const counts = await Promise.all(options.posts.map(count));
    feed.commentCounts = Object.fromEntries(options.posts.flatMap((post, i) => (counts[i] === undefined ? [] : [[String(post), counts[i]]])));
  }
  return feed;
}

/** The entries of each of a normalized feed's lists (menu items at every level), and its counts. */
function itemsOf(feed: SiteFeed): Record<string, number> {
  const menuItems = (items: SiteFeed['menu'] = []): number => items.reduce((sum, item) => sum + 1 + menuItems(item.children), 0);
  const items: Record<string, number> = {};
  if (feed.menu) items.menu = menuItems(feed.menu);
  for (const key of ['archives', 'categories', 'comments'] as const) if (feed[key]) items[key] = feed[key].length;
  if (feed.commentCounts) items.commentCounts = Object.keys(feed.commentCounts).length;
  return items;
}
