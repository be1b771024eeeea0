import { FeedSource } from './feed-source.js';
import { setOnStale } from './http.js';
import type { SiteSource } from './source.js';
import { currentUser, postComment } from './wordpress/load.js';
import { WordPressSource } from './wordpress/source.js';

/** `src` names a JSON feed, `api` a WordPress site (its REST root or its home URL). */
export type SourceKind = 'src' | 'api';

const shared = new Map<string, SiteSource>();
/** Who asked for each source and wants to hear of newer data: key -> callbacks. */
const watchers = new Map<string, Set<() => void>>();

// A background refresh brought newer data than the cached answers shown: drop the source (a new
// one works its lists out again from this page's answers, without a request) and tell its widgets.
setOnStale((origin) => {
  // A copy: a widget told asks for the source again at once, which adds it anew.
  for (const [key, source] of [...shared]) {
    if (source.origin === origin) {
      shared.delete(key);
      for (const watcher of watchers.get(key) ?? []) watcher();
    }
  }
});

/**
 * The one source for a URL on this page: every widget that names the same feed or site gets the
 * same object, so a request is made once and its answer shared. `onChange` is called when the
 * source's data has changed since (its cached answers were out of date): ask it again then.
 */
export function sourceFor(kind: SourceKind, url: string, onChange?: () => void): SiteSource {
  const absolute = new URL(url, document.baseURI).href;
  const key = `${kind} ${absolute}`;
  let source = shared.get(key);
  if (!source) {
    source = kind === 'src' ? new FeedSource(absolute) : new WordPressSource(absolute);
    shared.set(key, source);
  }
  if (onChange) watchers.set(key, (watchers.get(key) ?? new Set()).add(onChange));
  return source;
}

/** Stops calling `onChange` (a widget leaving the page must not be kept alive by it). */
export function unwatch(onChange: () => void): void {
  for (const callbacks of watchers.values()) callbacks.delete(onChange);
}

/**
 * The source of an element that names no site: it has no data (the element shows the markup it
 * wraps), and comments go where the form's own config says, as to WordPress.
 */
export const unnamedSource: SiteSource = {
  origin: 'the page',
  list: () => Promise.resolve(undefined),
  commentCount: () => Promise.resolve(undefined),
  thread: () => Promise.resolve(undefined),
  commentForm: () => Promise.resolve({}),
  postComment,
  currentUser,
};
