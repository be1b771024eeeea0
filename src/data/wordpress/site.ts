import { list, record, type RestApi } from './rest.js';

/** What the archive links and the comment form need to know of the site. */
export interface Site {
  /** The `url` WordPress gives its front end (`siteurl`). */
  url?: string;
  /** The home URL without a trailing slash: archive links start with it. */
  home: string;
  /** Plain permalinks: archives are `?m=202507`, not `/2025/07/`. */
  plain: boolean;
  /** `/index.php` on sites whose pretty links go through it ("PATHINFO" permalinks). */
  index: string;
  /** The press-widgets plugin is active: its `press/v1/feed` serves every list (plugin-feed.ts). */
  plugin: boolean;
}

/**
 * The site's home and permalink form, from the REST index. `_fields` keeps that answer at about
 * 300 bytes (the whole index is 160 KB). Its `namespaces` tell whether the press-widgets plugin is there. The index's link to itself is `get_rest_url()`, which is
 * `…/wp-json/` under pretty permalinks and `…?rest_route=/` under plain ones: the only public sign
 * of the permalink setting, which the form of the root cannot tell (`?rest_route=` works on both).
 */
export function siteOf(api: RestApi): Promise<Site> {
  return api.once('site', async () => {
    const { body } = await api.page('', { _fields: 'url,home,namespaces,routes./._links.self' });
    const { url, home, namespaces, routes } = record(body);
    const self = record(list(record(record(record(routes)['/'])._links).self)[0]).href;
    const given = new URL(api.origin);
    const homeUrl = (typeof home === 'string' ? home : `${given.origin}${given.pathname.replace(/(?:wp-json\/?|index\.php)$/, '')}`).replace(/\/+$/, '');
    const plain = typeof self === 'string' ? self.includes('rest_route=') : !api.root.pathRoutes;
    const index = typeof self === 'string' && self.startsWith(`${homeUrl}/index.php/`) ? '/index.php' : '';
    return { ...(typeof url === 'string' ? { url } : {}), home: homeUrl, plain, index, plugin: list(namespaces).includes('press/v1') };
  });
}
