// A classic theme's menu over WordPress's REST API, which shows menus only to a logged-in user:
// `wp/v2/menu-items` and `wp/v2/menus` need `edit_posts` (an author), `wp/v2/menu-locations`
// `edit_theme_options` (an administrator), as of WordPress 5.9 to 6.1. Read with an application
// password, nested as wp_nav_menu() prints it, as the plugin's feed gives it (class-press-widgets-feed.php).
import { htmlWords } from '../data/html-reader.js';
import { kit } from '../data/wordpress/kit.js';
import { list, MAX_PAGES, PER_PAGE, record, wholeNumber, type Fields } from '../data/wordpress/rest.js';
import { endpoint, type RestRoot } from '../data/wordpress/routes.js';
import { getJsonOnce } from './request.js';

/** Levels below the top that are kept, as the plugin keeps them (the widgets draw no more). */
const MAX_DEPTH = 8;

interface FeedMenuItem {
  label: string;
  url: string;
  children: FeedMenuItem[];
}

/** The key of the items whose parent is not shown. */
const ORPHANS = Symbol('orphans');

/** `Authorization` for `name:application-password`, its bytes UTF-8, as WordPress reads them. */
export function basicAuth(user: string): string {
  return `Basic ${btoa(Array.from(new TextEncoder().encode(user), (byte) => String.fromCharCode(byte)).join(''))}`;
}

/**
 * Refuses to send a password where it could be read on the way: only over https, or to this machine
 * (WordPress itself takes application passwords over http only on a "local" site).
 */
export function checkPasswordTransport(root: RestRoot): void {
  const { protocol, hostname } = new URL(root.url);
  const here = hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  if (protocol !== 'https:' && !here) {
    throw new kit.SourceError(`an application password is sent only over https (or to this machine), not to ${root.url}`);
  }
}

/**
 * The menu at theme location `location` (by default the first the theme registers, as the plugin's
 * feed has it): `[]` when no menu is assigned there; `undefined` when the theme has no menu
 * locations (a block theme: its menu is public, see `blockMenu`).
 */
export async function classicMenu(root: RestRoot, authorization: string, location?: string): Promise<FeedMenuItem[] | undefined> {
  const get = (route: string, params: Record<string, string | number> = {}) => getJsonOnce(endpoint(root, route, params), { authorization });
  const locations = await menuLocations(get);
  if (locations.size === 0) {
    if (location !== undefined) throw new kit.SourceError(`--location ${location}: the theme has no menu locations`);
    return undefined;
  }
  const at = location ?? [...locations.keys()][0];
  if (!locations.has(at)) {
    throw new kit.SourceError(`--location ${at}: not a menu location of this theme; it has: ${[...locations.keys()].join(', ')}`);
  }
  const menu = locations.get(at);
  if (!menu) return [];
  const params = { menus: menu, per_page: PER_PAGE, orderby: 'menu_order', order: 'asc', _fields: 'id,title,url,parent,menu_order,invalid' };
  const first = await get('wp/v2/menu-items', { ...params, page: 1 });
  const items = list(first.body);
  for (let page = 2; page <= Math.min(first.pages, MAX_PAGES); page++) {
    for (const item of list((await get('wp/v2/menu-items', { ...params, page })).body)) items.push(item);
  }
  return nest(items.map(record));
}

/**
 * Theme location → the id of its menu (0: none), in the order the theme registers them; from
 * `wp/v2/menus` where the password's user may not read the locations themselves (an author), in
 * the menus' order then.
 */
async function menuLocations(get: (route: string, params?: Record<string, string | number>) => ReturnType<typeof getJsonOnce>): Promise<Map<string, number>> {
  const locations = new Map<string, number>();
  try {
    for (const [name, entry] of Object.entries(record((await get('wp/v2/menu-locations')).body))) locations.set(name, wholeNumber(record(entry).menu) ?? 0);
    return locations;
  } catch (error) {
    if (!(error instanceof kit.SourceError && (error.status === 401 || error.status === 403))) throw error;
  }
  const { body } = await get('wp/v2/menus', { per_page: PER_PAGE, _fields: 'id,locations' });
  for (const menu of list(body).map(record)) {
    for (const name of list(menu.locations)) if (typeof name === 'string' && !locations.has(name)) locations.set(name, wholeNumber(menu.id) ?? 0);
  }
  return locations;
}

/**
 * The items as a tree, as Walker::walk() draws them: in menu order; an item whose parent is not
 * shown at the top level, after the others; an item whose page or term is gone (`invalid`) left out,
 * as wp_get_nav_menu_items() leaves it out outside the admin. A label is the title's text, its
 * character references kept for the normalizer; a URL that may not be a link is none.
 */
function nest(items: Fields[]): FeedMenuItem[] {
  const shown = items.filter((item) => item.invalid !== true && wholeNumber(item.id) !== undefined).sort((a, b) => Number(a.menu_order) - Number(b.menu_order));
  const ids = new Set(shown.map((item) => item.id));
  const byParent = new Map<unknown, Fields[]>();
  for (const item of shown) {
    const parent = item.parent === 0 || ids.has(item.parent) ? item.parent : ORPHANS;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(item);
    else byParent.set(parent, [item]);
  }
  const branch = (level: Fields[], depth: number): FeedMenuItem[] =>
    level.map((item) => ({
      label: htmlWords(typeof record(item.title).rendered === 'string' ? (record(item.title).rendered as string) : '').join(' '),
      url: kit.safeUrl(item.url) ?? '',
      children: depth < MAX_DEPTH ? branch(byParent.get(item.id) ?? [], depth + 1) : [],
    }));
  return branch([...(byParent.get(0) ?? []), ...(byParent.get(ORPHANS) ?? [])], 0);
}
