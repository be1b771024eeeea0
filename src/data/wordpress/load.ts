// The main bundle's side of the WordPress chunk (wordpress.ts): loads it once, when a page first
// needs it, and hands it the kit of what it shares with the main bundle (kit.ts).
import { batchedPerTask, inTime } from '../../tasks.js';
import { decodeEntities } from '../entities.js';
import { fetchUncached, getJson, timedOut } from '../http.js';
import type { CommentFormConfig } from '../model.js';
import { parseUrl, safeUrl } from '../safe-url.js';
import { REQUEST_TIMEOUT_MS, SourceError, type NotPosted, type PostOptions, type Posted } from '../source.js';
import type { Kit } from './kit.js';
import type { createWordPress, WordPress } from './wordpress.js';

/** What the chunk uses of the main bundle. Tests that import the chunk's modules directly load it through {@link loadWordPress} too. */
export const kit: Kit = { getJson, fetchUncached, timedOut, decodeEntities, safeUrl, parseUrl, batchedPerTask, SourceError, REQUEST_TIMEOUT_MS };

let loading: Promise<WordPress> | undefined;
let failures = 0;

/**
 * The chunk, loaded once and shared. A failed load is forgotten, and the next call loads it again
 * under another URL (a browser may keep a failed module's failure for its URL).
 */
export function loadWordPress(): Promise<WordPress> {
  // As every request does, it gives up in time: a chunk that never arrives must not keep the
  // widgets loading and the form sending for good. A chunk of another version (no createWordPress)
  // is a failure too, and is forgotten like one.
  loading ??= inTime(chunk(), REQUEST_TIMEOUT_MS)
    .then((entry) => entry.createWordPress(kit))
    .catch((error: unknown) => {
      loading = undefined;
      failures++;
      throw new SourceError(`press-widgets could not load its WordPress part (press-widgets.wordpress.js, beside press-widgets.js): ${String(error)}`, {
        cause: error,
      });
    });
  return loading;
}

/** The chunk's module: by its name, which the bundler makes the chunk's file name; after a failure, under a query of its own. */
const chunk = (): Promise<{ createWordPress: typeof createWordPress }> => {
  const url = failures ? again(failures) : undefined;
  return url ? import(/* @vite-ignore */ url) : import('./wordpress.js');
};

/**
 * The chunk's URL with a query of its own, beside this module: press-widgets.wordpress.js beside the
 * bundle, press-widgets.js; wordpress.js beside load.js (wordpress.ts in the tests). Elsewhere (this
 * module inside another bundle) nothing: the chunk is imported again by its name.
 */
function again(attempt: number): string | undefined {
  const here = new URL(import.meta.url);
  const found = /\/(?:load\.([jt]s)|press-widgets\.js)$/.exec(here.pathname);
  return found ? new URL(`./${found[1] ? `wordpress.${found[1]}` : 'press-widgets.wordpress.js'}?retry=${String(attempt)}`, here).href : undefined;
}

/** {@link WordPress.postComment} once the chunk is loaded; a chunk that does not load is a network failure (nothing was sent). */
export async function postComment(config: CommentFormConfig, fields: URLSearchParams, options?: PostOptions): Promise<Posted | NotPosted> {
  let wordpress: WordPress;
  try {
    wordpress = await loadWordPress();
  } catch {
    return { reason: 'network', problem: 'networkError' };
  }
  return wordpress.postComment(config, fields, options);
}

/** {@link WordPress.currentUser} once the chunk is loaded; nobody when it does not load. */
export async function currentUser(config: CommentFormConfig, nonce: string): Promise<string | undefined> {
  try {
    return await (await loadWordPress()).currentUser(config, nonce);
  } catch {
    return undefined;
  }
}
