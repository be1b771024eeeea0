import { FeedSource } from './feed-source.js';
import type { SiteSource } from './source.js';
import { WordPressSource } from './wordpress-source.js';

/** `src` names a JSON feed, `api` a WordPress site (its REST root or its home URL). */
export type SourceKind = 'src' | 'api';

const shared = new Map<string, SiteSource>();

/**
 * The one source for a URL on this page: every widget that names the same feed or site gets the
 * same object, so a request is made once and its answer shared.
 */
export function sourceFor(kind: SourceKind, url: string): SiteSource {
  const absolute = new URL(url, document.baseURI).href;
  const key = `${kind} ${absolute}`;
  let source = shared.get(key);
  if (!source) {
    source = kind === 'src' ? new FeedSource(absolute) : new WordPressSource(absolute);
    shared.set(key, source);
  }
  return source;
}
